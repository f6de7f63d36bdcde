#!/usr/bin/env python3
"""The baseline for benches/import.rs: Python's csv module reading the same generated files
(target/import-bench/, written by `cargo bench --bench import`) and counting what the import
counts (connections, decision makers by a keyword test, owner-sent messages, reactions).
The files are read from disk, not inflated from a ZIP, so Python does less work than Rust.

usage: python3 benches/import_baseline.py [DIR]
"""
import csv
import sys
import time
from pathlib import Path

DM = ("ceo", "head of", "director", "founder", "owner", "vp")


def run(d: Path) -> dict:
    out = {}
    with open(d / "Connections.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
        header = rows[0]
        pos = header.index("Position")
        out["connections"] = len(rows) - 1
        out["decision_makers"] = sum(
            1 for r in rows[1:] if any(k in r[pos].lower() for k in DM)
        )
    with open(d / "messages.csv", newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        url = header.index("SENDER PROFILE URL")
        owner = "https://www.linkedin.com/in/samortega"
        out["messages_sent"] = sum(1 for row in r if row[url] == owner)
    with open(d / "Reactions.csv", newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        next(r)
        out["reactions"] = sum(1 for _ in r)
    return out


def main() -> None:
    d = Path(sys.argv[1] if len(sys.argv) > 1 else "target/import-bench")
    times = []
    for _ in range(10):
        t = time.perf_counter()
        result = run(d)
        times.append(time.perf_counter() - t)
    times.sort()
    print(result)
    print(f"python csv: median {times[len(times) // 2] * 1000:.1f} ms, min {times[0] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
