"""Passes over all of a text's mentions: a name printed within a longer one is written with its characters,
a place form several places share is settled by the places the text names or the generic before it, and a
body both countries' parties name so is China's beside a Chinese person.
"""

import bisect
import functools
import re
from dataclasses import replace

from ..hanviet import readable_part
from ..pinyin import pinyin as to_pinyin
from ..reverse.candidates import Candidate, lexicon_by_pinyin
from ..reverse.tables import _database_path as _path, read_rows
from ..reverse.vocabulary import VI_GENERICS
from ..text import normalize_vi
from .mentions import ENTRY_FIELDS, Mention, _alternation, _as_entry, _other_than
from .context import FEATURE_GENERICS, _GENERIC_BEFORE
from .known import _form_key


def _as_written_in_full(conn, mentions: list[Mention]) -> list[Mention]:
    """A name the text also prints within a longer glossary name is written with the characters the
    longer one has for it: Lôi Phong 雷峰 beside tháp Lôi Phong 雷峰塔 (not the soldier 雷锋), Lương Sơn 梁山
    beside Lương Sơn Bạc 梁山泊 (not 凉山). It takes the entry of those characters among the entries its
    form names, else it becomes a candidate (match: document). A longer name composed rewrites only names
    the glossary lacks: Hồng Kiều 虹桥 in Sân bay Quốc tế Hồng Kiều 虹桥国际机场. A river's, lake's or mountain's
    name printed without its generic is that place, not a person or term of the same form: Dương Tử beside
    sông Dương Tử is the Yangtze 长江, not the actress 杨紫."""
    keys: dict[str, Mention] = {}  # each printed name once, however often, by its first mention
    for mention in mentions:
        if " " in mention.text:
            keys.setdefault(_form_key(mention.text), mention)
    written: dict[str, tuple[str, str, bool, str]] = {}  # a name's key → the characters and kind a longer name has
    for key, longer in sorted(keys.items(), key=lambda item: not item[1].entry_id):  # for it, whether it is the
        # glossary's, and the longer name's characters
        words = key.split()
        if not (longer.entry_id or longer.match == "composed") or len(words) < 3:
            continue
        parts = (" ".join(words[i : i + size]) for size in range(2, len(words)) for i in range(len(words) - size + 1))
        for part in (p for p in parts if p in keys and p not in written):
            chars = readable_part(longer.zh, longer.kind, part) or (  # the press's tones, where the glossary
                longer.entry_id and readable_part(longer.zh, longer.kind, part, tones=False))  # has the longer name so
            if chars:
                written[part] = (chars, longer.kind, bool(longer.entry_id), longer.zh)
    named = {}  # a place's name printed after its generic, and the place: Dương Tử → sông Dương Tử 长江
    for key, longer in keys.items():
        generic = next((g for g in FEATURE_GENERICS if key.startswith(g + " ")), None) if longer.kind == "place" else None
        name = key[len(generic) + 1 :] if generic else ""
        if longer.entry_id and len(name.split()) >= 2 and name in keys:
            named.setdefault(name, longer)
    named |= _clubs_by_name(conn, keys)
    found = []
    for mention in mentions:
        place = named.get(_form_key(mention.text))
        if place and place.entry_id != mention.entry_id and (mention.kind == "person" or not mention.entry_id or (
            place.kind == "organization" and mention.match == "pinyin")):  # not the actress Dương Tử 杨紫; but trí tuệ
            # nhân tạo 人工智能 stays the term, beside Đảo Trí tuệ nhân tạo 人工智能岛
            found.append(replace(place, text=mention.text, start=mention.start, end=mention.end, match="document",
                                 alternatives=[mention.entry_id] if mention.entry_id else [], candidates=[]))  # fmt: skip
            continue
        chars, kind, known, longer_zh = written.get(_form_key(mention.text), (None, None, False, ""))
        if not known and mention.entry_id:
            chars = None  # a composed name (Sân bay Quốc tế Hồng Kiều 虹桥国际机场) rewrites unknown names only (红桥)
        if mention.entry_id and mention.zh in longer_zh:
            chars = None  # the longer name writes the entry whole: Nội Mông 内蒙古 in Khu tự trị Nội Mông 内蒙古自治区, not 内蒙
        if not chars or chars == mention.zh or chars in mention.zh_other:
            found.append(mention)
            continue
        entry = _entry_written(conn, chars, mention.alternatives)
        if entry:
            found.append(_as_entry(mention, entry, alternatives=[mention.entry_id]))
            continue
        pinyin = to_pinyin(chars, kind=kind).result
        candidate = Candidate(chars, mention.text, pinyin, 0, "document", "candidate", True)
        found.append(replace(mention, entry_id="", kind=kind, zh=chars, pinyin=pinyin, status="candidate", vi="", en="",
                             match="document", alternatives=[], candidates=[candidate.to_dict()], zh_other=[]))  # fmt: skip
    return found


