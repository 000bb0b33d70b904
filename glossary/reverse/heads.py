"""Names written after a Vietnamese generic, body or institution (trấn Bằng Tường, Tỉnh ủy Quảng Đông, Đại
học Thanh Hoa): the name's candidates completed with the Chinese generic or suffix, or a unit's full name.
"""

import math
from dataclasses import replace

from ..text import fold
from .tables import _full_names, _is_unit, _short_name, _syllable_index, _words
from .vocabulary import (
    ADMINISTRATIVE, COURTS, KNOWN_ONLY_GENERICS, KNOWN_WORDS_ONLY, OTHER_SUFFIXES, PROVINCIAL_SUFFIXES,
    UNIT_ENDINGS, VI_BODIES, VI_GENERICS, VI_INSTITUTIONS, _head, _modifiers,
)
from .candidates import Candidate, _curated, _lexicon, _people_named, _pinyin_word, _single
from .composed import _composed
from .compounds import _segmented


OTHER_SUFFIX_PENALTY = 10
KNOWN_WORD_BONUS = 15  # an institution's name composed with a suffix that the lexicon has as a word


REVERSED_BONUS = 30  # a name after an institution, in Vietnamese order, over the same words in Chinese order


OTHER_UNIT = 10  # score a unit's real full name gains over the press's generic when no unit has that one


KNOWN_FULL_NAME = 25  # score a name composed with its generic gains when the lexicon has it as a word (松花江)


def _with_generic(conn, key: str, use_glossary: bool, depth: int = 0):
    """Names written with a Vietnamese generic (sông Tương, trấn Bằng Tường), a body of a unit
    (Thành ủy Đông Hưng) or an institution (Đại học Thanh Hoa): the name's candidates, completed
    with the Chinese generic or suffix."""
    head = _head(key)
    if not head:
        return
    rest = key.split()[len(head.split()) :]
    if head in VI_INSTITUTIONS:
        yield from _institution(conn, key, head, rest, use_glossary, depth)
    elif head in VI_BODIES:
        generic, suffix = VI_BODIES[head]
        for unit in _units(conn, rest, (generic,) if generic else (), use_glossary, depth):
            yield replace(unit, zh=unit.zh + suffix, pinyin="", vi=key, score=unit.score - 5)
    else:
        known_only = KNOWN_ONLY_GENERICS.get(head, ())
        for unit in _units(conn, rest, VI_GENERICS[head], use_glossary, depth, named=True):
            if known_only and unit.zh.endswith(known_only) and not _words(conn, [unit.zh]):
                continue  # đền Nhạc Phi: 岳飞祠 or 岳飞庙, not 岳飞寺
            yield replace(unit, vi=key) if unit.zh.endswith(VI_GENERICS[head]) else unit


def _institution(conn, key: str, head: str, rest: list[str], use_glossary: bool, depth: int):
    """An institution written before its name (Đại học Thanh Hoa 清华大学): the name's candidates with the
    institution's suffix, then with the other suffixes it may stand for, a little lower (Đại học Sư phạm
    Chu Khẩu 周口师范学院). A name that ends with the suffix takes it once (Viện | bảo tàng Cố Cung 故宫博物院)."""
    name = " ".join(rest)
    if head == "bộ" and len(rest) > 2 and fold(" ".join(rest[-2:])) == "trung quoc":  # a ministry's name has no 中国:
        for candidate in _institution(conn, key.rsplit(" ", 2)[0], head, rest[:-2], use_glossary, depth):
            yield replace(candidate, vi=key, score=candidate.score + 1)  # Bộ Thủy lợi Trung Quốc 水利部
    found = [*_lexicon(conn, name, fold(name), None), *(_single(conn, name) if len(rest) == 1 else ())]
    found += _pinyin_word(conn, name) if len(rest) == 1 else []  # khu di tích Sanxingdui 三星堆遗址
    found += _curated(conn, name, fold(name), None) if use_glossary else []  # Nhà Minh 明朝: one character
    segmented = _segmented(conn, name, fold(name))
    for penalty, suffix in [(0, VI_INSTITUTIONS[head]), *((OTHER_SUFFIX_PENALTY, s) for s in OTHER_SUFFIXES.get(head, ()))]:
        short = [_short_name(conn, candidate.zh) for candidate in found]  # named with a unit's short name: 遵义会议,
        written = [zh if zh.endswith(suffix) else zh + suffix for zh in short]  # not 遵义市会议
        known = _words(conn, written)  # Sự biến Tây An 西安事变, a word, before 西安之变
        for candidate, zh in zip(found, written):
            if head in KNOWN_WORDS_ONLY and zh not in known:
                continue
            score = candidate.score - 5 - penalty + KNOWN_WORD_BONUS * (zh in known)
            yield replace(candidate, zh=zh, pinyin="", vi=key, score=score, source="lexicon", status="candidate", entry_id="")
        if head in KNOWN_WORDS_ONLY:
            continue
        for score, pieces in segmented:  # Vietnamese order, modifiers reversed:
            zh = "".join(reversed(_modifiers(pieces))) + suffix
            yield Candidate(zh, key, "", score + REVERSED_BONUS - penalty, "composed", "candidate", key != fold(key))  # 中国工商银行
            straight = "".join(pieces) + suffix  # or a name in Chinese order: Huyền Vũ môn 玄武门
            yield Candidate(straight, key, "", score - penalty, "composed", "candidate", key != fold(key))
        for candidate in _of_a_unit(conn, key, rest, suffix, use_glossary, depth, key.startswith(COURTS)):
            yield replace(candidate, score=candidate.score - penalty)


