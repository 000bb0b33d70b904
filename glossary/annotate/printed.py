"""Names printed in another script: one word of toneless pinyin (Yiwu 义乌), a person in both spellings
(Dương Học Minh (Yang Xue Ming)), characters printed after a name, a people in pinyin, a given name in
pinyin after a surname.
"""

import re
import unicodedata

from ..hanviet import readable
from ..lexicon import PINYIN_LONG_WORD
from ..names import simplified
from ..pinyin import pinyin as to_pinyin
from ..reverse import reverse
from ..reverse.candidates import lexicon_by_pinyin, printed_pinyin_key
from ..reverse.tables import _database_path as _path, pinyin_syllables, split_pinyin
from ..reverse.vocabulary import PRINTED_GENERICS
from .mentions import Mention, _UPPER, _WORD, _alternation, _coverage, _guess
from .context import _placed_in_china, _word_before
from .unknown import _capitalised_runs, _reads_as_pinyin_name, _unknown_mention


# One capitalised word of toneless pinyin, alone among lower-case words: Yiwu, Quanjude, YongShun, Xi'an.
_PRINTED_GENERIC = _alternation(g.capitalize() for g in PRINTED_GENERICS)
_PINYIN_WORD = re.compile(rf"(?<![^\W_])[A-Z][a-z]+(?:[A-Z']?[a-z]+)*(?: (?P<generic>{_PRINTED_GENERIC}))?(?![^\W_]| [{_UPPER}])")
PINYIN_WORD_LEVELS = ("province", "prefecture", "county")  # not townships (Bali is also 八里), unless so called


def _pinyin_words(conn, text: str, mentions: list[Mention], memo: dict) -> list[Mention]:
    """A place, company or brand printed as one word of pinyin, which no Sino-Vietnamese name reads
    as: a Chinese unit down to a county (Yiwu 义乌), or a name jieba knows (Quanjude 全聚德); not a foreign
    place the lexicon writes in characters (Milan 米兰), nor a word in a capitalised run (Jack Ma)."""
    covered = _coverage(mentions)
    found = []
    for match in _PINYIN_WORD.finditer(text):
        word = match.group()
        if covered(*match.span()) or _word_before(text, match.start())[:1].isupper():
            continue
        if len(split_pinyin(printed_pinyin_key(word), pinyin_syllables(_path(conn)))) < 2:
            continue
        placed = bool(match.group("generic")) or _placed_in_china(conn, text, match.end(), memo)  # Xianghe Town
        if ("pinyin", word, placed) not in memo:  # Longji (Quế Lâm): a township's name
            rows = lexicon_by_pinyin(conn, word)
            levels = (*PINYIN_WORD_LEVELS, "township") if placed else PINYIN_WORD_LEVELS
            names = ("nt", "nz", "nr", "ns") if placed else ("nt", "nz", "nr")  # Yongxing Island 永兴岛
            named = [(zh, pos, place) for zh, _, pos, place in rows if place in levels or pos in names or len(zh) >= PINYIN_LONG_WORD]
            candidates = [c.to_dict() for c in reverse(conn, word, limit=3)] if named or match.group("generic") else []
            if not named and candidates and candidates[0]["source"] == "composed":  # Shenzhen Port: 深圳 + 港
                named = [(candidates[0]["zh"], "ns", "")]
            memo["pinyin", word, placed] = (*named[0], candidates) if named else None
        if memo["pinyin", word, placed]:
            zh, pos, place, candidates = memo["pinyin", word, placed]
            kind = "place" if place or pos == "ns" else "organization" if pos == "nt" else "term"
            found.append(_guess(word, *match.span(), kind, zh, to_pinyin(zh, kind=kind).result, candidates, "CN"))
    return found


_PEOPLE_IN_PINYIN = re.compile(r"(?<![^\W_])(?:[Dd]ân tộc|[Nn]gười) ([A-Z][a-z]+)(?![^\W_])")


def _peoples_in_pinyin(conn, text: str, mentions: list[Mention]) -> list[Mention]:
    """One of China's peoples named in pinyin after dân tộc or người: dân tộc Dai 傣族, người Hani 哈尼族."""
    covered = _coverage(mentions)
    found = []
    for match in _PEOPLE_IN_PINYIN.finditer(text):
        if covered(*match.span()):
            continue
        peoples = [zh for zh, _, _, _ in lexicon_by_pinyin(conn, match.group(1) + "zu") if zh.endswith("族")]
        if peoples:
            found.append(_guess(match.group(), *match.span(), "term", peoples[0], to_pinyin(peoples[0], kind="term").result, [], "CN"))
    return found


# A name in Sino-Vietnamese, then in pinyin in brackets: Dương Học Minh (Yang Xue Ming).
_BEFORE_BRACKET = re.compile(rf"(?<![^\W_])[{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*)+ ?\($")


