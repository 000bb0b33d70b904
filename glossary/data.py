"""The curated table: read and validate data/*.csv. One place knows the columns.

Entry files (one per kind): people.csv, places.csv, organizations.csv, terms.csv.
sources.csv: what backs the entries. See data/README.md for the schema.
"""

import csv
import functools
import io
import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import InvalidRow
from .readings import DATA_DIR
from .text import is_han, nfc, to_traditional

ENTRY_FILES = {"person": "people.csv", "place": "places.csv", "organization": "organizations.csv", "term": "terms.csv"}
ENTRY_COLUMNS = (
    "id", "zh", "zh_hant", "zh_other", "pinyin", "pinyin_reason", "en", "country", "description",
    "vi", "rendering", "variants", "status", "sources", "wikidata", "notes",
)  # fmt: skip
REQUIRED = ("id", "zh", "vi", "rendering", "status")
SOURCE_COLUMNS = ("id", "title", "url", "publisher", "date_read", "licence", "backs")
SURNAME_RANK_COLUMNS = ("rank", "zh", "population", "share", "source", "notes")
RENDERINGS = ("hanviet", "variant", "translation", "exonym")
STATUSES = ("verified", "attested", "candidate")
STATUS_RANK = {status: rank for rank, status in enumerate(STATUSES)}
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
ZH_EXTRA = "·—-0123456789"  # allowed in zh beside Han characters: 阿卜杜拉·阿卜杜拉, 中国—东盟博览会, 中国制造2025, 歼-20
# A designation's letters before or after its number: C919大型客机, ARJ21, 歼-10C, 052D型.
_MODEL_LETTERS = re.compile(r"(?<=[0-9])[A-Z]{1,2}|(?<![A-Za-z])[A-Z]{1,3}(?=-?[0-9])")


def non_han(zh: str) -> str:
    """The characters of a Chinese form that are neither Han nor allowed beside them."""
    return "".join(c for c in _MODEL_LETTERS.sub("", zh) if not is_han(c) and c not in ZH_EXTRA)


@dataclass
class Form:
    vi: str
    rendering: str
    preferred: bool = False


@dataclass
class Entry:
    id: str
    kind: str
    zh: str
    zh_hant: str
    pinyin: str
    pinyin_reason: str
    en: str
    country: str
    description: str
    forms: list[Form]
    status: str
    sources: list[str]
    wikidata: str = ""
    notes: str = ""
    zh_other: list[str] = field(default_factory=list)  # other Chinese forms: 中共中央 beside 中国共产党中央委员会
    location: str = ""  # file:line, for messages

    @property
    def vi(self) -> str:
        return self.forms[0].vi

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("location")
        return data


@dataclass
class Source:
    id: str
    title: str
    url: str
    publisher: str
    date_read: str
    licence: str
    backs: str


@dataclass
class SurnameRank:
    rank: int
    zh: str
    source: str
    location: str  # file:line


@dataclass
class Glossary:
    entries: list[Entry] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    surname_ranks: list[SurnameRank] = field(default_factory=list)


def parse_variants(text: str) -> list[tuple[str, str]]:
    """'hanviet:Hà Hoằng Bình; variant:Hà Hồng Bình' -> [('hanviet', 'Hà Hoằng Bình'), …]."""
    pairs = []
    for item in filter(None, (part.strip() for part in text.split(";"))):
        rendering, sep, vi = item.partition(":")
        if not sep or not vi.strip():
            raise ValueError(f"variant {item!r} is not rendering:Form")
        pairs.append((rendering.strip(), vi.strip()))
    return pairs