def _of_a_unit(conn, key: str, words: list[str], suffix: str, use_glossary: bool, depth: int, court: bool = False):
    """An institution's name ending with a unit and its generic, words before it or not (Tòa án nhân dân trung
    cấp thành phố Trường Xuân 长春市中级人民法院): the unit's full name, then the words in Chinese order. A
    court's unit may come without its generic (… trung cấp Hạ Môn 厦门市…)."""
    if depth >= 2:
        return
    for i in range(len(words)):  # the unit alone: Thư viện tỉnh Cam Túc 甘肃省图书馆
        unit = " ".join(words[i:])
        if _head(unit) in VI_GENERICS and i < len(words) - 1 and not _is_unit(conn, unit, ("province", "prefecture")):
            units = _with_generic(conn, unit, use_glossary, depth + 1)  # not thành | Đô: Thành Đô is 成都
        elif court and len(words) - i <= 3 and _is_unit(conn, unit):
            units = _units(conn, words[i:], (), use_glossary, depth + 1)
        else:
            continue
        units = sorted(units, key=lambda c: -c.score)
        if not units:
            return
        before = " ".join(words[:i])
        options = [(c.score, (c.zh,)) for c in _lexicon(conn, before, fold(before), None)][:3] if i else [(math.inf, ())]
        options += _segmented(conn, before, fold(before)) if i else []
        if units[0].zh.endswith(("省", "自治区")):  # Công an tỉnh Vân Nam 云南省公安厅
            suffix = PROVINCIAL_SUFFIXES.get(suffix, suffix)
        for score, pieces in options:
            zh = units[0].zh + "".join(reversed(_modifiers(pieces))) + suffix
            yield Candidate(zh, key, "", round(min(score, units[0].score) + REVERSED_BONUS, 2), "composed", "candidate", True)
        return


