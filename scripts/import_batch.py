"""Merge research batches (CSV rows of kind, zh, vi, … with the URLs read) into data/*.csv.

Batch columns: kind,zh,vi,variants,rendering,en,country,description,status,source_url,
source_title,zh_source_url,notes; source_url may name a source already in data/sources.csv by id.
Existing entries keep their ids; a second Vietnamese form of the same (kind, zh) — zh or one of the
entry's other Chinese forms — becomes a variant; "short zh: 中共中央", "long zh: …", "other zh: …" or
"zh other: …" in the notes add other Chinese forms; each URL becomes one row of data/sources.csv. Rows
backed by a URL listed in --exclude (one URL a line: the pages of held-out test sets) are left out and
only counted, so that a blind set's names are not printed.
Usage: python scripts/import_batch.py BATCH.csv [BATCH.csv …] [--date-read YYYY-MM-DD] [--exclude FILE]
"""

import argparse
import csv
import hashlib
import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

from glossary.data import ENTRY_COLUMNS, ENTRY_FILES, RENDERINGS, SOURCE_COLUMNS, STATUS_RANK, non_han, parse_variants
from glossary.hanviet import hanviet, readable
from glossary.names import simplified
from glossary.pinyin import pinyin
from glossary.readings import DATA_DIR
from glossary.text import is_han, nfc, normalize_vi

WIKI = re.compile(r"wiki", re.IGNORECASE)


