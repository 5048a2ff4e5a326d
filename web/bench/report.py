#!/usr/bin/env python3
"""The run's benchmarks as one table: every figure beside its reference in the same run, the ratio, the target, and
whether it was met. Reads the rows the benchmarks appended (report.sh; tab-separated), prints the table and writes it
as Markdown next to them (bench-report.md), so a regression shows as a line that turned from met to not met."""
import sys
from pathlib import Path

source = Path(sys.argv[1] if len(sys.argv) > 1 else "target/bench-report.tsv")
head = ["benchmark", "figure", "reference (same run)", "ratio", "target", "met"]
rows = [line.split("\t") for line in source.read_text(encoding="utf-8").splitlines() if line.strip()] \
    if source.exists() else []
rows = [(r + ["-"] * 6)[:6] for r in rows]
if not rows:
    print("no benchmark figures were reported")
    sys.exit(0)


def width(s):  # CJK characters take two columns in a terminal
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)


widths = [max(width(r[i]) for r in rows + [head]) for i in range(6)]
line = lambda r: "  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(r)).rstrip()
print(line(head))
print("  ".join("-" * w for w in widths))
for r in rows:
    print(line(r))
missed = sum(1 for r in rows if r[5].strip().lower() != "met")
print(f"{len(rows)} figures, {len(rows) - missed} met, {missed} not met")
md = ["| " + " | ".join(head) + " |", "|" + "---|" * 6]
md += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rows]
out = source.with_suffix(".md")
out.write_text("# Benchmarks of this run\n\n" + "\n".join(md) + "\n", encoding="utf-8")
print(f"written: {out}")
