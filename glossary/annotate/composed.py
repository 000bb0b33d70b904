"""Names composed from a mention and the words around it, as candidates: a place after a generic, a body or
an institution (trấn Bằng Tường 凭祥镇), an institution of China, a term of China, a ruler with his title, an
era with its dynasty, a numbered craft, a model, a clan with a given name.
"""

import functools
import re

from .. import readings
from ..hanviet import readable
from ..pinyin import pinyin as to_pinyin
from ..reverse import reverse
from ..reverse.tables import _database_path as _path, _short_name, chinese_number, number_value, read_rows, series
from ..reverse.vocabulary import (
    COURTS, PERSON_GENERICS, UNIT_ENDINGS, VI_BODIES, VI_GENERICS, VI_INSTITUTIONS, VI_TITLES, VI_TITLES_BEFORE,
)
from ..text import capitalize_syllables, fold, normalize_vi, restyle_vi
from .mentions import Mention, NATIONAL_PREFIXES, _UPPER, _alternation, _guess
from .context import NOT_IN_NAMES, _CHINA_AFTER, _INSTITUTION, _NOT_A_GENERIC, _word_before
from .alone import _dynasty_names
from .known import _reads_as_word


# A body and/or a generic, with the peoples of an autonomous unit, right before a name; an institution
# with the words of its name (Đại học Sư phạm Hoa Đông).
_BEFORE = re.compile(
    rf"(?<![^\W_]){_NOT_A_GENERIC}((?:(?:{_alternation(VI_BODIES)}) )?(?:{_alternation(VI_GENERICS)})(?: dân tộc(?:,? [^\W\d_]+){{1,6}})?"
    rf"|(?:{_alternation(VI_BODIES)})|(?:{_alternation(VI_INSTITUTIONS)})(?P<named>(?: [{_UPPER}][^\W\d_]*(?: (?!{_alternation(NOT_IN_NAMES)}\b)[^\W\d_]+){{0,5}})?))$",
    re.IGNORECASE,
)


_LAST_WORDS = {phrase.split()[-1] for phrase in [*VI_GENERICS, *VI_BODIES, *VI_INSTITUTIONS]}
CHINESE_GENERICS = {"kỳ", "kỳ tự trị", "trấn", "hương", "châu"}  # units only China has, or ordinary words besides
LOWER_CASE_GENERICS = {"phủ"}  # an old prefecture (phủ Khai Phong 开封府) in lower case; capitalised, a Vietnamese shrine
_UNIT_GENERICS = {g.split()[-1] for g, zh in VI_GENERICS.items() if zh[0].endswith(UNIT_ENDINGS)}  # thành phố, tỉnh…
# Institutions the press names in lower case before a place: trường trung học Ninh Ba 宁波中学 (but not
# các trường trung học Bắc Kinh, Beijing's schools).
LOWER_CASE_INSTITUTIONS = ("trường trung học", "trường tiểu học", "sàn giao dịch chứng khoán", "sở giao dịch chứng khoán")
# Institutions the press names with words in lower case before a place, when those read as Chinese words:
# Đại học nông nghiệp Bắc Kinh 北京农业大学, Bệnh viện nhân dân huyện Mậu 茂县人民医院; not a company's or a prize's
# (Công ty tư nhân Trung Quốc is any private firm, Giải vô địch quốc gia a championship).
LOWER_CASE_WORDS_AFTER = {"đại học", "trường đại học", "học viện", "viện nghiên cứu", "bệnh viện", "trung tâm", "ủy ban"}


def _chinese_words_after(conn, head: str, named: str) -> bool:
    """The words in lower case after one of those institutions read, two syllables at a time, as Chinese words:
    nông nghiệp 农业 after Đại học; not tốt nhất. head: the institution's word with the words after it."""
    institution = normalize_vi(head[: len(head) - len(named)]).lower().strip()
    words = normalize_vi(named).lower().split()
    return institution in LOWER_CASE_WORDS_AFTER and len(words) % 2 == 0 and all(
        _reads_as_word(conn, " ".join(words[i : i + 2])) for i in range(0, len(words), 2))


_PLURAL_BEFORE = re.compile(r"(?<![^\W_])(?:các|những|nhiều|mọi) $", re.IGNORECASE)