def _clubs_by_name(conn, keys: dict[str, Mention]) -> dict[str, Mention]:
    """A body printed in pinyin as its city and its name (Changchun Yatai 长春亚泰, a football club): its name
    alone, as the text prints it later (Yatai, not 亚太, Asia-Pacific), is the body."""
    found = {}
    for longer in keys.values():
        city, _, name = longer.text.partition(" ")
        if longer.entry_id and longer.kind == "organization" and longer.text.isascii() and name and any(
            longer.zh.startswith(word) and place for word, _, _, place in lexicon_by_pinyin(conn, city)
        ):
            found.setdefault(_form_key(name), longer)
    return found


_UNIT_WORD = re.compile(r" (?:province|city|county|district|prefecture|(?:autonomous )?region|municipality|town|township)$")


def _placed_by_context(conn, mentions: list[Mention]) -> list[Mention]:
    """A place's form that several glossary places share names the one whose description names a place the text
    prints too: Nguyên Giang beside Vân Nam is Yunnan's river 元江, not Hunan's 沅江."""
    shared = [m for m in mentions if m.entry_id and m.kind == "place" and m.alternatives]
    context = {_UNIT_WORD.sub("", m.en.split(" (")[0].lower()) for m in mentions if m.kind == "place" and m.entry_id and not m.alternatives}
    pattern = re.compile(rf"\b(?:{_alternation(c for c in context if len(c) > 2)})\b") if shared and context else None
    if not pattern:
        return mentions
    ids = {i for m in shared for i in (m.entry_id, *m.alternatives)}
    sql = f"select {ENTRY_FIELDS}, coalesce(entries.description, '') from entries where entries.id in ({', '.join('?' * len(ids))})"
    entries = {row[0]: row for row in conn.execute(sql, list(ids)) if row[1] == "place"}
    named = {i: bool(pattern.search(row[-1].lower())) for i, row in entries.items()}
    found = []
    for mention in mentions:
        others = [i for i in mention.alternatives if named.get(i)] if mention.kind == "place" and mention.entry_id else []
        if len(others) != 1 or named.get(mention.entry_id):
            found.append(mention)
            continue
        found.append(_as_entry(mention, entries[others[0]], alternatives=_other_than(mention, others[0])))
    return found


def _placed_by_generic(conn, text: str, mentions: list[Mention]) -> list[Mention]:
    """A place's form that several glossary places share, after a generic, names the one place of that
    generic, with the generic: huyện Dung Giang is the county 榕江县, not the river 融江 nor 甬江; unless that
    place is the name's own with the generic's characters added (cửa khẩu Hữu Nghị Quan: the pass 友谊关,
    composed as 友谊关口岸)."""
    found = []
    spans = {(m.start, m.end, m.entry_id) for m in mentions}
    for mention in mentions:
        before = _GENERIC_BEFORE.search(text, max(0, mention.start - 20), mention.start) if mention.alternatives else None
        endings = VI_GENERICS[normalize_vi(before.group(1)).lower()] if before and mention.kind == "place" else ()
        if not endings or mention.zh.endswith(endings):
            found.append(mention)
            continue
        sql = f"select {ENTRY_FIELDS} from entries where kind = 'place' and id in ({', '.join('?' * len(mention.alternatives))})"
        fitting = [row for row in conn.execute(sql, mention.alternatives) if row[2].endswith(endings)]
        if len(fitting) != 1 or fitting[0][2].startswith(mention.zh):  # cửa khẩu Hữu Nghị Quan: the pass 友谊关's gate
            found.append(mention)  # (友谊关口岸), composed from the name's characters and the generic's
            continue
        start, entry_id = before.start(1), fitting[0][0]  # the generic with the name: thành phố Tân Hương 新乡市
        if (start, mention.end, entry_id) in spans:
            continue  # the glossary has it with its generic (huyện Dung Giang): the name in it is the same place
        found.append(_as_entry(mention, fitting[0], text=text[start : mention.end], start=start,
                               alternatives=_other_than(mention, entry_id)))  # fmt: skip
    return found


