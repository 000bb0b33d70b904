"""Reverse lookup on a held-out list: is the right Chinese first, in the top 5? Curated entries are
left out (use_glossary=False) so the lexicon and name composition are what is measured; with
--with-glossary they are not (an entry's other Chinese forms count as right: 丽江 for 丽江市), which measures reverse lookup as shipped (the list's pages are not
the glossary's sources, but the glossary may hold the same names from other pages).
Run after glossary build: python benchmarks/reverse_accuracy.py [LIST.csv] [--misses] [--with-glossary]
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


def other_forms(conn, entry_id: str) -> set[str]:
    """A curated entry's other Chinese forms (丽江 for 丽江市), right as well."""
    return {row[0] for row in conn.execute("select zh from other_zh where entry_id = ?", (entry_id,))} if entry_id else set()


def main() -> None:
    paths = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(paths[0]) if paths else Path(__file__).with_name("heldout_names.csv")
    rows = [r for r in csv.DictReader(open(path, encoding="utf-8")) if r["zh"] and r["vi"]]
    conn = sqlite3.connect(DEFAULT_OUTPUT)
    first = top5 = 0
    for row in rows:
        kind = row["kind"] if row["kind"] in ("person", "place", "organization", "term") else None
        candidates = reverse(conn, row["vi"], kind=kind, limit=MAX_LIMIT, use_glossary="--with-glossary" in sys.argv)
        found = [c.zh for c in candidates]
        want = set(stems(row["zh"], row["kind"]))
        rank = next((i for i, c in enumerate(candidates) if {c.zh, *other_forms(conn, c.entry_id)} & want), None)
        first += rank == 0
        top5 += rank is not None and rank < 5
        if "--misses" in sys.argv and rank != 0:
            print(row["zh"], row["vi"], row["kind"], rank, found[:3], sep="\t")
    print(f"{path.name}{' (with the glossary)' if '--with-glossary' in sys.argv else ''}: {len(rows)} names; right characters first {first} ({100 * first / len(rows):.1f}%), "
          f"in the top 5 {top5} ({100 * top5 / len(rows):.1f}%)")  # fmt: skip


if __name__ == "__main__":
    main()
