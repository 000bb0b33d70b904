"""Annotation on held-out articles: recall and precision of the Chinese names found.

DIR holds articles/NN.txt (first line the URL, then the text) and gold.csv
(article,vi,zh,kind,…): each Chinese name in an article as printed, with its characters (zh empty
when they could not be confirmed: such rows are left out). Run after glossary build:
python benchmarks/annotate_accuracy.py DIR [--details]
recall: gold names found at least once with the right characters (the entry's characters or one of
its other Chinese forms: 中共中央 for 中国共产党中央委员会) by a mention of the gold name, or of a text
inside or around it (Nam Sa → 南沙区 for quận Nam Sa 南沙区, sông Hoàng Hà → 黄河 for Hoàng Hà 黄河: the
gold's span is a convention, the characters are what a translator needs); same-span recall asks for
the gold's very text, as the first five sessions measured; lenient recall also counts a mention
inside or around the gold name whose characters are part of the gold's or contain them
(Bằng Tường 凭祥 for trấn Bằng Tường 凭祥镇);
precision: of the known (glossary) mentions whose text is a gold name, those with the right characters;
composed (trấn Bằng Tường → 凭祥镇) and unknown mentions are counted apart, with those that overlap no
gold name (false flags: a Vietnamese person read as Chinese).
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
    found = same_span = lenient = total = right = reported = 0
    guessed: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # composed/unknown: [among gold names, right]
    stray: dict[str, int] = defaultdict(int)  # composed/unknown mentions inside no gold name: false flags
    for article, names in sorted(gold.items()):
        text = (root / "articles" / f"{article}.txt").read_text(encoding="utf-8").split("\n", 1)[1]
        mentions = annotate(conn, text)
        seen = {(m.text, zh) for m in mentions for zh in [m.zh, *m.zh_other]}
        seen |= {(m.text, c["zh"]) for m in mentions for c in m.candidates[:1]}
        for vi, zh in names.items():
            total += 1
            same_span += (vi, zh) in seen
            hit = any((text in vi or vi in text) and chars == zh for text, chars in seen)
            found += hit
            lenient += hit or any((m.text in vi or vi in m.text) and m.zh and (m.zh in zh or zh in m.zh) for m in mentions)
            if "--details" in sys.argv and not hit:
                print(f"missed {article}: {vi} {zh}; reported {[(m.text, m.zh) for m in mentions if vi in m.text or m.text in vi]}")
        for mention in mentions:
            if not mention.entry_id and not any(mention.text in vi or vi in mention.text for vi in names):
                stray[mention.match] += 1
                if "--details" in sys.argv:
                    print(f"stray {article}: {mention.text} {mention.zh} ({mention.match})")
            if mention.text in names:
                if not mention.entry_id:
                    guessed[mention.match][0] += 1
                    guessed[mention.match][1] += mention.zh == names[mention.text]
                else:
                    reported += 1
                    ok = names[mention.text] in [mention.zh, *mention.zh_other]
                    right += ok
                    if "--details" in sys.argv and not ok:
                        print(f"wrong {article}: {mention.text} {mention.zh} (gold {names[mention.text]})")
    print(f"{len(gold)} articles, {total} gold names with characters")
    print(f"  recall: {found}/{total} = {100 * found / total:.1f}% found with the right characters")
    print(f"  same-span recall: {same_span}/{total} = {100 * same_span / total:.1f}%")
    print(f"  lenient recall: {lenient}/{total} = {100 * lenient / total:.1f}%")
    print(f"  precision (known): {right}/{reported} = {100 * right / max(reported, 1):.1f}%")
    for match, (among, right_first) in sorted(guessed.items()):
        print(f"  {match} mentions among gold names: {among}, first candidate right: {right_first}")
    for match, count in sorted(stray.items()):
        print(f"  {match} mentions outside every gold name (false flags): {count}")


if __name__ == "__main__":
    main()
