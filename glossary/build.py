"""data/ → build/glossary.db with sqlite-utils, written to a temporary file and renamed into place."""

import json
import os
import re
import tempfile
from pathlib import Path

import sqlite_utils
from pypinyin import Style, pinyin as pypinyin

from . import data, lexicon
from .errors import InvalidData
from .hanviet import hanviet, readable, readable_part
from .pinyin import pinyin
from .readings import DATA_DIR, readings
from .text import fold, is_han, normalize_vi

DEFAULT_OUTPUT = Path("build/glossary.db")


def pinyin_key(text: str) -> str:
    """Pinyin folded for matching: no tones, case, spaces or apostrophes (Hé Hóngpíng → hehongping)."""
    return fold(text).replace(" ", "").replace("'", "").replace("ü", "u").replace("v", "u")


def press_reading_rows(glossary: data.Glossary):
    """Readings the press uses for a character where the dictionary has another (宏 hồng in Hà Hồng
    Bình 何宏平, 周 châu in Châu Kiệt Luân 周杰伦): learned from variant forms that depart from the
    standard reading in exactly one syllable, kept when at least two entries show them."""
    seen: dict[tuple[str, str], list[str]] = {}
    for entry in glossary.entries:
        for form in entry.forms:
            syllables = normalize_vi(form.vi).lower().split()
            if form.rendering != "variant" or len(syllables) != len(entry.zh) or len(syllables) < 2:
                continue
            if any(readable(zh, entry.kind, form.vi) for zh in entry.zh_other):
                continue  # Hán Thủy reads 汉水, the other name of 汉江
            departing = [(c, s) for c, s in zip(entry.zh, syllables) if s not in {r.reading for r in readings(c)}]
            if len(departing) == 1 and entry.zh not in seen.get(departing[0], []):
                seen.setdefault(departing[0], []).append(entry.zh)
    for (char, reading), words in sorted(seen.items()):
        if len(words) >= 2:
            yield {"char": char, "reading": reading, "entries": " ".join(words)}


WORD = re.compile(r"[^\W\d_]+")
MAX_TRANSLATED = 4  # characters a Vietnamese word translates to (造船厂 for nhà máy đóng tàu)


def word_translation_rows(glossary: data.Glossary):
    """Vietnamese words the press uses for Chinese words that they do not read (truyền hình 电视, đường sắt 铁路),
    learned from the forms of organisations, places and terms: the syllables that read characters of the
    entry are set against them, and when what is left is one run of two or more syllables and one run of
    characters, that is a translation; kept when at least two entries show it."""
    seen: dict[tuple[str, str], list[str]] = {}
    for entry in glossary.entries:
        if entry.kind == "person":
            continue
        for form in entry.forms:
            zh = form_characters(entry, form)
            syllables = [word.lower() for word in WORD.findall(normalize_vi(form.vi))]
            if "中国" not in zh and " ".join(syllables[-2:]) == "trung quốc":
                syllables = syllables[:-2]  # Cục Quản lý Xuất nhập cảnh Quốc gia Trung Quốc 国家移民管理局: China's
            if not all(is_han(c) for c in zh) or not syllables:
                continue
            left, chars = _unread(syllables, zh)
            if left and chars and len(left.split()) >= 2 and len(chars) <= MAX_TRANSLATED and zh not in seen.get((left, chars), []):
                seen.setdefault((left, chars), []).append(zh)
    for (vi, zh), words in sorted(seen.items()):
        if len(words) >= 2 and "và" not in (vi.split()[0], vi.split()[-1]):
            yield {"vi_key": vi, "vi_fold": fold(vi), "zh": zh, "entries": " ".join(words)}


def _unread(syllables: list[str], zh: str) -> tuple[str, str]:
    """The syllables of a form that read none of the characters and the characters none reads, when each
    is one run (else empty): each syllable reads the first free character it can, the one after the
    character the syllable before read first (Khoa học … Đại học: 科 + 学 … 大 + 学)."""
    used: set[int] = set()
    unread = []
    previous = -2
    for i, syllable in enumerate(syllables):
        free = [j for j, char in enumerate(zh) if j not in used and syllable in {r.reading for r in readings(char)}]
        if not free:
            unread.append(i)
            continue
        previous = previous + 1 if previous + 1 in free else free[0]
        used.add(previous)
    chars = [j for j in range(len(zh)) if j not in used]
    if not used or not _one_run(unread) or not _one_run(chars):
        return "", ""
    return " ".join(syllables[i] for i in unread), "".join(zh[j] for j in chars)


