"""Reading accuracy on a held-out list of names: the engine against cn2vn and plain pypinyin.

benchmarks/heldout_names.csv: Chinese people and places whose Vietnamese form is a plain Hán-Việt
reading, with the Vietnamese form and the English (pinyin) name as printed by the source page. The list
comes from research batches gathered after the reading tables were tuned.
Run: python benchmarks/accuracy.py [--misses]
"""

import csv
import re
import sys
from pathlib import Path

from pypinyin import lazy_pinyin

from glossary.hanviet import VI_PLACE_WORDS, PLACE_GENERICS, _syllable_key, hanviet
from glossary.pinyin import pinyin
from glossary.text import fold

LIST = Path(__file__).with_name("heldout_names.csv")
EN_GENERICS = r"\b(district|city|county|province|prefecture|autonomous|region|municipality|banner|league|town)\b"
# English names that are not pinyin (Mount Tai, Temple of Heaven, Kublai Khan): left out of the pinyin score
ENGLISH = re.compile(r"\b(mount|lake|river|temple|gate|hall|palace|garden|emperor|empress|consort|khan|tomb|"
                     r"mausoleum|peak|pass|city of|cemetery|mansion|buddha|great|sacred|forbidden|summer|special|"
                     r"now|kazakh|prince|dowager|taboo|family|west|heavenly|union)\b|[^\x00-\x7f]", re.IGNORECASE)


def vi_key(text: str) -> str:
    key = _syllable_key(text)
    for generic in VI_PLACE_WORDS:
        if key.startswith(generic + " "):
            return key[len(generic) + 1 :]
    return key


NATURAL_GENERICS = ("湖", "江", "河", "水", "山", "镇", "地区")


def stems(zh: str, kind: str) -> list[str]:
    """zh, and zh without a generic suffix (常熟市 → 常熟, 洞庭湖 → 洞庭) for places: the source may
    print the name with or without its generic, so both sides are compared both ways."""
    found = [zh]
    if kind == "place":
        found += [zh[: -len(g)] for g in (*PLACE_GENERICS, *NATURAL_GENERICS) if zh.endswith(g) and len(zh) > len(g)]
    return found


def en_keys(text: str) -> set[str]:
    """The English name as pinyin, and the pinyin in its parentheses: 'Jack Ma (Ma Yun)' → jackma, mayun."""
    parts = [re.sub(r"\(.*?\)", "", text), *re.findall(r"\((.*?)\)", text)]
    return {re.sub(r"[^a-z]", "", re.sub(EN_GENERICS, "", fold(p))) for p in parts if p.strip() and not ENGLISH.search(p)}


def main() -> None:
    import cn2vn

    rows = list(csv.DictReader(open(LIST, encoding="utf-8")))
    scores = {"engine hanviet": 0, "cn2vn hanviet": 0, "engine pinyin": 0, "pypinyin pinyin": 0,
              "engine pinyin, people": 0, "pypinyin pinyin, people": 0}
    misses = []
    with_pinyin = people = 0
    for row in rows:
        zh, kind, want = row["zh"], row["kind"], vi_key(row["vi"])
        engine = {vi_key(hanviet(z, kind=kind, use_glossary=False).result) for z in stems(zh, kind)}
        baseline = {vi_key(cn2vn.cn2vn(z)) for z in stems(zh, kind)}
        scores["engine hanviet"] += want in engine
        scores["cn2vn hanviet"] += want in baseline
        want_py = en_keys(row["en"])
        ours = {re.sub(r"[^a-z]", "", fold(pinyin(z, kind=kind, style="plain").result)) for z in stems(zh, kind)}
        plain = {"".join(lazy_pinyin(z)) for z in stems(zh, kind)}
        with_pinyin += bool(want_py)
        people += bool(want_py) and kind == "person"
        scores["engine pinyin"] += bool(want_py & ours)
        scores["pypinyin pinyin"] += bool(want_py & plain)
        scores["engine pinyin, people"] += bool(want_py & ours) and kind == "person"
        scores["pypinyin pinyin, people"] += bool(want_py & plain) and kind == "person"
        if want not in engine or (want_py and not want_py & ours):
            misses.append(f"{zh}\t{row['vi']}\t{sorted(engine)}\t{row['en']}\t{sorted(ours)}")
    print(f"{len(rows)} held-out names ({sum(r['kind'] == 'person' for r in rows)} people)")
    for name, score in scores.items():
        total = people if "people" in name else with_pinyin if "pinyin" in name else len(rows)
        print(f"  {name:24} {score:4d}/{total}  {100 * score / total:5.1f}%")
    if "--misses" in sys.argv:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
