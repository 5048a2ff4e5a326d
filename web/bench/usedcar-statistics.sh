#!/usr/bin/env bash
# Benchmark of the used-car returns and statistics (#20): 2,000,000 sales of one month over 20,000 dealers spread
# over every county in PostgreSQL, each dealer's accepted return of that month (99 cells each: ~2,000,000 cells),
# the packaged Payara Micro WAR on top. Measures, median and worst of 7 after 3 warm-ups:
#   - pre-filling one enterprise's report (the demo dealer's month, 重新取数 over REST): target < 50 ms;
#   - the national month's statistics by province and vehicle class over REST (a national commerce authority),
#     from the accepted returns and from the sales records, each beside the hand-written SQL over the same rows
#     in psql in the same run: target <= 1.5 x for the published (accepted returns) figures;
#   - the regional statistics page (/review/usedcar/statistics.xhtml, national, signed in through the portal):
#     target < 1 s.
# Needs PostgreSQL at 127.0.0.1:5432 (trust auth), python3 and a built tree (./mvnw install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../.."
. web/bench/report.sh
war=$(ls web/target/autogov-web-*-micro.war)
work=$(mktemp -d)
db="autogov_bench_stats_$(date +%s)"
port=${BENCH_PORT:-18094}
sales=${BENCH_SALES:-2000000}
dealers=${BENCH_DEALERS:-20000}
password='Bench#Stats2026'
psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE $db"
cleanup() {
  if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  [ -n "${BENCH_LOG:-}" ] && cp "$work/micro.log" "$BENCH_LOG"
  rm -rf "$work"
}
trap cleanup EXIT
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -qAt -v ON_ERROR_STOP=1 "$@"; }
if [ -n "${BENCH_EXPLAIN:-}" ]; then # the app's slow statements' plans into the server's log
  psql -h 127.0.0.1 -U postgres -d test -qc "ALTER DATABASE $db SET session_preload_libraries = 'auto_explain'" \
    -c "ALTER DATABASE $db SET auto_explain.log_min_duration = 300" -c "ALTER DATABASE $db SET auto_explain.log_analyze = on"
fi

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

# the month before this one (Asia/Shanghai), as the returns count it
month=$(TZ=Asia/Shanghai date -d "$(TZ=Asia/Shanghai date +%Y-%m-01) -1 day" +%Y-%m)
start="$month-01"
end=$(date -d "$start +1 month" +%Y-%m-%d)
days=$(( ( $(date -d "$end" +%s) - $(date -d "$start" +%s) ) / 86400 ))
echo "generating $dealers dealers and $sales sales of $month, then each dealer's accepted return ..."
t0=$(date +%s)
sql <<SQL
CREATE TEMP TABLE counties AS
  SELECT code, (row_number() OVER (ORDER BY code)) - 1 AS n FROM region WHERE level = 3 AND NOT statistical_only;
-- one disabled account each (an enterprise has its own): nobody signs in as them
INSERT INTO user_account (id, login_name, display_name, role, password_hash, password_change_required, enabled, demo,
                          failed_logins, created_at, version)
SELECT 50000000 + g, 'bench-uc-' || g, '基准二手车经销企业' || g, 'ENTERPRISE', '!', FALSE, FALSE, FALSE, 0, now(), 0
FROM generate_series(1, $dealers) g;
INSERT INTO enterprise (id, credit_code, name, enterprise_type, legal_person_type, region_code, account_id,
                        created_at, version)
SELECT 50000000 + g, NULL, '基准二手车经销企业' || g, 'USED_CAR_DEALER', 'LEGAL_PERSON', c.code,
       50000000 + g, now(), 0
FROM generate_series(1, $dealers) g
JOIN counties c ON c.n = (g * 7919) % (SELECT COUNT(*) FROM counties);
INSERT INTO uc_business (enterprise_id, business_kinds, domicile_region, domicile_street, filler_name, filler_mobile,
                         registered_at)