def read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(path: Path, columns, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")


def source_id(url: str) -> str:
    host = urlparse(url).netloc.lower().removeprefix("www.").removeprefix("m.")
    return f"{slug(host.split(':')[0])}-{hashlib.sha1(url.encode()).hexdigest()[:6]}"


def url_key(url: str) -> str:
    """A URL compared loosely: no scheme, www. or m., case, escapes or final slash; a wiki page by its title,
    also when a mirror or proxy carries it in its query (…/mt/?url=…/wiki/PetroChina, index.php?title=…)."""
    url = re.sub(r"^(www\.|m\.)", "", re.sub(r"^https?://", "", unquote(url.strip()).lower()))
    url = url.replace(".m.wikipedia", ".wikipedia").rstrip("/")
    if "/wiki/" not in url:
        return url
    page = url.split("/wiki/")[-1]
    title = re.search(r"[?&]title=([^&]+)", page)
    return "wiki:" + (title.group(1) if title else page.split("?")[0])


def clean(value: str) -> str:
    return " ".join(nfc(value or "").split())


NOTED_FORMS = re.compile(r"(?:(?:other|short|long) zh|zh other):\s*([^;)\"]*)")


def other_forms(notes: str) -> list[str]:
    """The other Chinese forms a batch row's notes record from its pages ("short zh: 中共中央", "other zh:
    赵匡义, 赵炅", "zh other: 金太宗"): words of two characters or more, a clan name's dot kept (爱新觉罗·溥杰),
    in simplified characters."""
    words = [word for found in NOTED_FORMS.findall(notes) for word in re.findall(r"[\u3400-\u9fff]+(?:·[\u3400-\u9fff]+)*", found)]
    words = [word for word in words if len(word) >= 2]
    return [word for word in dict.fromkeys(words) if simplified(word) == word]


def classify(zh: str, kind: str, vi: str) -> str:
    """A form marked hanviet that the engine cannot read: a press variant when it keeps the syllable
    count and (for people and places) at all, or (otherwise) half its syllables in place; else a translation."""
    standard = normalize_vi(hanviet(zh, kind=kind, use_glossary=False).result).lower().split()
    words = normalize_vi(vi).lower().split()
    if len(words) != len(standard):
        return "translation"
    same = sum(a == b for a, b in zip(words, standard))
    return "variant" if kind in ("person", "place") or same * 2 >= len(words) else "translation"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="+", type=Path)
    parser.add_argument("--date-read", default="2026-11-27")
    parser.add_argument("--exclude", type=Path, help="file of URLs not to use (held-out test sets)")
    args = parser.parse_args()
    excluded = {url_key(u) for u in args.exclude.read_text(encoding="utf-8").split()} if args.exclude else set()

    entries = {kind: read(DATA_DIR / name) for kind, name in ENTRY_FILES.items()}
    sources = {row["id"]: row for row in read(DATA_DIR / "sources.csv")}
    by_key = {(kind, zh): row for kind, rows in entries.items() for row in rows
              for zh in [row["zh"], *filter(None, row.get("zh_other", "").split("; "))]}  # fmt: skip
    ids = {row["id"] for rows in entries.values() for row in rows}
    backs: dict[str, set[str]] = {}
    skipped = held_out = 0

    def add_source(url: str, title: str, what: str, kind: str) -> str:
        sid = source_id(url)
        if sid not in sources:
            host = urlparse(url).netloc
            sources[sid] = {
                "id": sid, "title": clean(title) or host, "url": url, "publisher": host,
                "date_read": args.date_read, "licence": "CC BY-SA 4.0 (Wikipedia text)" if WIKI.search(unquote(url)) else "",
                "backs": "",
            }  # fmt: skip
        backs.setdefault(sid, set()).add(f"{what} ({kind})")
        return sid

    for batch in args.batches:
        for line, row in enumerate(read(batch), start=2):
            kind, zh, vi, status = row["kind"].strip(), clean(row["zh"]), clean(row["vi"]), row["status"].strip()
            zh = zh.replace(" ", "")
            problem = (
                "unknown kind" if kind not in ENTRY_FILES else
                "non-Han zh" if not zh or non_han(zh) else
                "no vi" if not vi else
                "bad status" if status not in STATUS_RANK else
                "verified/attested without source_url" if status != "candidate" and not row["source_url"] else
                "attested without zh_source_url" if status == "attested" and not row["zh_source_url"].startswith("http") else
                "held-out page" if {url_key(row["source_url"]), url_key(row.get("zh_source_url", ""))} & excluded else ""
            )  # fmt: skip
            if problem == "held-out page":
                held_out += 1  # counted, not named: the names of a blind set stay unseen
                continue
            if problem:
                print(f"{batch}:{line}: skipped ({problem}): {zh} {vi}", file=sys.stderr)
                skipped += 1
                continue
            row_sources = []
            if row["source_url"] in sources:  # an existing source id, e.g. a seed article
                row_sources.append(row["source_url"])
            elif row["source_url"].startswith("http"):
                what = "Vietnamese form and characters" if status == "verified" else "Vietnamese form"
                row_sources.append(add_source(row["source_url"].strip(), row["source_title"], what, kind))
            if row.get("zh_source_url", "").startswith("http"):
                row_sources.append(add_source(row["zh_source_url"].strip(), "", "Chinese characters", kind))
            rendering = row["rendering"].strip() or "hanviet"
            if rendering == "hanviet" and not readable(zh, kind, vi):
                rendering = classify(zh, kind, vi)
            forms = [(rendering, vi)]
            for variant in filter(None, map(clean, row["variants"].split(";"))):
                given, sep, form = variant.partition(":")  # helpers sometimes write rendering:Form
                given, form = (given, clean(form)) if sep and given in RENDERINGS else ("", variant)
                readable_form = readable(zh, kind, form)
                forms.append(("hanviet" if readable_form else given if given and given != "hanviet" else "variant", form))
            entry = by_key.get((kind, zh))
            if entry is None:
                base = slug(pinyin(zh, kind=kind, style="plain").result) if kind in ("person", "place") else ""
                base = base or slug(row["en"]) or slug(pinyin(zh, kind=kind, style="plain").result)
                new_id, n = base, 2
                while new_id in ids:
                    new_id, n = f"{base}-{n}", n + 1
                ids.add(new_id)
                entry = {c: "" for c in ENTRY_COLUMNS}
                entry.update(
                    id=new_id, zh=zh, en=clean(row["en"]), country=clean(row["country"]) or "",
                    description=clean(row["description"]), vi=vi, rendering=rendering, status=status,
                    notes=clean(row["notes"]),
                )  # fmt: skip
                entries[kind].append(entry)
                by_key[(kind, zh)] = entry
                forms = forms[1:]
            else:
                if kind == "person" and clean(row["description"]) and clean(row["description"]) not in entry["description"]:
                    # one entry per (kind, zh, vi): namesakes share it, each described
                    entry["description"] += f"; also: {clean(row['description'])}"
                if STATUS_RANK[status] < STATUS_RANK[entry["status"]] and zh == entry["zh"]:
                    # a surer source raises the status only for the entry's own characters, not another form
                    entry["status"], entry["notes"] = status, clean(row["notes"])
            known = [(entry["rendering"], entry["vi"])] + parse_variants(entry["variants"])
            for rendering, form in forms:
                if form not in (k for _, k in known):  # every printed spelling is kept (Hoà and Hòa)
                    known.append((rendering, form))
            if kind in ("person", "place") and entry["rendering"] == "variant":
                standard = hanviet(zh, kind=kind, use_glossary=False).result
                if not any(is_han(c) for c in standard) and not any(normalize_vi(standard) == normalize_vi(k) for _, k in known):
                    known.append(("hanviet", standard))
            entry["variants"] = "; ".join(f"{r}:{v}" for r, v in known[1:])
            other = list(filter(None, entry.get("zh_other", "").split("; ")))
            for form in other_forms(row["notes"]):
                if form not in [entry["zh"], *other]:
                    other.append(form)
                    by_key.setdefault((kind, form), entry)
            entry["zh_other"] = "; ".join(other)
            entry["sources"] = " ".join(dict.fromkeys(entry["sources"].split() + row_sources))

    for sid, what in backs.items():
        previous = set(filter(None, sources[sid]["backs"].split("; ")))
        sources[sid]["backs"] = "; ".join(sorted(previous | what))
    for kind, name in ENTRY_FILES.items():
        write(DATA_DIR / name, ENTRY_COLUMNS, sorted(entries[kind], key=lambda r: r["id"]))
    write(DATA_DIR / "sources.csv", SOURCE_COLUMNS, sorted(sources.values(), key=lambda r: r["id"]))
    print(f"{sum(map(len, entries.values()))} entries, {len(sources)} sources, {skipped} rows skipped, "
          f"{held_out} rows backed by held-out pages left out", file=sys.stderr)  # fmt: skip


if __name__ == "__main__":
    main()
