#!/usr/bin/env bash
# Benchmark of the used-car sales import (#19): the packaged Payara Micro WAR on PostgreSQL, the demo dealer
# (confirmed) imports a 200,000-row template file over REST (parse, validate, persist: one request, one
# transaction), and PostgreSQL's own COPY (FORMAT binary) writes the same rows into the same table in the same run.
# Then the heap: 100,000 and 1,000,000-row files imported one after the other, the server's heap sampled (jstat)
# while each runs. Targets: import >= 25 % of COPY's rows per second; 200,000 rows in <= 30 s; the heap flat
# (<= 256 MB) from 100,000 to 1,000,000 rows. Prints every figure. Needs PostgreSQL at 127.0.0.1:5432 (trust auth),
# python3, and a built tree (./mvnw install -DskipTests). BENCH_HEAP_ROWS=0 skips the million.
set -euo pipefail
cd "$(dirname "$0")/../.."
war=$(ls web/target/autogov-web-*-micro.war)
work=$(mktemp -d)
db="autogov_bench_import_$(date +%s)"
port=${BENCH_PORT:-18092}
big=${BENCH_HEAP_ROWS:-1000000}
password='Bench#Import2026'
psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE $db"
cleanup() {
  if [ -n "${sampler:-}" ]; then kill "$sampler" 2>/dev/null || true; fi
  if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  rm -rf "$work"
}
trap cleanup EXIT
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -qAt "$@"; }