SELECT id, 'DEALER', region_code, '基准路1号', '基准', '13800000000', now() FROM enterprise WHERE id > 50000000;
INSERT INTO uc_sale (id, enterprise_id, entered_on, entered_at, entered_by, buyer_kind, buyer_name, buyer_id_number,
                     buyer_address, buyer_mobile, seller_kind, seller_name, seller_id_number, seller_address,
                     seller_mobile, agent_kind, agent_name, agent_id_number, agent_address, agent_mobile,
                     plate_number, registration_number, vin, brand_model, vehicle_class, transfer_office, price,
                     dealing_unit, sold_on, fingerprint, version)
SELECT 100000000 + g, 50000001 + g % $dealers, DATE '$start', now(), 'bench', 'PERSON', '买方' || g % 997,
       '11010519491231002X', '北京市朝阳区1号', '13800000001', 'PERSON', '卖方' || g % 991, '11010519491231002X',
       '福州市鼓楼区2号', '13800000002',
       CASE WHEN g % 5 = 0 THEN 'PERSON' END, CASE WHEN g % 5 = 0 THEN '李代理' END,
       CASE WHEN g % 5 = 0 THEN '11010519491231002X' END, CASE WHEN g % 5 = 0 THEN '福州市3号' END,
       CASE WHEN g % 5 = 0 THEN '13800000003' END,
       '闽A' || lpad((g % 99999)::text, 5, '0'), lpad(g::text, 12, '0'), 'LBV' || lpad(g::text, 14, '0'), '大众朗逸',
       (ARRAY['SEDAN','SEDAN','SEDAN','SEDAN','SUV','SUV','MPV','CROSSOVER','BUS','TRUCK','TRUCK','TRICYCLE',
              'LOW_SPEED_TRUCK','TRAILER','MOTORCYCLE','OTHER'])[1 + g % 16],
       CASE WHEN g % 3 = 0 THEN '厦门市车辆管理所' ELSE '本市车辆管理所' END,
       20000 + (g * 37) % 280000, '基准交易市场', DATE '$start' + (g % $days), md5(g::text), 0
FROM generate_series(1, $sales) g;
CREATE TEMP TABLE agg AS
  SELECT enterprise_id, vehicle_class AS cls, COUNT(*) AS n, SUM(price) AS yuan,
         SUM(CASE WHEN agent_kind IS NULL THEN 1 ELSE 0 END) AS direct
  FROM uc_sale WHERE enterprise_id > 50000000 GROUP BY 1, 2;
INSERT INTO uc_report (id, enterprise_id, enterprise_name, region_code, kind, period, period_start, period_end, due_on,
                       status, filler_name, saved_at, saved_by, submitted_at, first_submitted_at, submitted_by, late,
                       decided_at, decided_by, version)
SELECT 60000000 + (id - 50000000), id, name, region_code, 'MONTHLY', '$month', DATE '$start', DATE '$end',
       DATE '$end' + 9, 'ACCEPTED', '基准', now(), 'bench', now(), now(), 'bench', FALSE, now(), 'bench', 2
FROM enterprise WHERE id > 50000000;
INSERT INTO uc_report_cell (report_id, row_key, column_key, computed, reported)
SELECT r.id, c.cls, k.col,
       v.value, v.value
FROM uc_report r
CROSS JOIN unnest(ARRAY['SEDAN','MPV','SUV','CROSSOVER','BUS','TRUCK','TRICYCLE','LOW_SPEED_TRUCK','TRAILER',
                        'MOTORCYCLE','OTHER']) AS c(cls)
CROSS JOIN unnest(ARRAY['AMOUNT','TOTAL','DIRECT','CONSIGNED','LOCAL_TRANSFER','OUT_TRANSFER','OPERATING',
                        'NON_OPERATING','CONVERTED']) AS k(col)
LEFT JOIN agg a ON a.enterprise_id = r.enterprise_id AND a.cls = c.cls
CROSS JOIN LATERAL (SELECT CASE k.col
    WHEN 'AMOUNT' THEN ROUND(COALESCE(a.yuan, 0) / 10000, 2)
    WHEN 'TOTAL' THEN COALESCE(a.n, 0) WHEN 'DIRECT' THEN COALESCE(a.direct, 0)
    WHEN 'CONSIGNED' THEN COALESCE(a.n - a.direct, 0) WHEN 'LOCAL_TRANSFER' THEN COALESCE(a.n, 0)
    WHEN 'NON_OPERATING' THEN COALESCE(a.n, 0) ELSE 0 END AS value) v
