"""Names printed short: a surname alone after ông or bà, a given name or a festival's name without its Tết
where the text also prints it in full, and dynasties and ancient states named by one syllable.
"""

import bisect
import functools
import itertools
import re
from dataclasses import replace

from ..hanviet import readable_part
from ..pinyin import pinyin as to_pinyin
from ..reverse.tables import _database_path as _path, read_rows
from ..text import fold, fold_chars, normalize_vi
from .mentions import ENTRY_FIELDS, Mention, _UPPER, _alternation, _coverage
from .context import BUILDING_GENERICS, FEATURE_GENERICS, _word_before
from .known import _automaton, _choose, _mention


# Words for a person or for a surname (ông Vương, họ Lưu), before a surname alone; not anh or chị, which
# come before a Vietnamese given name (chị Hà).
BEFORE_SURNAME = {"ông", "bà", "ngài", "họ"}


def _surnames_alone(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's surname alone after ông, bà, họ… refers to the person named in full in the text (ông
    Vương for Vương Truyền Phúc 王传福, ông Liang for Liang Wenfeng): the surname's character, the person's
    entry; the nearest person before, else the first after."""
    people: dict[str, list[Mention]] = {}  # surname as printed → the people named so, in order
    for m in sorted(mentions, key=lambda m: m.start):
        words = m.text.split()
        if m.kind != "person" or not m.zh or len(words) < 2:
            continue
        one_each = len(words) == len(m.zh)  # Vương Truyền Phúc 王传福; Liang Wenfeng: its pinyin's first syllable
        if one_each or (m.text.isascii() and fold(m.pinyin.split(" ")[0]) == words[0].lower()):
            people.setdefault(words[0], []).append(m)
    starts = {surname: [m.start for m in named] for surname, named in people.items()}
    taken = sorted((m.start, m.end) for m in mentions)
    reach = list(itertools.accumulate((e for _, e in taken), max))  # the furthest end up to each start
    found = []
    alone = re.compile(rf"(?<= )({_alternation(people)})(?![^\W_]| [{_UPPER}])") if people else None
    for match in alone.finditer(text) if alone else ():
        start, end = match.span(1)
        same = people[match.group(1)]
        i = bisect.bisect_left(taken, (end, 0))  # the mentions starting before the surname ends
        if (i and reach[i - 1] > start) or _word_before(text, start).lower() not in BEFORE_SURNAME:
            continue  # part of a mention, or no ông, họ… before
        before = bisect.bisect_left(starts[match.group(1)], start)
        person = same[before - 1] if before else same[0]  # the nearest before, else the first after
        pinyin = person.pinyin.split(" ")[0]
        found.append(Mention(match.group(1), start, end, person.entry_id, "person", person.zh[0], pinyin, person.country,
                             person.status, person.vi, person.en, "surname"))  # fmt: skip
    return found


def _names_alone(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's given name of two syllables printed alone where the text also prints the full name: Thanh Chiếu
    清照 after Lý Thanh Chiếu 李清照; a place's name without its generic where the text prints both: Nga Mi 峨眉
    after núi Nga Mi 峨眉山 (match: document)."""
    given = {}
    for mention in mentions:
        words = mention.text.split()
        name = " ".join(words[1:])
        if not mention.entry_id or name in given:
            continue
        generic = normalize_vi(words[0]).lower() in (*FEATURE_GENERICS, *BUILDING_GENERICS) and mention.kind == "place"
        if (mention.kind == "person" and len(words) == 3 and len(mention.zh) == 3) or (generic and len(words) >= 3):
            chars = readable_part(mention.zh[1:] if mention.kind == "person" else mention.zh, mention.kind, name)
            if chars:
                given[name] = (chars, mention)
    return [replace(full, text=match.group(), start=match.start(), end=match.end(), entry_id="", zh=chars,
                    pinyin=to_pinyin(chars, kind="place").result, status="candidate", vi="", en="", match="document",
                    alternatives=[full.entry_id], zh_other=[])
            for match, (chars, full) in _printed_alone(text, mentions, given)]  # fmt: skip


def _printed_alone(text: str, mentions: list[Mention], names: dict):
    """Where the text prints one of names alone, within no mention and before no capitalised word: (match, its value)."""
    if not names:
        return
    covered = _coverage(mentions)
    for match in re.finditer(rf"(?<![^\W_])(?:{_alternation(names)})(?![^\W_]| [{_UPPER}])", text):
        if not covered(*match.span()):
            yield match, names[match.group()]


_FESTIVAL_WORD = re.compile(r"(?:Tết|Lễ) (?=[^\W\d_]+ [^\W\d_]+$)", re.IGNORECASE)  # Tết Trung Thu: then the name


