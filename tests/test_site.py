"""The site and JSON API through Datasette's own test client."""

import json

import pytest

from glossary.lookup import MAX_QUERY


async def get_json(datasette, path):
    response = await datasette.client.get(path)
    return response.status_code, response.json(), response


@pytest.mark.parametrize(
    "q,first_id,first_vi",
    [
        ("Hà Hồng Bình", "he-hongping", "Hà Hồng Bình"),
        ("ha hong binh", "he-hongping", "Hà Hồng Bình"),
        ("HÀ HỒNG BÌNH", "he-hongping", "Hà Hồng Bình"),
        ("何宏平", "he-hongping", "Hà Hồng Bình"),
        ("hé hóngpíng", "he-hongping", "Hà Hồng Bình"),
        ("He Hongping", "he-hongping", "Hà Hồng Bình"),
        ("Hà Hoằng Bình", "he-hongping", "Hà Hồng Bình"),  # the standard reading finds the press form
        ("Âm Hoà Tuấn", "yin-hejun", "Âm Hòa Tuấn"),
        ("Âm Hòa Tuấn", "yin-hejun", "Âm Hòa Tuấn"),
        ("am hoa tuan", "yin-hejun", "Âm Hòa Tuấn"),
        ("中關村", "zhongguancun", "Trung Quan Thôn"),
        ("中关村", "zhongguancun", "Trung Quan Thôn"),
        ("zhongguancun", "zhongguancun", "Trung Quan Thôn"),
        ("Tập Cận Bình", "xi-jinping", "Tập Cận Bình"),
        ("Xí Jìnpíng", "xi-jinping", "Tập Cận Bình"),
    ],
)
async def test_lookup_in_every_form(datasette, q, first_id, first_vi):
    status, body, _ = await get_json(datasette, f"/-/lookup?q={q}")
    assert status == 200 and body["ok"] is True
    first = body["results"][0]
    assert (first["id"], first["vi"]) == (first_id, first_vi)
    assert first["url"].endswith(f"/entry/{first_id}")


async def test_lookup_result_fields(datasette):
    _, body, _ = await get_json(datasette, "/-/lookup?q=何宏平")
    first = body["results"][0]
    assert first["zh"] == "何宏平" and first["pinyin"] == "Hé Hóngpíng" and first["kind"] == "person"
    assert {"vi": "Hà Hoằng Bình", "rendering": "hanviet", "preferred": False} in first["variants"]
    assert first["status"] in ("verified", "attested") and first["match"] == "exact"
    assert "seed-most-2025-04-01" in first["sources"]


async def test_ranking_exact_before_prefix_before_fulltext(datasette):
    _, body, _ = await get_json(datasette, "/-/lookup?q=Quảng Tây&limit=50")
    matches = [hit["match"] for hit in body["results"]]
    assert body["results"][0]["zh"] == "广西"
    assert matches == sorted(matches, key=["exact", "folded", "prefix", "fulltext"].index)


async def test_lookup_kind_filter(datasette):
    _, body, _ = await get_json(datasette, "/-/lookup?q=Trung Quan Thôn&kind=organization")
    assert body["results"] and {hit["kind"] for hit in body["results"]} == {"organization"}


@pytest.mark.parametrize(
    "path,message",
    [
        ("/-/lookup", "empty query"),
        ("/-/lookup?q=", "empty query"),
        ("/-/lookup?q=%20%20", "empty query"),
        (f"/-/lookup?q={'a' * (MAX_QUERY + 1)}", f"query is {MAX_QUERY + 1} characters long; the limit is {MAX_QUERY}"),
        ("/-/lookup?q=abc&kind=animal", "kind must be one of person, place, organization, term, not 'animal'"),
        ("/-/lookup?q=abc&limit=0", "limit must be between 1 and 100"),
        ("/-/lookup?q=abc&limit=x", "limit must be a whole number from 1 to 100"),
        ("/-/lookup?q=abc&limit=²", "limit must be a whole number from 1 to 100"),  # str.isdigit() is true for ²
        ("/-/hanviet", "empty input: give Chinese characters"),
        ("/-/hanviet?zh=abc", "no Chinese characters in 'abc'"),
        ("/-/hanviet?zh=习近平&kind=animal", "kind must be one of person, place, organization, term, not 'animal'"),
        ("/-/hanviet?zh=习近平&tone=modern", "tone must be one of new, old, not 'modern'"),
        ("/-/pinyin?zh=习近平&style=ipa", "style must be one of tone, numbers, plain, not 'ipa'"),
        (f"/-/pinyin?zh={'中' * 1001}", "zh is 1001 characters long; the limit is 1000"),
    ],
)
async def test_api_errors_are_json_400(datasette, path, message):
    status, body, response = await get_json(datasette, path)
    assert status == 400
    assert body == {"ok": False, "error": message}
    assert response.headers["access-control-allow-origin"] == "*"