WHERE r.id >= 60000000;
UPDATE user_account SET region_code = NULL WHERE login_name = 'demo-commerce';
VACUUM ANALYZE enterprise;
VACUUM ANALYZE uc_business;
VACUUM ANALYZE uc_sale;
VACUUM ANALYZE uc_report;
VACUUM ANALYZE uc_report_cell;
SQL
echo "generated in $(( $(date +%s) - t0 )) s: $(sql -c "SELECT COUNT(*) FROM uc_sale WHERE sold_on >= DATE '$start' AND sold_on < DATE '$end'") sales of $month," \
  "$(sql -c "SELECT COUNT(*) FROM uc_report WHERE period = '$month' AND status = 'ACCEPTED'") accepted returns," \
  "$(sql -c 'SELECT COUNT(*) FROM uc_report_cell') cells, $(sql -c "SELECT COUNT(DISTINCT substring(region_code, 1, 2)) FROM uc_report") provinces"

token() {
  local code
  code=$(curl -fsS -H 'Content-Type: application/json' -d "{\"identifier\":\"$1\",\"password\":\"$password\"}" \
    "http://127.0.0.1:$port/api/v1/sessions" | grep -o '"demoCode":"[0-9]*"' | grep -o '[0-9]\{6\}')
  curl -fsS -H 'Content-Type: application/json' -d "{\"loginName\":\"$1\",\"code\":\"$code\"}" \
    "http://127.0.0.1:$port/api/v1/sessions/code" | grep -o '"token":"[^"]*"' | sed 's/"token":"//; s/"$//'
}
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.1f %.1f", a[int((NR + 1) / 2)], a[NR] }'; }
ms() { awk -v t="$1" 'BEGIN { printf "%.1f", t * 1000 }'; }

