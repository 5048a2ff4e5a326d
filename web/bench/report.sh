# Sourced by the benchmarks: one row of the run's benchmark report per figure, in target/bench-report.tsv at the
# checkout's root (BENCH_REPORT to put it elsewhere); .ci/run ends by printing them as one table (report.py).
# report <benchmark> <figure> <reference in the same run, or -> <ratio, or -> <target> <met|NOT met>
BENCH_REPORT=${BENCH_REPORT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/target/bench-report.tsv}
export BENCH_REPORT
mkdir -p "$(dirname "$BENCH_REPORT")"
report() {
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$6" >>"$BENCH_REPORT"
}
# met_if <awk condition on a and b> <a> [b]: "met" or "NOT met"
met_if() {
  awk -v a="$2" -v b="${3:-0}" "BEGIN { print (($1) ? \"met\" : \"NOT met\") }"
}