async def test_hanviet_and_pinyin_routes(datasette):
    status, body, response = await get_json(datasette, "/-/hanviet?zh=任鸿斌&kind=person&glossary=0")
    assert status == 200 and body["result"] == "Nhậm Hồng Bân"
    assert body["chars"][0]["source"] == "surname"
    assert response.headers["access-control-allow-origin"] == "*"
    _, body, _ = await get_json(datasette, "/-/hanviet?zh=何宏平&kind=person")
    assert body["result"] == "Hà Hồng Bình" and body["entries"] == ["he-hongping"]  # the curated press form
    _, body, _ = await get_json(datasette, "/-/pinyin?zh=中关村&kind=place")
    assert body["result"] == "Zhōngguāncūn"


async def test_cors_preflight(datasette):
    response = await datasette.client.request("OPTIONS", "/-/lookup")
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"


async def test_plugin_is_listed(datasette):
    response = await datasette.client.get("/-/plugins.json")
    assert "glossary" in {plugin["name"] for plugin in response.json()}


async def test_sql_functions(datasette):
    sql = "select vi_fold('Âm Hoà Tuấn') as f, hanviet('中关村') as h, pinyin('广西') as p, hanviet('abc') as bad"
    response = await datasette.client.get("/glossary.json", params={"sql": sql, "_shape": "array"})
    assert response.json() == [{"f": "am hoa tuan", "h": "Trung Quan Thôn", "p": "guǎngxī", "bad": None}]


async def test_home_page_is_a_search_box(datasette):
    response = await datasette.client.get("/")
    assert response.status_code == 200
    assert 'id="glossary-q"' in response.text and "glossary.js" in response.text


async def test_entry_page(datasette):
    response = await datasette.client.get("/entry/he-hongping")
    html = response.text
    assert response.status_code == 200
    for fragment in ["Hà Hồng Bình", "Hà Hoằng Bình", "何宏平", "Hé Hóngpíng", "hoằng", "variant", "hanviet",
                     "Thúc đẩy hợp tác Khoa học và Công nghệ Việt Nam", 'class="status status-attested"']:  # fmt: skip
        assert fragment in html, fragment


async def test_other_chinese_forms(datasette):
    """An entry's other Chinese forms find it and show on its page: 中共中央对外联络部 is the short name
    of 中国共产党中央委员会对外联络部 (the CPC's International Department); 中共中央 alone is a prefix."""
    _, body, _ = await get_json(datasette, "/-/lookup?q=中共中央对外联络部")
    first = body["results"][0]
    assert (first["zh"], first["match"]) == ("中国共产党中央委员会对外联络部", "exact")
    assert first["zh_other"] == ["中共中央对外联络部", "中联部", "中央对外联络部"]  # the Party's, the abbreviation, a central organ's
    response = await datasette.client.get(f"/entry/{first['id']}")
    assert "Also written" in response.text and "中共中央对外联络部" in response.text
    _, body, _ = await get_json(datasette, "/-/lookup?q=汕头")  # a unit's short name (Shantou): 汕头市
    assert (body["results"][0]["zh"], body["results"][0]["match"]) == ("汕头市", "exact")


async def test_missing_entry_is_404(datasette):
    response = await datasette.client.get("/entry/no-such-entry")
    assert response.status_code == 404


async def test_datasette_pages_stay_available(datasette):
    assert (await datasette.client.get("/glossary/entries?kind=person")).status_code == 200
    assert (await datasette.client.get("/glossary/press_variants")).status_code == 200


async def test_database_cannot_be_written(datasette):
    response = await datasette.client.get("/glossary.json", params={"sql": "delete from entries", "_shape": "array"})
    assert response.status_code == 400 and "Statement must be a SELECT" in json.dumps(response.json())
    assert datasette.get_database("glossary").is_mutable is False
