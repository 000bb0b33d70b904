"""Reverse lookup on a held-out list: is the right Chinese first, in the top 5? Curated entries are
left out (use_glossary=False) so the lexicon and name composition are what is measured.
Run after glossary build: python benchmarks/reverse_accuracy.py [LIST.csv] [--misses]
LIST.csv has columns zh, vi, kind (default: benchmarks/heldout_names.csv).
"""

import csv
import sqlite3
import sys
from pathlib import Path

from glossary.build import DEFAULT_OUTPUT
from glossary.reverse import MAX_LIMIT, reverse

sys.path.insert(0, str(Path(__file__).parent))
from accuracy import stems  # noqa: E402


def main() -> None:
    paths = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(paths[0]) if paths else Path(__file__).with_name("heldout_names.csv")
    rows = [r for r in csv.DictReader(open(path, encoding="utf-8")) if r["zh"] and r["vi"]]
    conn = sqlite3.connect(DEFAULT_OUTPUT)
    first = top5 = 0
    for row in rows:
        kind = row["kind"] if row["kind"] in ("person", "place", "organization", "term") else None
        found = [c.zh for c in reverse(conn, row["vi"], kind=kind, limit=MAX_LIMIT, use_glossary=False)]
        want = set(stems(row["zh"], row["kind"]))
        rank = next((i for i, zh in enumerate(found) if zh in want), None)
        first += rank == 0
        top5 += rank is not None and rank < 5
        if "--misses" in sys.argv and rank != 0:
            print(row["zh"], row["vi"], row["kind"], rank, found[:3], sep="\t")
    print(f"{path.name}: {len(rows)} names; right characters first {first} ({100 * first / len(rows):.1f}%), "
          f"in the top 5 {top5} ({100 * top5 / len(rows):.1f}%)")  # fmt: skip


if __name__ == "__main__":
    main()
