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
. web/bench/report.sh
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

DB_CLASS=org.postgresql.ds.PGSimpleDataSource DB_URL="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true" \
  DB_USER=postgres DB_PASSWORD=bench AUTOGOV_DATA_DIR="$work/data" AUTOGOV_DEMO_PASSWORD="$password" HZ_PHONE_HOME_ENABLED=false \
  java -Xmx${BENCH_HEAP:-1g} -jar web/target/payara-micro.jar --nocluster --disablephonehome \
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
live() { # the heap the server holds alive (MB): a class histogram of live objects, after a full collection
  jcmd "$pid" GC.class_histogram 2>/dev/null | awk '/^Total/ { printf "%.0f", $3 / 1048576 }'
}
heap_sampled() { # file: imports it while the live heap is measured every 2 s (a full collection, then jstat);
  local base t                # prints seconds, the live heap before, and the most live heap during the import
  base=$(live)
  ( while sleep 2; do live; echo; done ) >"$work/live" 2>/dev/null &
  sampler=$!
  t=$(import "$1")
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  sampler=
  echo "$t $base $(awk 'NF { if ($1 > most) most = $1 } END { print most + 0 }' "$work/live")"
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
report "used-car sales import, 200,000 rows over REST against PostgreSQL's COPY, rows/s" "$import_rate/s" \
  "$copy_rate/s" "$share %" ">= 25 %" "$(met_if 'a >= 25' "$share")"
report "used-car sales import, 200,000 rows: time" "$seconds s" - - "<= 30 s" "$(met_if 'a <= 30' "$seconds")"

if [ "$big" -gt 0 ]; then
  echo "--- the heap while importing: the live objects of the whole server, every 2 s (jcmd GC.class_histogram)"
  sql -c "DELETE FROM uc_sale WHERE enterprise_id = $enterprise AND import_id IS NOT NULL"
  read -r t1 b1 h1 <<<"$(heap_sampled "$work/s100k.xlsx")"
  read -r t2 b2 h2 <<<"$(heap_sampled "$work/sbig.xlsx")"
  printf 'import %9s rows in %6.1f s: live heap %4d MB before, at most %4d MB during (the import: %4d MB)\n' \
    100000 "$t1" "$b1" "$h1" $(( h1 - b1 ))
  printf 'import %9s rows in %6.1f s: live heap %4d MB before, at most %4d MB during (the import: %4d MB)\n' \
    "$big" "$t2" "$b2" "$h2" $(( h2 - b2 ))
  echo "heap of the import: $(( h1 - b1 )) MB at 100,000 rows, $(( h2 - b2 )) MB at $big rows (target <= 256 MB, flat);" \
    "the whole server at most ${h2} MB live"
  report "used-car sales import: heap at $big rows against 100,000 rows" "$(( h2 - b2 )) MB" "$(( h1 - b1 )) MB" - \
    "<= 256 MB, flat" "$(met_if 'a <= 256' "$(( h2 - b2 ))")"
fi

echo "--- the list at $(sql -c "SELECT COUNT(*) FROM uc_sale WHERE enterprise_id = $enterprise") sales of one enterprise: pages by key (median of 5 after 2 warm-ups)"
ask() { # label query
  local url="http://127.0.0.1:$port/api/v1/used-car/sales?$2" times=() t
  for i in 1 2; do curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$url"; done
  for i in 1 2 3 4 5; do
    t=$(curl -fsS -o "$work/page.json" -w '%{time_total}' -H "Authorization: Bearer $token" "$url")
    times+=("$(awk -v t="$t" 'BEGIN { printf "%.1f", t * 1000 }')")
  done
  printf '%-34s median %6s ms  (%s rows)\n' "$1" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)" \
    "$(grep -o '"id":' "$work/page.json" | wc -l)"
}
middle=$(sql -c "SELECT id FROM uc_sale WHERE enterprise_id = $enterprise ORDER BY id OFFSET (SELECT COUNT(*) / 2 FROM uc_sale WHERE enterprise_id = $enterprise) LIMIT 1")
vin=$(sql -c "SELECT vin FROM uc_sale WHERE id = $middle")
ask "first page" "size=20"
ask "a page in the middle (after=)" "size=20&after=$middle"
ask "by VIN" "by=VIN&keyword=$vin"
ask "by entry date" "by=ENTERED_ON&keyword=$(date +%F)&size=20"
ask "by vehicle type" "by=VEHICLE_CLASS&keyword=SUV&size=20&after=$middle"
ask "by buyer (contains)" "by=BUYER&keyword=%E4%B9%B0%E6%96%B9999&size=20"