def _units(conn, words: list[str], generics: tuple[str, ...], use_glossary: bool, depth: int, named=False):
    """Candidates for the unit named by words, as full names ending with one of the generics (with no
    generics, the unit's highest full name). An autonomous unit names its peoples before its name
    (dân tộc Choang và Miêu | Văn Sơn); with named=True the name as it stands is a candidate too
    (sông Tương: 湘江 or 湘)."""
    autonomous = any("自治" in g or "族" in g for g in generics)
    for people in _peoples(conn, words, use_glossary) if autonomous else ():  # Khu tự trị dân tộc Choang
        for land in _land_of_people(conn, people.zh, generics):
            yield replace(people, zh=land, vi=" ".join(words), pinyin="", score=people.score - 5, source="lexicon",
                          status="candidate", entry_id="")  # fmt: skip
    for name in (" ".join(n) for n in ([words[-2:], words[-1:], words[-3:]] if autonomous else [words])):
        found = [*_lexicon(conn, name, fold(name), "place"), *_single(conn, name)]
        if use_glossary:
            found += _curated(conn, name, fold(name), "place")
        if depth < 2:
            found += _with_generic(conn, name, use_glossary, depth + 1)
        if not found and len(words) == 1 and name.isascii() and name not in _syllable_index()[1]:
            found = list(_pinyin_word(conn, name))  # huyện Wuzhi 武陟县: a name printed in pinyin
        if named and 2 <= len(words) <= 4 and not any(c.exact or name == fold(name) for c in found):
            found += _composed(conn, name, fold(name), "place")  # a name no word reads as printed: hồ Mộc Long 木龙湖
        unit_generic = all(g.endswith(UNIT_ENDINGS) for g in generics)  # a unit's full name takes no second one
        for candidate in found:
            fulls = _full_names(conn, candidate.zh)
            if generics:
                fulls = [f for f in fulls if f.endswith(generics)]
                if set(generics) <= ADMINISTRATIVE and candidate.zh.endswith(UNIT_ENDINGS) and not candidate.zh.endswith(generics):
                    # another unit of that name: thành phố Tân Hương 新乡市, though the glossary's Tân Hương is 新乡县
                    fulls += [f for f in _full_names(conn, _short_name(conn, candidate.zh)) if f.endswith(generics)]
                units = _full_names(conn, candidate.zh, ("province", "prefecture", "county"))
                if set(generics) <= ADMINISTRATIVE and units and not fulls:  # the press's generic is wrong:
                    yield replace(candidate, zh=units[0], vi=" ".join(words), pinyin="", score=candidate.score - 5 + OTHER_UNIT,
                                  source="lexicon", status="candidate", entry_id="")  # fmt: skip (huyện Tây Sa 西沙区)
                if not autonomous and not candidate.zh.endswith(generics) and not (
                    unit_generic and candidate.zh.endswith(UNIT_ENDINGS)  # 湘江, 文山州; not 临夏回族自治州省
                ):  # but a station of a city: ga Phúc Châu 福州站; a district's short name: 白云国际机场, not 白云区…
                    name_zh = candidate.zh if unit_generic else _short_name(conn, candidate.zh)
                    fulls += [name_zh + g for g in generics if name_zh + g not in fulls]
            source = "composed" if candidate.source == "composed" else "lexicon"
            unit = replace(candidate, vi=" ".join(words), source=source, status="candidate", entry_id="")
            fulls = fulls[: 1 if not generics else None]
            shorter = {full: full.replace("国际机场", "机场") for full in fulls}  # 虹桥机场 is a word, 虹桥国际机场 not
            words_known = _words(conn, [*fulls, *shorter.values()]) if generics else {}  # sông Tùng Hoa: 松花江, not 松华江
            for full in fulls:
                known = full in words_known or shorter[full] in words_known
                yield replace(unit, zh=full, pinyin="", score=candidate.score - 5 + KNOWN_FULL_NAME * known)
            if candidate.zh.endswith(generics or ("",)) or named:
                yield replace(unit, score=candidate.score - 10)  # 广西壮族自治区 as it stands, or 湘
        if found:
            return


def _peoples(conn, words: list[str], use_glossary: bool) -> list[Candidate]:
    """The peoples the words name, after dân tộc or alone: 壮族 (Choang, the glossary's), 维吾尔族 (Duy Ngô
    Nhĩ, the lexicon's 维吾尔)."""
    name = " ".join(words[2:] if words[:2] == ["dân", "tộc"] else words)
    found = list(_curated(conn, name, fold(name), "term")) if use_glossary else []
    found += [people for word in _lexicon(conn, name, fold(name), None) for people in [word, *_people_named(conn, word)]]
    return [people for people in found if people.zh.endswith("族")]


def _land_of_people(conn, people: str, generics: tuple[str, ...]) -> list[str]:
    """The one autonomous unit of a people, named without its land (Khu tự trị dân tộc Choang: 壮族 →
    广西壮族自治区), when the generic names only one."""
    ends = [people + g for g in generics] + [people.removesuffix("族") + g for g in generics]  # 维吾尔自治区
    sql = f"select distinct full from places where {' or '.join(['full like ?'] * len(ends))}"
    lands = [row[0] for row in conn.execute(sql, ["%" + end for end in ends])]
    return lands if len(lands) == 1 else []
