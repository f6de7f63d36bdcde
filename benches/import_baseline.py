#!/usr/bin/env python3
"""The baseline for benches/import.rs: Python's csv module reading the same generated files
(target/import-bench/, written by `cargo bench --bench import`) and counting what the import
counts (connections, decision makers by a keyword test, owner-sent messages, reactions).
The files are read from disk, not inflated from a ZIP, so Python does less work than Rust.

usage: python3 benches/import_baseline.py [DIR]
"""
import csv
import io
import sys
import time
import zipfile
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


def run_zip(zpath: Path) -> dict:
    """The same counts, reading the CSVs out of the export ZIP (like the import does)."""
    out = {}
    with zipfile.ZipFile(zpath) as z:
        def rows(name):
            with z.open(name) as f:
                yield from csv.reader(io.TextIOWrapper(f, encoding="utf-8", newline=""))
        r = rows("Connections.csv")
        header = next(r)
        pos = header.index("Position")
        n = dm = 0
        for row in r:
            n += 1
            dm += any(k in row[pos].lower() for k in DM)
        out["connections"], out["decision_makers"] = n, dm
        r = rows("messages.csv")
        header = next(r)
        url = header.index("SENDER PROFILE URL")
        owner = "https://www.linkedin.com/in/samortega"
        out["messages_sent"] = sum(1 for row in r if row[url] == owner)
        r = rows("Reactions.csv")
        next(r)
        out["reactions"] = sum(1 for _ in r)
    return out


def median_ms(f, arg) -> tuple:
    times = []
    for _ in range(10):
        t = time.perf_counter()
        result = f(arg)
        times.append(time.perf_counter() - t)
    times.sort()
    return result, times[len(times) // 2] * 1000, times[0] * 1000


def main() -> None:
    d = Path(sys.argv[1] if len(sys.argv) > 1 else "target/import-bench")
    for label, where in [("", d), (" (messages.csv quoted as in 2026)", d / "quoted")]:
        if not where.exists():
            continue
        result, med, low = median_ms(run, where)
        print(result)
        print(f"python csv, plain files{label}: median {med:.1f} ms, min {low:.1f} ms")
        z = where / "export.zip"
        if z.exists():
            result, med, low = median_ms(run_zip, z)
            print(result)
            print(f"python zipfile + csv, the export ZIP{label}: median {med:.1f} ms, min {low:.1f} ms")


if __name__ == "__main__":
    main()
