#!/usr/bin/env bash
# Benchmark of the reviewer queue (#5): 1,000,000 filings generated in PostgreSQL, the packaged Payara Micro WAR on
# top, and the queue asked over REST the way the workbench asks it (page 1 and page 1,000 of 20, by due date and by
# submission, a regional and a national reviewer). Prints each figure (median and worst of 7 calls after 3 warm-ups)
# and PostgreSQL's own plan timing. Target: every page < 300 ms; no full COUNT(*) per view (the total is counted to 10,000 at most).
# Needs PostgreSQL at 127.0.0.1:5432 (trust auth) and a built tree (./mvnw install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
. web/bench/report.sh
war=$(ls web/target/autogov-web-*-micro.war)
work=$(mktemp -d)
db="autogov_bench_$(date +%s)"
port=${BENCH_PORT:-18090}
rows=${BENCH_FILINGS:-1000000}
password='Bench#Queue2026'
psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE $db"
cleanup() {
  if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  rm -rf "$work"
}
trap cleanup EXIT
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -qAt "$@"; }

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

echo "generating $rows filings ..."
start=$(date +%s)
sql <<SQL
INSERT INTO filing (id, number, type_code, enterprise_id, created_by, status, stage, queue_role, region_code,
                    applicant_name, created_at, submitted_at, due_on, valid_from, valid_until, version)
SELECT 10000000 + g,
       'BX-2026-' || lpad(g::text, 7, '0'),
       CASE WHEN g % 2 = 0 THEN 'export-filing' ELSE 'coc-enterprise-change' END,
       (SELECT MIN(id) FROM enterprise),
       'bench',
       CASE WHEN g % 10 < 3 THEN 'SUBMITTED' WHEN g % 10 < 7 THEN 'APPROVED' WHEN g % 10 < 8 THEN 'REJECTED'
            ELSE 'DRAFT' END,
       0,
       CASE WHEN g % 10 < 3 THEN CASE WHEN g % 2 = 0 THEN 'COMMERCE_AUTHORITY' ELSE 'CERTIFICATION_CENTRE' END END,
       (ARRAY['110108','110101','310115','350100','440305','320505','510107','420106'])[1 + (g / 7) % 8],
       '基准测试企业' || (g % 5000),
       now() - (g % 400) * interval '1 day',
       CASE WHEN g % 10 < 8 THEN now() - (g % 400) * interval '1 day' + interval '1 hour' END,
       CASE WHEN g % 10 < 3 THEN current_date + (g % 37) - 12 END,
       CASE WHEN g % 10 BETWEEN 3 AND 6 THEN current_date - (g % 300) END,
       CASE WHEN g % 10 BETWEEN 3 AND 6 THEN current_date - (g % 300) + 364 END,
       0
FROM generate_series(1, $rows) g;
SELECT 1 FROM (SELECT setval('filing_seq', 20000000)) s WHERE false;
VACUUM ANALYZE filing;
SQL
echo "generated in $(( $(date +%s) - start )) s: $(sql -c 'SELECT COUNT(*) FROM filing') filings," \
  "$(sql -c "SELECT COUNT(*) FROM filing WHERE queue_role = 'COMMERCE_AUTHORITY' AND region_code LIKE '11%'") in the" \
  "Beijing commerce queue, $(sql -c "SELECT COUNT(*) FROM filing WHERE queue_role = 'CERTIFICATION_CENTRE'") in the" \
  "certification centre's"

token() {
  local code
  code=$(curl -fsS -H 'Content-Type: application/json' -d "{\"identifier\":\"$1\",\"password\":\"$password\"}" \
    "http://127.0.0.1:$port/api/v1/sessions" | grep -o '"demoCode":"[0-9]*"' | grep -o '[0-9]\{6\}')
  curl -fsS -H 'Content-Type: application/json' -d "{\"loginName\":\"$1\",\"code\":\"$code\"}" \
    "http://127.0.0.1:$port/api/v1/sessions/code" | grep -o '"token":"[^"]*"' | sed 's/"token":"//; s/"$//'
}

measure() { # who token query
  local url="http://127.0.0.1:$port/api/v1/review/filings?$3" t times=() body
  body=$(curl -fsS -H "Authorization: Bearer $2" "$url")
  grep -c '"number":"BX-' <<<"$body" >/dev/null || { echo "no rows for $1 $3: ${body:0:300}"; exit 1; }
  for i in 1 2 3; do curl -fsS -o /dev/null -H "Authorization: Bearer $2" "$url"; done
  for i in 1 2 3 4 5 6 7; do
    t=$(curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $2" "$url")
    times+=("$(awk -v t="$t" 'BEGIN { printf "%.1f", t * 1000 }')")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  printf '%-14s %-40s median %6s ms  worst %6s ms  hasNext=%s total=%s\n' "$1" "$3" "$(sed -n 4p <<<"$sorted")" \
    "$(tail -1 <<<"$sorted")" "$(grep -o '"hasNext":[a-z]*' <<<"$body" | cut -d: -f2)" \
    "$(grep -o '"total":[0-9]*' <<<"$body" | cut -d: -f2)"
  report "reviewer queue at $rows filings: $1 ${3%&size=20}" "$(sed -n 4p <<<"$sorted") ms (worst $(tail -1 <<<"$sorted"))" \
    - - "< 300 ms" "$(met_if 'a < 300' "$(sed -n 4p <<<"$sorted")")"
}

commerce=$(token demo-commerce)
centre=$(token demo-centre)
echo "--- reviewer queue over REST (page size 20)"
for q in "page=1" "page=1000" "page=1&sort=submitted" "page=1000&sort=submitted" "page=1&overdue=true" \
         "page=1&type=export-filing&applicant=%E5%9F%BA%E5%87%86%E6%B5%8B%E8%AF%95%E4%BC%81%E4%B8%9A42"; do
  measure demo-commerce "$commerce" "$q&size=20"
done
for q in "page=1" "page=1000" "page=1000&sort=submitted"; do
  measure demo-centre "$centre" "$q&size=20"
done
echo "--- PostgreSQL's plan for the regional queue's ids, page 1,000 (the 21 rows are then fetched by id)"
sql -c "EXPLAIN ANALYZE SELECT id FROM filing WHERE queue_role = 'COMMERCE_AUTHORITY' AND region_code LIKE '11%'
        ORDER BY due_on, id LIMIT 21 OFFSET 19980" | grep -E "Index|Limit|Execution|Heap"
echo "--- a page's keys (the queue reads page size + 1 ids for hasNext, and counts at most 10,001 for the total)"
curl -fsS -H "Authorization: Bearer $commerce" "http://127.0.0.1:$port/api/v1/review/filings?page=1000&size=20" |
  python3 -c 'import json, sys; print(sorted(json.load(sys.stdin).keys()))'
