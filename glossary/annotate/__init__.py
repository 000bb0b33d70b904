"""Find the glossary's names and terms in a Vietnamese text, and flag unknown Sino-Vietnamese names.

Known forms of two syllables or more, one-word names that cannot be a Vietnamese syllable (Huawei,
Lhasa, CCTV, NDT), the pinyin of known places and people as printed without tones (Guangzhou; Li
Qiang, a candidate: others share a person's toneless pinyin) and English names as printed (Jack Ma)
are matched with an Aho-Corasick automaton (pyahocorasick) over a same-length fold of the text, so
offsets point into the original: longest match first, word boundaries respected,
diacritics ignored for matching but an exact match preferred when several entries share a fold.
Names keep their capitals: a form stored as Trung Quan Thôn matches Trung Quan Thôn, not trung quan
thôn; a short name inside a longer capitalised run is part of another name (Lê Minh in Lê Minh Tuấn).

Unknown names come with reverse-lookup candidates: runs of two or three capitalised syllables that
all read as Hán-Việt, or as pinyin (Pan Gongsheng), and start with a ranked Chinese surname (people),
runs that read, with their diacritics, as one of China's administrative units (Thạc Long 硕龙) and
runs after trấn (places); nothing for a run the text places in Vietnam (Trà Lĩnh (Việt Nam)) or after a
place word.

A name inside a title, and a body or person inside a body's name, is reported as well, nested (Quân
ủy Trung ương in Chủ tịch Quân ủy Trung ương, Đảng Cộng sản Trung Quốc in Ban Chấp hành Trung ương…);
a title after Phó (vice-) is not reported as the title itself. Peoples of China are matched after người
or dân tộc (người Hán 汉族, dân tộc Kinh Trung Quốc 京族), not when a longer name starts with the people's
name (người Hán Trung 汉中, người Hoa kiều 华侨) or before a religion (người Hồi giáo); alone, only
the names of three syllables or more (Triều Tiên is North Korea, Bảo An a given name).

A surname alone after ông, bà, họ… is the person the text names in full (ông Vương: 王, of Vương
Truyền Phúc 王传福); a name the text also prints within a longer glossary name is written with that
name's characters for it (Lôi Phong 雷峰 beside tháp Lôi Phong 雷峰塔, not the soldier 雷锋).

A place written after a Vietnamese generic, a body or an institution (trấn Bằng Tường, Thành ủy Đông
Hưng, Chính quyền nhân dân Khu tự trị …) is also reported as a whole, composed (凭祥镇, 东兴市委,
…人民政府): such a mention contains the mention it was built from; so is a numbered craft of a series
(Thường Nga 5 嫦娥五号).

The passes, by module: known (the glossary's forms), unknown (names it lacks), printed (pinyin and
characters in the text), alone (names printed short), composed (names built from a mention and its
generic or title) and document (passes over all the mentions); mentions and context hold what they share.
"""

import sqlite3
import unicodedata

from ..names import check_text
from ..text import nfc, restyle_vi
from .mentions import Mention, _coverage
from .context import _not_credited, _not_in_urls, _not_in_vietnam
from .known import _known, _matches
from .unknown import _halls, _lexicon_runs, _quoted_words, _unknown
from .printed import _paired_with_pinyin, _peoples_in_pinyin, _pinyin_given_names, _pinyin_words, _printed_characters
from .alone import _dynasties, _festivals_alone, _festivals_listed, _names_alone, _states, _surnames_alone
from .composed import (
    _clan_names, _composed, _eras, _institutions_of_china, _models, _numbered, _of_china, _titled, _titled_before,
)
from .document import _as_written_in_full, _chinese_bodies, _placed_by_context, _placed_by_generic