echo "--- hostile files: refused before any row is read (time of the dry-run request)"
python3 - "$work" <<'PY'
import sys, zipfile, io
w = sys.argv[1]
with zipfile.ZipFile(w + "/docx.xlsx", "w") as z:
    z.writestr("[Content_Types].xml", "<Types/>"); z.writestr("word/document.xml", "<w:document/>")
with zipfile.ZipFile(w + "/entries.xlsx", "w") as z:
    for i in range(60000): z.writestr("xl/e%d" % i, "")
with zipfile.ZipFile(w + "/bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        block = b"\0" * (1 << 20)
        for i in range(1024): f.write(block)
with zipfile.ZipFile(w + "/xxe.xlsx", "w") as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><workbook>&e;</workbook>')
PY
for f in docx entries bomb xxe; do
  out=$(curl -sS -o "$work/hostile.json" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/octet-stream' --data-binary "@$work/$f.xlsx" \
    "http://127.0.0.1:$port/api/v1/used-car/imports?fileName=$f.xlsx")
  printf '%-8s %5s KB  %s in %6.0f ms: %s\n' "$f" "$(( $(stat -c %s "$work/$f.xlsx") / 1024 ))" "${out%% *}" \
    "$(awk -v t="${out##* }" 'BEGIN { print t * 1000 }')" "$(grep -o '"message":"[^"]*"' "$work/hostile.json" | head -1)"
  [ "${out%% *}" = 400 ] || { echo "$f was not refused"; exit 1; }
done

echo "--- killed (kill -9) while committing 200,000 rows: nothing half imported"
sql -c "DELETE FROM uc_sale WHERE enterprise_id = $enterprise AND import_id IS NOT NULL"
before=$(sql -c "SELECT COUNT(*) FROM uc_sale")
curl -sS -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/octet-stream' \
  --data-binary "@$work/s200k.xlsx" "http://127.0.0.1:$port/api/v1/used-car/imports?commit=true&fileName=killed.xlsx" &
upload=$!
phase=none
for i in $(seq 1 600); do
  moving=$(sql -c "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '$db' AND state = 'active'
                   AND query LIKE 'INSERT INTO uc_sale (id%'")
  staging=$(sql -c "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '$db' AND query LIKE 'INSERT INTO uc_sale_staging%'")
  if [ "$moving" -gt 0 ]; then phase="moving the staged rows into uc_sale"; break; fi
  if [ "$staging" -gt 0 ] && [ "$i" -gt 40 ]; then phase="staging the checked rows"; break; fi
  sleep 0.1
done
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
pid=
wait "$upload" 2>/dev/null || true
for i in $(seq 1 50); do
  [ "$(sql -c "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '$db' AND usename = 'postgres' AND pid <> pg_backend_pid() AND backend_type = 'client backend'")" = 0 ] && break
  sleep 0.2
done
after=$(sql -c "SELECT COUNT(*) FROM uc_sale")
staged=$(sql -c "SELECT COUNT(*) FROM uc_sale_staging")
imports=$(sql -c "SELECT COUNT(*) FROM uc_sale_import WHERE file_name = 'killed.xlsx'")
echo "killed while $phase: sales $before before, $after after; $staged rows left staged; $imports import recorded"
whole=$(( before + 200000 ))
if [ "$staged" != 0 ] || ! { { [ "$after" = "$before" ] && [ "$imports" = 0 ]; } ||
                              { [ "$after" = "$whole" ] && [ "$imports" = 1 ]; }; }; then
  echo "HALF IMPORTED"; exit 1
fi
