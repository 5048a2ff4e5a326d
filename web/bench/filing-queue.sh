#!/usr/bin/env bash
# Benchmark of the reviewer queue (#5, #22): BENCH_FILINGS filings (default 1,000,000; the #22 note reports
# 10,000,000) generated in PostgreSQL, the packaged Payara Micro WAR on top, and the queue asked over REST the way the
# workbench asks it: page 1, page 1,000 and page 100,000 (or the last) of 20, by due date and by submission, a regional
# and a national reviewer, and with filters. A later page is asked by a seek from the page before (after=<its next>),
# and the same page by number (an OFFSET) is the reference in the same run; both must show the same rows. Prints each
# figure (median and worst of 7 calls after 3 warm-ups) and PostgreSQL's own plan. Target: every page < 100 ms.
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
       'BX-2026-' || lpad(g::text, 8, '0'),
       CASE WHEN g % 2 = 0 THEN 'export-filing' ELSE 'coc-enterprise-change' END,
       (SELECT MIN(id) FROM enterprise),
       'bench',
       CASE WHEN g % 10 < 6 THEN 'SUBMITTED' WHEN g % 10 < 8 THEN 'APPROVED' WHEN g % 10 < 9 THEN 'REJECTED'
            ELSE 'DRAFT' END,
       0,
       CASE WHEN g % 10 < 6 THEN CASE WHEN g % 2 = 0 THEN 'COMMERCE_AUTHORITY' ELSE 'CERTIFICATION_CENTRE' END END,
       (ARRAY['110108','110101','110105','110106','110102','110107','310115','350100'])[1 + (g / 7) % 8],
       '基准测试企业' || (g % 5000),
       now() - (g % 400) * interval '1 day',
       CASE WHEN g % 10 < 9 THEN now() - (g % 400) * interval '1 day' + interval '1 hour' END,
       CASE WHEN g % 10 < 6 THEN current_date + (g % 37) - 12 END,
       CASE WHEN g % 10 BETWEEN 6 AND 7 THEN current_date - (g % 300) END,
       CASE WHEN g % 10 BETWEEN 6 AND 7 THEN current_date - (g % 300) + 364 END,
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

# one call's time in ms, and its body in $body_file
call() { curl -fsS -o "$work/body.json" -w '%{time_total}' -H "Authorization: Bearer $1" "$2" | awk '{ printf "%.1f", $1 * 1000 }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
worst() { printf '%s\n' "$@" | sort -n | tail -1; }
field() { python3 -c "import json,sys; d=json.load(open('$work/body.json')); v=d.get('$1'); print('' if v is None else v)"; }
numbers() { python3 -c "import json; print(' '.join(r['number'] for r in json.load(open('$work/body.json'))['rows']))"; }

# measure <who> <token> <filters> <page> <label>: page 1 as asked; a later page by a seek from the page before it
# (after=<that page's next>), against the same page by number (OFFSET) as the reference, and both must show the same rows
measure() {
  local url="http://127.0.0.1:$port/api/v1/review/filings?size=20&$3" page=$4 t times=() refs=() cursor="" offset_rows seek_rows ref=- ratio=-
  if [ "$page" -gt 1 ]; then
    call "$2" "$url&page=$((page - 1))" >/dev/null
    cursor=$(field next)
    [ -n "$cursor" ] || { echo "no page $page for $1 $3: $(head -c 300 "$work/body.json")"; exit 1; }
    for i in 1 2 3; do refs+=("$(call "$2" "$url&page=$page")"); done
    offset_rows=$(numbers)
    ref="$(median "${refs[@]}") ms"
  fi
  local asked="$url&page=$page${cursor:+&after=$cursor}"
  for i in 1 2 3; do call "$2" "$asked" >/dev/null; done
  for i in 1 2 3 4 5 6 7; do times+=("$(call "$2" "$asked")"); done
  seek_rows=$(numbers)
  [ -n "$seek_rows" ] || { echo "no rows for $1 $3 page $page: $(head -c 300 "$work/body.json")"; exit 1; }
  if [ -n "$cursor" ] && [ "$seek_rows" != "$offset_rows" ]; then
    echo "page $page of $1 $3: the seek shows other rows than the OFFSET"; exit 1
  fi
  [ "$ref" = - ] || ratio=$(awk -v a="$(median "${times[@]}")" -v b="$(median "${refs[@]}")" 'BEGIN { printf "%.2f x", a / b }')
  printf '%-13s %-42s page %7s  median %6s ms  worst %6s ms  (OFFSET %s)  hasNext=%s total=%s\n' "$1" "${3:-all}" \
    "$page" "$(median "${times[@]}")" "$(worst "${times[@]}")" "$ref" "$(field hasNext)" "$(field total)"
  report "reviewer queue at $rows filings: $5, page $page" "$(median "${times[@]}") ms (worst $(worst "${times[@]}"))" \
    "$ref" "$ratio" "< 100 ms" "$(met_if 'a < 100 && b < 100' "$(median "${times[@]}")" "$(worst "${times[@]}")")"
}

# the deepest page asked: 100,000, or the view's last page when it holds fewer
deep() { local n; n=$(sql -c "SELECT COUNT(*) FROM filing WHERE $1"); n=$(( (n + 19) / 20 )); echo $(( n < 100000 ? n : 100000 )); }
regional="queue_role = 'COMMERCE_AUTHORITY' AND region_code LIKE '11%'"
national="queue_role = 'CERTIFICATION_CENTRE'"
overdue_today="due_on < current_date"

commerce=$(token demo-commerce)
centre=$(token demo-centre)
echo "--- reviewer queue over REST (page size 20): page 1, 1,000 and the deepest (100,000 or the last) by seek"
r_deep=$(deep "$regional"); n_deep=$(deep "$national"); o_deep=$(deep "$regional AND $overdue_today")
for sort in due submitted; do
  for page in 1 1000 "$r_deep"; do
    measure demo-commerce "$commerce" "sort=$sort" "$page" "regional (Beijing), by $sort"
  done
  for page in 1 1000 "$n_deep"; do
    measure demo-centre "$centre" "sort=$sort" "$page" "national, by $sort"
  done
done
for page in 1 1000 "$o_deep"; do
  measure demo-commerce "$commerce" "overdue=true" "$page" "regional, overdue only"
done
measure demo-commerce "$commerce" "type=export-filing&applicant=%E5%9F%BA%E5%87%86%E6%B5%8B%E8%AF%95%E4%BC%81%E4%B8%9A42" 1 \
  "regional, by type and applicant"
measure demo-commerce "$commerce" "type=export-filing&applicant=%E5%9F%BA%E5%87%86%E6%B5%8B%E8%AF%95%E4%BC%81%E4%B8%9A42" 50 \
  "regional, by type and applicant"
echo "--- PostgreSQL's plan for the regional queue's ids, page $r_deep by seek (the 21 rows are then fetched by id)"
key=$(sql -c "SELECT due_on || ',' || id FROM filing WHERE $regional ORDER BY due_on, id OFFSET $(( (r_deep - 1) * 20 - 1 )) LIMIT 1")
sql -c "EXPLAIN ANALYZE SELECT id FROM filing WHERE $regional AND (due_on, id) > ('${key%,*}', ${key#*,})
        ORDER BY due_on, id LIMIT 21" | grep -E "Index|Limit|Execution|Heap"