def _composed(conn, text: str, mentions: list[Mention], memo: dict) -> list[Mention]:
    """Places written after a generic, a body or an institution, read as a whole by reverse lookup;
    kept when the reading starts with the place's characters and adds to them (凭祥 → 凭祥镇, not
    长江 → 长江). An institution's name may have capitalised words before the place or person it
    ends with (Đại học Sư phạm Hoa Đông 华东师范大学, Viện Văn học Lỗ Tấn 鲁迅文学院)."""
    found = []
    bodies = [m.end for m in mentions if m.kind == "organization" and m.entry_id]  # and Trung Quốc after them:
    bodies_end = {*bodies, *(china.end() for end in bodies if (china := _CHINA_AFTER.match(text, end)))}
    for mention in mentions:
        people = mention.zh.endswith("族")  # Khu tự trị dân tộc Choang: the one autonomous region of 壮族
        if mention.kind == "person" and (mention.start - 1 in bodies_end or fold(text[max(0, mention.start - 11) : mention.start]) == "trung quoc"):
            continue  # Bộ Ngoại giao Trung Quốc Uông Văn Bân: the body's spokesman, no body named after him; nor
            # after Trung Quốc (Bộ trưởng Công an Trung Quốc Vương Tiểu Hồng: no 王小洪中国公安局)
        if mention.kind not in ("place", "organization", "person") and not people:
            continue
        if text[mention.start - 1 : mention.start] != " ":
            continue
        window = text[max(0, mention.start - 80) : mention.start - 1]
        window = window[window.rfind("\n") + 1 :]  # a generic and its name are on one line
        previous = window[window.rfind(" ") + 1 :].lstrip("“\"'«(")  # “quận Tây Sa”
        if normalize_vi(previous).lower() not in _LAST_WORDS and "tộc" not in window and not _INSTITUTION.search(window):
            continue  # no generic, body or institution's name can end here: skip the regular expression
        restyled = restyle_vi(window)
        before = _BEFORE.search(restyled)
        while before and _names_nothing(conn, before):  # đổ bộ vào thị trấn, Nhà máy ở huyện: a generic further on
            before = _BEFORE.search(restyled, before.start() + 1)
        if not before:
            continue
        head, named = before.group(1), before.group("named")
        institution = named is not None
        if mention.zh == "中国" and not institution:
            continue  # vấn đề nông thôn Trung Quốc: China's rural problems, not a village (中国村)
        if mention.country == "VN":
            continue  # tỉnh Cao Bằng, Đại học Hà Nội, Công an tỉnh Lạng Sơn: Vietnam's places and bodies
        if normalize_vi(head).lower() == "tỉnh" and _autonomous_region(conn, mention.zh):
            continue  # tỉnh Quảng Tây: Guangxi is an autonomous region (广西壮族自治区), no province 广西省
        court = normalize_vi(head).lower().startswith(COURTS)  # named in lower case before its unit
        of_a_unit = (normalize_vi(previous).lower() in _UNIT_GENERICS and (  # Ban Ngoại vụ tỉnh Vân Nam
            court or (named and named.strip().lower() in VI_GENERICS)
        )) or (court and mention.kind == "place" and mention.zh != "中国")  # … trung cấp Hạ Môn
        lower_case_name = normalize_vi(head).lower().startswith(LOWER_CASE_INSTITUTIONS) and mention.zh != "中国" and not (
            _PLURAL_BEFORE.search(restyled, 0, before.start()))  # sàn giao dịch chứng khoán Thượng Hải 上海证券交易所
        if institution and ((not head[0].isupper() and not lower_case_name) or (
            named and not named[1].isupper() and not of_a_unit and not _chinese_words_after(conn, head, named)
        )):
            continue  # các công ty Trung Quốc, Bệnh viện tốt nhất Bắc Kinh: not names (Đại học Sư phạm Hoa Đông is)
        if named and normalize_vi(head[: -len(named)]).lower() == "nhà":
            continue  # Nhà khoa học Trung Quốc, a scientist: nhà is a dynasty (朝) only before its name (Nhà Minh)
        if mention.kind == "person" and not institution and normalize_vi(head).lower() not in PERSON_GENERICS and mention.entry_id:
            continue  # an unknown name after a generic names the place: tháp Tề Vân 齐云塔
        if normalize_vi(head).lower() in CHINESE_GENERICS and mention.country not in ("CN", ""):
            continue  # kỳ (a banner, 旗) names Chinese units only: not thời kỳ Việt Nam
        if head[:1].isupper() and normalize_vi(head).lower() in LOWER_CASE_GENERICS:
            continue  # Phủ Tây Hồ, a shrine in Hanoi: not 西湖府
        if institution and named and _INSTITUTION.match(mention.text):
            continue  # Viện Văn học Lỗ Tấn và Trường | Đại học Sư phạm Bắc Kinh: two institutions
        start = mention.start - len(head) - 1
        surface = text[start : mention.end]
        if surface not in memo:
            memo[surface] = [c.to_dict() for c in reverse(conn, surface, limit=5)]
        # thành phố Tân Hương 新乡市, though Tân Hương is the county 新乡县 (huyện Tân Hương: the county itself)
        best_reading = memo[surface][0]["zh"] if memo[surface] else mention.zh
        unit = mention.kind == "place" and mention.zh.endswith(UNIT_ENDINGS) and best_reading != mention.zh
        named_as = _short_name(conn, mention.zh) if institution or unit else mention.zh  # trường trung học Ninh Ba 宁波中学
        candidates = [c for c in memo[surface] if c["zh"] != mention.zh and (
            c["zh"].startswith(named_as) or (not mention.entry_id and len(c["zh"]) > len(mention.zh))
            or (people and mention.zh in c["zh"])
        )]  # an unknown name's reading may change with its generic: cảng Dương Phố 洋浦港, not 杨浦 + 港
        if mention.kind == "person" and not institution:  # Tháp Tề Vân 齐云塔 ends with the generic's 塔; not 虬龙边;
            # after a body, a person is its member (Bí thư Tỉnh ủy Đặng Xuân Phong), no place
            ending = VI_GENERICS.get(normalize_vi(head).lower())
            candidates = [c for c in candidates if ending and c["zh"].endswith(ending)]
        elif mention.kind == "place" and mention.zh.endswith(UNIT_ENDINGS) and not candidates:
            candidates = [c for c in memo[surface] if _another_unit(conn, c, head, mention)][:1]
            # khu Lạc Long 洛龙区 (Luoyang's district), not the county 洛隆县 (Tibet)
        candidates = [_national(c) for c in candidates]  # Đại hội … toàn quốc Trung Quốc: 全国人民代表大会
        if candidates:
            best = candidates[0]
            kind = "organization" if head.lower().startswith((*VI_BODIES, *VI_INSTITUTIONS)) else "place"
            party = ["中共" + best["zh"]] if best["zh"].endswith("委") else []  # Tỉnh ủy Tứ Xuyên 四川省委, 中共四川省委
            found.append(Mention(surface, start, mention.end, "", kind, best["zh"], best["pinyin"], mention.country,
                                 "candidate", "", "", "composed", [], candidates, party))  # fmt: skip
    return found


