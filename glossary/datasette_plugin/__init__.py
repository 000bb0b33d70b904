"""Datasette plugin: the translators' site (search page, entry pages) and the JSON API.

Routes: /  (search as you type), /entry/<id>, /annotate (paste a text), /-/lookup?q=, /-/reverse?vi=,
/-/hanviet?zh=, /-/pinyin?zh=, POST /-/annotate.
SQL functions: vi_fold(text), hanviet(text), pinyin(text).
"""

import json

from datasette import hookimpl
from datasette.utils.asgi import Response

from ..annotate import annotate, sheet
from ..errors import InvalidInput
from ..hanviet import hanviet
from ..lookup import MAX_LIMIT, lookup
from ..names import KINDS, check_length
from ..pinyin import STYLES, pinyin
from ..reverse import MAX_LIMIT as MAX_REVERSE
from ..reverse import reverse
from ..text import TONE_STYLES, fold

DATABASE = "glossary"
MAX_ANNOTATE_BYTES = 200_000  # a long article is 30–60 kB
MAX_ZH = 1000  # characters accepted by /-/hanviet and /-/pinyin
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, OPTIONS"}


def _json(body, status: int = 200) -> Response:
    text = json.dumps(body, ensure_ascii=False)
    return Response(text, status=status, headers=CORS, content_type="application/json; charset=utf-8")


def _error(message: str, status: int = 400) -> Response:
    return _json({"ok": False, "error": message}, status)