def _rows(path: Path, columns: tuple[str, ...], required: tuple[str, ...]):
    """(line number, row) for each row of a CSV file; InvalidRow for encoding and header faults."""
    name = f"data/{path.name}" if path.parent.resolve() == DATA_DIR.resolve() else str(path)
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise InvalidRow(name, 1, "file starts with a byte-order mark; save as UTF-8 without BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InvalidRow(name, line, f"invalid UTF-8 at byte {error.start}") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        raise InvalidRow(name, 1, "empty file: expected a header line")
    unknown = [c for c in header if c not in columns]
    if unknown:
        raise InvalidRow(name, 1, f"unknown column(s) {', '.join(unknown)}; expected {', '.join(columns)}")
    missing = [c for c in required if c not in header]
    if missing:
        raise InvalidRow(name, 1, f"missing column(s) {', '.join(missing)}")
    line = reader.line_num
    for values in reader:
        start, line = line + 1, reader.line_num
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            raise InvalidRow(name, start, f"{len(values)} fields, header has {len(header)} (check quoting)")
        yield name, start, dict(zip(header, values))


def _entry(kind: str, name: str, line: int, row: dict[str, str]) -> Entry:
    def fail(message: str) -> InvalidRow:
        return InvalidRow(name, line, message)

    for column, value in row.items():  # notes may quote the eth a page prints for Đ (Ðỗ Mục)
        if value != (unicodedata.normalize("NFC", value) if column == "notes" else nfc(value)):
            raise fail(f"{column} is not NFC: {value!r}")
        if value != value.strip():
            raise fail(f"{column} has leading or trailing white space")
    for column in REQUIRED:
        if not row.get(column):
            raise fail(f"missing {column}")
    if not _ID.match(row["id"]):
        raise fail(f"id {row['id']!r}: use lower-case ascii words joined by '-'")
    for column in ("zh", "zh_hant"):
        if bad := non_han(row.get(column, "")):
            raise fail(f"{column} {row[column]!r} has non-Han character(s) {bad!r}")
    zh_other = [form.strip() for form in row.get("zh_other", "").split(";") if form.strip()]
    for form in zh_other:
        if bad := non_han(form):
            raise fail(f"zh_other {form!r} has non-Han character(s) {bad!r}; separate forms with ';'")
        if form == row["zh"] or zh_other.count(form) > 1:
            raise fail(f"zh_other {form!r} repeats a Chinese form of this entry")
    if row["status"] not in STATUSES:
        raise fail(f"status {row['status']!r} is not one of {', '.join(STATUSES)}")
    try:
        variants = parse_variants(row.get("variants", ""))
    except ValueError as error:
        raise fail(str(error)) from None
    forms = [Form(row["vi"], row["rendering"], True)] + [Form(vi, r) for r, vi in variants]
    for form in forms:
        if form.rendering not in RENDERINGS:
            raise fail(f"rendering {form.rendering!r} of {form.vi!r} is not one of {', '.join(RENDERINGS)}")
        if form.vi.partition(":")[0] in RENDERINGS:
            raise fail(f"form {form.vi!r} starts with a rendering: write rendering:Form once")
    sources = row.get("sources", "").split()
    if not sources and row["status"] != "candidate":
        raise fail(f"a {row['status']} entry needs at least one source id")
    if row.get("wikidata") and not _WIKIDATA.match(row["wikidata"]):
        raise fail(f"wikidata {row['wikidata']!r} is not a Q-id")
    return Entry(
        id=row["id"], kind=kind, zh=row["zh"], zh_hant=row.get("zh_hant") or to_traditional(row["zh"]),
        pinyin=row.get("pinyin", ""), pinyin_reason=row.get("pinyin_reason", ""), en=row.get("en", ""),
        country=row.get("country", ""), description=row.get("description", ""), forms=forms,
        status=row["status"], sources=sources, wikidata=row.get("wikidata", ""), notes=row.get("notes", ""),
        zh_other=zh_other, location=f"{name}:{line}",
    )  # fmt: skip


def load(data_dir: Path = DATA_DIR) -> Glossary:
    """Read every data file; raises InvalidRow at the first row that breaks the schema."""
    glossary = Glossary()
    for name, line, row in _rows(data_dir / "sources.csv", SOURCE_COLUMNS, ("id", "title")):
        if not _ID.match(row["id"]):
            raise InvalidRow(name, line, f"source id {row['id']!r}: use lower-case ascii words joined by '-'")
        if row["id"] in glossary.sources:
            raise InvalidRow(name, line, f"duplicate source id {row['id']!r}")
        glossary.sources[row["id"]] = Source(**{c: row.get(c, "") for c in SOURCE_COLUMNS})
    for kind, filename in ENTRY_FILES.items():
        path = data_dir / filename
        if path.exists():
            glossary.entries += [_entry(kind, n, line, row) for n, line, row in _rows(path, ENTRY_COLUMNS, REQUIRED)]
    path = data_dir / "surname_ranks.csv"
    if path.exists():
        for name, line, row in _rows(path, SURNAME_RANK_COLUMNS, ("rank", "zh", "source")):
            if not (row["rank"].isascii() and row["rank"].isdigit()) or int(row["rank"]) < 1:
                raise InvalidRow(name, line, f"rank {row['rank']!r} is not a positive whole number")
            if not 1 <= len(row["zh"]) <= 2 or not all(is_han(c) for c in row["zh"]):
                raise InvalidRow(name, line, f"zh {row['zh']!r} is not a surname of one or two Chinese characters")
            glossary.surname_ranks.append(SurnameRank(int(row["rank"]), row["zh"], row["source"], f"{name}:{line}"))
    return glossary


def problems(glossary: Glossary) -> list[str]:
    """Cross-row checks: duplicates, unknown sources, readings and pinyin that disagree with the engine."""
    from .hanviet import readable
    from .pinyin import pinyin

    found = []
    ids: dict[str, str] = {}
    seen: dict[tuple[str, str, str], str] = {}
    seen_zh = {(entry.kind, entry.zh): entry.location for entry in glossary.entries}
    for entry in glossary.entries:
        where = entry.location
        if entry.id in ids:
            found.append(f"{where}: duplicate id {entry.id!r} (first at {ids[entry.id]})")
        ids.setdefault(entry.id, where)
        for zh in entry.zh_other:
            key = (entry.kind, zh)
            if key in seen_zh:
                found.append(f"{where}: zh_other {zh} is also the zh of {seen_zh[key]}: merge the two entries")
        for form in entry.forms:
            key = (entry.kind, entry.zh, form.vi)
            if key in seen and seen[key] != where:
                found.append(f"{where}: duplicate {entry.kind} {entry.zh} = {form.vi} (also at {seen[key]})")
            seen.setdefault(key, where)
        for source in entry.sources:
            if source not in glossary.sources:
                found.append(f"{where}: unknown source id {source!r} (not in data/sources.csv)")
        for form in entry.forms:
            if form.rendering == "hanviet" and not any(readable(zh, entry.kind, form.vi) for zh in [entry.zh, *entry.zh_other]):
                found.append(
                    f"{where}: {form.vi!r} is marked hanviet but is not a reading of {entry.zh}; "
                    "mark it variant (or translation), or add a reading to data/char_readings.csv"
                )
        if entry.pinyin:
            computed = pinyin(entry.zh, kind=entry.kind).result
            if entry.pinyin != computed and not entry.pinyin_reason:
                found.append(f"{where}: pinyin {entry.pinyin!r} differs from the engine's {computed!r}; give pinyin_reason")
    for surname in glossary.surname_ranks:
        if surname.source not in glossary.sources:
            found.append(f"{surname.location}: unknown source id {surname.source!r} (not in data/sources.csv)")
    return found


def summary(glossary: Glossary) -> str:
    """Entries per kind and status, and the number of sources."""
    counts = Counter((e.kind, e.status) for e in glossary.entries)
    lines = [f"{len(glossary.entries)} entries, {len(glossary.sources)} sources"]
    for kind in ENTRY_FILES:
        per_status = ", ".join(f"{counts[kind, s]} {s}" for s in STATUSES)
        lines.append(f"  {kind}: {sum(counts[kind, s] for s in STATUSES)} ({per_status})")
    totals = Counter(e.status for e in glossary.entries)
    lines.append("  all: " + ", ".join(f"{totals[s]} {s}" for s in STATUSES))
    return "\n".join(lines)


@functools.cache
def glossary() -> Glossary:
    """The curated table, loaded once."""
    return load()


def preferred_forms() -> dict[str, tuple[str, str]]:
    """zh (simplified) -> (preferred Vietnamese form, entry id), the surest entry winning."""
    forms: dict[str, tuple[str, str]] = {}
    for entry in sorted(glossary().entries, key=lambda e: STATUS_RANK[e.status]):
        forms.setdefault(entry.zh, (entry.vi, entry.id))
    return forms
