"""A mention of a name in a text, and the helpers the passes that find mentions share."""

import bisect
import itertools
import re
from dataclasses import asdict, dataclass, field, replace


STATUS_RANK = {"verified": 0, "attested": 1, "candidate": 2}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WORD = re.compile(r"[^\W\d_]+")
_UPPER = "".join(chr(c) for c in [*range(0x41, 0x250), *range(0x1E00, 0x1F00)] if chr(c).isupper())


@dataclass
class Mention:
    text: str
    start: int
    end: int
    entry_id: str
    kind: str
    zh: str  # the characters the printed form writes: the entry's, or one of its other Chinese forms
    pinyin: str
    country: str
    status: str
    vi: str  # the entry's preferred form
    en: str
    match: str  # exact (same diacritics), folded, pinyin (Guangzhou), surname (ông Vương), dynasty (thời Đường),
    # state (Triệu after nước Tề), document (Lôi Phong 雷峰 beside tháp Lôi Phong 雷峰塔), composed or unknown
    alternatives: list[str] = field(default_factory=list)  # other entries with the same form
    candidates: list[dict] = field(default_factory=list)  # for unknown names: reverse candidates
    # the entry's other Chinese forms (中共中央…); its own zh among them when the form writes another
    zh_other: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _as_entry(mention: Mention, row: tuple, **changes) -> Mention:
    """The mention as the glossary entry of row (ENTRY_FIELDS: id, kind, zh, pinyin, country, status, vi, en,
    zh_other, as a string or a tuple), with changes besides."""
    entry_id, kind, zh, pinyin, country, status, vi, en, zh_other = row[:9]
    zh_other = zh_other.split() if isinstance(zh_other, str) else list(zh_other)
    return replace(mention, entry_id=entry_id, kind=kind, zh=zh, pinyin=pinyin, country=country, status=status, vi=vi,
                   en=en, zh_other=zh_other, **changes)  # fmt: skip


def _other_than(mention: Mention, entry_id: str) -> list[str]:
    """The mention's entry and its alternatives but entry_id, for a mention that becomes entry_id's."""
    return [mention.entry_id, *(i for i in mention.alternatives if i != entry_id)]


def _coverage(mentions: list[Mention], contains: bool = False):
    """A test of whether a span overlaps a mention (or, with contains=True, lies within a glossary
    mention: Ngân hàng Nhân dân in Ngân hàng Nhân dân Trung Quốc 中国人民银行), in log time."""
    return _span_coverage([(m.start, m.end) for m in mentions if m.entry_id or not contains], contains)


def _span_coverage(spans: list[tuple[int, int]], contains: bool = False):
    """_coverage for (start, end) spans."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # the furthest end up to each start

    def covered(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start if contains else end - 1)  # the spans starting before
        return bool(i) and reach[i - 1] >= end if contains else bool(i) and reach[i - 1] > start

    return covered


NATIONAL_PREFIXES = ("中国", "中华", "中央", "中共", "全国", "国家")  # a name that says it is China's already


# An entry's fields as mentions take them (see _realm_forms).
ENTRY_FIELDS = "entries.id, entries.kind, entries.zh, entries.pinyin, entries.country, entries.status, entries.vi, entries.en, coalesce(entries.zh_other, '')"


def _guess(surface: str, start: int, end: int, kind: str, zh: str, pinyin: str, candidates: list[dict], country="") -> Mention:
    """A mention of a name the glossary lacks (status and match: unknown), with its reverse candidates."""
    return Mention(surface, start, end, "", kind, zh, pinyin, country, "unknown", "", "", "unknown", [], candidates)