def _choice(request, name: str, choices, default: str) -> str:
    value = request.args.get(name, default)
    if value not in choices:
        raise InvalidInput(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value


def api(view):
    """Answer CORS preflight requests for a JSON route; other methods go to the view."""

    async def route(datasette, request):
        if request.method == "OPTIONS":
            return Response.text("", headers=CORS | {"Access-Control-Allow-Headers": "Content-Type"})
        return await view(datasette, request)

    return route


def _database(datasette):
    return datasette.get_database(DATABASE if DATABASE in datasette.databases else None)


def _limit(request, default: int, maximum: int) -> int:
    text = request.args.get("limit", str(default))
    if not (text.isascii() and text.isdigit()):  # "²".isdigit() is true too
        raise InvalidInput(f"limit must be a whole number from 1 to {maximum}")
    return int(text)


async def lookup_view(datasette, request):
    try:
        limit = _limit(request, 20, MAX_LIMIT)
        kind = request.args.get("kind") or None
        q = request.args.get("q", "")
        hits = await _database(datasette).execute_fn(lambda conn: lookup(conn, q, limit, kind))
    except InvalidInput as error:
        return _error(str(error))
    results = [hit.to_dict() | {"url": datasette.absolute_url(request, hit.url)} for hit in hits]
    return _json({"ok": True, "query": q.strip(), "results": results})


async def reverse_view(datasette, request):
    try:
        limit = _limit(request, 10, MAX_REVERSE)
        kind = request.args.get("kind") or None
        vi = request.args.get("vi", "")
        use_glossary = request.args.get("glossary", "1") != "0"
        found = await _database(datasette).execute_fn(lambda conn: reverse(conn, vi, kind, limit, use_glossary=use_glossary))
    except InvalidInput as error:
        return _error(str(error))
    return _json({"ok": True, "query": vi.strip(), "results": [candidate.to_dict() for candidate in found]})


async def annotate_view(datasette, request):
    if request.method != "POST":
        return _error("POST the text to annotate (text/plain, or JSON {\"text\": …})", 405)
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > MAX_ANNOTATE_BYTES:
        return _error(f"the text is over {MAX_ANNOTATE_BYTES} bytes; send it in parts", 413)
    body = await request.post_body()
    if len(body) > MAX_ANNOTATE_BYTES:
        return _error(f"the text is over {MAX_ANNOTATE_BYTES} bytes; send it in parts", 413)
    try:
        text = body.decode("utf-8")
        if request.headers.get("content-type", "").startswith("application/json"):
            text = json.loads(text).get("text")
            if not isinstance(text, str):
                raise InvalidInput('JSON body must be {"text": "…"}')
    except (UnicodeDecodeError, json.JSONDecodeError, AttributeError) as error:
        return _error(f"the body is not UTF-8 text or valid JSON: {error}")
    except InvalidInput as error:
        return _error(str(error))
    if not text.strip():
        return _error("empty text")
    mentions = await _database(datasette).execute_fn(lambda conn: annotate(conn, text))
    return _json({"ok": True, "mentions": [m.to_dict() for m in mentions], "sheet": sheet(mentions)})


async def annotate_page(datasette, request):
    return Response.html(await datasette.render_template("glossary_annotate.html", {}, request=request))


def _reading_view(function, **options):
    async def view(datasette, request):
        try:
            zh = check_length(request.args.get("zh", ""), MAX_ZH, "zh")
            kind = _choice(request, "kind", KINDS, "term")
            extra = {name: _choice(request, name, choices, choices[0]) for name, choices in options.items()}
            if function is hanviet:
                extra["use_glossary"] = request.args.get("glossary", "1") != "0"
            return _json({"ok": True} | function(zh, kind=kind, **extra).to_dict())
        except InvalidInput as error:
            return _error(str(error))

    return view


async def home_view(datasette, request):
    return Response.html(await datasette.render_template("glossary_home.html", {"kinds": KINDS}, request=request))


async def entry_view(datasette, request):
    entry_id = request.url_vars["id"]
    db = _database(datasette)
    entry = (await db.execute("select * from entries where id = ?", [entry_id])).first()
    if entry is None:
        return Response.html(
            await datasette.render_template("glossary_missing.html", {"id": entry_id}, request=request), status=404
        )
    names = (await db.execute("select * from names where entry_id = ? order by rank", [entry_id])).rows
    sources = (
        await db.execute(
            "select sources.* from entry_sources join sources on sources.id = entry_sources.source_id "
            "where entry_id = ? order by sources.id",
            [entry_id],
        )
    ).rows
    reading = hanviet(entry["zh"], kind=entry["kind"], use_glossary=False)
    chars = []
    for char in reading.chars:
        row = (await db.execute("select * from chars where char = ?", [char.char])).first()
        chars.append({"char": char.char, "reading": char.reading, "source": char.source, "pinyin": char.pinyin,
                      "all_readings": row["hanviet"] if row else "", "all_pinyin": row["pinyin"] if row else ""})  # fmt: skip
    context = {"entry": dict(entry), "names": [dict(n) for n in names], "sources": [dict(s) for s in sources], "chars": chars}
    return Response.html(await datasette.render_template("glossary_entry.html", context, request=request))


@hookimpl
def register_routes():
    return [
        (r"^/$", home_view),
        (r"^/entry/(?P<id>[a-z0-9-]+)$", entry_view),
        (r"^/-/lookup$", api(lookup_view)),
        (r"^/-/reverse$", api(reverse_view)),
        (r"^/-/annotate$", api(annotate_view)),
        (r"^/annotate$", annotate_page),
        (r"^/-/hanviet$", api(_reading_view(hanviet, tone=TONE_STYLES))),
        (r"^/-/pinyin$", api(_reading_view(pinyin, style=STYLES))),
    ]


def _sql_safe(function):
    def call(text):
        try:
            return function(text)
        except (InvalidInput, TypeError):
            return None

    return call


@hookimpl
def skip_csrf(scope):
    return scope["path"] == "/-/annotate"  # a JSON API for other tools, not a form of the site


@hookimpl
def prepare_connection(conn):
    conn.create_function("vi_fold", 1, _sql_safe(fold), deterministic=True)
    conn.create_function("hanviet", 1, _sql_safe(lambda text: hanviet(text).result), deterministic=True)
    conn.create_function("pinyin", 1, _sql_safe(lambda text: pinyin(text).result), deterministic=True)


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins("glossary", "glossary.css")]


@hookimpl
def extra_template_vars(datasette):
    return {"glossary_js": datasette.urls.static_plugins("glossary", "glossary.js"), "json_dumps": json.dumps}