def _one_run(positions: list[int]) -> bool:
    return bool(positions) and positions[-1] - positions[0] == len(positions) - 1


def form_characters(entry: data.Entry, form: data.Form) -> str:
    """The characters a form writes: the entry's, unless the form reads as one of its other Chinese forms
    only (Ngọc Hoàng Thượng Đế 玉皇上帝, a form of 玉帝; Hiếu Hiến Đoan Kính Hoàng hậu 孝献端敬皇后, of 董鄂妃)
    or as a part of its characters (Thổ lâu 土楼, a form of 福建土楼)."""
    if form.rendering not in ("hanviet", "variant") or readable(entry.zh, entry.kind, form.vi):
        return entry.zh
    other = next((zh for zh in entry.zh_other if readable(zh, entry.kind, form.vi)), None)
    whole = entry.kind == "organization" or entry.zh.endswith("族")  # Hoàn Cầu names the paper 环球时报; Ngật Lão 仡佬族
    part = readable_part(entry.zh, entry.kind, form.vi) if len(form.vi.split()) > 1 and not whole else None
    return other or part or entry.zh


def entry_rows(glossary: data.Glossary):
    """Rows of the entries, names, entry_sources and chars tables."""
    entries, names, links, chars = [], [], [], {}
    for entry in glossary.entries:
        computed = pinyin(entry.zh, kind=entry.kind)
        py = entry.pinyin or computed.result
        entries.append({
            "id": entry.id, "kind": entry.kind, "vi": entry.vi, "zh": entry.zh, "zh_hant": entry.zh_hant,
            "zh_other": " ".join(entry.zh_other),
            "pinyin": py, "pinyin_key": pinyin_key(py), "en": entry.en, "en_key": entry.en.lower(), "country": entry.country,
            "description": entry.description, "rendering": entry.forms[0].rendering, "status": entry.status,
            "hanviet": hanviet(entry.zh, kind=entry.kind, use_glossary=False).result,
            "search": " ".join(dict.fromkeys(fold(f.vi) for f in entry.forms)),
            "wikidata": entry.wikidata or None, "notes": entry.notes,
        })  # fmt: skip
        for rank, form in enumerate(entry.forms):
            names.append({
                "entry_id": entry.id, "vi": form.vi, "vi_key": normalize_vi(form.vi).lower(), "vi_fold": fold(form.vi),
                "rendering": form.rendering, "preferred": int(form.preferred), "rank": rank, "zh": form_characters(entry, form),
            })  # fmt: skip
        links += [{"entry_id": entry.id, "source_id": source} for source in dict.fromkeys(entry.sources)]
        for char in entry.zh + entry.zh_hant + "".join(entry.zh_other):
            if is_han(char) and char not in chars:
                found = readings(char)
                chars[char] = {
                    "char": char,
                    "hanviet": ", ".join(r.reading for r in found),
                    "hanviet_sources": json.dumps([[r.reading, r.source, r.pinyin] for r in found], ensure_ascii=False),
                    "pinyin": ", ".join(pypinyin(char, style=Style.TONE, heteronym=True)[0]),
                }
    return entries, names, links, list(chars.values())