def _paired_with_pinyin(conn, text: str, mentions: list[Mention], memo: dict) -> list[Mention]:
    """A person printed in both spellings is written with the characters both read as: Dương Học Minh
    (Yang Xue Ming) is 杨学明, which pinyin alone gives as 杨雪明; Lý Văn Huy (Li Wen Hui) is Chinese,
    though văn is a Vietnamese middle name. Both mentions take those candidates; when the glossary has people of
    that pinyin, the pinyin keeps them and the Vietnamese spelling lists those it reads as first."""
    by_span = {(m.start, m.end): m for m in mentions}
    syllables = pinyin_syllables(_path(conn))
    for pinyin_name in [m for m in mentions if m.match in ("unknown", "pinyin") and m.kind == "person" and m.text.isascii()]:
        if text[pinyin_name.end : pinyin_name.end + 1] != ")":
            continue
        before = _BEFORE_BRACKET.search(text, max(0, pinyin_name.start - 60), pinyin_name.start)
        size = sum(len(split_pinyin(w.lower(), syllables)) for w in pinyin_name.text.split())
        words = list(_WORD.finditer(text, before.start(), before.end())) if before else []
        if not 2 <= size <= len(words):
            continue
        start, end = words[-size].start(), words[-1].end()  # Trung Quốc Lý Văn Huy (Li Wen Hui): the last three
        name = by_span.get((start, end))
        if (name and name.match != "unknown") or any(m.start < end and start < m.end and m is not name for m in mentions):
            continue  # a glossary name, or part of a longer one
        surface, spelled = text[start:end], _pinyin_letters(pinyin_name.text)
        if ("paired", surface, spelled) not in memo:
            found = reverse(conn, surface, kind="person", limit=50)
            memo["paired", surface, spelled] = [c.to_dict() for c in found if _pinyin_letters(c.pinyin) == spelled][:3]
        known = {c["zh"] for c in pinyin_name.candidates} if pinyin_name.match == "pinyin" else set()
        candidates = sorted(memo["paired", surface, spelled], key=lambda c: c["zh"] not in known)  # 李文辉, a glossary entry
        if not candidates:
            continue
        best = candidates[0]
        spans = [((start, end), name)] + ([] if known else [((pinyin_name.start, pinyin_name.end), pinyin_name)])
        for span, mention in spans:
            by_span[span] = _guess(text[span[0] : span[1]], *span, "person", best["zh"], best["pinyin"], candidates)
    return list(by_span.values())


# Characters printed after a name: Âu Dương Kì Lâm 欧阳琦琳, Mã Tam Bảo (馬三寶 /马三宝), Hằng Nga 5 (tiếng Trung: 嫦娥五号).
_PRINTED = re.compile(r" ?\(?(?:(?:tiếng Trung|tiếng Hoa|chữ Hán|Hán tự|giản thể|phồn thể)[^:：()]{0,12}[:：] ?)?([\u3400-\u9fff]{2,8})")


def _printed_characters(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name followed by characters that read as it is written with them (the text's own, simplified):
    an unknown name takes them, and a run no reading flagged becomes a name (Âu Dương Kì Lâm 欧阳琦琳,
    cut by the word Lâm học). A glossary name keeps its entry."""
    if not re.search(r"[\u3400-\u9fff]", text):
        return mentions
    by_end = {m.end: m for m in mentions}
    found = list(mentions)
    for run_start, run_end in _capitalised_runs(text):
        printed = _PRINTED.match(text, run_end)
        if not printed:
            continue
        zh = simplified(printed.group(1))
        words = list(_WORD.finditer(text, run_start, run_end))
        if len(words) < len(zh):
            continue
        start = words[-len(zh)].start()
        surface = text[start:run_end]
        kind = "person" if len(zh) <= 4 else "term"
        if not readable(zh, kind, surface):
            continue
        mention = by_end.get(run_end)
        if mention and mention.entry_id:
            continue
        if mention:
            found.remove(mention)
        found = [m for m in found if not (m.start < run_end and start < m.end) or m.entry_id]
        candidate = {"zh": zh, "vi": surface, "pinyin": to_pinyin(zh, kind=kind).result, "score": 0, "source": "text",
                     "status": "candidate", "exact": True, "entry_id": ""}  # fmt: skip
        found.append(Mention(surface, start, run_end, "", kind, zh, candidate["pinyin"], "", "unknown", "", "",
                             "unknown", [], [candidate]))  # fmt: skip
    return found


def _pinyin_letters(pinyin: str) -> str:
    """Pinyin without tones, spaces, hyphens or case: Yáng Xuémíng, Yang Xue-ming → yangxueming."""
    plain = "".join(c for c in unicodedata.normalize("NFD", pinyin) if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", plain.lower().replace("v", "u"))


def _pinyin_given_names(conn, text: str, mentions: list[Mention], memo: dict) -> list[Mention]:
    """A place's one-word pinyin after a surname's is a person's given name: Li Xiangyang is a man (李向阳),
    not the city Xiangyang 襄阳 after an English word."""
    starts = {m.start for m in mentions}
    found = []
    for mention in mentions:
        place = mention.kind == "place" and mention.text.isalpha()
        before = _WORD_BEFORE.search(text, max(0, mention.start - 24), mention.start) if place else None  # the words just before
        if not before or before.start() in starts or not _reads_as_pinyin_name(conn, [before.group(1), mention.text]):
            found.append(mention)
            continue
        words = list(_WORD.finditer(text, before.start(), mention.end))
        found.append(_unknown_mention(conn, text, words, "person", memo))
    return found


_WORD_BEFORE = re.compile(r"(?<![^\W_])([A-Z][a-zü]*) $")  # a capitalised word in Latin letters, then a space