echo "generating the files ..."
python3 web/bench/sales_xlsx.py 200000 "$work/s200k.xlsx" 1 &
gen1=$!
python3 web/bench/sales_xlsx.py 100000 "$work/s100k.xlsx" 2
[ "$big" -gt 0 ] && python3 web/bench/sales_xlsx.py "$big" "$work/sbig.xlsx" 3
wait "$gen1"
ls -la "$work"/*.xlsx | awk '{ printf "  %s %.1f MB\n", $9, $5 / 1048576 }'

DB_CLASS=org.postgresql.ds.PGSimpleDataSource DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=postgres \
  DB_PASSWORD=bench AUTOGOV_DATA_DIR="$work/data" AUTOGOV_DEMO_PASSWORD="$password" HZ_PHONE_HOME_ENABLED=false \
  java -Xmx1g -jar web/target/payara-micro.jar --nocluster --disablephonehome \
  --prebootcommandfile web/target/payara/preboot-single.asadmin --logproperties config/payara/logging.properties \
  --port "$port" --rootdir "$work/root" --contextroot / --deploy "$war" >"$work/micro.log" 2>&1 &
pid=$!
for i in $(seq 1 180); do
  curl -fsS "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -c '"status":"UP"' >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { tail -40 "$work/micro.log"; exit 1; }
  sleep 1
done

code=$(curl -fsS -H 'Content-Type: application/json' -d "{\"identifier\":\"demo-ucdealer\",\"password\":\"$password\"}" \
  "http://127.0.0.1:$port/api/v1/sessions" | grep -o '"demoCode":"[0-9]*"' | grep -o '[0-9]\{6\}')
token=$(curl -fsS -H 'Content-Type: application/json' -d "{\"loginName\":\"demo-ucdealer\",\"code\":\"$code\"}" \
  "http://127.0.0.1:$port/api/v1/sessions/code" | grep -o '"token":"[^"]*"' | sed 's/"token":"//; s/"$//')
enterprise=$(sql -c "SELECT enterprise_id FROM user_account WHERE login_name = 'demo-ucdealer'")

import() { # file: seconds (the commit request, upload included)
  local out t
  out=$(curl -sS -o "$work/answer.json" -w '%{http_code} %{time_total}' -X POST \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/octet-stream' \
    --data-binary "@$1" "http://127.0.0.1:$port/api/v1/used-car/imports?commit=true&fileName=$(basename "$1")")
  [ "${out%% *}" = 201 ] || { echo "import of $1 answered ${out%% *}: $(head -c 400 "$work/answer.json")"; exit 1; }
  echo "${out##* }"
}
heap_sampled() { # file: imports it while jstat samples the heap; prints seconds and the most heap used (MB)
  jstat -gc "$pid" 100 >"$work/jstat" 2>/dev/null &
  sampler=$!
  local t
  t=$(import "$1")
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  sampler=
  echo "$t $(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > most) most = used }
                  END { printf "%.0f", most / 1024 }' "$work/jstat")"
}

# warm-up: 2,000 rows of another file (the JIT and the pool), then removed
python3 web/bench/sales_xlsx.py 2000 "$work/warm.xlsx" 9
import "$work/warm.xlsx" >/dev/null
sql -c "DELETE FROM uc_sale WHERE enterprise_id = $enterprise AND import_id IS NOT NULL"

echo "--- 200,000 rows: the import (REST, one request) against COPY (FORMAT binary) of the same rows"
before=$(sql -c "SELECT COUNT(*) FROM uc_sale")
seconds=$(import "$work/s200k.xlsx")
imported=$(( $(sql -c "SELECT COUNT(*) FROM uc_sale") - before ))
[ "$imported" = 200000 ] || { echo "imported $imported rows, not 200000"; exit 1; }
sql -c "COPY (SELECT * FROM uc_sale WHERE enterprise_id = $enterprise AND import_id IS NOT NULL) TO '$work/rows.bin' (FORMAT binary)" 2>/dev/null ||
  psql -h 127.0.0.1 -U postgres -d "$db" -qc "\\copy (SELECT * FROM uc_sale WHERE enterprise_id = $enterprise AND import_id IS NOT NULL) TO '$work/rows.bin' WITH (FORMAT binary)"
sql -c "DELETE FROM uc_sale WHERE enterprise_id = $enterprise AND import_id IS NOT NULL"
sql -c "VACUUM uc_sale"
copy_ms=$(psql -h 127.0.0.1 -U postgres -d "$db" -q -c '\timing on' \
  -c "\\copy uc_sale FROM '$work/rows.bin' WITH (FORMAT binary)" | grep -o 'Time: [0-9.]*' | grep -o '[0-9.]*')
import_rate=$(awk -v s="$seconds" 'BEGIN { printf "%.0f", 200000 / s }')
copy_rate=$(awk -v m="$copy_ms" 'BEGIN { printf "%.0f", 200000 / (m / 1000) }')
share=$(awk -v a="$import_rate" -v b="$copy_rate" 'BEGIN { printf "%.0f", 100 * a / b }')
printf 'import  200,000 rows in %6.1f s: %7d rows/s (parse, validate, persist; upload of %s included)\n' \
  "$seconds" "$import_rate" "$(du -h "$work/s200k.xlsx" | cut -f1)"
printf 'COPY    200,000 rows in %6.1f s: %7d rows/s (FORMAT binary, same table and indexes)\n' \
  "$(awk -v m="$copy_ms" 'BEGIN { print m / 1000 }')" "$copy_rate"
echo "import / COPY: ${share} % (target >= 25 %); 200,000 rows in ${seconds} s (target <= 30 s)"

if [ "$big" -gt 0 ]; then
  echo "--- the heap while importing (jstat every 100 ms; the server runs with -Xmx1g)"
  sql -c "DELETE FROM uc_sale WHERE enterprise_id = $enterprise AND import_id IS NOT NULL"
  read -r t1 h1 <<<"$(heap_sampled "$work/s100k.xlsx")"
  read -r t2 h2 <<<"$(heap_sampled "$work/sbig.xlsx")"
  printf 'import  100,000 rows in %6.1f s, most heap used %4d MB\n' "$t1" "$h1"
  printf 'import %9s rows in %6.1f s, most heap used %4d MB\n' "$(printf "%'d" "$big")" "$t2" "$h2"
  echo "heap: ${h1} MB at 100,000 rows, ${h2} MB at $big rows (target <= 256 MB, flat)"
fi