def metadata() -> dict:
    """Datasette metadata: titles, licence, source, column descriptions, facets, canned queries."""
    return {
        "title": "Vietnamese–Chinese glossary of names and terms",
        "description": "Chinese names and terms as the Vietnamese press writes them, with characters, pinyin, "
        "how each Vietnamese form arises and the sources that back it.",
        "license": "CC BY-SA 4.0 (data); Apache-2.0 (code)",
        "license_url": "https://creativecommons.org/licenses/by-sa/4.0/",
        "source": "data/ in the glossary repository (curated CSV)",
        "databases": {
            "glossary": {
                "tables": {
                    "entries": {
                        "description": "One row per named thing: person, place, organization or term.",
                        "facets": ["kind", "status", "rendering", "country"],
                        "sort": "id",
                        "label_column": "vi",
                        "columns": {
                            "vi": "Preferred Vietnamese form, as printed",
                            "zh": "Simplified Chinese", "zh_hant": "Traditional Chinese (OpenCC unless curated)",
                            "zh_other": "Other Chinese forms of the same name, space-separated: curated (中共中央 beside its "
                                        "full name), an administrative unit's short or full name (汕头 for 汕头市, 云南省 for 云南, from jionlp), "
                                        "and standard abbreviations (中共… for 中国共产党…, 唐 for the dynasty 唐朝)",
                            "pinyin": "Pinyin, names written as names (Xí Jìnpíng)",
                            "pinyin_key": "Pinyin without tones, case or spaces, for matching",
                            "rendering": "How the preferred form arises: hanviet, variant, translation, exonym",
                            "status": "verified: a read source shows this form with these characters; attested: "
                            "form and characters from separate sources; candidate: machine-derived",
                            "hanviet": "Standard Hán-Việt reading computed by the engine",
                            "search": "All Vietnamese forms folded (no diacritics), for full-text search",
                        },
                    },
                    "other_zh": {"description": "Other Chinese forms of entries, one a row, for lookup (entries.zh_other)."},
                    "names": {
                        "description": "Every Vietnamese form of every entry, with how it arises.",
                        "facets": ["rendering"],
                        "columns": {"vi_key": "Form in one tone style, lower case", "vi_fold": "Form without diacritics",
                                    "zh": "The characters the form writes: the entry's, or the other Chinese form it reads as"},
                    },
                    "chars": {"description": "Each character of the glossary with all its Hán-Việt readings and pinyin."},
                    "sources": {"description": "Pages, dictionaries and articles the entries rest on."},
                    "entry_sources": {"description": "Which source backs which entry."},
                    "lexicon": {
                        "description": "jieba's word list (MIT), the words of CC-CEDICT it lacks (CC BY-SA 4.0) and "
                        "China's administrative units down to townships (jionlp, Apache-2.0) read in Hán-Việt, for "
                        "reverse lookup: machine readings, not curated.",
                        "facets": ["pos", "place"],
                        "columns": {"freq": "jieba frequency (for a place jieba lacks: how many units bear the name; "
                                            "for a CC-CEDICT word: 3)",
                                    "pos": "jieba part of speech (nr person, ns place…; nz for CC-CEDICT's Chinese proper nouns)",
                                    "place": "administrative level when the word names a unit (its full or short name)",
                                    "pinyin": "toneless pinyin as one word, for places, other proper nouns and long words (yiwu)",
                                    "starts": "how many longer words of the lexicon begin with this one (中国: 中国人…)",
                                    "ends": "how many longer words of the lexicon end with this one (年鉴: 统计年鉴…)"},
                    },
                    "english": {"description": "English names of proper nouns as CC-CEDICT (CC BY-SA 4.0) glosses them "
                                "(NetEase 网易, SCO 上海合作组织), for reverse lookup of Latin queries and, where the name is "
                                "the word's pinyin (Tiandihui 天地会), to tell Chinese names in annotation: not curated."},
                    "places": {"description": "China's administrative units down to townships (jionlp): "
                               "short name (昆明, 阳圩) and full name (昆明市, 阳圩镇), to compose official names."},
                    "press_readings": {"description": "Readings the press uses where the dictionary has "
                                       "another, learned from two or more glossary entries (宏 hồng, 周 châu)."},
                    "word_translations": {"description": "Vietnamese words the press uses for Chinese words they do not "
                                          "read (truyền hình 电视), learned from two or more glossary entries, for reverse lookup."},
                    "name_chars": {"description": "How often a character is a surname (jieba's three-character "
                                   "person names, ranked first by data/surname_ranks.csv), in a given name (ngender's counts) or in a "
                                   "place name."},
                },
                "queries": {
                    "press_variants": {
                        "title": "Press forms that depart from the standard reading",
                        "sql": "select entries.id, names.vi as printed, entries.hanviet as standard, entries.zh, "
                        "entries.kind from names join entries on entries.id = names.entry_id "
                        "where names.rendering = 'variant' order by entries.kind, names.vi",
                    },
                    "by_province": {
                        "title": "Entries whose description names a province or place",
                        "sql": "select id, kind, vi, zh, description from entries where description like "
                        "'%' || :place || '%' order by kind, vi",
                    },
                    "candidates": {
                        "title": "Machine-derived candidates awaiting review",
                        "sql": "select id, kind, vi, zh, notes from entries where status = 'candidate' order by kind",
                    },
                },
            }
        },
    }