def _entry_written(conn, zh: str, ids: list[str]) -> tuple | None:
    """The entry, among ids, whose characters are zh (see _realm_forms for its fields)."""
    if not ids:
        return None
    sql = f"select {ENTRY_FIELDS} from entries where entries.zh = ? and entries.id in ({', '.join('?' * len(ids))})"
    row = conn.execute(sql, (zh, *ids)).fetchone()
    return (*row[:-1], tuple(row[-1].split())) if row else None


@functools.cache
def _counterparts(path: str) -> dict[str, tuple]:
    """Vietnam's bodies whose name China's Party or state also bears (Bộ Chính trị, Ban Bí thư, Quốc hội) →
    China's (the entry with the shortest form that is that name, more words and Trung Quốc): id, kind, zh,
    pinyin, country, status, vi, en, other Chinese forms."""
    vietnamese = read_rows(path, "select e.id, n.vi from entries e join names n on n.entry_id = e.id "
                                 "where e.country = 'VN' and e.kind = 'organization'")  # fmt: skip
    chinese = read_rows(path, "select n.vi, e.id, e.kind, e.zh, e.pinyin, e.country, e.status, e.vi, e.en, "
                              "coalesce(e.zh_other, '') from names n join entries e on e.id = n.entry_id "
                              "where e.country = 'CN' and e.kind = 'organization' and n.vi like '%Trung Quốc%' "
                              "order by length(n.vi)")  # fmt: skip
    found = {}
    for entry_id, vi in vietnamese:
        for form, *entry, zh_other in chinese:
            if form.startswith(vi + " ") and entry_id not in found:
                found[entry_id] = (*entry, zh_other.split())
    return found


CLAUSE_ENDS = (". ", "; ", "! ", "? ", "\n")
_CLAUSE_END = re.compile(_alternation(CLAUSE_ENDS))


def _chinese_bodies(conn, text: str, mentions: list[Mention]) -> list[Mention]:
    """A body that Vietnam's and China's parties both name so (Bộ Chính trị, Ban Bí thư, Quốc hội) is
    China's when the person nearest to it in its clause is Chinese (Ủy viên Bộ Chính trị Vương Nghị is
    in the CPC's Politburo, 中国共产党中央政治局), or when it glosses a Chinese body in brackets (Đại hội
    Đại biểu Nhân dân Toàn quốc Trung Quốc (Quốc hội): 全国人民代表大会)."""
    counterparts = _counterparts(_path(conn))
    if not any(m.entry_id in counterparts for m in mentions):
        return mentions
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    starts = [m.start for m in people]
    chinese_ends = {m.end for m in mentions if m.kind == "organization" and m.country == "CN"}
    found = []
    for mention in mentions:
        if mention.entry_id in counterparts:
            start = max(text.rfind(end, 0, mention.start) for end in CLAUSE_ENDS) + 1
            end = next((m.start() for m in _CLAUSE_END.finditer(text, mention.end)), len(text))
            near = [p for p in people[bisect.bisect_left(starts, start) : bisect.bisect_right(starts, end)] if p.end <= end]
            nearest = min(near, key=lambda p: abs(p.start - mention.start), default=None)
            chinese = nearest is not None and (nearest.country == "CN" or (not nearest.country and nearest.match in ("unknown", "pinyin")))
            glossed = text[mention.start - 2 : mention.start] == " (" and mention.start - 2 in chinese_ends  # … Trung Quốc (Quốc hội)
            if chinese or glossed:
                mention = _as_entry(mention, counterparts[mention.entry_id])
        found.append(mention)
    return found
