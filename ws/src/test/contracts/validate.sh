#!/usr/bin/env bash
# Contract check (run by the ws build where xmllint is installed): every WSDL and XSD is well-formed, every XSD
# compiles, every sample message in src/test/resources/<service>/<version>/ validates against its service's schema, and
# every sample under invalid/ is refused by it.
set -euo pipefail
cd "$(dirname "$0")/../../.."
wsdl=src/main/webapp/WEB-INF/wsdl
checked=0
for f in $(find "$wsdl" -name '*.wsdl' -o -name '*.xsd' | sort); do
  xmllint --noout "$f"
  checked=$((checked + 1))
done
for dir in $(find src/test/resources -mindepth 2 -maxdepth 2 -type d -name 'v*' | sort); do
  service=$(basename "$(dirname "$dir")")
  version=$(basename "$dir")
  xsd=$(find "$wsdl/$service/$version" -name '*.xsd' | head -1)
  [ -n "$xsd" ] || { echo "no schema for $dir"; exit 1; }
  for f in "$dir"/*.xml; do
    xmllint --noout --schema "$xsd" "$f" 2>&1 | tail -1
    checked=$((checked + 1))
  done
  for f in "$dir"/invalid/*.xml; do
    [ -e "$f" ] || continue
    if xmllint --noout --schema "$xsd" "$f" >/dev/null 2>&1; then
      echo "$f validates, but must be refused"
      exit 1
    fi
    echo "$f refused, as it must be"
    checked=$((checked + 1))
  done
done
echo "contracts: $checked files checked"