def annotate(conn: sqlite3.Connection, text: str, unknown: bool = True) -> list[Mention]:
    """Mentions of glossary entries (and, with unknown=True, of unknown names) in text, in order;
    offsets index text as given, NFD or NFC."""
    original = check_text(text, "text")
    text = nfc(original)
    if text != original:
        return _in_original(original, text, annotate(conn, text, unknown))
    mentions, nested = _known(conn, text, _matches(conn, text))
    memo: dict = {}  # reverse candidates and word checks, once per text
    if unknown:
        vietnamese = {m.end + 1 for m in mentions if m.country == "VN" and m.kind in ("place", "organization")}
        provinces = [m.start for m in mentions if m.country == "VN" and m.kind == "place" and m.zh != "越南"]
        mentions += _unknown(conn, text, [(m.start, m.end) for m in mentions], vietnamese, provinces, memo)
        mentions = _lexicon_runs(conn, text, mentions, memo)
        mentions = _pinyin_given_names(conn, text, mentions, memo)
        mentions += _pinyin_words(conn, text, mentions, memo)
        mentions += _quoted_words(conn, text, mentions, memo)
        mentions += _halls(conn, text, mentions, memo)
        mentions += _peoples_in_pinyin(conn, text, mentions)
        mentions = _paired_with_pinyin(conn, text, mentions, memo)
        mentions = _printed_characters(text, mentions)
    mentions += _surnames_alone(text, mentions) + nested
    mentions += _names_alone(text, mentions)
    mentions += _festivals_alone(text, mentions)
    mentions = _festivals_listed(conn, text, mentions)
    mentions = _chinese_bodies(conn, text, mentions)
    normalized = restyle_vi(text)  # tone style and i/y aside, for the passes that match words
    mentions += _dynasties(conn, text, normalized, mentions)
    mentions += _states(conn, text, normalized, mentions)
    mentions = _placed_by_generic(conn, text, mentions)
    composed = []
    spans = {(m.start, m.end) for m in mentions}  # a known name is not composed again (Khu tự trị … Quảng Tây)
    inside = _coverage(mentions, contains=True)
    for found in (_clan_names(conn, text, normalized, mentions, memo),
                  _institutions_of_china(conn, text, normalized, memo), _composed(conn, text, mentions, memo),
                  _numbered(conn, text, mentions), _of_china(text, mentions), _titled(text, normalized, mentions),
                  _eras(conn, text, normalized, mentions), _titled_before(text, normalized, mentions),
                  _models(text, mentions)):  # fmt: skip
        # Chính phủ Trung Quốc: of a place, of China; not within a longer glossary name; a ministry first
        # as the institution pass names it (Bộ Văn hóa Trung Quốc 文化部, without 中国)
        composed += [m for m in found if (m.start, m.end) not in spans and not inside(m.start, m.end)
                     and not inside(m.end - 1, m.end + 1)]  # fmt: skip
        # nor ending inside one: Giải Honor of Kings holds no award 荣耀奖 (Giải Honor); a title may end
        # inside a body composed after it (Bí thư Tỉnh ủy | Tỉnh ủy Tứ Xuyên 四川省委)
        spans |= {(m.start, m.end) for m in found}
    mentions = _placed_by_context(conn, _as_written_in_full(conn, mentions + composed))
    mentions = _not_in_vietnam(text, _not_credited(text, _not_in_urls(text, mentions)))
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def _in_original(original: str, normalized: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions found in the NFC form, with offsets and text moved back to the original."""
    starts, ends = [], []  # for each NFC character, where it starts and ends in the original
    segment_start = 0
    for i in range(1, len(original) + 1):
        if i == len(original) or not unicodedata.combining(original[i]):
            composed = nfc(original[segment_start:i])
            starts += [segment_start] * len(composed)
            ends += [i] * len(composed)
            segment_start = i
    if len(starts) != len(normalized):
        return mentions  # a composition across segments: keep offsets into the NFC form
    for mention in mentions:
        mention.start, mention.end = starts[mention.start], ends[mention.end - 1]
        mention.text = original[mention.start : mention.end]
    return mentions


def sheet(mentions: list[Mention]) -> list[dict]:
    """Each name or term once, in order of first mention: as printed, characters, pinyin, English, status."""
    rows: dict[str, dict] = {}
    for mention in mentions:
        key = mention.entry_id or f"unknown:{mention.text}"
        if key in rows:
            rows[key]["count"] += 1
            continue
        rows[key] = {"vi": mention.text, "zh": mention.zh, "zh_other": mention.zh_other, "pinyin": mention.pinyin,
                     "en": mention.en, "kind": mention.kind, "status": mention.status, "entry_id": mention.entry_id,
                     "count": 1}  # fmt: skip
    return list(rows.values())