def _festivals_alone(text: str, mentions: list[Mention]) -> list[Mention]:
    """A festival's name printed without Tết or Lễ where the text also prints it with them: Trung Thu beside Tết
    Trung Thu 中秋节 (match: document; the name's own characters, 中秋, among the other forms)."""
    festivals = {}
    for mention in mentions:
        word = _FESTIVAL_WORD.match(mention.text)
        if mention.entry_id and mention.kind == "term" and word and mention.text[word.end()].isupper():
            festivals.setdefault(mention.text[word.end() :], mention)
    return [_festival_named_alone(festival, match) for match, festival in _printed_alone(text, mentions, festivals)]


def _festival_named_alone(festival: Mention, match: re.Match) -> Mention:
    """The festival's mention for its name printed alone (match: document), the name's own characters among
    its other forms: Trung Thu 中秋节, also 中秋."""
    part = readable_part(festival.zh, "term", match.group())
    return replace(festival, text=match.group(), start=match.start(), end=match.end(), match="document",
                   zh_other=list(dict.fromkeys([*festival.zh_other, *([part] if part else [])])))  # fmt: skip


FESTIVAL_BEFORE = {"dịp", "ngày", "mùa", "đêm", "đón", "mừng"}  # words before a festival's name alone: dịp Trung Thu
_LIST_JOIN = re.compile(r", | và | hay | hoặc ")


@functools.cache
def _festival_names(path: str) -> dict[str, str]:
    """Festivals' names as printed after Tết or Lễ, and that form: Trung Thu → Tết Trung Thu (中秋节)."""
    sql = ("select n.vi from names n join entries e on e.id = n.entry_id where e.kind = 'term' and e.zh like '%节' "
           "and (n.vi like 'Tết %' or n.vi like 'Lễ %')")  # fmt: skip
    names = {}
    for (vi,) in read_rows(path, sql):
        word = _FESTIVAL_WORD.match(vi)
        if word and all(w[:1].isupper() for w in vi[word.end() :].split()):
            names.setdefault(vi[word.end() :], vi)
    return names


def _festivals_listed(conn, text: str, mentions: list[Mention]) -> list[Mention]:
    """Festivals named alone in a list of two or more, or after dịp, ngày…: bên cạnh Trung Thu, Thanh Minh và
    Nguyên Đán (中秋节, 清明节, 春节; match: document), not a name guessed for them; Thanh Minh alone may be a
    Vietnamese given name."""
    names = _festival_names(_path(conn))
    groups: list[list[re.Match]] = []
    for match, _ in _printed_alone(text, [m for m in mentions if m.entry_id], names):
        if groups and _LIST_JOIN.fullmatch(text, groups[-1][-1].end(), match.start()):
            groups[-1].append(match)
        else:
            groups.append([match])
    found = []
    for group in groups:
        if len(group) < 2 and normalize_vi(_word_before(text, group[0].start())).lower() not in FESTIVAL_BEFORE:
            continue
        for match in group:
            form = names[match.group()]
            _, forms = _automaton(_path(conn)).get(fold_chars(form), (0, []))
            if not forms:
                continue
            best, others, _ = _choose(form, forms)
            found.append(_festival_named_alone(_mention(form, 0, 0, best, others, "document", forms), match))
    if not found:
        return mentions
    listed = _coverage(found)
    return [m for m in mentions if m.entry_id or not listed(m.start, m.end)] + found


# Words before a dynasty's one-syllable name: thời Đường (the Tang era), cuối Minh (the late Ming).
BEFORE_DYNASTY = {"thời", "đời", "triều", "cuối", "đầu", "giữa", "nhà", "đại"}


@functools.cache
def _dynasty_names(path: str) -> dict[str, tuple]:
    """A dynasty's one-syllable name → its entry (see _realm_forms; its other forms hold the one-character
    name 唐), from the entries named nhà X, triều X or X triều (唐朝 nhà Đường)."""
    found = {}
    for words, entry in _realm_forms(path, "entries.en like '%dynasty%' and entries.zh like '_朝'"):
        if len(words) == 2 and (words[0].lower() in ("nhà", "triều") or words[1].lower() == "triều"):
            name = words[1] if words[0].lower() in ("nhà", "triều") else words[0]
            found[name[:1].upper() + name[1:]] = entry
    return found


def _realm_forms(path: str, condition: str) -> list[tuple[list[str], tuple]]:
    """The words of each form of the entries the condition selects, with the entry: id, kind, zh, pinyin,
    country, status, vi, en, other Chinese forms."""
    rows = read_rows(path, f"select names.vi, {ENTRY_FIELDS} from names join entries on entries.id = names.entry_id where {condition}")
    return [(normalize_vi(vi).split(), (*entry, tuple(zh_other.split()))) for vi, *entry, zh_other in rows]


