"""The glossary command: a thin shell over the library."""

import json
import sqlite3
import sys
from pathlib import Path

import click

from . import data
from .annotate import annotate as find_mentions
from .annotate import sheet
from .build import DEFAULT_OUTPUT
from .build import build as build_database
from .errors import InvalidData, InvalidInput, InvalidRow
from .export import FORMATS, SHEET_FORMATS, render_sheet
from .export import export as export_entries
from .hanviet import hanviet as read_hanviet
from .lookup import MAX_LIMIT
from .lookup import lookup as find
from .reverse import MAX_LIMIT as MAX_REVERSE
from .reverse import reverse as find_reverse
from .names import KINDS, check_length
from .pinyin import STYLES
from .pinyin import pinyin as read_pinyin
from .readings import DATA_DIR
from .text import TONE_STYLES

MAX_INPUT = 10_000  # characters per input (a line with --stdin)


@click.group()
@click.version_option(package_name="glossary")
def cli():
    """The reference Vietnamese–Chinese glossary of names and terms.

    Read Chinese names in Hán-Việt and pinyin, check and build the curated table.
    """


def kind_option(default: str = "term"):
    return click.option(
        "--kind", type=click.Choice(KINDS), default=default, show_default=True, help="What the text names."
    )


json_option = click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
stdin_option = click.option(
    "--stdin", "from_stdin", is_flag=True, help="Read one input a line from standard input; print one JSON object a line."
)


def _run(function, text: str | None, from_stdin: bool, as_json: bool) -> None:
    """Apply function to TEXT or to each line of stdin; errors as messages, never tracebacks."""
    if from_stdin:
        if text:
            raise click.UsageError("give TEXT or --stdin, not both")
        for line in sys.stdin:
            try:
                result = function(check_length(line.rstrip("\r\n"), MAX_INPUT)).to_dict()
            except (InvalidInput, InvalidRow) as error:
                result = {"input": line.rstrip("\r\n"), "error": str(error)}
            click.echo(json.dumps(result, ensure_ascii=False))
        return
    if text is None:
        raise click.UsageError("give TEXT or --stdin")
    try:
        result = function(check_length(text, MAX_INPUT))
    except (InvalidInput, InvalidRow) as error:
        raise click.ClickException(str(error)) from None
    click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) if as_json else result.result)


@cli.command()
@click.argument("text", required=False)
@kind_option()
@click.option("--no-glossary", is_flag=True, help="Use only character and word readings, not curated entries.")
@click.option("--tone", type=click.Choice(TONE_STYLES), default="new", show_default=True, help="hòa (new) or hoà (old).")
@json_option
@stdin_option
def hanviet(text, kind, no_glossary, tone, as_json, from_stdin):
    """Read Chinese characters in Hán-Việt.

    Example: glossary hanviet 习近平 --kind person  →  Tập Cận Bình
    """
    _run(lambda t: read_hanviet(t, kind=kind, use_glossary=not no_glossary, tone=tone), text, from_stdin, as_json)


@cli.command()
@click.argument("text", required=False)
@kind_option()
@click.option("--style", type=click.Choice(STYLES), default="tone", show_default=True, help="Tone marks, numbers or plain.")
@json_option
@stdin_option
def pinyin(text, kind, style, as_json, from_stdin):
    """Write Chinese characters in pinyin, names as names are written.

    Example: glossary pinyin 习近平 --kind person  →  Xí Jìnpíng
    """
    _run(lambda t: read_pinyin(t, kind=kind, style=style), text, from_stdin, as_json)


data_dir_option = click.option(
    "--data-dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=DATA_DIR,
    show_default="data/",
    help="The curated CSV files.",
)


database_option = click.option(
    "--database", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_OUTPUT, show_default=True,
    help="The database built by glossary build.",
)  # fmt: skip


def _connect(database: Path) -> sqlite3.Connection:
    if not database.exists():
        raise click.ClickException(f"no database at {database}: run glossary build first")
    return sqlite3.connect(f"file:{database}?mode=ro", uri=True)


@cli.command()
@click.argument("text", required=False)
@click.option("--kind", type=click.Choice(KINDS), default=None, help="Only entries of this kind.")
@click.option("--limit", type=click.IntRange(1, MAX_LIMIT), default=10, show_default=True)
@database_option
@json_option
@stdin_option
def lookup(text, kind, limit, database, as_json, from_stdin):
    """Find glossary entries by Vietnamese (any diacritics), Chinese or pinyin.

    Example: glossary lookup "ha hong binh"  →  Hà Hồng Bình  何宏平  Hé Hóngpíng  person  attested
    """
    conn = _connect(database)
    _run_list(lambda q: find(conn, q, limit, kind), text, from_stdin, as_json, _hit_line)


@cli.command()
@click.argument("text", required=False)
@click.option("--kind", type=click.Choice(KINDS), default=None, help="What the name names, if known.")
@click.option("--limit", type=click.IntRange(1, MAX_REVERSE), default=10, show_default=True)
@click.option("--no-glossary", is_flag=True, help="Leave curated entries out: lexicon and composed names only.")
@database_option
@json_option
@stdin_option
def reverse(text, kind, limit, no_glossary, database, as_json, from_stdin):
    """Vietnamese → ranked Chinese candidates: curated entries, lexicon words, composed names.

    Example: glossary reverse "Nhậm Hồng Bân" --kind person  →  任鸿斌 first
    """
    conn = _connect(database)
    _run_list(
        lambda q: find_reverse(conn, q, kind, limit, use_glossary=not no_glossary), text, from_stdin, as_json, _candidate_line
    )


