"""Annotation on held-out articles: recall and precision of the Chinese names found.

DIR holds articles/NN.txt (first line the URL, then the text) and gold.csv
(article,vi,zh,kind,…): each Chinese name in an article as printed, with its characters (zh empty
when they could not be confirmed: such rows are left out). Run after glossary build:
python benchmarks/annotate_accuracy.py DIR [--details]
recall: gold names found at least once with the right characters; lenient recall also counts a
mention inside or around the gold name whose characters are part of the gold's or contain them
(Bằng Tường 凭祥 for trấn Bằng Tường 凭祥镇);
precision: of the known (glossary) mentions whose text is a gold name, those with the right characters.
"""

import csv
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

from glossary.annotate import annotate
from glossary.build import DEFAULT_OUTPUT


def main() -> None:
    root = Path(sys.argv[1])
    gold: dict[str, dict[str, str]] = defaultdict(dict)
    for row in csv.DictReader(open(root / "gold.csv", encoding="utf-8")):
        if row["zh"]:
            gold[row["article"].zfill(2)][row["vi"]] = row["zh"]
    conn = sqlite3.connect(DEFAULT_OUTPUT)
    found = lenient = total = right = reported = unknown_right = unknown_total = 0
    for article, names in sorted(gold.items()):
        text = (root / "articles" / f"{article}.txt").read_text(encoding="utf-8").split("\n", 1)[1]
        mentions = annotate(conn, text)
        seen = {(m.text, m.zh) for m in mentions} | {(m.text, c["zh"]) for m in mentions for c in m.candidates[:1]}
        for vi, zh in names.items():
            total += 1
            hit = (vi, zh) in seen
            found += hit
            lenient += hit or any((m.text in vi or vi in m.text) and m.zh and (m.zh in zh or zh in m.zh) for m in mentions)
            if "--details" in sys.argv and not hit:
                print(f"missed {article}: {vi} {zh}; reported {[(m.text, m.zh) for m in mentions if vi in m.text or m.text in vi]}")
        for mention in mentions:
            if mention.text in names:
                if mention.status == "unknown":
                    unknown_total += 1
                    unknown_right += mention.zh == names[mention.text]
                else:
                    reported += 1
                    right += mention.zh == names[mention.text]
                    if "--details" in sys.argv and mention.zh != names[mention.text]:
                        print(f"wrong {article}: {mention.text} {mention.zh} (gold {names[mention.text]})")
    print(f"{len(gold)} articles, {total} gold names with characters")
    print(f"  recall: {found}/{total} = {100 * found / total:.1f}% found with the right characters")
    print(f"  lenient recall: {lenient}/{total} = {100 * lenient / total:.1f}%")
    print(f"  precision (known): {right}/{reported} = {100 * right / max(reported, 1):.1f}%")
    print(f"  unknown names flagged among gold names: {unknown_total}, first candidate right: {unknown_right}")


if __name__ == "__main__":
    main()