def _dynasties(conn, text: str, normalized: str, mentions: list[Mention]) -> list[Mention]:
    """A dynasty named by its one syllable after thời, đời, cuối… (thời Đường 唐) or in a list of
    dynasties (Tây Chu, Tần, Tây Hán, Tùy, Đường): the dynasty's entry. Alone, Minh, Thanh, Hạ are
    given names or words. After Đại, the dynasty is named as it called itself, and every mention of a
    dynasty so printed (these and the glossary's) also gets those characters: Đại Liêu 辽朝, also 大辽."""
    names = _dynasty_names(_path(conn))
    if not names:
        return []
    covered = _coverage(mentions)
    pattern = re.compile(rf"(?<![^\W_])({_alternation(names)})(?![^\W_]| [{_UPPER}])")
    found = []
    spans = [match.span() for match in pattern.finditer(normalized)]
    listed = spans + [(m.start, m.end) for m in mentions if "dynasty" in m.en.lower()]
    ends, starts = {e for _, e in listed}, {s for s, _ in listed}  # of dynasties: in a list, one after another
    for start, end in spans:
        if covered(start, end):
            continue
        before = normalize_vi(_word_before(text, start)).lower()
        previous = text[start - 2 : start] == ", " and start - 2 in ends
        following = text[end : end + 2] == ", " and end + 2 in starts
        if before not in BEFORE_DYNASTY and not previous and not following:
            continue
        great = text[max(0, start - 4) : start] == GREAT  # nước Đại Liêu: the dynasty's own name, 大辽
        found.append(_realm_mention(text, start - len(GREAT) if great else start, end, names[normalized[start:end]], "dynasty"))
    for mention in [*mentions, *found]:
        if "dynasty" in mention.en.lower() and mention.text.startswith(GREAT) and mention.zh.endswith("朝") and len(mention.text.split()) == 2:
            mention.zh_other = list(dict.fromkeys([*mention.zh_other, "大" + mention.zh[:-1]]))  # Đại Tống 宋朝, also 大宋
    return found


GREAT = "Đại "  # before a dynasty's name, as it called itself: Đại Tống 大宋, Đại Minh 大明


def _realm_mention(text: str, start: int, end: int, entry: tuple, match: str) -> Mention:
    entry_id, kind, zh, pinyin, country, status, vi, en, zh_other = entry
    return Mention(text[start:end], start, end, entry_id, kind, zh, pinyin, country, status, vi, en, match,
                   zh_other=list(zh_other))  # fmt: skip


@functools.cache
def _state_names(path: str) -> dict[str, tuple]:
    """An ancient state's one-syllable name → its entry (see _realm_forms), from the entries named nước X
    (齐国 nước Tề)."""
    found = {}
    for words, entry in _realm_forms(path, "entries.en like 'State of %' and entries.zh like '_国'"):
        if len(words) == 2 and words[0].lower() == "nước":
            found[words[1][:1].upper() + words[1][1:]] = entry
    return found


def _states(conn, text: str, normalized: str, mentions: list[Mention]) -> list[Mention]:
    """An ancient state named by its one syllable in a list after one named nước X (các nước Tề, Triệu,
    Ngụy, Hàn và Yên: 齐国, 赵国…), or in a list of three or more (Tề, Sở, Triệu, Ngụy, Hàn). Alone, Triệu and
    Hàn are surnames and Korea; nhà Ngô and nhà Triệu are also Vietnam's own dynasties."""
    names = _state_names(_path(conn))
    if not names:
        return []
    covered = _coverage(mentions)
    pattern = re.compile(rf"(?<![^\W_])({_alternation(names)})(?![^\W_]| [{_UPPER}])")
    ends = {m.end for m in mentions if m.en.startswith("State of ")}
    matches = [m for m in pattern.finditer(normalized) if not covered(*m.span())]
    listed = set()  # three states or more in a row: Tề, Sở, Triệu, Ngụy…
    chain: list[re.Match] = []
    for match in [*matches, None]:
        if match and chain and any(text[match.start() - len(j) : match.start()] == j and match.start() - len(j) == chain[-1].end()
                                   for j in (", ", " và ")):  # fmt: skip
            chain.append(match)
            continue
        listed |= {m.start() for m in chain} if len(chain) >= 3 else set()
        chain = [match] if match else []
    found = []
    for match in matches:
        start, end = match.span()
        after_a_state = any(text[start - len(joint) : start] == joint and start - len(joint) in ends for joint in (", ", " và "))
        if after_a_state or start in listed:
            found.append(_realm_mention(text, start, end, names[match.group()], "state"))
            ends.add(end)
    return found