# GET url 3 + 7 times; prints "median worst" in ms
timed_get() {
  local t i
  for i in 1 2 3; do curl -fsS -o /dev/null -H "Authorization: Bearer $1" "$2"; done
  for i in 1 2 3 4 5 6 7; do
    t=$(curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $1" "$2")
    ms "$t"; echo
  done | median
}
# a statement in psql 3 + 7 times, each timed by psql itself; prints "median worst" in ms
timed_sql() {
  { echo '\timing on'; for i in 1 2 3 4 5 6 7 8 9 10; do echo "$1;"; done; } |
    psql -h 127.0.0.1 -U postgres -d "$db" -qAt -o /dev/null 2>&1 | grep -o 'Time: [0-9.]*' | tail -7 |
    awk '{ print $2 }' | median
}
verdict() { awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { r = a / b; printf "%.2f x %s", r, (r <= t ? "(met)" : "(NOT met)") }'; }

dealer=$(token demo-ucdealer)
national=$(token demo-commerce)
api="http://127.0.0.1:$port/api/v1"

echo "--- pre-filling one enterprise's report (the demo dealer, $month; 重新取数 = the grouped query over its month)"
opened=$(curl -fsS -H "Authorization: Bearer $dealer" -H 'Content-Type: application/json' \
  -d "{\"kind\":\"MONTHLY\",\"period\":\"$month\"}" "$api/used-car/reports")
id=$(grep -o '"id":[0-9]*' <<<"$opened" | head -1 | cut -d: -f2)
version=$(grep -o '"version":[0-9]*' <<<"$opened" | head -1 | cut -d: -f2)
times=()
for i in $(seq 1 10); do
  out=$(curl -fsS -w '\n%{time_total}' -H "Authorization: Bearer $dealer" -H 'Content-Type: application/json' \
    -d "{\"version\":$version}" "$api/used-car/reports/$id/recompute")
  version=$(head -1 <<<"$out" | grep -o '"version":[0-9]*' | head -1 | cut -d: -f2)
  [ "$i" -gt 3 ] && times+=("$(ms "$(tail -1 <<<"$out")")")
done
prefill=$(printf '%s\n' "${times[@]}" | median)
report "used-car returns: pre-filling one month's report over REST" "${prefill% *} ms" - - "< 50 ms" \
  "$(met_if 'a < 50' "${prefill% *}")"
echo "pre-fill over REST: median ${prefill% *} ms, worst ${prefill#* } ms ($(sql -c "SELECT COUNT(*) FROM uc_sale WHERE enterprise_id = (SELECT enterprise_id FROM uc_report WHERE id = $id) AND sold_on >= DATE '$start' AND sold_on < DATE '$end'") sales in its month) — target < 50 ms: $(awk -v m="${prefill% *}" 'BEGIN { print (m < 50 ? "met" : "NOT met") }')"

echo "--- the national month's statistics by province and vehicle class"
hand_reports="SELECT substring(r.region_code, 1, 2), c.row_key, c.column_key, SUM(c.reported) FROM uc_report r JOIN uc_report_cell c ON c.report_id = r.id WHERE r.kind = 'MONTHLY' AND r.period = '$month' AND r.status IN ('ACCEPTED', 'CORRECTION_REQUESTED') GROUP BY 1, 2, 3"
hand_sales="SELECT substring(b.domicile_region, 1, 2), s.vehicle_class, COUNT(*), SUM(s.price), SUM(CASE WHEN s.agent_kind IS NULL THEN 1 ELSE 0 END) FROM uc_sale s JOIN uc_business b ON b.enterprise_id = s.enterprise_id WHERE s.sold_on >= DATE '$start' AND s.sold_on < DATE '$end' GROUP BY 1, 2"
body=$(curl -fsS -H "Authorization: Bearer $national" "$api/used-car/report-reviews/statistics?kind=MONTHLY&from=$month&to=$month")
grep -q '"returns":'"$dealers" <<<"$body" || { echo "the national statistics do not count $dealers returns: ${body:0:400}"; exit 1; }
app_r=$(timed_get "$national" "$api/used-car/report-reviews/statistics?kind=MONTHLY&from=$month&to=$month")
sql_r=$(timed_sql "$hand_reports")
app_s=$(timed_get "$national" "$api/used-car/report-reviews/statistics?kind=MONTHLY&from=$month&to=$month&source=SALES")
sql_s=$(timed_sql "$hand_sales")
printf '%-44s app over REST median %7s ms (worst %7s)   hand SQL in psql median %7s ms (worst %7s)   %s\n' \
  "accepted returns ($dealers, the published):" "${app_r% *}" "${app_r#* }" "${sql_r% *}" "${sql_r#* }" \
  "$(verdict "${app_r% *}" "${sql_r% *}" 1.5)"
report "used-car national statistics ($dealers accepted returns) over REST against hand SQL in psql" "${app_r% *} ms" \
  "${sql_r% *} ms" "$(awk -v a="${app_r% *}" -v b="${sql_r% *}" 'BEGIN { printf "%.2f x", a / b }')" "<= 1.5 x" \
  "$(met_if 'a / b <= 1.5' "${app_r% *}" "${sql_r% *}")"
printf '%-44s app over REST median %7s ms (worst %7s)   hand SQL in psql median %7s ms (worst %7s)   %s\n' \
  "sales records ($sales, to compare):" "${app_s% *}" "${app_s#* }" "${sql_s% *}" "${sql_s#* }" \
  "$(verdict "${app_s% *}" "${sql_s% *}" 1.5)"

echo "--- the regional statistics page, national, signed in through the portal"
page=$(python3 web/bench/portal_page.py "http://127.0.0.1:$port" demo-commerce "$password" \
  "/review/usedcar/statistics.xhtml?kind=MONTHLY&from=$month&to=$month" '福建省')
echo "page: median ${page% *} ms, worst ${page#* } ms — target < 1000 ms: $(awk -v m="${page% *}" 'BEGIN { print (m < 1000 ? "met" : "NOT met") }')"
report "used-car statistics page (portal, national)" "${page% *} ms" - - "< 1000 ms" "$(met_if 'a < 1000' "${page% *}")"
page=$(python3 web/bench/portal_page.py "http://127.0.0.1:$port" demo-commerce "$password" \
  "/review/usedcar/statistics.xhtml?kind=MONTHLY&from=$month&to=$month&compare=true" '福建省')
echo "page with the sales records beside: median ${page% *} ms, worst ${page#* } ms"
echo "--- PostgreSQL's plan of the published figures"
sql -c "EXPLAIN ANALYZE $hand_reports" | grep -E "Scan|Join|Execution" | head -8