def _hit_line(hit) -> str:
    return "\t".join([hit.vi, hit.zh, hit.pinyin, hit.kind, hit.status])


def _candidate_line(candidate) -> str:
    return "\t".join([candidate.zh, candidate.vi, candidate.pinyin, f"{candidate.score:g}", candidate.source, candidate.status])


def _run_list(function, text: str | None, from_stdin: bool, as_json: bool, line) -> None:
    """Like _run, for functions that return a ranked list."""
    if from_stdin:
        if text:
            raise click.UsageError("give TEXT or --stdin, not both")
        for query in sys.stdin:
            query = query.rstrip("\r\n")
            try:
                result = {"input": query, "results": [r.to_dict() for r in function(query)]}
            except InvalidInput as error:
                result = {"input": query, "error": str(error)}
            click.echo(json.dumps(result, ensure_ascii=False))
        return
    if text is None:
        raise click.UsageError("give TEXT or --stdin")
    try:
        results = function(text)
    except InvalidInput as error:
        raise click.ClickException(str(error)) from None
    if as_json:
        click.echo(json.dumps({"input": text, "results": [r.to_dict() for r in results]}, ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(line(r) for r in results) if results else "nothing found", err=not results)


@cli.command()
@click.argument("file", type=click.File("r", encoding="utf-8", errors="strict"))
@click.option("--format", "fmt", type=click.Choice(SHEET_FORMATS), default="md", show_default=True,
              help="The glossary sheet's format (each name once).")  # fmt: skip
@click.option("--no-unknown", is_flag=True, help="Report only glossary entries, not unknown names.")
@database_option
@json_option
def annotate(file, fmt, no_unknown, database, as_json):
    """Find every glossary name and term in a Vietnamese text (FILE, or - for standard input).

    Prints a glossary sheet for the document, or with --json every mention with its offsets.
    Example: glossary annotate article.txt --format md
    """
    conn = _connect(database)
    try:
        text = file.read()
    except UnicodeDecodeError as error:
        raise click.ClickException(f"{file.name}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    mentions = find_mentions(conn, text, unknown=not no_unknown)
    if as_json:
        click.echo(json.dumps([m.to_dict() for m in mentions], ensure_ascii=False, indent=1))
    else:
        click.echo(render_sheet(sheet(mentions), fmt), nl=False)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="tbx, csv, tsv (OmegaT), json or names (中文=Tiếng Việt).")
@click.option("--kind", type=click.Choice(KINDS), multiple=True, help="Only these kinds (repeatable).")
@click.option("--status", type=click.Choice(data.STATUSES), multiple=True, help="Only these statuses (repeatable).")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of standard output.")
@data_dir_option
def export(fmt, kind, status, output, data_dir):
    """Export the glossary for translation tools: TBX-Basic, CSV, OmegaT TSV, JSON, 中文=Tiếng Việt lists.

    Example: glossary export --format tbx --status verified --output glossary.tbx
    """
    try:
        glossary = data.load(data_dir)
    except InvalidRow as error:
        raise click.ClickException(str(error)) from None
    entries = [e for e in glossary.entries if (not kind or e.kind in kind) and (not status or e.status in status)]
    text = export_entries(entries, fmt, lambda e: e.pinyin or read_pinyin(e.zh, kind=e.kind).result)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"{output}: {len(entries)} entries", err=True)
    else:
        click.echo(text, nl=False)


@cli.command()
@data_dir_option
def check(data_dir):
    """Validate every file in data/ and print a summary; errors as file:line: message.

    Example: glossary check
    """
    try:
        glossary = data.load(data_dir)
    except InvalidRow as error:
        raise click.ClickException(str(error)) from None
    found = data.problems(glossary)
    for problem in found:
        click.echo(problem, err=True)
    click.echo(data.summary(glossary))
    if found:
        raise click.ClickException(f"{len(found)} problem(s) in data/")


@cli.command()
@click.option(
    "--output", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_OUTPUT, show_default=True,
    help="Where to write the SQLite database.",
)  # fmt: skip
@data_dir_option
@click.option(
    "--lexicon-fraction", type=click.FloatRange(0.001, 1), default=1.0, show_default=True,
    help="Share of the lexicon to keep, most frequent words first (for benchmarks and quick builds).",
)  # fmt: skip
def build(output, data_dir, lexicon_fraction):
    """Validate data/ and build the SQLite database the site serves (atomically: temp file, then rename).

    Example: glossary build --output build/glossary.db
    """
    try:
        counts = build_database(output, data_dir, lexicon_fraction)
    except (InvalidRow, InvalidData) as error:
        raise click.ClickException(f"{error}\nnothing written; {output} is unchanged") from None
    click.echo(f"{output}: " + ", ".join(f"{n} {table}" for table, n in counts.items()))


@cli.command()
@database_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8001, show_default=True)
def serve(database, host, port):
    """Serve the site and JSON API with Datasette: immutable database, SQL time limit, our plugin.

    Example: glossary serve --port 8001
    """
    from .server import serve as serve_site

    if not database.exists():
        raise click.ClickException(f"no database at {database}: run glossary build first")
    serve_site(database, host, port)


if __name__ == "__main__":
    cli()
