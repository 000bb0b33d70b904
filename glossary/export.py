"""The glossary in the formats translators' tools import, and the per-document glossary sheet.

Formats: TBX (ISO 30042, TBX-Basic dialect), CSV, TSV (OmegaT glossary: source, target, comment),
JSON, and `中文=Tiếng Việt` name lists (QuickTranslator / VietPhrase).
"""

import csv
import html
import io
import json
from xml.etree import ElementTree as ET

from .data import Entry

FORMATS = ("tbx", "csv", "tsv", "json", "names")
SHEET_FORMATS = ("md", "tsv", "html")
CSV_COLUMNS = ("id", "kind", "vi", "variants", "zh", "zh_hant", "zh_other", "pinyin", "en", "status", "rendering", "sources")
TBX_NS = "urn:iso:std:iso:30042:ed-2"


def export(entries: list[Entry], fmt: str, pinyin_of) -> str:
    """entries in format fmt; pinyin_of(entry) gives the pinyin to write (curated or computed)."""
    if fmt == "tbx":
        return _tbx(entries, pinyin_of)
    if fmt == "json":
        rows = [_row(e, pinyin_of) | {"variants": [{"vi": f.vi, "rendering": f.rendering} for f in e.forms[1:]],
                                      "zh_other": e.zh_other} for e in entries]  # fmt: skip
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    if fmt == "names":
        return "".join(f"{zh}={vi}\n" for zh, vi in _names(entries).items())
    out = io.StringIO()
    if fmt == "csv":
        writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(_row(e, pinyin_of) for e in entries)
    else:  # tsv, as OmegaT reads glossaries: source term, target term, comment
        for e in entries:
            comment = f"{pinyin_of(e)}; {e.kind}; {e.status}" + (f"; {e.en}" if e.en else "")
            comment += f"; also {', '.join(e.zh_other)}" if e.zh_other else ""
            out.write("\t".join(_cell(v) for v in (e.vi, e.zh, comment)) + "\n")
    return out.getvalue()


def _names(entries: list[Entry]) -> dict[str, str]:
    """Each Chinese form once, for tools that replace it: an entry's own characters first (康熙 the era,
    Khang Hy, before 康熙 as another form of 康熙帝), then other forms; of two entries, the first."""
    names: dict[str, str] = {}
    for entry in entries:
        names.setdefault(entry.zh, entry.vi)
    for entry in entries:
        for zh in entry.zh_other:
            names.setdefault(zh, entry.vi)
    return names


def _cell(value: str) -> str:
    return " ".join(value.split())  # no tab or newline inside a TSV cell


def _row(entry: Entry, pinyin_of) -> dict:
    return {
        "id": entry.id, "kind": entry.kind, "vi": entry.vi,
        "variants": "; ".join(f"{f.rendering}:{f.vi}" for f in entry.forms[1:]), "zh": entry.zh,
        "zh_hant": entry.zh_hant, "zh_other": "; ".join(entry.zh_other), "pinyin": pinyin_of(entry), "en": entry.en, "status": entry.status,
        "rendering": entry.forms[0].rendering, "sources": " ".join(entry.sources),
    }  # fmt: skip


def _tbx(entries: list[Entry], pinyin_of) -> str:
    """TBX-Basic: one conceptEntry an entry; a Vietnamese langSec with every form (the preferred one
    preferredTerm-admn-sts, the others admittedTerm-admn-sts) and Chinese langSecs with the simplified
    form (its other forms admitted) and the traditional form; pinyin, kind and status as term notes."""
    ET.register_namespace("", TBX_NS)
    root = ET.Element(f"{{{TBX_NS}}}tbx", {"style": "dca", "type": "TBX-Basic", "{http://www.w3.org/XML/1998/namespace}lang": "en"})
    header = ET.SubElement(root, f"{{{TBX_NS}}}tbxHeader")
    file_desc = ET.SubElement(header, f"{{{TBX_NS}}}fileDesc")
    source = ET.SubElement(ET.SubElement(file_desc, f"{{{TBX_NS}}}sourceDesc"), f"{{{TBX_NS}}}p")
    source.text = "Vietnamese–Chinese glossary of names and terms (CC BY-SA 4.0)"
    body = ET.SubElement(ET.SubElement(root, f"{{{TBX_NS}}}text"), f"{{{TBX_NS}}}body")
    for entry in entries:
        concept = ET.SubElement(body, f"{{{TBX_NS}}}conceptEntry", {"id": entry.id})
        _descrip(concept, "subjectField", entry.kind)
        if entry.en:
            _descrip(concept, "definition", entry.en + (f" ({entry.description})" if entry.description else ""))
        vi = ET.SubElement(concept, f"{{{TBX_NS}}}langSec", {"{http://www.w3.org/XML/1998/namespace}lang": "vi"})
        for form in entry.forms:
            status = "preferredTerm-admn-sts" if form.preferred else "admittedTerm-admn-sts"
            _term(vi, form.vi, {"administrativeStatus": status, "termType": form.rendering, "status": entry.status})
        zh = ET.SubElement(concept, f"{{{TBX_NS}}}langSec", {"{http://www.w3.org/XML/1998/namespace}lang": "zh-Hans"})
        _term(zh, entry.zh, {"administrativeStatus": "preferredTerm-admn-sts", "pinyin": pinyin_of(entry)})
        for other in entry.zh_other:
            _term(zh, other, {"administrativeStatus": "admittedTerm-admn-sts"})
        if entry.zh_hant != entry.zh:
            hant = ET.SubElement(concept, f"{{{TBX_NS}}}langSec", {"{http://www.w3.org/XML/1998/namespace}lang": "zh-Hant"})
            _term(hant, entry.zh_hant, {"administrativeStatus": "preferredTerm-admn-sts"})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _descrip(parent, kind: str, text: str) -> None:
    element = ET.SubElement(parent, f"{{{TBX_NS}}}descrip", {"type": kind})
    element.text = text


def _term(lang_sec, text: str, notes: dict[str, str]) -> None:
    section = ET.SubElement(lang_sec, f"{{{TBX_NS}}}termSec")
    ET.SubElement(section, f"{{{TBX_NS}}}term").text = text
    for kind, value in notes.items():
        note = ET.SubElement(section, f"{{{TBX_NS}}}termNote", {"type": kind})
        note.text = value


def render_sheet(rows: list[dict], fmt: str) -> str:
    """The glossary sheet of one document: md, tsv or html."""
    columns = ("vi", "zh", "pinyin", "en", "status")
    titles = ("Vietnamese", "中文", "Pinyin", "English", "Status")
    if fmt == "tsv":
        return "\n".join("\t".join(_cell(str(r.get(c, ""))) for c in columns) for r in [dict(zip(columns, titles)), *rows]) + "\n"
    if fmt == "md":
        lines = ["| " + " | ".join(titles) + " |", "|" + "---|" * len(titles)]
        lines += ["| " + " | ".join(str(r[c]).replace("|", "\\|") for c in columns) + " |" for r in rows]
        return "\n".join(lines) + "\n"
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(r[c]))}</td>" for c in columns) + "</tr>\n" for r in rows
    )
    head = "".join(f"<th>{t}</th>" for t in titles)
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>Glossary sheet</title></head><body>\n'
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{cells}</tbody>\n</table>\n</body></html>\n"
    )
