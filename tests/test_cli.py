import json

import pytest
from click.testing import CliRunner

from glossary.cli import MAX_INPUT, cli


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_hanviet_person():
    result = run("hanviet", "习近平", "--kind", "person")
    assert result.exit_code == 0
    assert result.output == "Tập Cận Bình\n"


def test_pinyin_person():
    result = run("pinyin", "习近平", "--kind", "person")
    assert result.exit_code == 0 and result.output == "Xí Jìnpíng\n"


def test_pinyin_styles():
    assert run("pinyin", "广西", "--kind", "place", "--style", "numbers").output == "Guang3xi1\n"
    assert run("pinyin", "广西", "--kind", "place", "--style", "plain").output == "Guangxi\n"


def test_hanviet_json_has_alternatives_and_unknown():
    result = run("hanviet", "部长", "--json", "--no-glossary")
    data = json.loads(result.output)
    assert data["input"] == "部长" and data["result"] == "bộ trưởng"
    assert data["chars"][1]["char"] == "长" and "trường" in data["chars"][1]["alternatives"]
    assert data["unknown"] == []


def test_no_glossary_gives_standard_reading():
    result = run("hanviet", "何宏平", "--kind", "person", "--no-glossary")
    assert result.output == "Hà Hoằng Bình\n"


def test_old_tone_style():
    assert run("hanviet", "阴和俊", "--kind", "person", "--no-glossary", "--tone", "old").output == "Âm Hoà Tuấn\n"


def test_stdin_one_json_a_line():
    result = run("hanviet", "--stdin", "--kind", "place", input="长沙\n\nabc\n北京\n")
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 0
    assert [line.get("result") for line in lines] == ["Trường Sa", None, None, "Bắc Kinh"]
    assert "empty" in lines[1]["error"] and "no Chinese" in lines[2]["error"]


def test_pinyin_stdin():
    result = run("pinyin", "--stdin", "--kind", "person", input="曾庆红\n单霁翔\n")
    assert [json.loads(line)["result"] for line in result.output.splitlines()] == ["Zēng Qìnghóng", "Shàn Jìxiáng"]


@pytest.mark.parametrize(
    "args,message",
    [
        (["hanviet", "abc"], "Error: no Chinese characters in 'abc'"),
        (["hanviet", ""], "Error: empty input: give Chinese characters"),
        (["pinyin", "中" * (MAX_INPUT + 1)], f"Error: input is {MAX_INPUT + 1} characters long; the limit is {MAX_INPUT}"),
    ],
)
def test_bad_input_is_a_message(args, message):
    result = run(*args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_bad_kind_is_a_usage_error():
    result = run("hanviet", "习近平", "--kind", "animal")
    assert result.exit_code == 2 and "Invalid value for '--kind'" in result.output


def test_text_and_stdin_together():
    result = run("hanviet", "习近平", "--stdin", input="")
    assert result.exit_code == 2 and "not both" in result.output


def test_every_command_has_help():
    for name, command in cli.commands.items():
        assert command.help and "Example" in command.help, name
