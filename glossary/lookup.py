"""Search the built database in either script: Vietnamese (any diacritics, either tone style),
Chinese (simplified or traditional) or pinyin (with or without tones).

Ranked exact > folded > prefix > full-text; within a rank, surer entries first.
"""

import re
import sqlite3
from dataclasses import asdict, dataclass, field

from .build import pinyin_key
from .errors import InvalidInput
from .names import KINDS, check_length
from .text import fold, nfc, normalize_vi, script, to_simplified

MAX_QUERY = 200  # characters
MAX_LIMIT = 100
MATCHES = ("exact", "folded", "prefix", "fulltext")


@dataclass
class Hit:
    id: str
    kind: str
    vi: str
    variants: list[dict]
    zh: str
    zh_hant: str
    zh_other: list[str]  # other Chinese forms of the name: 中共中央 beside 中国共产党中央委员会
    pinyin: str
    en: str
    status: str
    match: str
    url: str = ""
    sources: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def lookup(conn: sqlite3.Connection, q: str, limit: int = 20, kind: str | None = None) -> list[Hit]:
    """Entries matching q, best first. Raises InvalidInput for an empty or overlong query or bad kind.

    >>> import sqlite3; lookup(sqlite3.connect(":memory:"), "  ")
    Traceback (most recent call last):
    ...
    glossary.errors.InvalidInput: empty query
    """
    q = check_length(nfc(q).strip(), MAX_QUERY, "query")
    if not q:
        raise InvalidInput("empty query")
    if kind is not None and kind not in KINDS:
        raise InvalidInput(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"limit must be between 1 and {MAX_LIMIT}")
    ranked: dict[str, str] = {}
    for match, sql, params in _queries(q):
        if len(ranked) >= limit and not kind and match != ranked[next(reversed(ranked))]:
            break  # enough results of better ranks
        for (entry_id,) in conn.execute(sql, params):
            ranked.setdefault(entry_id, match)
    return _hits(conn, ranked, limit, kind)


def _queries(q: str):
    """(match, sql, params) in rank order for this query."""
    if script(q) in ("han", "mixed"):
        simplified = to_simplified(q)
        yield "exact", "select id from entries where zh in (?, ?) or zh_hant = ?", (q, simplified, q)
        yield "exact", "select entry_id from other_zh where zh = ?", (simplified,)  # 中共中央对外联络部
        yield "prefix", "select id from entries where zh like ? or zh_hant like ? order by length(zh)", (
            f"{simplified}%", f"{q}%")  # fmt: skip
        yield "prefix", "select entry_id from other_zh where zh >= ? and zh < ? order by length(zh)", (
            simplified, simplified + "\U0010ffff")  # fmt: skip
        yield "fulltext", "select id from entries where zh like ? or zh_hant like ? order by length(zh)", (
            f"%{simplified}%", f"%{q}%")  # fmt: skip
        return
    key, folded, py = normalize_vi(q).lower(), fold(q), pinyin_key(q)
    yield "exact", "select entry_id from names where vi_key = ? order by rank", (key,)
    yield "exact", "select id from entries where pinyin_key = ? and pinyin = ?", (py, q)
    yield "folded", "select entry_id from names where vi_fold = ? order by rank", (folded,)
    yield "folded", "select id from entries where pinyin_key = ? or en_key = ?", (py, q.lower())
    # prefixes as ranges, so that the indexes serve them
    yield "prefix", "select entry_id from names where vi_fold >= ? and vi_fold < ? order by length(vi_fold)", (
        folded, folded + "\U0010ffff")  # fmt: skip
    yield "prefix", "select id from entries where pinyin_key >= ? and pinyin_key < ? order by length(pinyin_key)", (
        py, py + "\U0010ffff")  # fmt: skip
    words = re.findall(r"\w+", folded)
    if words:
        fts = " ".join(f'"{w}"*' for w in words)
        yield "fulltext", (
            "select entries.id from entries_fts join entries on entries.rowid = entries_fts.rowid "
            "where entries_fts match ? order by entries_fts.rank"
        ), (fts,)


def _hits(conn: sqlite3.Connection, ranked: dict[str, str], limit: int, kind: str | None) -> list[Hit]:
    if not ranked:
        return []
    ids = list(ranked)
    marks = ",".join("?" * len(ids))
    rows = {
        row[0]: row
        for row in conn.execute(
            f"select id, kind, vi, zh, zh_hant, zh_other, pinyin, en, status from entries where id in ({marks})", ids
        )
    }
    forms: dict[str, list[dict]] = {}
    for entry_id, vi, rendering, preferred in conn.execute(
        f"select entry_id, vi, rendering, preferred from names where entry_id in ({marks}) order by entry_id, rank", ids
    ):
        forms.setdefault(entry_id, []).append({"vi": vi, "rendering": rendering, "preferred": bool(preferred)})
    sources: dict[str, list[str]] = {}
    for entry_id, source in conn.execute(f"select entry_id, source_id from entry_sources where entry_id in ({marks})", ids):
        sources.setdefault(entry_id, []).append(source)
    order = {"verified": 0, "attested": 1, "candidate": 2}
    ids.sort(key=lambda i: (MATCHES.index(ranked[i]), order[rows[i][8]], len(rows[i][2])))
    hits = []
    for entry_id in ids:
        id_, kind_, vi, zh, zh_hant, zh_other, py, en, status = rows[entry_id]
        if kind and kind_ != kind:
            continue
        variants = [f for f in forms.get(entry_id, []) if not f["preferred"]]
        match, url = ranked[entry_id], f"/entry/{id_}"
        hits.append(Hit(id_, kind_, vi, variants, zh, zh_hant, zh_other.split(), py, en, status, match, url,
                        sources.get(entry_id, [])))  # fmt: skip
        if len(hits) == limit:
            break
    return hits