@functools.cache
def _autonomous_regions(path: str) -> frozenset[str]:
    """The glossary's characters of China's autonomous regions (广西壮族自治区), read once."""
    return frozenset(row[0] for row in read_rows(path, "select zh from entries where zh like '%自治区'"))


def _autonomous_region(conn, zh: str) -> bool:
    """The place is one of China's autonomous regions, which the press may call a province (tỉnh Quảng Tây)."""
    return bool(zh) and any(region.startswith(zh) and len(region) <= len(zh) + 5 for region in _autonomous_regions(_path(conn)))


def _another_unit(conn, reading: dict, head: str, place: Mention) -> bool:
    """One of China's units of today whose name the words after a generic read as, in order and exactly, and that
    ends with the generic's character, where the glossary's place of that name is a unit of another kind."""
    units = tuple(u for u in VI_GENERICS.get(normalize_vi(head).lower(), ()) if u in UNIT_ENDINGS)
    if not units or place.zh.endswith(units) or not (reading["source"] == "lexicon" and reading["exact"]):
        return False
    unit = next((u for u in units if reading["zh"].endswith(u)), "")
    sql = "select 1 from lexicon where word = ? and place != ''"
    return bool(unit and readable(reading["zh"][: -len(unit)], "place", place.text)
                and conn.execute(sql, (reading["zh"],)).fetchone())  # fmt: skip