def build(output: Path = DEFAULT_OUTPUT, data_dir: Path = DATA_DIR, lexicon_fraction: float = 1.0) -> dict:
    """Validate data/ and write the database atomically; returns row counts.

    Raises InvalidRow or InvalidData (file:line messages) before anything is written.
    lexicon_fraction < 1 keeps only that share of the lexicon (the most frequent words), for benchmarks.
    """
    glossary = data.load(data_dir)
    problems = data.problems(glossary)
    if problems:
        raise InvalidData(problems)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".glossary-", suffix=".db", dir=output.parent)
    os.close(handle)
    try:
        counts = _write(sqlite_utils.Database(temporary), glossary, lexicon_fraction)
        os.chmod(temporary, 0o644)
        os.replace(temporary, output)
        output.with_name("metadata.json").write_text(json.dumps(metadata(), ensure_ascii=False, indent=2), "utf-8")
    except BaseException:
        os.unlink(temporary)
        raise
    return counts


# An entry that describes itself as a unit of today (province, prefecture-level city…), not of the past.
UNIT = re.compile(r"province|prefecture|city|municipality|autonomous region|capital", re.IGNORECASE)
PAST = re.compile(r"ancient|historical|former", re.IGNORECASE)
# The Party's names as Chinese abbreviates them: 中共中央政治局常务委员会 for 中国共产党中央政治局常务委员会;
# its central organs also as 中央…: 中央纪律检查委员会, 中央对外联络部.
PARTY_PREFIXES = (
    ("中国共产党中央委员会", ("中共中央", "中央")), ("中国共产党中央", ("中共中央", "中央")), ("中国共产党", ("中共",)),
    ("中共中央", ("中央",)),
)  # fmt: skip
STATE_PREFIX = "中华人民共和国"  # a state body without it: 中央军事委员会, 外交部 (not a title: 元帅)


LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")  # a company limited by shares, a limited liability company
BRAND_SUFFIXES = ("科技", "集团", "控股")  # a company is also named without them: 宇树科技 宇树, 阿里巴巴集团 阿里巴巴


def abbreviations(zh: str, en: str, kind: str = "organization") -> list[str]:
    """Standard short forms of a name: the Party's (中共…, 中央…), a state body's without the state's name, a
    dynasty's or an ancient state's one character (唐 for 唐朝, 齐 for 齐国; and the period, 唐代), a company's name
    without its legal form (中国东方航空 for 中国东方航空股份有限公司) or, failing that, without 科技, 集团 or 控股
    (宇树 for 宇树科技)."""
    legal = next((suffix for suffix in LEGAL_FORMS if zh.endswith(suffix)), "")
    if legal and len(zh) - len(legal) >= 2:
        return [zh[: -len(legal)]]
    brand = next((suffix for suffix in BRAND_SUFFIXES if zh.endswith(suffix)), "")
    if kind == "organization" and brand and len(zh) - len(brand) >= 2 and not zh[: -len(brand)].endswith("国"):
        return [zh[: -len(brand)]]  # not 二十国 for 二十国集团, the G20
    for full, shorts in PARTY_PREFIXES:
        if zh.startswith(full) and len(zh) > len(full):
            return [short + zh[len(full) :] for short in shorts]
    if kind == "organization" and zh.startswith(STATE_PREFIX) and len(zh) - len(STATE_PREFIX) >= 2:
        return [zh[len(STATE_PREFIX) :]]
    if re.match(r"\w+ dynasty\b", en, re.IGNORECASE) and len(zh) == 2 and zh.endswith("朝"):  # not 王朝, a dynasty
        return [zh[0], zh[0] + "代"]  # 唐, and the period 唐代
    if en.startswith("State of ") and len(zh) == 2 and zh.endswith("国"):  # an ancient state: 齐 for 齐国
        return [zh[0]]
    return []


