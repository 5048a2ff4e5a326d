#!/usr/bin/env bash
# Benchmark of the customs verification (#7, #22): SOAP with WS-Security against the REST twin, 50 concurrent clients,
# three alternating rounds of 5 s a side, in one run, on the packaged Payara Micro WAR over HTTPS with PostgreSQL
# (every call goes through the gate and into the hash-chained message log, on both channels). Warm-up 15 s a side (the
# JIT compiles for minutes after start on 2 cores). Prints the figures and reports them against #22's targets (SOAP
# >= 90 % of REST's calls/s, SOAP p99 <= 1.1 x REST's); fails below the guard (75 %) or when a call failed.
# Needs PostgreSQL at 127.0.0.1:5432 and a built tree.
set -euo pipefail
cd "$(dirname "$0")/../.."
. web/bench/report.sh
war=$(ls web/target/autogov-web-*-micro.war)
work=$(mktemp -d)
db="autogov_xbench_$(date +%s)"
port=${BENCH_PORT:-18095}
sslport=${BENCH_SSLPORT:-18495}
password="Xb#$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')7"
psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE $db"
cleanup() {
  if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  rm -rf "$work"
}
trap cleanup EXIT

DB_CLASS=org.postgresql.ds.PGSimpleDataSource DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" DB_USER=postgres \
  DB_PASSWORD=bench AUTOGOV_DATA_DIR="$work/data" AUTOGOV_DEMO_PASSWORD="$password" HZ_PHONE_HOME_ENABLED=false \
  AUTOGOV_EXCHANGE_RATE_PER_SECOND=100000 \
  java -Xmx1g -jar web/target/payara-micro.jar --nocluster --disablephonehome \
  --prebootcommandfile web/target/payara/preboot-single.asadmin --logproperties config/payara/logging.properties \
  --port "$port" --sslport "$sslport" --rootdir "$work/root" --contextroot / --deploy "$war" >"$work/micro.log" 2>&1 &
pid=$!
for i in $(seq 1 180); do
  curl -fsS "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -c '"status":"UP"' >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { tail -40 "$work/micro.log"; exit 1; }
  sleep 1
done
api="http://127.0.0.1:$port/api/v1"
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
code=$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"identifier\":\"demo-admin\",\"password\":\"$password\"}" "$api/sessions" | json '["demoCode"]')
token=$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"loginName\":\"demo-admin\",\"code\":\"$code\"}" "$api/sessions/code" | json '["token"]')
secret=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"clientId":"customs-bench","name":"海关基准","kind":"CUSTOMS","rights":["customs.verify"]}' \
  "$api/admin/system-clients" | json '["secret"]')
java -Xmx512m -Dwarmup=${BENCH_WARMUP:-30} -Djdk.internal.httpclient.disableHostnameVerification=true web/bench/ExchangeBench.java "https://127.0.0.1:$sslport" customs-bench "$secret" 91350100M000100Y43
echo "message log: $(curl -fsS -H "Authorization: Bearer $token" "$api/admin/exchange-messages?size=1" | json '["total"]') calls logged"