def _names_nothing(conn, before: re.Match) -> bool:
    """An institution's word that names nothing where it stands: in lower case (đổ bộ, to land: not 部), or
    followed by lower-case words (Nhà máy ở huyện: a factory in the county, not 厂 named ở), unless a school's,
    an institute's, a hospital's or a committee's words are Chinese words (Đại học nông nghiệp Bắc Kinh)."""
    head, named = normalize_vi(before.group(1)).lower(), before.group("named")
    if named is None:
        return False
    lower_head = before.group(1)[0].islower() and not head.startswith(LOWER_CASE_INSTITUTIONS)
    lower_named = named and not named[1].isupper() and named.strip().lower() not in VI_GENERICS and not (
        _chinese_words_after(conn, before.group(1), named))
    return lower_head or bool(lower_named and not head.startswith(COURTS))  # a court's words are in lower case


# Titles the press may write in lower case after a ruler's name: Quang Vũ đế 光武帝, Từ Hi thái hậu 慈禧太后; not
# đế quốc (an empire), đế chế, đế vương, đế đô.
LOWER_TITLES = ("hoàng đế", "đế", "hoàng thái hậu", "thái hậu", "hoàng hậu", "công chúa", "thái tử", "quý phi")
_TITLE_AFTER = re.compile(rf" ({_alternation(LOWER_TITLES)})(?![^\W_]| (?:quốc|chế|vương|đô)(?![^\W_]))")


def _titled(text: str, normalized: str, mentions: list[Mention]) -> list[Mention]:
    """An unknown name (an era or temple name; it may read as a place) followed by a title in lower case,
    the title's characters added: Quang Vũ đế 光武帝. A known person is named in full (刘备, not 刘备皇帝)."""
    found = []
    for mention in mentions:
        title = _TITLE_AFTER.match(normalized, mention.end) if mention.match == "unknown" and mention.zh else None
        if not title or mention.zh.endswith(tuple(VI_TITLES.values())):
            continue
        zh = mention.zh + VI_TITLES[title.group(1)]
        found.append(Mention(text[mention.start : title.end()], mention.start, title.end(), "", "person", zh,
                             to_pinyin(zh, kind="person").result, mention.country, "candidate", "", "", "composed"))  # fmt: skip
    return found


RULER_ENDINGS = ("宗", "祖", "朝")  # a temple name or a dynasty, which takes no second title


def _by_personal_name(mention: Mention) -> bool:
    """A known person named by his own name (Puyi 溥仪, Li Shimin 李世民), not an emperor by his era (the Qianlong
    Emperor 乾隆): Hoàng đế before it adds no 帝."""
    return mention.kind == "person" and bool(mention.entry_id) and not mention.en.endswith("Emperor")


_TITLE_BEFORE = re.compile(rf"(?<![^\W_])({_alternation(t.capitalize() for t in VI_TITLES_BEFORE)}) $", re.IGNORECASE)
_LONGEST_TITLE_BEFORE = max(len(title) for title in VI_TITLES_BEFORE) + 1  # characters, with its space


def _titled_before(text: str, normalized: str, mentions: list[Mention]) -> list[Mention]:
    """A name after a title the press prints first: Phật Như Lai 如来佛, Phật Di Lặc 弥勒佛 (also a city, 弥勒),
    Hoàng đế Càn Long 乾隆帝; not a known person's name or a temple name, which is named in full."""
    found = []
    for mention in mentions:
        title = _TITLE_BEFORE.search(normalized, max(0, mention.start - _LONGEST_TITLE_BEFORE), mention.start)
        if not title or not mention.zh or mention.kind == "organization" or mention.zh.startswith(NATIONAL_PREFIXES):
            continue  # not đạo Phật Trung Quốc, Chinese Buddhism
        suffix = VI_TITLES_BEFORE[title.group(1).lower()]
        if mention.zh.endswith((suffix, *RULER_ENDINGS)) or (suffix == "帝" and _by_personal_name(mention)):
            continue  # Hoàng đế Đường Cao Tông 唐高宗, hoàng đế nhà Thanh (清朝), Hoàng đế Phổ Nghi 溥仪
        zh = mention.zh + suffix
        found.append(Mention(text[title.start() : mention.end], title.start(), mention.end, "", "person", zh,
                             to_pinyin(zh, kind="person").result, mention.country, "candidate", "", "", "composed"))  # fmt: skip
    return found


ERA = re.compile(r"\bera name\b|^[A-Z][a-z']+ era$")  # an era's English: Kaiyuan (era name), Zhenguan era
_RULER_BEFORE = re.compile(r"(?<![^\W_])(?:[Hh]oàng đế|[Vv]ua) $")  # Hoàng đế Hàm Phong: the Xianfeng Emperor
_EMPEROR_AFTER = re.compile(r" [Đđ]ế(?![^\W_])")  # Chính Đức Đế: the Zhengde Emperor