def _write(db: sqlite_utils.Database, glossary: data.Glossary, lexicon_fraction: float = 1.0) -> dict:
    entries, names, links, chars = entry_rows(glossary)
    words = lexicon.read_dictionary(lexicon.jieba_dictionary())
    dictionary = lexicon.read_cedict(lexicon.cedict_file())
    words = lexicon.as_proper(words, dictionary)
    cedict = lexicon.cedict_words(dictionary, {word for word, _, _ in words})  # words jieba lacks
    traditional = lexicon.traditional_spellings({word for word, _, _ in words + cedict})
    words, cedict = ([row for row in rows if row[0] not in traditional] for rows in (words, cedict))
    places = lexicon.read_places(lexicon.package_file("jionlp", "dictionary/china_location.zip"))
    given = lexicon.read_given_names(lexicon.package_file("ngender", "charfreq.csv"))
    if lexicon_fraction < 1:
        words = sorted(words, key=lambda w: -w[1])[: int(len(words) * lexicon_fraction)]
        cedict = cedict[: int(len(cedict) * lexicon_fraction)]
        kept = dict(sorted(places.words.items(), key=lambda p: -p[1][0])[: int(len(places.words) * lexicon_fraction)])
        places = lexicon.Places(kept, {unit for unit in places.units if unit[1] in kept})
    short_names: dict[str, list[str]] = {}  # 汕头 for 汕头市; 文山, 文山州 for 文山壮族苗族自治州
    full_names: dict[str, set[str]] = {}  # 云南 → 云南省: the province or prefecture a short name names
    for short, full, level in places.units:
        if short != full:
            short_names[full] = [short, f"{short}{full[-1]}"] if full.endswith(("自治州", "自治县", "自治旗")) else [short]
            if level in ("province", "prefecture"):
                full_names.setdefault(short, set()).add(full)
    place_names = {entry["zh"] for entry in entries if entry["kind"] == "place"}
    taken = {entry["zh"] for entry in entries}
    for entry in entries:  # an administrative unit is also written by its short names, and its full name
        others = short_names.get(entry["zh"], []) if entry["kind"] == "place" else []
        others += [short for short in abbreviations(entry["zh"], entry["en"], entry["kind"]) if short not in taken]
        fulls = full_names.get(entry["zh"], set()) if entry["kind"] == "place" else set()
        if len(fulls) == 1 and UNIT.search(entry["description"]) and not PAST.search(entry["description"]):
            others = [*others, *fulls]  # not 荆州 as one of the Nine Provinces of ancient China
        for other in others:
            if other not in entry["zh_other"].split() and other not in place_names:  # 西湖 is the lake
                entry["zh_other"] = " ".join(filter(None, [entry["zh_other"], other]))
    db["lexicon"].insert_all(lexicon.lexicon_rows(words + cedict, places.words), pk="word", batch_size=5000)
    db["english"].insert_all(lexicon.english_names(dictionary), pk=("key", "word"))
    db["english"].create_index(["word"])  # a word's English names, for annotation's names of the lexicon
    db["places"].insert_all(places.rows(), pk=("short", "full", "level"))
    ranks = {surname.zh: surname.rank for surname in glossary.surname_ranks}
    db["name_chars"].insert_all(lexicon.name_stats(words, given, places, ranks).rows(), pk="char")
    db["sources"].insert_all((vars(s) for s in glossary.sources.values()), pk="id")
    db["entries"].insert_all(entries, pk="id", not_null={"kind", "vi", "zh", "status"})
    other_zh = [{"entry_id": e["id"], "zh": zh} for e in entries for zh in e["zh_other"].split()]
    db["other_zh"].create({"entry_id": str, "zh": str}, pk=("entry_id", "zh"), foreign_keys=[("entry_id", "entries", "id")])
    db["other_zh"].insert_all(other_zh)
    db["names"].insert_all(names, pk=("entry_id", "rank"), foreign_keys=[("entry_id", "entries", "id")])
    db["entry_sources"].insert_all(
        links, pk=("entry_id", "source_id"), foreign_keys=[("entry_id", "entries", "id"), ("source_id", "sources", "id")]
    )
    db["chars"].insert_all(chars, pk="char")
    db["press_readings"].create({"char": str, "reading": str, "entries": str}, pk=("char", "reading"))
    db["press_readings"].insert_all(press_reading_rows(glossary))
    db["word_translations"].create({"vi_key": str, "vi_fold": str, "zh": str, "entries": str}, pk=("vi_key", "zh"))
    db["word_translations"].insert_all(word_translation_rows(glossary))
    for table, columns in {
        "entries": [["kind"], ["status"], ["rendering"], ["country"], ["zh"], ["zh_hant"], ["pinyin_key"], ["en_key"]],
        "names": [["vi_key"], ["vi_fold"]],
        "other_zh": [["zh"]],
        "entry_sources": [["source_id"]],
        "lexicon": [["fold"], ["pinyin"]],
        "places": [["full"]],
    }.items():
        for index in columns:
            db[table].create_index(index)
    db["entries"].enable_fts(["search", "zh", "zh_hant", "zh_other", "pinyin", "en"], fts_version="FTS5", tokenize="unicode61")
    db.execute("pragma journal_mode = delete")
    db.vacuum()
    return {table: db[table].count for table in ("entries", "names", "sources", "entry_sources", "chars", "lexicon")}
