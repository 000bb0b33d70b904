"""The batch importer (scripts/import_batch.py): other Chinese forms recorded in a row's notes."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "import_batch.py"
spec = importlib.util.spec_from_file_location("import_batch", SCRIPT)
import_batch = importlib.util.module_from_spec(spec)
spec.loader.exec_module(import_batch)


def test_other_forms_from_notes():
    """Every form after short/long/other zh (赵匡义 and 赵炅 are Zhao Guangyi's other names), in simplified
    characters only (a page's traditional 南寧鐵路局 is not a simplified form), each once."""
    notes = "page prints 趙光義; other zh: 赵匡义, 赵炅; short zh: 南寧鐵路局 (page); long zh: 赵匡义"
    assert import_batch.other_forms(notes) == ["赵匡义", "赵炅"]
    assert import_batch.other_forms("no forms here; 中国 in passing") == []
    assert import_batch.other_forms("page prints Kim Thái Tông (金太宗); zh other: 金太宗") == ["金太宗"]