def _eras(conn, text: str, normalized: str, mentions: list[Mention]) -> list[Mention]:
    """An era named with its dynasty before it (Đường Khai Nguyên 唐开元) or with the word for an emperor
    before or after it (Hoàng đế Hàm Phong 咸丰帝, Chính Đức Đế 正德帝: the emperor of that era)."""
    dynasties = _dynasty_names(_path(conn))
    found = []
    for era in [m for m in mentions if m.entry_id and ERA.search(m.en)]:
        before, end = _word_before(normalized, era.start), era.end
        if before in dynasties:
            start, zh, kind = era.start - len(before) - 1, dynasties[before][2][:-1] + era.zh, "term"  # 唐朝 → 唐
        elif ruler := _RULER_BEFORE.search(normalized, max(0, era.start - 10), era.start):
            start, zh, kind = ruler.start(), era.zh + "帝", "person"
        elif emperor := _EMPEROR_AFTER.match(normalized, era.end):
            start, end, zh, kind = era.start, emperor.end(), era.zh + "帝", "person"  # Chính Đức Đế 正德帝
        else:
            continue
        found.append(Mention(text[start:end], start, end, "", kind, zh, to_pinyin(zh, kind=kind).result,
                             era.country, "candidate", "", "", "composed"))  # fmt: skip
    return found


# Thần Châu 6, Thần Châu VI; a model's letter after its number: Trường Chinh-2F 长征二号F
_NUMBER_AFTER = re.compile(r" ?[ -] ?(\d{1,2}|[IVX]{1,5})([A-H]?)(?!\w|[.,/:]\d)")


def _numbered(conn, text: str, mentions: list[Mention]) -> list[Mention]:
    """A numbered craft of a known series, composed: Thường Nga 5 → 嫦娥五号, Thần Châu-9 → 神舟九号,
    Trường Chinh-2F → 长征二号F."""
    found = []
    spans = {(m.start, m.end) for m in mentions}
    for mention in mentions:
        number = _NUMBER_AFTER.match(text, mention.end)
        value = number_value(number.group(1)) if number else 0
        if not 0 < value < 100 or mention.zh not in series(_path(conn)):
            continue
        if any((mention.start, end) in spans for end in range(number.start(1) + 1, number.end() + 1)):
            continue  # Trường Chinh 7 is in the glossary
        zh = f"{mention.zh}{chinese_number(value)}号{number.group(2)}"
        found.append(Mention(text[mention.start : number.end()], mention.start, number.end(), "", mention.kind, zh,
                             to_pinyin(zh, kind="term").result, mention.country, "candidate", "", "", "composed"))  # fmt: skip
    return found


# Xiaomi SU7, BYD F3; not a quarter or a half year (Tencent Q2, H1)
_MODEL_AFTER = re.compile(r" (?![QH]\d\b)([A-Z]{1,3}\d{1,3}[A-Z]?)(?![^\W_]|[.,/:]\d)")
COMPANY_ENDINGS = ("集团", "公司", "控股")  # a company's name, not its brand's


def _models(text: str, mentions: list[Mention]) -> list[Mention]:
    """A model named by its maker's brand and a code of capitals and digits, as Chinese writes it too:
    Xiaomi SU7 → 小米SU7."""
    found = []
    for mention in mentions:
        model = _MODEL_AFTER.match(text, mention.end) if mention.kind == "organization" and mention.zh else None
        if model and not mention.zh.endswith(COMPANY_ENDINGS):
            zh = mention.zh + model.group(1)
            found.append(Mention(text[mention.start : model.end()], mention.start, model.end(), "", "term", zh,
                                 f"{mention.pinyin} {model.group(1)}", mention.country, "candidate", "", "", "composed"))  # fmt: skip
    return found


def _of_china(text: str, mentions: list[Mention]) -> list[Mention]:
    """A capitalised term followed by Trung Quốc, composed: Chính phủ Trung Quốc → 中国政府 (the Chinese
    government), Quân đội Trung Quốc → 中国军队."""
    found = []
    for mention in mentions:
        china = _CHINA_AFTER.match(text, mention.end)
        if mention.kind == "term" and mention.entry_id and mention.text[:1].isupper() and china and not (
            mention.zh.startswith(NATIONAL_PREFIXES)  # Ủy viên trưởng … toàn quốc Trung Quốc: 全国…, no 中国 before it
        ):
            zh = f"中国{mention.zh}"
            found.append(Mention(text[mention.start : china.end()], mention.start, china.end(), "", mention.kind, zh,
                                 to_pinyin(zh, kind="term").result, "CN", "candidate", "", "", "composed"))  # fmt: skip
    return found


# An institution's capitalised name, then Trung Quốc: Bộ Văn hóa Trung Quốc, Hiệp hội Bóng đá Trung Quốc.
_INSTITUTION_OF_CHINA = re.compile(
    rf"(?<![^\W_])(?P<name>(?:{_alternation(h.capitalize() for h in VI_INSTITUTIONS)}) [{_UPPER}][^\W\d_]*"
    rf"(?: (?!(?:{_alternation(NOT_IN_NAMES)}|Trung)\b)[^\W\d_]+){{0,4}}) Trung Quốc(?![^\W_])"
)
STATE_BODIES = ("bộ", "tòa án")  # named without 中国: 文化部, 最高人民法院


def _institutions_of_china(conn, text: str, normalized: str, memo: dict) -> list[Mention]:
    """A Chinese institution the glossary lacks, named before Trung Quốc, read by reverse lookup: Bộ Văn
    hóa Trung Quốc 文化部 (a ministry's name has no 中国), Hiệp hội Bóng đá Trung Quốc 中国足球协会."""
    found = []
    for match in _INSTITUTION_OF_CHINA.finditer(normalized):
        name = text[match.start("name") : match.end("name")]
        state = normalize_vi(name).lower().startswith(STATE_BODIES)
        query = name if state else text[match.start() : match.end()]
        if ("china", query) not in memo:
            memo["china", query] = [_national(c.to_dict()) for c in reverse(conn, query, limit=3) if c.source != "glossary"]
        candidates = memo["china", query]
        if candidates:
            best = candidates[0]
            other = [] if best["zh"].startswith(NATIONAL_PREFIXES) else ["中国" + best["zh"]]  # 文化部, also 中国文化部
            found.append(Mention(text[match.start() : match.end()], match.start(), match.end(), "", "organization",
                                 best["zh"], best["pinyin"], "CN", "candidate", "", "", "composed", [], candidates, other))  # fmt: skip
    return found


def _national(candidate: dict) -> dict:
    """A reading with 中国 before a name that says it is China's already, without it: 国家铁路局 for Cục Đường sắt
    Quốc gia Trung Quốc, 全国人民代表大会 for Đại hội Đại biểu Nhân dân toàn quốc Trung Quốc."""
    zh = candidate["zh"]
    if not (zh.startswith("中国") and zh[2:].startswith(NATIONAL_PREFIXES)):
        return candidate
    vi, pinyin = " ".join(candidate["vi"].split()[2:]), to_pinyin(zh[2:], kind="organization").result
    return {**candidate, "zh": zh[2:], "vi": vi, "pinyin": pinyin}


@functools.cache
def _clan_pattern() -> re.Pattern:
    """A clan name of three characters or more (Ái Tân Giác La), then a given name of one to four words."""
    clans = {restyle_vi(capitalize_syllables(s.hanviet)) for s in readings.surname_forms() if len(s.zh) >= 3}
    given = rf"[{_UPPER}][^\W\d_]*"
    return re.compile(rf"(?<![^\W_])(?:{_alternation(clans)})(?: {given}){{1,4}}(?![^\W_]| [{_UPPER}])")


def _clan_names(conn, text: str, normalized: str, mentions: list[Mention], memo: dict) -> list[Mention]:
    """A clan's name and a given name, read as one person: Ái Tân Giác La Dận Chân 爱新觉罗·胤禛, where the text
    holds the clan (爱新觉罗) and the given name (胤禛) as two names."""
    spans = {(m.start, m.end) for m in mentions}
    found = []
    for match in _clan_pattern().finditer(normalized):
        if match.span() in spans:
            continue  # Ái Tân Giác La Phổ Nghi, a form of the glossary's 溥仪
        surface = text[match.start() : match.end()]
        if ("person", surface) not in memo:
            memo["person", surface] = [c.to_dict() for c in reverse(conn, surface, kind="person", limit=3)]
        candidates = [c for c in memo["person", surface] if readings.CLAN_MARK in c["zh"]]
        if candidates:
            found.append(_guess(surface, *match.span(), "person", candidates[0]["zh"], candidates[0]["pinyin"], candidates))
    return found
