"""Annotation: the seed articles' Chinese names with the right characters, offsets into the original,
no false hits on ordinary Vietnamese words; the glossary sheet; the HTTP route."""

import json
import sqlite3
import unicodedata

import pytest
from click.testing import CliRunner

from glossary.annotate import annotate, sheet
from glossary.annotate.known import _english_names
from glossary.cli import cli
from tests.conftest import SEEDS

# Every Chinese name in each seed article, as printed, with its characters (read by hand from the seeds).
SEED_NAMES = {
    "000": {"Hà Hồng Bình": "何宏平", "Viện Hàn lâm Khoa học Trung Quốc": "中国科学院", "Trung Quốc": "中国"},
    "001": {
        "Âm Hoà Tuấn": "阴和俊", "Hoàng Nhuận Thu": "黄润秋", "Doãn Lực": "尹力", "Ân Dũng": "殷勇",
        "Thường Tiến": "常进", "Lưu Đa": "刘多", "Lý Lộ Minh": "李路明", "Tập Cận Bình": "习近平",
        "Bắc Kinh": "北京", "Thượng Hải": "上海", "Diễn đàn Trung Quan Thôn": "中关村论坛",
        "Đại học Thanh Hoa": "清华大学", "Đại học Thượng Hải": "上海大学", "Trương Giang": "张江",
        "Bộ Sinh thái và Môi trường": "生态环境部", "Viện Hàn lâm Khoa học Trung Quốc": "中国科学院",
    },
    "002": {"Nhậm Hồng Bân": "任鸿斌", "Vi Thao": "韦韬", "Nam Ninh": "南宁",
            "Khu tự trị dân tộc Choang Quảng Tây": "广西壮族自治区"},
    "003": {"Tập Cận Bình": "习近平", "Đại học Thanh Hoa": "清华大学", "Viện Hàn lâm khoa học Trung Quốc": "中国科学院"},
    "004": {"Trần Cương": "陈刚", "Quảng Tây": "广西", "Bắc Kinh": "北京", "Quý Châu": "贵州", "Hà Vĩ": "何炜",
            "Nam Ninh": "南宁"},
}  # fmt: skip


@pytest.fixture(scope="module")
def conn(database):
    return sqlite3.connect(database)


def seed(prefix: str) -> str:
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is not here")
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", sorted(SEED_NAMES))
def test_seed_articles(conn, prefix):
    text = seed(prefix)
    found = {(m.text, m.zh) for m in annotate(conn, text)}
    for vi, zh in SEED_NAMES[prefix].items():
        assert (vi, zh) in found, (vi, zh)


def test_offsets_slice_the_original(conn):
    text = seed("001")
    for mention in annotate(conn, text):
        assert text[mention.start : mention.end] == mention.text


def test_longest_match_and_boundaries(conn):
    text = "Ông Tập Cận Bình thăm Diễn đàn Trung Quan Thôn; Trung Quan Thônxyz không phải tên."
    mentions = annotate(conn, text, unknown=False)
    assert [(m.text, m.zh) for m in mentions if m.kind != "term"] == [
        ("Tập Cận Bình", "习近平"), ("Diễn đàn Trung Quan Thôn", "中关村论坛")]  # fmt: skip


def test_a_longer_english_name_wins_over_the_name_it_cuts(conn):
    """Chỉ số Hang Seng (恒生指数) ends inside Hang Seng China Enterprises Index: the index of China's companies
    listed in Hong Kong (恒生中国企业指数) is named. Alone, Chỉ số Hang Seng is the Hang Seng Index; a Vietnamese
    name runs into no form printed without diacritics (tỉnh Vân Nam quan tâm: no 南关)."""
    found = [(m.text, m.zh) for m in annotate(conn, "Chỉ số Hang Seng China Enterprises Index giảm 2%.", unknown=False)]
    assert found == [("Hang Seng China Enterprises Index", "恒生中国企业指数")]
    assert [m.zh for m in annotate(conn, "Chỉ số Hang Seng giảm 2%.", unknown=False)] == ["恒生指数"]
    assert "南关" not in {m.zh for m in annotate(conn, "Tỉnh Hà Giang và tỉnh Vân Nam quan tâm.", unknown=False)}


def test_no_names_inside_web_addresses(conn):
    """A page's address is its slug's words, not names: the probe Tianwen-2 (天问二号) is found in the sentence,
    not in the address; nor is Trung-Quoc, nor de-to (苏堤) in …dat-de-to-chuc…."""
    text = ("Nguồn: https://gamen.vn/64849/trung-quoc-chuan-bi-phong-tianwen-2-mang-tham-vong-lon\n"
            "Trung Quốc chuẩn bị phóng Tianwen-2. Xem www.soha.vn/ca-si-mua-3-manh-dat-de-to-chuc-concert.htm")
    found = [(m.text, m.zh) for m in annotate(conn, text)]
    assert found == [("Trung Quốc", "中国"), ("Tianwen-2", "天问二号")]


def test_bylines_are_no_chinese_names(conn):
    """A name alone on its line under the headline is the writer's (Phương Nhi; Hà Vy, not He Wei 何炜, whose
    form is Hà Vĩ); a glossary name printed so is a heading (Biển Thước: the physician Bian Que 扁鹊), and a name
    the glossary lacks is still flagged within a sentence (Vương Huy, whose characters are a guess)."""
    text = "Trung Quốc mở tuyến đường sắt mới\nPhương Nhi\nHà Vy\nBiển Thước\nÔng Vương Huy nói tuyến đường dài 400 km."
    people = [m for m in annotate(conn, text) if m.kind == "person"]
    assert [(m.text, m.zh) for m in people[:1]] == [("Biển Thước", "扁鹊")]
    assert [(m.text, m.match) for m in people[1:]] == [("Vương Huy", "unknown")]


def test_diacritics_insensitive_but_exact_preferred(conn):
    mentions = annotate(conn, "Ong Tap Can Binh va Am Hoa Tuan.", unknown=False)
    assert [(m.zh, m.match) for m in mentions] == [("习近平", "folded"), ("阴和俊", "folded")]
    exact = annotate(conn, "Bộ trưởng Âm Hoà Tuấn.", unknown=False)
    assert [(m.zh, m.match) for m in exact if m.kind == "person"] == [("阴和俊", "exact")]


def test_nfd_text_and_offsets(conn):
    text = unicodedata.normalize("NFD", "Gặp Tập Cận Bình.")
    (mention,) = [m for m in annotate(conn, text) if m.kind == "person"]
    assert mention.zh == "习近平" and text[mention.start : mention.end] == mention.text
    assert unicodedata.normalize("NFC", mention.text) == "Tập Cận Bình"


def test_eth_printed_for_d_with_stroke(conn):
    """Older pages print Ð (U+00D0, the Icelandic eth) for Đ: Mao Trạch Ðông is 毛泽东, offsets into the text as given."""
    text = "Chủ tịch Mao Trạch \u00d0ông đến."
    (mention,) = [m for m in annotate(conn, text) if m.kind == "person"]
    assert mention.zh == "毛泽东" and mention.text == "Mao Trạch \u00d0ông" == text[mention.start : mention.end]


def test_generic_picks_the_unit(conn):
    """Tân Hương is both Xinxiang's county (新乡县) and its city (新乡市): after thành phố it is the city,
    after huyện the county as it stands; quận Nam Sa is Nansha District (南沙区), nothing more."""
    found = [(m.text, m.zh) for m in annotate(conn, "Từ thành phố Tân Hương về huyện Tân Hương, rồi quận Nam Sa.")]
    assert ("thành phố Tân Hương", "新乡市") in found
    assert not [zh for text, zh in found if text in ("huyện Tân Hương", "quận Nam Sa")]


def test_place_ending_in_lower_case(conn):
    """Some pages print a Chinese place's last syllable in lower case when it is its river, mountain or
    province: Mân giang (岷江, the Min River), Quý châu (贵州, Guizhou)."""
    found = {m.text: m.zh for m in annotate(conn, "Sông Mân giang chảy qua Quý châu.")}
    assert found == {"Mân giang": "岷江", "Quý châu": "贵州"}


def test_entries_sharing_a_form(conn):
    # Tây Hồ is West Lake (西湖) and Hangzhou's district (西湖区): the commoner word first, the other an alternative
    (mention,) = [m for m in annotate(conn, "Du khách đến Tây Hồ.") if m.text == "Tây Hồ"]
    assert mention.zh == "西湖" and mention.alternatives == ["xihuqu"]


def test_other_diacritics_are_another_word(conn):
    # 西塘 is Tây Đường; Tây Dương, so printed, is the word 西洋 (the Western Ocean), not the water town.
    assert "西塘" not in [m.zh for m in annotate(conn, "Hạm đội đi Tây Dương.")]
    # Hàng Chấu is no word of its own: a misprint of Hàng Châu 杭州 (州 reads châu).
    assert [(m.zh, m.match) for m in annotate(conn, "Công ty ở Hàng Chấu.", unknown=False)] == [("杭州", "folded")]
    # Other letters or marks make other words: Năm (year) Đường is not Nam Dương 南阳, họ Sầm (the surname
    # Cen) not hồ Sam 杉湖, Bà Trưng not Ba Trung 巴中; a word printed without marks may have lost them.
    text = "Năm Đường Huyền Tông lên ngôi. Ông họ Sầm. Đền Bà Trưng. Đại học Hong Kong."
    found = [(m.text, m.zh) for m in annotate(conn, text, unknown=False)]
    assert found == [("Đường Huyền Tông", "唐玄宗"), ("Đại học Hong Kong", "香港大学")]  # Tang Xuanzong
    # A sentence's first word is capitalised whatever it is: Đời Tống (the Song era) is no misprint of Đới
    # Tông 戴宗 (a hero of the Water Margin), Thời Đường (the Tang era) no name 时堂
    found = [(m.text, m.zh) for m in annotate(conn, "Đời Tống, dân số tăng. Thời Đường có nhiều thi nhân.")]
    assert found == [("Tống", "宋朝"), ("Đường", "唐朝")]


@pytest.mark.parametrize(
    "text",
    [
        "Hôm nay trời đẹp, chúng tôi đi chợ mua rau và cá.",
        "Đồng chí bí thư nói rằng cần đổi mới tư duy.",  # đồng chí is not 冬至 (đông chí)
        "trung quan thôn là một cụm từ viết thường.",  # a name written in lower case is not the name
        "Anh ấy là nhà báo Việt.",
    ],
)
def test_no_false_hits_on_ordinary_words(conn, text):
    mentions = annotate(conn, text)
    assert [m.text for m in mentions if m.kind != "term"] == []  # no names, known or unknown
    assert "冬至" not in [m.zh for m in mentions]


def test_unknown_chinese_name_with_candidates(conn):
    # Wang Rulin 王儒林 (儒 nho, 林 lâm), Shanxi's party secretary in 2014–2016; Lâm phát is no word, though
    # lạm phát (inflation) folds the same
    (mention,) = [m for m in annotate(conn, "Ông Vương Nho Lâm phát biểu.") if m.status == "unknown"]
    assert mention.text == "Vương Nho Lâm" and mention.candidates
    assert any(c["zh"] == "王儒林" for c in mention.candidates)


def test_unknown_name_with_a_surname_of_two_characters(conn):
    # Sima Fu 司马孚 (Tư Mã Phu), Sima Yi's younger brother, a Wei and Jin statesman; 欧阳 Âu Dương before a given
    # name of two syllables. (Sima Guang 司马光 and Sima Shi 司马师, used here before, are in the glossary since
    # batches 106 and 232.)
    unknown = [m for m in annotate(conn, "Đại tướng quân Tư Mã Phu nắm quyền. Ông Âu Dương Kì Lâm nói.") if m.status == "unknown"]
    assert [m.text for m in unknown] == ["Tư Mã Phu", "Âu Dương Kì Lâm"]
    assert "司马孚" in [c["zh"] for c in unknown[0].candidates]
    assert all(c["zh"].startswith("欧阳") for c in unknown[1].candidates)


def test_unknown_names_the_lexicon_has(conn):
    # Wen Yiduo 闻一多 (闻 văn, 一 nhất, 多 đa), poet (1899–1946), 闻 no common surname; Gar Tongtsen 禄东赞 (禄 lộc,
    # 东 đông, 赞 tán), the Tibetan minister sent to Chang'an for Princess Wencheng; Falun Gong 法轮功 (法 pháp, 轮
    # luân, 功 công), CC-CEDICT's "Falun Gong" (天地会, 达赖喇嘛, 松赞干布 and 皮日休, used here before, are in the
    # glossary since batches 95, 107, 191 and 218)
    text = "Thơ của Văn Nhất Đa rất hay. Năm 641, Lộc Đông Tán sang cầu hôn. Năm 1999, Pháp Luân Công bị cấm."
    unknown = [m for m in annotate(conn, text) if m.status == "unknown"]
    assert [(m.text, m.zh, m.kind) for m in unknown] == [
        ("Văn Nhất Đa", "闻一多", "person"), ("Lộc Đông Tán", "禄东赞", "person"), ("Pháp Luân Công", "法轮功", "term")
    ]


def test_words_the_lexicon_tags_as_names_are_not_unknown_names(conn):
    # 佛法 (Buddhist doctrine) and 始祖 (first ancestor) read Phật Pháp and Thủy Tổ; jieba tags them as names.
    # 佛陀 Phật Đà is the Buddha: CC-CEDICT's English name for it is no pinyin, no Chinese name.
    text = "Họ coi trọng Phật Pháp và tôn ông làm Thủy Tổ. Giáo lý của Phật Đà."
    assert [m.text for m in annotate(conn, text) if m.status == "unknown"] == []


def test_capitals_choose_between_a_name_and_a_term(conn):
    # Hoàng Đế, both words capitalised, is the Yellow Emperor 黄帝; hoàng đế is an emperor 皇帝
    mentions = annotate(conn, "Tương truyền Hoàng Đế là thủy tổ. Vị hoàng đế cuối cùng thoái vị.")
    assert [(m.text, m.zh) for m in mentions] == [("Hoàng Đế", "黄帝"), ("hoàng đế", "皇帝")]


def test_vietnamese_names_are_not_unknown_chinese_names(conn):
    assert [m for m in annotate(conn, "Ông Nguyễn Văn Nam và bà Lê Thị Hoa.") if m.status == "unknown"] == []


def test_sheet_lists_each_name_once(conn):
    rows = sheet(annotate(conn, "Tập Cận Bình gặp Tập Cận Bình ở Bắc Kinh."))
    assert [(r["vi"], r["zh"], r["count"]) for r in rows] == [("Tập Cận Bình", "习近平", 2), ("Bắc Kinh", "北京", 1)]
    assert sheet(annotate(conn, "Đoàn tới Lạp Tát."))[0]["zh_other"] == ["拉萨"]  # Lhasa: 拉萨市, also 拉萨


def test_cli_annotate_formats(database, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Tập Cận Bình gặp Vi Thao ở Nam Ninh.", encoding="utf-8")
    runner = CliRunner()
    md = runner.invoke(cli, ["annotate", str(path), "--database", str(database)])
    assert md.exit_code == 0 and "| Tập Cận Bình | 习近平 | Xí Jìnpíng |" in md.output
    tsv = runner.invoke(cli, ["annotate", str(path), "--format", "tsv", "--database", str(database)])
    assert "Vi Thao\t韦韬\tWéi Tāo" in tsv.output
    html = runner.invoke(cli, ["annotate", str(path), "--format", "html", "--database", str(database)])
    assert "<td>南宁</td>" in html.output
    mentions = json.loads(runner.invoke(cli, ["annotate", "-", "--json", "--database", str(database)], input="Gặp Vi Thao.").output)
    assert mentions[0]["zh"] == "韦韬" and (mentions[0]["start"], mentions[0]["end"]) == (4, 11)


def test_cli_annotate_bad_utf8(database, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"T\xe1p C\xe2n")
    result = CliRunner().invoke(cli, ["annotate", str(path), "--database", str(database)])
    assert result.exit_code == 1 and "not UTF-8 text" in result.output and "Traceback" not in result.output


async def test_http_annotate(datasette):
    response = await datasette.client.post("/-/annotate", content="Ông Vi Thao đến Nam Ninh.".encode(),
                                           headers={"content-type": "text/plain; charset=utf-8"})  # fmt: skip
    body = response.json()
    assert response.status_code == 200 and [m["zh"] for m in body["mentions"]] == ["韦韬", "南宁"]
    assert body["sheet"][0]["vi"] == "Vi Thao"
    as_json = await datasette.client.post("/-/annotate", json={"text": "Vi Thao"})
    assert as_json.json()["mentions"][0]["zh"] == "韦韬"


@pytest.mark.parametrize(
    "content,headers,status,message",
    [
        (b"x" * 200_001, {"content-type": "text/plain"}, 413, "over 200000 bytes"),
        (b"\xff\xfe", {"content-type": "text/plain"}, 400, "not UTF-8"),
        (b"   ", {"content-type": "text/plain"}, 400, "empty text"),
        (b'{"text": 5}', {"content-type": "application/json"}, 400, "JSON body must be"),
        (b"{oops", {"content-type": "application/json"}, 400, "valid JSON"),
    ],
)
async def test_http_annotate_errors(datasette, content, headers, status, message):
    response = await datasette.client.post("/-/annotate", content=content, headers=headers)
    assert response.status_code == status and message in response.json()["error"]


async def test_http_annotate_needs_post(datasette):
    response = await datasette.client.get("/-/annotate")
    assert response.status_code == 405


async def test_annotate_page(datasette):
    response = await datasette.client.get("/annotate")
    assert response.status_code == 200 and 'id="annotate-text"' in response.text


def test_composed_from_a_known_place(conn):
    """A known place after a generic or a body is also reported whole, with the official name; the
    known place stays a mention of its own. Hand-checked: 南宁市委 Nanning municipal Party committee,
    云南省人民政府 Yunnan provincial people's government, 凭祥市 Pingxiang city."""
    text = "Thành ủy Nam Ninh và Chính phủ nhân dân tỉnh Vân Nam gặp đoàn thành phố Bằng Tường bên sông Trường Giang."
    found = [(m.text, m.zh, m.match, m.status) for m in annotate(conn, text) if m.match == "composed"]
    assert found == [
        ("Thành ủy Nam Ninh", "南宁市委", "composed", "candidate"),
        ("Chính phủ nhân dân tỉnh Vân Nam", "云南省人民政府", "composed", "candidate"),
        ("thành phố Bằng Tường", "凭祥市", "composed", "candidate"),
    ]  # sông Trường Giang is 长江 already: nothing composed
    assert ("Nam Ninh", "南宁") in [(m.text, m.zh) for m in annotate(conn, text)]


def test_unknown_town_after_tran(conn):
    """trấn is used for Chinese towns only: a capitalised run after it is an unknown place, also read
    whole with its generic (爱店镇 Aidian town, Ningming, Guangxi: 爱 ái, 店 điếm). thị trấn is Vietnamese.
    (Shangshi town 上石镇, used here before, is in the glossary since batch 201.)"""
    found = [(m.text, m.zh, m.kind, m.match) for m in annotate(conn, "Đoàn trấn Ái Điếm và thị trấn Na Sầm.")]
    assert ("Ái Điếm", "爱店", "place", "unknown") in found
    assert ("trấn Ái Điếm", "爱店镇", "place", "composed") in found
    assert not [f for f in found if f[0].endswith("Na Sầm") and f[2] == "place"]


def test_unknown_place_reads_as_a_chinese_unit(conn):
    """A run that reads, with its diacritics, as one of China's units is an unknown place (那坡 Napo
    county, Guangxi), unless the text places it in Vietnam (Hạ Lang, a district of Cao Bằng)."""
    found = [(m.text, m.zh, m.kind, m.status) for m in annotate(conn, "Đoàn tới Na Pha (Trung Quốc) và Hạ Lang (Việt Nam).")]
    assert ("Na Pha", "那坡", "place", "unknown") in found
    assert not [f for f in found if f[0] == "Hạ Lang"]
    # Zaozhuang (枣庄), a prefecture of Shandong, at the head of a longer run that reads as no name
    found = [(m.text, m.zh, m.kind) for m in annotate(conn, "Quân tiến vào Tảo Trang Liên thành.")]
    assert found == [("Tảo Trang", "枣庄", "place")]
    # a person's name is read whole first: Vạn Xuân Lâm (万春林), not the unit Vạn Xuân (万春)
    assert [m.text for m in annotate(conn, "Ông Vạn Xuân Lâm đến.")] == ["Vạn Xuân Lâm"]


def test_two_syllable_name_inside_a_longer_name(conn):
    """黎明 Lê Minh (Leon Lai) is a glossary person; Lê Minh Tuấn is someone else (a Vietnamese name)."""
    assert ("Lê Minh", "黎明") in [(m.text, m.zh) for m in annotate(conn, "Ca sĩ Lê Minh hát.")]
    assert not [m for m in annotate(conn, "Ông Lê Minh Tuấn tiếp đoàn.") if m.zh == "黎明"]


def test_a_body_before_a_person(conn):
    """A body of one capital before a person's name is two names: Chính hiệp (政协, the CPPCC: the short
    form it reads as) and Uông Dương (汪洋, its chairman 2018–2023); Quốc vụ viện (国务院) before Lý Cường (李强)."""
    found = [(m.text, m.zh) for m in annotate(conn, "Chính hiệp Uông Dương và Thủ tướng Quốc vụ viện Lý Cường.")]
    assert ("Chính hiệp", "政协") in found and ("Uông Dương", "汪洋") in found
    assert ("Quốc vụ viện", "国务院") in found and ("Lý Cường", "李强") in found


def test_institution_needs_its_capital(conn):
    """Đại học Bắc Kinh is a name (北京大学, in the glossary); các công ty Trung Quốc (Chinese
    companies) is not, so nothing is composed from công ty + Trung Quốc."""
    found = [(m.text, m.zh) for m in annotate(conn, "Đại học Bắc Kinh hợp tác với các công ty Trung Quốc.")]
    assert ("Đại học Bắc Kinh", "北京大学") in found
    assert not [f for f in found if f[0].startswith("công ty")]


def test_institution_named_before_its_place_or_person(conn):
    """South China Normal University (华南师范大学) and the Lu Xun Academy of Literature (鲁迅文学院):
    words of the name between the institution and the place or person, composed; not a university in
    Wuhan (Đại học ở Vũ Hán). (East China Normal University, this test's first example, is now an entry.)"""
    text = "Đại học Sư phạm Hoa Nam và Viện Văn học Lỗ Tấn. Đại học ở Vũ Hán."
    found = {m.text: (m.zh, m.match) for m in annotate(conn, text)}
    assert found["Đại học Sư phạm Hoa Nam"] == ("华南师范大学", "composed")
    assert found["Viện Văn học Lỗ Tấn"] == ("鲁迅文学院", "composed")
    assert not [t for t in found if t.startswith("Đại học ở")]


def test_a_ruler_after_his_dynasty(conn):
    """Ngụy Văn Đế is Cao Pi, Emperor Wen of Wei (魏文帝), though Ngụy Văn … is the shape of a Vietnamese name; Tống
    Lý Tông is Emperor Lizong of Song (宋理宗). Lý is Vietnam's dynasty too: Ông Lý Văn Tổ is a Vietnamese man.
    Gia Long Đế is Vietnam's emperor (嘉隆帝): no person Long Đế (龙帝) at the end of the run."""
    found = {m.text: m.zh for m in annotate(conn, "Con trai là Ngụy Văn Đế lên ngôi. Sau đó Tống Lý Tông qua đời.")}
    assert found["Ngụy Văn Đế"] == "魏文帝" and found["Tống Lý Tông"] == "宋理宗"
    assert not annotate(conn, "Ông Lý Văn Tổ phát biểu.")
    assert "龙帝" not in [m.zh for m in annotate(conn, "Sau đó Gia Long Đế lên ngôi.")]
    assert [(m.text, m.zh) for m in annotate(conn, "Thời Ngụy Văn Đế trị vì.")] == [("Ngụy Văn Đế", "魏文帝")]  # not Thời


def test_an_era_word_opening_a_sentence_is_no_surname(conn):
    """Thời (the era of) opening a sentence before a name that reads as no person is not the surname 时 (时毒姑 for
    Thời Độc Cô); Ông before such a name is the surname 翁 (Ông Kiệt Minh 翁杰明, 杰 being no surname)."""
    assert not [m for m in annotate(conn, "Thời Độc Cô hoàng hậu rất quyền lực.") if m.zh.startswith("时")]
    assert [m.zh for m in annotate(conn, "Ông Kiệt Minh phát biểu.")] == ["翁杰明"]


def test_vietnams_body_of_the_same_name_is_not_chinas(conn):
    """Quân ủy Trung ương Việt Nam is Vietnam's Central Military Commission, not the PRC's
    (中华人民共和国中央军事委员会), and Tổng cục Chính trị Quân đội nhân dân Việt Nam the Vietnam People's Army's
    political department, not the CMC's (中央军委政治工作部); followed by Trung Quốc it is China's. Bộ Ngoại giao
    Việt Nam keeps 外交部, which is what Chinese calls Vietnam's foreign ministry too (越南外交部)."""
    text = "Quân ủy Trung ương Việt Nam và Quân ủy Trung ương Trung Quốc. Tổng cục Chính trị Quân đội nhân dân Việt Nam."
    found = [(m.text, m.zh) for m in annotate(conn, text)]
    assert ("Quân ủy Trung ương Trung Quốc", "中华人民共和国中央军事委员会") in found
    assert [zh for _, zh in found].count("中华人民共和国中央军事委员会") == 1 and "中央军委政治工作部" not in [zh for _, zh in found]
    assert ("Bộ Ngoại giao", "外交部") in [(m.text, m.zh) for m in annotate(conn, "Bộ Ngoại giao Việt Nam cho biết.")]


def test_an_institutions_words_in_lower_case_when_they_are_chinese_words(conn):
    """Đại học nông nghiệp Bắc Kinh is Beijing Agricultural University (北京农业大学, 1949–1995), Bệnh viện nhân dân
    huyện Mậu the People's Hospital of Mao County (茂县人民医院): a university's or a hospital's words in lower case
    that read as Chinese words (nông nghiệp 农业, nhân dân 人民); not a company's (Công ty tư nhân Trung Quốc: any
    private firm)."""
    text = "Ông học ở Đại học nông nghiệp Bắc Kinh, làm ở Bệnh viện nhân dân huyện Mậu và một Công ty tư nhân Trung Quốc."
    found = {m.text: m.zh for m in annotate(conn, text) if m.match == "composed"}
    assert found["Đại học nông nghiệp Bắc Kinh"] == "北京农业大学"
    assert found["Bệnh viện nhân dân huyện Mậu"] == "茂县人民医院"
    assert not [t for t in found if t.startswith("Công ty")]


@pytest.mark.parametrize(
    "text,not_zh",
    [
        ("Viện Văn học Lỗ Tấn và Trường Đại học Sư phạm Bắc Kinh phối hợp.", "大学鲁迅"),  # two institutions, not one
        ("Bệnh viện tốt nhất Bắc Kinh là đây.", "医院"),  # the best hospital in Beijing: no name
        ("Nhà khoa học Trung Quốc nói.", "朝"),  # a Chinese scientist: nhà is a dynasty only before its name
        ("Trong thời kỳ Việt Nam đổi mới.", "旗"),  # kỳ, a banner (旗), names Chinese units only
    ],
)
def test_no_institution_composed_across_ordinary_words(conn, text, not_zh):
    assert not [m for m in annotate(conn, text) if m.match == "composed" and not_zh in m.zh]


def test_one_word_names_that_cannot_be_vietnamese(conn):
    """Huawei 华为 and Lhasa 拉萨(市) are one word that no Vietnamese syllable spells: matched. Mang
    (芒市) is a Vietnamese word (mang: to carry): one-syllable forms stay out."""
    found = [(m.text, m.zh) for m in annotate(conn, "Huawei mở văn phòng ở Lhasa. Ông Mang mang theo hàng.")]
    assert ("Huawei", "华为") in found and [zh for text, zh in found if text == "Lhasa"] in (["拉萨"], ["拉萨市"])
    assert not [f for f in found if f[0] == "Mang"]


@pytest.mark.parametrize(
    "text,not_zh",
    [
        ("Phó chủ nhiệm Tôn Trấn Bình phát biểu.", "陈平"),  # Trần Bình, diacritics aside, inside a 3-word name
        ("Chính quyền nhân dân huyện Đại Tân tiếp đoàn.", "代县"),  # huyện Đại (Dai county) inside huyện Đại Tân
    ],
)
def test_short_name_inside_a_longer_run(conn, text, not_zh):
    assert not_zh not in [m.zh for m in annotate(conn, text)]


def test_two_places_side_by_side(conn):
    assert [m.zh for m in annotate(conn, "Vân Nam Trung Quốc")] == ["云南", "中国"]


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn công tác của huyện Hạ Lang và thị trấn Đồng Đăng.",  # after a place word: places, not people
        "Ông Đinh Hữu Học phát biểu.",  # Hữu: a Vietnamese middle name
        "BÀI HỌC QUAN TÂM ĐẾN DÂN",  # a headline in capitals
        "GS.TS. Trần Đại Lâm cho biết.",  # Vietnamese degrees (professor, doctor) before a Vietnamese scholar
        "Phó Chủ tịch Quốc hội Trần Quang Phương đón đoàn.",  # a post in Vietnam's National Assembly
        "Phó Chánh Văn phòng Trung ương Đảng Đặng Khánh Toàn dự.",  # and in the Party's (Vietnamese) central office
        "Bí thư Tỉnh ủy Lào Cai Đặng Xuân Phong dự.",  # right after a Vietnamese place: Lào Cai's party secretary
    ],
)
def test_no_unknown_person(conn, text):
    assert [m.text for m in annotate(conn, text) if m.status == "unknown" and m.kind == "person"] == []


def test_unknown_person_after_a_chinese_place(conn):
    """After Trung Quốc (a Chinese place) a person stays an unknown Chinese name: Tôn Gia Chính 孙家正,
    China's Minister of Culture (1998–2008)."""
    found = [(m.text, m.zh) for m in annotate(conn, "Bộ trưởng Văn hóa Trung Quốc Tôn Gia Chính dự.") if m.status == "unknown"]
    assert found == [("Tôn Gia Chính", "孙家正")]


def test_surname_after_an_honorific(conn):
    """Ông is an honorific unless what follows is no name: Ông Kiệt Minh is 翁杰明 (Weng Jieming, an NPC
    official); Kiệt Minh alone does not start with a ranked surname (杰), so it is no unknown person."""
    found = [(m.text, m.zh) for m in annotate(conn, "Ông Kiệt Minh phát biểu.") if m.status == "unknown"]
    assert found == [("Ông Kiệt Minh", "翁杰明")]
    assert [m for m in annotate(conn, "Chúng tôi gặp Kiệt Minh hôm qua.") if m.status == "unknown"] == []


def test_place_after_a_preposition(conn):
    """tại (in) is no honorific: Tứ Hội after it is still an unknown place (四会 Sihui, a county-level
    city of Guangdong)."""
    found = [(m.text, m.zh, m.kind) for m in annotate(conn, "Ông sinh tại Tứ Hội, Quảng Đông.") if m.status == "unknown"]
    assert found == [("Tứ Hội", "四会", "place")]


def test_a_unit_is_also_written_by_its_short_name(conn):
    """Sán Đầu is 汕头市 (Shantou city), short name 汕头 from the administrative-division list. A short
    name that is another place of the glossary is left out: 西湖 is the lake, not 西湖区 (a district)."""
    found = [(m.zh, m.zh_other) for m in annotate(conn, "Ông sinh tại Sán Đầu.")]
    assert found == [("汕头市", ["汕头"])]
    (other,) = conn.execute("select zh_other from entries where zh = '西湖区'").fetchone()
    assert "西湖" not in other.split()


def test_a_unit_is_also_written_by_its_full_name(conn):
    """Vân Nam is 云南, also written 云南省 (Yunnan province); 荆州 as one of the Nine Provinces of ancient
    China is not 荆州市 (today's prefecture-level city)."""
    assert [(m.zh, m.zh_other) for m in annotate(conn, "Tỉnh Vân Nam")][-1] == ("云南", ["云南省"])
    (other,) = conn.execute("select zh_other from entries where zh = '荆州'").fetchone()
    assert "荆州市" not in other.split()


def test_person_after_a_known_name(conn):
    """A capitalised word before a two-word person starts a longer name, unless it ends a name found
    already: Đại sứ Trung Quốc tại Việt Nam Hùng Ba is ambassador Xiong Bo 熊波."""
    found = [(m.text, m.zh) for m in annotate(conn, "Đại sứ Trung Quốc tại Việt Nam Hùng Ba phát biểu.")]
    assert ("Hùng Ba", "熊波") in found


@pytest.mark.parametrize(
    "text,zh",
    [
        ("chiến dịch của đảng Cộng sản Trung Quốc", "中国共产党"),  # đảng in lower case
        ("kỳ họp của Chính hiệp Toàn quốc", "全国政协"),  # Hiệp in lower case
    ],
)
def test_long_names_of_bodies_with_uneven_capitals(conn, text, zh):
    assert any(zh in [m.zh, *m.zh_other] for m in annotate(conn, text))


def test_peoples_after_nguoi_and_dan_toc(conn):
    """người Hán is 汉族 (the Han), dân tộc Thổ Gia 土家族 (the Tujia); người Hồi giáo are Muslims, not
    回族 (the Hui); người Nga are Russians, not 俄罗斯族 (China's Russian minority)."""
    found = [(m.text, m.zh) for m in annotate(conn, "Người Hán, người Hán và dân tộc Thổ Gia; người Hồi giáo; người Nga.")]
    assert ("người Hán", "汉族") in found and ("dân tộc Thổ Gia", "土家族") in found
    assert not [f for f in found if f[1] in ("回族", "俄罗斯族")]


def test_mentions_carry_other_chinese_forms(conn):
    """Lhasa is 拉萨市 (the city) and also written 拉萨."""
    found = [(m.zh, m.zh_other) for m in annotate(conn, "Đoàn tới Lạp Tát.")]
    assert found == [("拉萨市", ["拉萨"])]


def test_vice_before_a_title(conn):
    """Phó Chủ tịch is a vice-chair: not 全国政协主席 (the chairman); the body inside is still found
    (Chính hiệp Toàn quốc, the CPPCC National Committee, also written 全国政协)."""
    found = [(m.text, m.zh_other) for m in annotate(conn, "Phó Chủ tịch Chính hiệp Toàn quốc phát biểu.")]
    assert not [m for m in annotate(conn, "Phó Chủ tịch Chính hiệp Toàn quốc phát biểu.") if m.zh.endswith("主席")]
    assert any(text == "Chính hiệp Toàn quốc" and "全国政协" in other for text, other in found)


def test_a_name_inside_a_title_is_reported_too(conn):
    """Chủ tịch Quân ủy Trung ương is a title (中央军委主席, chairman of the Central Military Commission);
    the commission inside it (中央军委) is a mention of its own, nested in the title."""
    found = [(m.text, m.start, [m.zh, *m.zh_other]) for m in annotate(conn, "Chủ tịch Quân ủy Trung ương")]
    assert found[0][:2] == ("Chủ tịch Quân ủy Trung ương", 0)
    assert ("Quân ủy Trung ương", 9) == found[1][:2] and "中央军委" in found[1][2]


def test_people_before_a_longer_name(conn):
    """người Hán Trung is a man of Hanzhong (汉中), not the Han people (汉族)."""
    found = [(m.text, m.zh) for m in annotate(conn, "Trương Khiên, người Hán Trung, đi sứ.")]
    assert ("Hán Trung", "汉中") in found and not [f for f in found if f[1] == "汉族"]
    # dân tộc Kinh Trung Quốc: the Kinh (京族) of China; Kinh Trung is no name
    assert ("dân tộc Kinh", "京族") in [(m.text, m.zh) for m in annotate(conn, "của dân tộc Kinh Trung Quốc")]


def test_acronyms_of_one_word(conn):
    """NDT (nhân dân tệ) is 人民币; an acronym keeps its capitals: ndt is no match."""
    assert [(m.text, m.zh) for m in annotate(conn, "Giá 100 nghìn NDT, không phải ndt.")] == [("NDT", "人民币")]


def test_an_acronym_is_no_capitalised_word(conn):
    """CUP (China UnionPay, 中国银联) is no Cup (a trophy); PBoC, with capitals inside, is PBOC (中国人民银行)."""
    found = [(m.text, m.zh) for m in annotate(conn, "Đội giành Cup quốc gia; thẻ CUP; PBoC hạ lãi suất.")]
    assert ("Cup", "中国银联") not in found and ("CUP", "中国银联") in found and ("PBoC", "中国人民银行") in found


def test_nguoi_yields_to_a_longer_name(conn):
    """người Hoa kiều is an overseas Chinese (华侨, Hoa kiều), not người Hoa (华人) followed by kiều."""
    assert [(m.text, m.zh) for m in annotate(conn, "quê hương của người Hoa kiều ở Quảng Tây")][0] == ("Hoa kiều", "华侨")


def test_a_body_inside_a_body(conn):
    """Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc (the CPC Central Committee) names the party
    (中国共产党), reported nested; the country inside (Trung Quốc) is not."""
    found = [(m.text, m.zh) for m in annotate(conn, "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc họp.")]
    assert ("Đảng Cộng sản Trung Quốc", "中国共产党") in found
    assert found[0] == ("Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc", "中国共产党中央委员会")
    assert not [f for f in found if f[0] == "Trung Quốc"]


def test_pinyin_of_known_places_and_people(conn):
    """The press sometimes prints pinyin: Guangzhou is 广州, Shenzhen 深圳 (match: pinyin), as printed,
    without diacritics. A person's toneless pinyin is shared by many (Li Qiang: 李强 the premier, 李蔷…):
    a candidate with the glossary's people of that pinyin, not a known mention."""
    found = [m for m in annotate(conn, "Ông Li Qiang thăm Guangzhou và Shenzhen.")]
    assert [(m.text, m.zh, m.status) for m in found[1:]] == [("Guangzhou", "广州", "verified"), ("Shenzhen", "深圳", "verified")]
    li = found[0]
    assert (li.text, li.entry_id, li.status, li.match) == ("Li Qiang", "", "candidate", "pinyin")
    assert "李强" in [c["zh"] for c in li.candidates]
    assert "pinyin" not in [m.match for m in annotate(conn, "Lí Cường và Mà Long")]
    # pinyin with its tones, as some pages print it
    assert [(m.text, m.zh) for m in annotate(conn, "tại Guǎngzhōu")] == [("Guǎngzhōu", "广州")]


def test_peoples_alone_are_countries_or_given_names(conn):
    """Alone, Triều Tiên is North Korea (not 朝鲜族, the Koreans of China) and Bảo An a given name (not
    保安族, the Bonan); after dân tộc they are the peoples."""
    found = [m.zh for m in annotate(conn, "Triều Tiên phóng tên lửa. Chị Bảo An đến.")]
    assert "朝鲜族" not in found and "保安族" not in found
    assert [m.zh for m in annotate(conn, "dân tộc Bảo An")] == ["保安族"]


def test_unknown_names_printed_in_pinyin(conn):
    """Li Yuchao (李玉超, a PLA general the glossary lacks) printed in pinyin: an unknown person with
    candidates composed from the pinyin; a Vietnamese run is no pinyin (Tướng stays out)."""
    (found,) = [m for m in annotate(conn, "Tướng Li Yuchao cho biết.") if m.status == "unknown"]
    assert (found.text, found.kind) == ("Li Yuchao", "person")
    assert "李玉超" in [c["zh"] for c in found.candidates]


def test_place_pinyin_after_a_surname_is_a_given_name(conn):
    """Li Xiangyang is a man, 李向阳 (the hero of the film Guerrillas on the Plain), not the city of
    Xiangyang (襄阳) after a word; the city alone stays the city."""
    found = annotate(conn, "Ông Li Xiangyang làm việc ở Xiangyang.")
    (person,) = [m for m in found if m.kind == "person"]
    assert (person.text, person.match) == ("Li Xiangyang", "unknown")
    assert "李向阳" in [c["zh"] for c in person.candidates]
    assert [m.zh for m in found if m.text == "Xiangyang"] == ["襄阳市"]


def test_pinyin_name_with_u_umlaut(conn):
    """Lü Zhiming, printed with ü as pinyin writes the surname 吕 (Lǚ): an unknown person whose candidates
    start with 吕."""
    (found,) = [m for m in annotate(conn, "Ông Lü Zhiming phát biểu.") if m.match == "unknown"]
    assert found.text == "Lü Zhiming" and found.candidates
    assert all(c["zh"].startswith("吕") for c in found.candidates)


def test_chinese_ministry_the_glossary_lacks(conn):
    """Bộ Văn hóa Trung Quốc, the Ministry of Culture (文化部, 1949–2018; Sun Jiazheng 孙家正 its minister):
    read by reverse lookup, without 中国 as ministries are named; no unit 步文 cut from Bộ Văn | hóa."""
    found = {m.text: m.zh for m in annotate(conn, "Bộ trưởng Bộ Văn hóa Trung Quốc Tôn Gia Chính phát biểu.")}
    assert found["Bộ Văn hóa Trung Quốc"] == "文化部"
    assert "Bộ Văn" not in found


def test_institution_going_to_china_is_not_of_china(conn):
    """Đại học Bắc Kinh sang Trung Quốc: Peking University (北京大学) goes to China; no body of China is
    composed with the verb sang in it, nor one for Hanoi University (Đại học Hà Nội, 河内大学)."""
    for text in ("Đoàn Đại học Bắc Kinh sang Trung Quốc.", "Đoàn Đại học Hà Nội đã tới Trung Quốc."):
        found = annotate(conn, text)
        assert not [m for m in found if m.match == "composed"], text
    assert "北京大学" in [m.zh for m in annotate(conn, "Đoàn Đại học Bắc Kinh sang Trung Quốc.")]


def test_nothing_composed_within_a_glossary_name(conn):
    """Ngân hàng Nhân dân Trung Quốc is the People's Bank of China (中国人民银行): no bank of the newspaper
    Nhân Dân composed inside it, nor the newspaper nested, as its characters are not inside 中国人民银行."""
    found = annotate(conn, "Ngân hàng Nhân dân Trung Quốc hạ lãi suất.")
    assert not [m for m in found if m.match == "composed"]
    assert "人民报" not in [m.zh for m in found]  # nor the newspaper Nhân Dân nested in it


def test_generic_inside_quotes(conn):
    """“quận Tây Sa”, the Xisha district (西沙区) of Sansha: the quote before the generic does not hide it."""
    assert ("quận Tây Sa", "西沙区") in [(m.text, m.zh) for m in annotate(conn, "lập cái gọi là “quận Tây Sa” năm đó")]


def test_court_named_in_lower_case_before_its_unit(conn):
    """The Shenyang Intermediate People's Court (沈阳市中级人民法院), named in lower case as the press
    names courts, after a paragraph break; a hospital described so (tốt nhất: the best) is no name.
    (Changchun's court, the earlier example, is an entry now.)"""
    text = "Khoảng 5 triệu USD ).\n\nTòa án nhân dân trung cấp thành phố Thẩm Dương đã xử. Bệnh viện tốt nhất thành phố Bắc Kinh."
    composed = [(m.text, m.zh) for m in annotate(conn, text) if m.match == "composed"]
    assert ("Tòa án nhân dân trung cấp thành phố Thẩm Dương", "沈阳市中级人民法院") in composed
    assert not [zh for _, zh in composed if zh.endswith("医院")]


def test_mausoleum_of_a_person(conn):
    """Lăng Tần Thủy Hoàng (the First Emperor's mausoleum, 秦始皇陵): lăng composed with the person after it."""
    found = [(m.text, m.zh) for m in annotate(conn, "Du khách thăm Lăng Tần Thủy Hoàng.", unknown=False)]
    assert ("Lăng Tần Thủy Hoàng", "秦始皇陵") in found


def test_dynasties_by_one_syllable_in_context(conn):
    """A dynasty's one-syllable name after thời (thời Đường: the Tang, 唐朝) or in a list of dynasties
    (Tần, Tây Hán, Tùy…), with its one-character name 唐 among the other forms; Minh and Lan in a list of
    Vietnamese given names are no dynasties."""
    text = "Kinh đô của Tây Chu, Tần, Tây Hán, Tùy và thời Đường. Anh Minh, Lan, Hùng đi chơi."
    found = {m.text: (m.zh, m.zh_other) for m in annotate(conn, text)}
    assert found["Tần"][0] == "秦朝" and found["Tùy"][0] == "隋朝"
    assert "唐" in found["Đường"][1]
    assert "Minh" not in found


def test_ancient_states_by_one_syllable_in_a_list_after_nuoc(conn):
    """The Warring States in a list after nước Tề (齐国): Triệu 赵国, Ngụy 魏国, Hàn 韩国, Yên 燕国. Without such a
    list Hàn is Korea's short name and Triệu a surname, and nhà Ngô is Vietnam's Ngô dynasty: no state."""
    text = "Ông liên hợp các nước Tề, Triệu, Ngụy, Hàn và Yên. Trung, Nhật, Hàn họp; anh Triệu, Hàn đến. Nhà Ngô dựng nước."
    found = [(m.text, m.zh) for m in annotate(conn, text)]
    for state in [("Triệu", "赵国"), ("Ngụy", "魏国"), ("Hàn", "韩国"), ("Yên", "燕国")]:
        assert found.count(state) == 1, state
    assert "吴国" not in [zh for _, zh in found]


def test_rulers_printed_with_their_title_in_lower_case(conn):
    """Hán Linh đế (汉灵帝, Emperor Ling of Han) and Sở Hoài vương (楚怀王, King Huai of Chu): the press prints
    the title in lower case; the glossary's forms capitalise it."""
    found = {m.text: m.zh for m in annotate(conn, "Dịch bệnh thời Hán Linh đế. Ông kiến nghị với Sở Hoài vương.")}
    assert found["Hán Linh đế"] == "汉灵帝" and found["Sở Hoài vương"] == "楚怀王"


def test_dong_huong_and_que_huong_are_no_townships(conn):
    """đồng hương (a compatriot) and quê hương (a home town) end in hương, a township (乡), but name none:
    the swimmer Ning Zetao 宁泽涛 after đồng hương is a person; quê hương Lâm Truy is no 临淄乡."""
    found = [(m.text, m.zh) for m in annotate(conn, "Kỷ lục của đồng hương Ning Zetao. Anh về quê hương Lâm Truy.")]
    assert ("Ning Zetao", "宁泽涛") in found
    assert not any(zh.endswith("乡") for _, zh in found)


def test_a_form_of_another_chinese_name_is_annotated_with_those_characters(conn):
    """Ngọc Hoàng Thượng Đế (玉皇上帝) is a form of the Jade Emperor's entry 玉帝: the mention gives the
    characters the form writes, with the entry's among the other forms."""
    (mention,) = [m for m in annotate(conn, "Họ thờ Ngọc Hoàng Thượng Đế.") if m.text == "Ngọc Hoàng Thượng Đế"]
    assert mention.zh == "玉皇上帝" and "玉帝" in mention.zh_other


def test_characters_printed_after_a_name(conn):
    """Characters the text prints after a name, when they read as it: Âu Dương Kì Lâm 欧阳琦琳 (a chess
    player; the run ends inside the word Lâm học otherwise), Mã Tam Bảo 马三宝 (Zheng He's birth name) from the
    traditional 馬三寶; characters that do not read as the name are not taken."""
    text = "Kỳ thủ Âu Dương Kì Lâm 欧阳琦琳 học ở đó. Mã Tam Bảo (馬三寶) ra khơi. Trương Tam (李四) đến."
    found = {m.text: m.zh for m in annotate(conn, text)}
    assert found["Âu Dương Kì Lâm"] == "欧阳琦琳" and found["Mã Tam Bảo"] == "马三宝"
    assert found.get("Trương Tam") != "李四"


def test_names_printed_in_both_spellings(conn):
    """Dương Học Minh (Yang Xue Ming), the chemist 杨学明: the characters both spellings read, for both
    mentions; Lý Văn Huy (Li Wenhui), the virologist 李文辉, is found though văn is a Vietnamese middle name, and
    though the glossary has him under his pinyin only (Li Wen Hui), which keeps its match."""
    text = "Giải thưởng trao cho Lý Văn Huy (Li Wenhui), Dương Học Minh (Yang Xue Ming) năm đó."
    found = {m.text: m.zh for m in annotate(conn, text)}
    assert found["Dương Học Minh"] == found["Yang Xue Ming"] == "杨学明"
    assert found["Lý Văn Huy"] == found["Li Wenhui"] == "李文辉"
    assert {m.text: m.match for m in annotate(conn, text)}["Li Wenhui"] == "pinyin"


def test_two_word_bodies_keep_their_first_capital(conn):
    """Nhân đại is 人大 (the people's congress; stored Nhân Đại): a body of two words keeps its first
    capital only; nhân đại in lower case is no name."""
    assert [(m.text, m.zh) for m in annotate(conn, "lãnh đạo HĐND/Nhân đại hai bên")] == [("Nhân đại", "人大")]
    assert not [m for m in annotate(conn, "lãnh đạo nhân đại hai bên") if m.zh == "人大"]


def test_a_name_is_not_cut_before_its_number(conn):
    """Trạm không gian Thiên Cung 1 is the space lab Tiangong-1 (天宫一号), not the Tiangong station
    (天宫空间站) followed by a 1."""
    assert [m.zh for m in annotate(conn, "Tàu cập Trạm không gian Thiên Cung 1, rồi trở về.")] == ["天宫一号"]


def test_numbered_craft_of_a_known_series(conn):
    """Thường Nga 5 is Chang'e 5 (嫦娥五号) and Thần Châu-30 would be Shenzhou-30 (神舟三十号): a series the
    glossary numbers (嫦娥一号…, 神舟九号…) and a number, composed as candidates."""
    found = {m.text: (m.zh, m.status, m.match) for m in annotate(conn, "Thường Nga 5 và Thần Châu-30 sẽ bay.")}
    assert found["Thường Nga 5"] == ("嫦娥五号", "candidate", "composed")
    assert found["Thần Châu-30"] == ("神舟三十号", "candidate", "composed")
    # a larger number is no craft's: 5.000 is five thousand, 5/2020 a date
    assert "composed" not in [m.match for m in annotate(conn, "Thường Nga 5.000 km, Thường Nga 5/2020")]
    # Roman numerals, as older articles number the Shenzhou flights: VI is 6, XIV 14; VIP is no number
    found = {m.text: m.zh for m in annotate(conn, "Thần Châu VI, Thường Nga XIV và Thường Nga VIP.")}
    assert found["Thần Châu VI"] == "神舟六号" and found["Thường Nga XIV"] == "嫦娥十四号"
    assert "Thường Nga VIP" not in found and "Thường Nga V" not in found
    # a model's letter after the number, as Chinese writes it: Long March 2F is 长征二号F
    assert ("Trường Chinh-2F", "长征二号F") in [(m.text, m.zh) for m in annotate(conn, "Tên lửa Trường Chinh-2F bay.")]


def test_hyphens_in_terms(conn):
    # the oil rig HYSY 981, stored Hải Dương 981, printed with a hyphen; the civil war's form has one of its own
    found = {m.text: m.zh for m in annotate(conn, "Giàn khoan Hải Dương-981 và cuộc Quốc - Cộng nội chiến.")}
    assert found["Hải Dương-981"] == "海洋石油981" and found["Quốc - Cộng nội chiến"] == "国共内战"


def test_a_name_broken_across_lines(conn):
    text = "Chủ tịch Tập Cận\nBình phát biểu."  # copied from a PDF, the line breaks inside the name
    assert [(m.text, m.zh) for m in annotate(conn, text) if m.kind == "person"] == [("Tập Cận\nBình", "习近平")]


def test_a_chinese_body_named_with_its_country(conn):
    """Bộ Ngoại giao Trung Quốc is China's Ministry of Foreign Affairs (外交部), one mention."""
    found = [(m.text, m.zh) for m in annotate(conn, "Bộ Ngoại giao Trung Quốc cho biết.")]
    assert found == [("Bộ Ngoại giao Trung Quốc", "外交部")]


def test_english_names_as_printed(conn):
    """Jack Ma is 马云 and Carrie Lam 林郑月娥, known by their English names, as printed (jack ma is
    not); a person's pinyin stays a candidate (Li Qiang)."""
    found = [(m.text, m.zh, m.entry_id != "") for m in annotate(conn, "Jack Ma gặp Carrie Lam và Li Qiang; jack ma.")]
    assert found[:2] == [("Jack Ma", "马云", True), ("Carrie Lam", "林郑月娥", True)]
    assert found[2][0] == "Li Qiang" and not found[2][2] and len(found) == 3


def test_which_english_names_are_matched():
    """A name and the name in brackets (Jack Ma, not Ma Yun: that is the pinyin, a candidate of its own);
    not a gloss (economic corridor), nor a place's qualifier (Fuzhou (Jiangxi) names no Jiangxi)."""
    assert _english_names("person", "Jack Ma (Ma Yun)", "Ma Yun") == ["Jack Ma"]
    assert _english_names("organization", "China Petroleum & Chemical Corporation (Sinopec)", "") == [
        "China Petroleum & Chemical Corporation", "Sinopec"]  # fmt: skip
    assert _english_names("term", "economic corridor", "") == []
    assert _english_names("place", "Fuzhou (Jiangxi)", "Fuzhou") == []


def test_a_numbered_crafts_english_name_with_a_hyphen_or_a_space(conn):
    """Tianwen-1 (天问一号, the Mars probe) and Shenzhou 18 (神舟十八号) are printed either way; a name of one word
    with its number is a name, not an English word."""
    assert _english_names("term", "Tianwen-1", "tiānwèn yīhào") == ["Tianwen-1", "Tianwen 1"]
    found = [(m.text, m.zh) for m in annotate(conn, "Tàu Tianwen 1 và tàu Shenzhou-18.")]
    assert found == [("Tianwen 1", "天问一号"), ("Shenzhou-18", "神舟十八号")]


def test_an_autonomous_prefecture_is_also_written_short(conn):
    """Châu Văn Sơn is 文山壮族苗族自治州, in Chinese also 文山州 and 文山."""
    (found,) = annotate(conn, "Châu Văn Sơn")
    assert found.zh == "文山壮族苗族自治州" and {"文山州", "文山"} <= set(found.zh_other)


def test_a_surname_alone_refers_to_the_person_named_in_full(conn):
    """Ông Vương is Mr Wang: 王, the surname of Vương Truyền Phúc (王传福, BYD's founder) named before;
    alone, with no such person in the text, Ông Minh is no name (not 翁明)."""
    found = [(m.text, m.zh, m.entry_id, m.match) for m in annotate(conn, "Vương Truyền Phúc lập BYD. Ông Vương nói.")]
    assert ("Vương", "王", "wang-chuanfu", "surname") in found
    assert [m for m in annotate(conn, "Ông Minh nói.")] == []
    # chị (and anh) come before a Vietnamese given name: chị Hà is no surname of Hà Vĩ (何炜)
    assert "surname" not in [m.match for m in annotate(conn, "Hà Vĩ phát biểu. Chị Hà cười.")]


def test_a_place_inside_a_place(conn):
    """thành cổ Lệ Giang is the old town of Lijiang (丽江古城); the city it is named after (Lệ Giang,
    丽江市) is reported nested."""
    found = [(m.text, m.zh) for m in annotate(conn, "Du khách tới thành cổ Lệ Giang.")]
    assert found == [("thành cổ Lệ Giang", "丽江古城"), ("Lệ Giang", "丽江市")]


def test_only_peoples_follow_nguoi(conn):
    """红高粱家族 (Red Sorghum Clan, Mo Yan's novel) ends with 族 but is no people: người Cao lương đỏ
    is not matched as a people; the novel's title is."""
    assert [(m.text, m.zh) for m in annotate(conn, "người Cao lương đỏ")] == [("Cao lương đỏ", "红高粱家族")]


def test_a_term_of_china(conn):
    """Quân đội Trung Quốc is the Chinese army: 中国军队 (中国 + 军队), composed, once."""
    found = [(m.text, m.zh, m.match, m.pinyin) for m in annotate(conn, "Quân đội Trung Quốc tập trận.")]
    assert found.count(("Quân đội Trung Quốc", "中国军队", "composed", "zhōngguó jūnduì")) == 1


def test_a_two_word_term_keeps_the_capital_of_its_name(conn):
    """nước Sở is the State of Chu (楚国); nước sở tại is the host country, no name."""
    assert [(m.text, m.zh) for m in annotate(conn, "nước Sở, công dân nước sở tại")] == [("nước Sở", "楚国")]


def test_a_known_name_is_not_composed_again(conn):
    """Khu tự trị dân tộc Choang Quảng Tây is in the glossary (广西壮族自治区): one mention of it, not a
    composed one beside it from the Quảng Tây inside."""
    found = [m for m in annotate(conn, "Khu tự trị dân tộc Choang Quảng Tây") if m.start == 0]
    assert [(m.zh, m.match) for m in found] == [("广西壮族自治区", "exact")]


def test_no_unknown_person_after_vietnamese_address(conn):
    """chị Hà Nguỵ is a Vietnamese woman: the press calls Vietnamese people anh, chị, cô…, and Chinese
    officials ông or bà; ông Hà Nguỵ may be Chinese (何魏 or another)."""
    assert annotate(conn, "Nhiếp ảnh gia chị Hà Nguỵ kể.") == []
    assert [m.status for m in annotate(conn, "Phát biểu của ông Hà Nguỵ.")] == ["unknown"]


def test_passes_over_text_with_runs_of_white_space(conn):
    """Text as pasted, with a leading space and double spaces: Khu tự trị Quảng Tây is still the Guangxi
    Zhuang Autonomous Region (广西壮族自治区), Bộ Văn hóa Trung Quốc the Ministry of Culture (文化部), and
    thời Đường the Tang (唐朝); the passes match words with offsets into the text as given."""
    text = " Việt Nam và Khu tự trị Quảng Tây  hợp tác.\n\n Bộ Văn hóa Trung Quốc  thời Đường."
    found = {(m.text, m.zh) for m in annotate(conn, text)}
    assert {("Khu tự trị Quảng Tây", "广西壮族自治区"), ("Bộ Văn hóa Trung Quốc", "文化部"), ("Đường", "唐朝")} <= found


def test_lower_case_title_after_an_unknown_ruler(conn):
    """Quang Vũ đế, Emperor Guangwu of Han (光武帝): the era name, unknown to the glossary alone, with the
    title's 帝; đế quốc (an empire) is no title, and a known person is not given one (刘备, not 刘备皇帝)."""
    text = "Quang Vũ đế hạ chiếu. Trung Quốc đế quốc. Lưu Bị hoàng đế."
    found = {(m.text, m.zh) for m in annotate(conn, text)}
    assert ("Quang Vũ đế", "光武帝") in found
    assert not [zh for _, zh in found if zh.startswith(("中国", "刘备")) and len(zh) > 2]


def test_an_era_with_its_dynasty_or_its_emperor(conn):
    """Đường Khai Nguyên: the Kaiyuan era (开元) of the Tang (唐); Hoàng đế Hàm Phong: the Xianfeng Emperor
    (咸丰帝), the emperor of the Xianfeng era (咸丰), and Chính Đức Đế, with the title after, the Zhengde Emperor
    (正德帝); an era alone stays the era."""
    text = "Năm 725, tức Đường Khai Nguyên thứ 13. Hoàng đế Hàm Phong mất năm 1861. Niên hiệu Vĩnh Lạc. Chính Đức Đế mất."
    found = {(m.text, m.zh) for m in annotate(conn, text)}
    assert {("Đường Khai Nguyên", "唐开元"), ("Hoàng đế Hàm Phong", "咸丰帝"), ("Vĩnh Lạc", "永乐")} <= found
    assert ("Chính Đức Đế", "正德帝") in found
    assert not [zh for _, zh in found if zh.startswith("永乐") and len(zh) > 2]


def test_a_title_printed_before_the_name(conn):
    """Phật Như Lai: the Tathagata Buddha, 如来佛 (如来 with 佛 after it); đạo Phật Trung Quốc is Chinese
    Buddhism, no Buddha."""
    found = {(m.text, m.zh) for m in annotate(conn, "Ông lạy Phật Như Lai. Đạo Phật Trung Quốc có nhiều tông phái.")}
    assert ("Phật Như Lai", "如来佛") in found
    assert not [zh for _, zh in found if zh.endswith("佛") and zh != "如来佛"]


def test_names_printed_as_one_word_of_pinyin(conn):
    """Donglaishun (东来顺, the Beijing hot-pot restaurant) and YongShun (永顺, a county of Hunan) printed in
    pinyin: unknown names with their characters; Milan (米兰) and Bali are foreign places, and Jack Ma a run of
    two capitalised words (马云, the glossary's), so no pinyin word is read in them. (Quanjude 全聚德, this
    test's first restaurant, is now a form of the glossary's entry.)"""
    text = "Lẩu ở Donglaishun ngon. Họ đến YongShun, rồi Milan và Bali. Jack Ma phát biểu."
    found = {m.text: (m.zh, m.match) for m in annotate(conn, text)}
    assert found["Donglaishun"] == ("东来顺", "unknown") and found["YongShun"] == ("永顺", "unknown")
    assert "Milan" not in found and "Bali" not in found and "Ma" not in found


def test_pinyin_of_words_cedict_writes_as_proper_nouns(conn):
    """Xiongnu, the steppe people, is 匈奴: jieba tags it n, CC-CEDICT writes its pinyin capitalised (Xiong1 nu2)."""
    found = {m.text: m.zh for m in annotate(conn, "Các bộ lạc Xiongnu tấn công nhà Hán.")}
    assert found["Xiongnu"] == "匈奴"


def test_long_pinyin_words_whatever_jieba_tags_them(conn):
    """Sanxingdui, the Bronze Age site of Sichuan, is 三星堆, which jieba tags m (a numeral) and counts
    thirty times, not 三星队 (a Samsung team, nt, twice); Mafengwo, the travel site, is 马蜂窝 (tagged n)."""
    found = {m.text: m.zh for m in annotate(conn, "Mặt nạ vàng ở Sanxingdui. Đánh giá trên Mafengwo.")}
    assert found["Sanxingdui"] == "三星堆" and found["Mafengwo"] == "马蜂窝"


def test_english_names_are_whole_names(conn):
    """An English name with a bracket inside (International (Liaison) Department…) gives no form
    "International", and a person's qualifier in brackets (Ma Zhong (Wu), an officer of Eastern Wu)
    gives no form "Wu": neither word is a name in a Vietnamese text."""
    found = [m.text for m in annotate(conn, "Hội chợ (China International Import Exposition) và ông Ngô Thanh (Wu Qing).")]
    assert "International" not in found and "Wu" not in found


def test_one_word_latin_terms(conn):
    """Names the press prints as one Latin word: WeChat (微信), Gaokao (高考), CIIE (the China International
    Import Expo, 中国国际进口博览会)."""
    found = {m.text: m.zh for m in annotate(conn, "Thông cáo trên WeChat. Học sinh dự Gaokao năm nay. Hội chợ CIIE mở.")}
    assert found["WeChat"] == "微信" and found["Gaokao"] == "高考"
    assert found["CIIE"] == "中国国际进口博览会"  # an acronym of a Vietnamese syllable's shape, which no word reads


def test_headline_in_capitals(conn):
    """A headline in capitals capitalises every word: MẠC NGÔN (莫言, the novelist) between NHƯ and DỄ is
    still the name, not the tail or the head of a longer one."""
    assert ("MẠC NGÔN", "莫言") in [(m.text, m.zh) for m in annotate(conn, "MUỐN ĐƯỢC NHƯ MẠC NGÔN DỄ HAY KHÓ?")]


def test_acronym_is_no_pinyin_surname(conn):
    """AI Doubao (豆包, ByteDance's chatbot): AI is an acronym, so no person 艾… is read in the run."""
    assert not [m for m in annotate(conn, "Mô hình AI Doubao ra mắt.") if m.kind == "person"]


def test_names_nested_in_a_nested_name(conn):
    """The International Liaison Department's name holds the Central Committee's, which holds the
    Party's (中国共产党): each is reported. (Printed after Phó, the vice-minister's title 中共中央对外联络部副部长 is an
    entry since batch 204.)"""
    text = "Đoàn Ban Liên lạc đối ngoại Trung ương Đảng Cộng sản Trung Quốc thăm Hà Nội."
    found = {m.zh for m in annotate(conn, text)}
    assert {"中国共产党中央委员会对外联络部", "中国共产党中央委员会", "中国共产党"} <= found


def test_no_name_nested_that_cuts_a_name(conn):
    """Thái Bình Dương is the Pacific (太平洋): neither Thái Bình (太平, also a Vietnamese province) nor Bình Dương
    (a Vietnamese province, 平阳) is a name inside it; Ấn Độ Dương, the Indian Ocean (印度洋), holds no India (印度).
    Names after a generic or a dash stay nested: Thượng Hải (上海) in Cảng Thượng Hải, the port (上海港)."""
    text = "Tàu đi từ Cảng Thượng Hải qua Thái Bình Dương và Ấn Độ Dương."
    found = [(m.text, m.zh) for m in annotate(conn, text)]
    assert ("Thái Bình Dương", "太平洋") in found and ("Ấn Độ Dương", "印度洋") in found
    assert not [text for text, _ in found if text in ("Thái Bình", "Bình Dương", "Ấn Độ")]
    assert ("Cảng Thượng Hải", "上海港") in found and ("Thượng Hải", "上海") in found


def test_a_name_misprinted_in_every_word_is_another_word(conn):
    """A misprint changes a mark, not every word's: Trường Báo (chí), a school of journalism, is not Trương Bảo
    (张宝), and Từ giảng (đường), "from the lecture hall", is not Tư Giang (资江); Hàng Chấu, one mark off, is
    still Hàng Châu (杭州)."""
    found = [(m.text, m.zh) for m in annotate(conn, "Học tại Trường Báo chí. Từ giảng đường ra. Hàng Chấu đẹp.")]
    assert found == [("Hàng Chấu", "杭州")]


def test_a_generic_picks_the_place_of_its_kind(conn):
    """Dung Giang is a form of three glossary places: the rivers 融江 and 甬江 and the county 榕江县 (Rongjiang,
    Guizhou). After huyện (a county, 县) it is the county, named with its generic; after sông (a river) not."""
    county = [(m.text, m.zh) for m in annotate(conn, "Giải bóng đá làng ở huyện Dung Giang rất nổi tiếng.")]
    river = {m.text: m.zh for m in annotate(conn, "Sông Dung Giang chảy qua.")}
    assert county == [("huyện Dung Giang", "榕江县")] and river["Dung Giang"] != "榕江县"  # once


def test_a_national_body_of_china_has_no_china_before_it(conn):
    """Cục Đường sắt Quốc gia Trung Quốc, China's National Railway Administration, is 国家铁路局: a name that says it is
    the nation's (国家, 全国) takes no 中国 before it, composed (đường sắt: 铁路) or known."""
    text = "Cục Đường sắt Quốc gia Trung Quốc và Ủy viên trưởng Ủy ban Thường vụ Đại hội Đại biểu Nhân dân toàn quốc Trung Quốc."
    found = [(m.text, m.zh) for m in annotate(conn, text)]
    assert ("Cục Đường sắt Quốc gia Trung Quốc", "国家铁路局") in found
    assert not [zh for _, zh in found if zh.startswith(("中国国家", "中国全国"))]


def test_a_person_after_a_body_is_no_part_of_its_name(conn):
    """Người phát ngôn Bộ Ngoại giao Trung Quốc Uông Văn Bân: the ministry's spokesman 汪文斌, not an institution
    named after him (as Viện Văn học Lỗ Tấn is the Lu Xun Academy, 鲁迅文学院)."""
    found = [(m.text, m.zh) for m in annotate(conn, "Người phát ngôn Bộ Ngoại giao Trung Quốc Uông Văn Bân nói. Viện Văn học Lỗ Tấn mở.")]
    assert ("Uông Văn Bân", "汪文斌") in found and ("Viện Văn học Lỗ Tấn", "鲁迅文学院") in found
    assert not [zh for _, zh in found if "汪文斌" in zh and zh != "汪文斌"]


def test_an_aircraft_carrier_is_no_airport(conn):
    """Tàu sân bay is an aircraft carrier (航空母舰): the sân bay (airport, 机场) in it is no generic, so tàu sân bay
    Fujian composes no airport 福建机场; Fujian alone is the province's pinyin (福建), not the carrier 福建舰."""
    found = [(m.text, m.zh) for m in annotate(conn, "Tàu sân bay Fujian ra khơi.")]
    assert ("Fujian", "福建") in found and not [zh for _, zh in found if zh.endswith("机场")]


def test_model_of_a_brand(conn):
    """Xiaomi SU7, the car (小米SU7): the brand's characters and the model's code, as Chinese writes it; a
    quarter after a company (Tencent Q2) is no model."""
    found = {(m.text, m.zh) for m in annotate(conn, "Mẫu Xiaomi SU7 bán chạy. Tencent Q2 lãi lớn.") if m.match == "composed"}
    assert found == {("Xiaomi SU7", "小米SU7")}


def test_body_named_before_its_unit(conn):
    """Ban Ngoại vụ tỉnh Hồ Nam, Hunan's foreign affairs office (湖南省外事办公室): a body whose name runs
    straight into its unit, in lower case, is composed with the unit. (Yunnan's is an entry now.)"""
    text = "Phó chủ nhiệm Ban Ngoại vụ tỉnh Hồ Nam Mã Tác Hân đón đoàn."
    assert ("Ban Ngoại vụ tỉnh Hồ Nam", "湖南省外事办公室") in [(m.text, m.zh) for m in annotate(conn, text)]


def test_court_named_with_a_bare_city(conn):
    """Tòa án nhân dân trung cấp Hạ Môn, Xiamen's intermediate court (厦门市中级人民法院): a court's name runs
    in lower case into its city, written without thành phố."""
    text = "Tòa án nhân dân trung cấp Hạ Môn tuyên án."
    assert ("Tòa án nhân dân trung cấp Hạ Môn", "厦门市中级人民法院") in [(m.text, m.zh) for m in annotate(conn, text)]


def test_metro_and_delta_of_a_place(conn):
    """A city's metro (tàu điện ngầm Quảng Châu 广州地铁) and a river's delta (đồng bằng sông Châu Giang
    珠江三角洲) are composed with the place they name."""
    found = {m.text: m.zh for m in annotate(conn, "Hệ thống tàu điện ngầm Quảng Châu phục vụ đồng bằng sông Châu Giang.")}
    assert found["Hệ thống tàu điện ngầm Quảng Châu"] == "广州地铁" and found["đồng bằng sông Châu Giang"] == "珠江三角洲"


def test_unknown_name_read_again_with_its_generic(conn):
    """An unknown name takes the reading its generic calls for: cảng Hoàng Hoa is Huanghua port in Hebei
    (黄骅港: 黄 hoàng, 骅 hoa), though Hoàng Hoa alone reads first as the word 黄花 (yellow flowers); thị trấn Hải
    Yến is Haiyan town of Taishan (海宴镇). A generic after đổ bộ (to land) is found: bộ (部) names nothing there.
    (Yangpu port 洋浦港, used here before, is in the glossary since batch 193.)"""
    text = "Bão đổ bộ vào thị trấn Hải Yến rồi tới cảng Hoàng Hoa."
    found = {m.text: m.zh for m in annotate(conn, text) if m.match == "composed"}
    assert found == {"thị trấn Hải Yến": "海宴镇", "cảng Hoàng Hoa": "黄骅港"}


def test_clan_and_given_name_are_one_person(conn):
    """Ái Tân Giác La Dận Chân, the Yongzheng Emperor's name (爱新觉罗·胤禛): the clan and the given name are
    both glossary names, read together as one person; Diệp Hách Na Lạp Hạnh Trinh, Cixi's (叶赫那拉·杏贞);
    Gia Luật Hưu Ca (耶律休哥: 休 hưu, 哥 ca), the Liao general, after a clan of two. (耶律阿保机, used here before,
    is in the glossary since batch 194.)"""
    text = "Ái Tân Giác La Dận Chân lên ngôi. Diệp Hách Na Lạp Hạnh Trinh vào cung. Năm 979, Gia Luật Hưu Ca thắng trận."
    found = {m.text: m.zh for m in annotate(conn, text) if not m.entry_id}
    assert found == {"Ái Tân Giác La Dận Chân": "爱新觉罗·胤禛", "Diệp Hách Na Lạp Hạnh Trinh": "叶赫那拉·杏贞",
                     "Gia Luật Hưu Ca": "耶律休哥"}  # fmt: skip


def test_no_classic_in_ordinary_words_nor_a_group_in_english(conn):
    """đạo đức kinh doanh (business ethics) holds no Đạo Đức Kinh 道德经, nor trung dung (moderate) 中庸: a classic
    keeps its capital; Group in Lotus Group is no 舜宇光学科技 (Sunny Optical Technology (Group))."""
    text = "Vi phạm đạo đức kinh doanh là sai. Giữ thái độ trung dung. Chủ tịch Lotus Group. Lão Tử viết Đạo Đức Kinh."
    assert [(m.text, m.zh) for m in annotate(conn, text)] == [("Lão Tử", "老子"), ("Đạo Đức Kinh", "道德经")]


def test_a_name_after_an_acronym_is_known(conn):
    """HLV Li Tie (coach Li Tie, 李铁): the acronym before the name is a title, not a name's first word, so the
    glossary's form of the coach is matched as his."""
    found = [(m.text, m.zh, m.match) for m in annotate(conn, "HLV Li Tie bị bắt.")]
    assert found == [("Li Tie", "李铁", "exact")]


def test_a_festival_named_alone_beside_its_full_name(conn):
    """Trung Thu beside Tết Trung Thu is the Mid-Autumn Festival (中秋节; 中秋, its name's characters, among the
    other forms); alone, or a Vietnamese's given name (Nguyễn Thanh Minh), it is nothing."""
    found = [(m.text, m.zh, m.zh_other) for m in annotate(conn, "Tết Trung Thu sắp đến. Dịp Trung Thu, trẻ em rước đèn.")]
    assert ("Trung Thu", "中秋节", ["中秋"]) in found
    assert annotate(conn, "Trung Thu năm nay. Nguyễn Thanh Minh đến.") == []


def test_a_temple_after_its_generic_capitalised(conn):
    """Đền Đại Chiêu, the Jokhang (大昭寺): the press calls it a đền; the generic opens the capitalised run and
    the whole reads as a word of the lexicon. Cầu Long Biên, a bridge in Hanoi, is no 虬龙边 (虬 for cầu)."""
    found = {m.text: m.zh for m in annotate(conn, "Du khách thăm Đền Đại Chiêu ở Lhasa. Cầu Long Biên cũ.")}
    assert found["Đền Đại Chiêu"] == "大昭寺" and found.get("Cầu Long Biên") != "虬龙边"


def test_a_port_in_pinyin_the_lexicon_lacks(conn):
    """Shenzhen Port (深圳港): no word of the lexicon, composed from 深圳 and the port's 港."""
    found = {m.text: m.zh for m in annotate(conn, "Hàng hóa qua Shenzhen Port tăng.")}
    assert found["Shenzhen Port"] == "深圳港"


def test_a_shared_place_name_is_the_one_of_the_province_the_text_names(conn):
    """Nguyên Giang names two rivers: 元江 (the Red River's upper course, in Yunnan) and 沅江 (Hunan). Beside Vân Nam
    it is Yunnan's; alone the glossary's surer entry stands."""
    found = [(m.text, m.zh) for m in annotate(conn, "Cầu bắc qua sông Nguyên Giang ở tỉnh Vân Nam.")]
    assert ("Nguyên Giang", "元江") in found
    assert [(m.text, m.zh) for m in annotate(conn, "Nguyên Giang là một con sông.")] == [("Nguyên Giang", "沅江")]


def test_no_term_with_a_capital_inside_where_it_has_none(conn):
    """huyện Quân Liên, Junlian County (筠连县): not Huyện quân 县君 (a Qing title), whose second word is in lower
    case; the title printed as such is still found."""
    found = [(m.text, m.zh) for m in annotate(conn, "Mưa lớn ở huyện Quân Liên. Bà được phong Huyện quân.")]
    assert ("huyện Quân", "县君") not in found and ("Quân Liên", "筠连县") in found and ("Huyện quân", "县君") in found


def test_county_name_after_a_surname_is_a_given_name(conn):
    """Lý Vĩnh Thắng is a person (李永胜), though Vĩnh Thắng alone is the county 永胜县; Nguyễn Vĩnh Thắng is a
    Vietnamese, neither; Hải Điến after a comma is still Beijing's district 海淀区."""
    text = "Ông Lý Vĩnh Thắng gặp Nguyễn Vĩnh Thắng ở Hải Điến, Bắc Kinh."
    found = [(m.text, m.zh) for m in annotate(conn, text)]
    assert found == [("Lý Vĩnh Thắng", "李永胜"), ("Hải Điến", "海淀区"), ("Bắc Kinh", "北京")]


def test_place_with_its_second_word_in_lower_case(conn):
    """Ma cao (澳门, Macau) and Bắc kinh (北京): the press sometimes prints a place's second word in lower case.
    Opening a sentence the capital says nothing, and the words are not read so."""
    found = [(m.text, m.zh) for m in annotate(conn, "Du khách đến Ma cao rồi Bắc kinh. Ma cao là đặc khu.")]
    assert found == [("Ma cao", "澳门"), ("Bắc kinh", "北京")]


def test_common_word_is_no_place_with_its_second_word_in_lower_case(conn):
    """Hợp tác is cooperation (合作, a verb), not the city of Hezuo in Gansu (Hợp Tác, 合作市), though a
    place's second word may be printed in lower case."""
    text = "Hai bên bàn về Hợp tác kinh tế. Cục Hợp tác quốc tế của Bộ cho biết."
    assert not [m for m in annotate(conn, text) if m.kind == "place"]


def test_photo_credit_is_no_chinese_name(conn):
    """Ảnh: Dương Giang/TTXVN credits a photographer of the Vietnam News Agency, not the city of Yangjiang
    (阳江); (Ảnh: Thành Long) is not Jackie Chan (成龙), nor (Clip: Thanh Long) the dragon fruit (火龙果). A body
    after a credit stays: Tân Hoa Xã (新华社)."""
    text = "Hai bên hội đàm. Ảnh: Dương Giang/TTXVN. Toàn cảnh (Ảnh: Thành Long). Cứu hỏa (Clip: Thanh Long). Ảnh: Tân Hoa Xã."
    found = annotate(conn, text)
    assert not [m for m in found if m.text in ("Dương Giang", "Thành Long", "Thanh Long")]
    assert "新华社" in [m.zh for m in found]


def test_place_after_a_vietnamese_surname_is_a_given_name(conn):
    """Ông Nguyễn Đồng Trung, a Vietnamese diplomat: Nguyễn is a Vietnamese surname, so Đồng Trung is his
    given name, not the border gate of Dongzhong (峒中口岸)."""
    found = annotate(conn, "Dự hội đàm có ông Nguyễn Đồng Trung, Phó Cục trưởng.")
    assert not [m for m in found if m.kind == "place"]


def test_common_words_keep_their_tone_marks(conn):
    """trực tuyến Trung Quốc is online (tuyến, a line), not the national team tuyển Trung Quốc
    (中国国家足球队), whose form's common word differs only in its tone mark; Đội tuyển Trung Quốc is the team."""
    assert "中国国家足球队" not in [m.zh for m in annotate(conn, "Các nền tảng trực tuyến Trung Quốc phát triển.")]
    assert "中国国家足球队" in [m.zh for m in annotate(conn, "Đội tuyển Trung Quốc thắng.")]


def test_nothing_composed_across_a_longer_name(conn):
    """Giải Honor of Kings World Cup: the game Honor of Kings (王者荣耀) is named, and no award of Honor
    (荣耀奖) is composed from Giải and the game's first word."""
    found = annotate(conn, "Giải Honor of Kings World Cup khởi tranh.")
    assert "王者荣耀" in [m.zh for m in found]
    assert not [m for m in found if m.match == "composed"]


def test_festivals_named_alone_in_a_list(conn):
    """Trung Thu, Thanh Minh and Nguyên Đán listed together are the Mid-Autumn (中秋节), Qingming (清明节) and
    Spring (春节) festivals, though the text never prints Tết; so is Trung Thu after dịp (at the time of).
    Alone, Thanh Minh is a given name: chị Thanh Minh is nobody's festival."""
    text = "Đây là ngày lễ lớn, bên cạnh Trung Thu, Thanh Minh và Nguyên Đán."
    assert [(m.text, m.zh) for m in annotate(conn, text) if m.text != "Trung Quốc"] == [
        ("Trung Thu", "中秋节"), ("Thanh Minh", "清明节"), ("Nguyên Đán", "春节")]
    assert [m.zh for m in annotate(conn, "Người dân ăn bánh dịp Trung Thu.")] == ["中秋节"]
    assert not annotate(conn, "Tôi gặp chị Thanh Minh và anh Lan.")


def test_great_before_a_dynasty(conn):
    """nước Đại Liêu is the Liao as it named itself, 大辽 (Liao dynasty 辽朝); Đại Tống, the Song, is also
    written 大宋."""
    found = {m.text: m for m in annotate(conn, "Ông là quý tộc nước Đại Liêu, còn họ là dân nước Đại Tống.")}
    assert found["Đại Liêu"].zh == "辽朝" and "大辽" in found["Đại Liêu"].zh_other
    assert found["Đại Tống"].zh == "宋朝" and "大宋" in found["Đại Tống"].zh_other


def test_people_also_written_as_persons(conn):
    """người Hán, the Han, is 汉族 and also 汉人 (Han people), a common word; dân tộc Hán is the nationality
    汉族 alone."""
    found = {m.text: m for m in annotate(conn, "Các cao thủ người Hán tới. Dân số dân tộc Hán đông nhất.")}
    assert found["người Hán"].zh == "汉族" and "汉人" in found["người Hán"].zh_other
    assert "汉人" not in found["dân tộc Hán"].zh_other


def test_place_opening_a_three_word_name(conn):
    """Ông Lý Thành Kiệt is a man (Lý, 李, a surname; 李成杰 among his candidates), not the district of
    Licheng (鲤城区) and a word; Lý Thành alone is the district, and two places side by side stay two."""
    (person,) = [m for m in annotate(conn, "Ông Lý Thành Kiệt phát biểu.")]
    assert (person.text, person.kind, person.match) == ("Lý Thành Kiệt", "person", "unknown")
    assert "李成杰" in [c["zh"] for c in person.candidates]
    assert [m.zh for m in annotate(conn, "Họ tới Lý Thành hôm qua.")] == ["鲤城区"]
    assert [m.zh for m in annotate(conn, "Tôi ở Giang Tô Nam Kinh.")] == ["江苏", "南京"]


def test_china_capitalised_is_no_body_name(conn):
    """thanh niên Trung Quốc, China's youth, is no mention of the newspaper Thanh niên Trung Quốc (中国青年报):
    the country's capitals say nothing; Báo Thanh niên Trung Quốc is the paper."""
    assert "中国青年报" not in [m.zh for m in annotate(conn, "Đoàn đại biểu thanh niên Trung Quốc sang thăm.")]
    assert "中国青年报" in [m.zh for m in annotate(conn, "Báo Thanh niên Trung Quốc đưa tin.")]


def test_unit_word_opens_no_person(conn):
    """Tỉnh Đoàn Lào Cai is the provincial youth league of Lào Cai (tỉnh, a province), not a person surnamed
    井 (read Tỉnh)."""
    assert not [m for m in annotate(conn, "Đại diện Tỉnh Đoàn Lào Cai tham dự.") if m.kind == "person"]


def test_reporter_and_direction_are_no_names(conn):
    """Theo Hà Thu (VnExpress.net) credits the reporter, not a Chinese 何秋; về phía Tây Nam is to the
    south-west, no place 西南. A person the text quotes from Xinhua (Tân Hoa Xã) is still flagged."""
    assert not annotate(conn, "Theo Hà Thu (VnExpress.net), ông nói vậy.")
    assert not annotate(conn, "Thành phố cách tỉnh lỵ 145 km về phía Tây Nam.")
    assert "person" in [m.kind for m in annotate(conn, "Theo Lý Minh Hạo (Tân Hoa Xã), ông nói.")]


def test_vietnamese_given_name_alone(conn):
    """Đại sứ Việt Nam Đặng Thành Kiên, then Thành Kiên alone: the Vietnamese press calls its people by their
    given names, so Thành Kiên is the ambassador, not a Chinese 成坚. Without the full name before it, Ông
    Thành Kiên may still be Chinese."""
    text = "Đại sứ Việt Nam Đặng Thành Kiên tại Bắc Kinh. Hãy để Thành Kiên cho biết."
    assert not [m for m in annotate(conn, text) if m.kind == "person"]
    assert [m.kind for m in annotate(conn, "Ông Thành Kiên phát biểu.")] == ["person"]


def test_run_cut_inside_an_institution_is_no_name(conn):
    """Đài Truyền hình Việt Nam, Vietnam Television: Đài Truyền ends inside đài truyền hình, so it is no
    person 台传; nor is Phó Thống, cut from Phó Thống đốc (a deputy governor), a person 付统."""
    assert not [m for m in annotate(conn, "Độc giả theo dõi Đài Truyền hình Việt Nam.") if m.kind == "person"]
    assert not [m for m in annotate(conn, "Phát biểu từ Phó Thống đốc Ngân hàng Trung ương.") if m.kind == "person"]


def test_unknown_person_after_a_generic_is_a_place(conn):
    """Tháp Tề Vân, the Qiyun Pagoda at the White Horse Temple (齐云塔): Tề (齐) is a surname, but after the
    generic tháp the unknown name is the pagoda's."""
    found = {m.text: m.zh for m in annotate(conn, "Du khách đến Tháp Tề Vân ở Lạc Dương.") if m.match == "composed"}
    assert found == {"Tháp Tề Vân": "齐云塔"}


def test_broadcaster_written_with_a_comma_or_dash(conn):
    """Đài Phát thanh, Truyền hình Quảng Đông and Đài Phát thanh - Truyền hình Hồ Nam: a province's or city's
    radio and television station (广东广播电视台, 湖南广播电视台), however the press joins its two words."""
    text = "Đài Phát thanh, Truyền hình Quảng Đông và Đài Phát thanh - Truyền hình Hồ Nam."
    found = {m.text: m.zh for m in annotate(conn, text) if m.match == "composed"}
    assert found == {"Đài Phát thanh, Truyền hình Quảng Đông": "广东广播电视台", "Đài Phát thanh - Truyền hình Hồ Nam": "湖南广播电视台"}


def test_institution_named_after_a_known_place(conn):
    """Tập đoàn Tam Hiệp, China Three Gorges Corporation (三峡集团): a name after a capitalised institution that
    reads as a common place word (三峡) is composed with it; a Vietnamese firm's name (Hòa Phát) is not."""
    found = {m.text: m.zh for m in annotate(conn, "Tập đoàn Tam Hiệp ký với Tập đoàn Hòa Phát.") if m.match == "composed"}
    assert found == {"Tập đoàn Tam Hiệp": "三峡集团"}


def test_building_named_in_chinese_order(conn):
    """Chính Dương Môn, the Zhengyang Gate of Beijing (正阳门): a run ending with môn (门) is a building, not
    Dương Môn read as a person."""
    found = {m.text: m.zh for m in annotate(conn, "Đoàn diễu hành qua Chính Dương Môn.")}
    assert found == {"Chính Dương Môn": "正阳门"}


@pytest.mark.parametrize(
    "vi,zh",
    [
        ("Cam Tuyền Cung", "甘泉宫"),  # the Han Ganquan Palace
        ("Thái Cực Cung", "太极宫"),  # the Tang Taiji Palace
        ("Địa Đàn", "地坛"),  # the Temple of Earth in Beijing: đàn (坛), an altar
        ("Nhạc Vương Miếu", "岳王庙"),  # Yue Fei's temple in Hangzhou: miếu (庙), a temple
        ("Hoa Tây Thôn", "华西村"),  # Huaxi Village in Jiangsu: thôn (村), a village
    ],
)
def test_palace_named_in_chinese_order(conn, vi, zh):
    """A run ending with cung (宫, a palace), đàn (坛, an altar), miếu (庙, a temple) or thôn (村, a village) is a
    place, not a person (甘泉恭, 蔡极恭, 岳王庙 and 华西村 read as people) or nothing (Địa Đàn)."""
    found = [(m.text, m.zh, m.kind) for m in annotate(conn, f"Du khách đến thăm {vi} vào mùa thu.")]
    assert found == [(vi, zh, "place")]


def test_institution_name_goes_on(conn):
    """Bộ Công nghiệp và Công nghệ thông tin (MIIT): Bộ Công (工部, the imperial Ministry of Works) is not in
    it, for công nghiệp (industry) is one word."""
    found = [m.zh for m in annotate(conn, "Bộ Công nghiệp và Công nghệ thông tin ra thông báo; Bộ Công an cũng vậy.")]
    assert "工部" not in found and "公安部" in found  # the Ministry of Public Security is still found


def test_generic_before_a_name_is_a_whole_generic(conn):
    """Phí Tuấn Long (费俊龙, an astronaut) after phi hành gia: gia ends vườn quốc gia (a national park)
    but is no generic alone, so the person is still read; after thị trấn a run is a place, no person."""
    found = {m.text: m.zh for m in annotate(conn, "Hai phi hành gia Phí Tuấn Long và bạn. Thị trấn Đồng Đăng.")}
    assert found["Phí Tuấn Long"] == "费俊龙" and "Đồng Đăng" not in found


def test_and_written_as_a_dash(conn):
    """The press writes và (and) in a name as a dash: Vành đai - con đường is the Belt and Road (一带一路),
    Bộ Khoa học – Công nghệ the Ministry of Science and Technology (科学技术部)."""
    found = {m.text: m.zh for m in annotate(conn, "Sáng kiến Vành đai - con đường và Bộ Khoa học – Công nghệ Trung Quốc.")}
    assert "一带一路" in found.values() and "科学技术部" in found.values()


def test_chinese_body_named_with_trung_quoc(conn):
    """Quốc vụ viện Trung Quốc is the State Council (国务院), which Chinese also writes 中国国务院 when it
    says whose: that form is among the mention's other Chinese forms, and so is 中国文化部 for a ministry
    read by reverse lookup; a name that says it is China's (中国人民银行) gets no second 中国."""
    text = "Quốc vụ viện Trung Quốc và Bộ Văn hóa Trung Quốc. Ngân hàng Nhân dân Trung Quốc."
    found = {m.text: (m.zh, m.zh_other) for m in annotate(conn, text)}
    assert found["Quốc vụ viện Trung Quốc"][0] == "国务院" and "中国国务院" in found["Quốc vụ viện Trung Quốc"][1]
    assert "中国文化部" in found["Bộ Văn hóa Trung Quốc"][1]
    assert not [z for z in found["Ngân hàng Nhân dân Trung Quốc"][1] if z.startswith("中国中国")]


def test_body_both_parties_name_alike(conn):
    """Bộ Chính trị is the Politburo of Vietnam's party (政治局) unless the person nearest to it in its
    clause is Chinese: Ủy viên Bộ Chính trị … Vương Nghị (王毅) is in the CPC's (中国共产党中央政治局); Tô Lâm
    in Vietnam's."""
    text = "Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao Vương Nghị hội đàm; ông Tô Lâm, Ủy viên Bộ Chính trị, tiếp."
    found = [(m.start, m.zh) for m in annotate(conn, text) if m.text == "Bộ Chính trị"]
    assert [zh for _, zh in sorted(found)] == ["中国共产党中央政治局", "政治局"]
    # a gloss in brackets after China's body is that body: the NPC (全国人民代表大会), not a parliament (国会)
    text = "Đại hội Đại biểu Nhân dân Toàn quốc Trung Quốc (Quốc hội) khai mạc. Quốc hội Việt Nam họp."
    assert [m.zh for m in annotate(conn, text) if m.text == "Quốc hội"] == ["全国人民代表大会", "国会"]


def test_school_and_exchange_named_in_lower_case(conn):
    """The press writes some institutions in lower case before a city: trường trung học Ninh Ba is Ningbo
    Middle School (宁波中学, named with the city's short name), sàn giao dịch chứng khoán Thượng Hải the
    Shanghai Stock Exchange (上海证券交易所). After các (plural) the words say where schools are, not a name."""
    text = "Bà học trường trung học Ninh Ba. Cổ phiếu lên sàn giao dịch chứng khoán Thượng Hải. Các trường trung học Bắc Kinh nghỉ."
    mentions = annotate(conn, text)
    found = {m.text: m.zh for m in mentions}
    assert found["trường trung học Ninh Ba"] == "宁波中学"
    assert found["sàn giao dịch chứng khoán Thượng Hải"] == "上海证券交易所"  # curated now; composed without it
    assert not [m for m in mentions if m.match == "composed" and "Bắc Kinh" in m.text]


def test_pinyin_place_with_its_generic(conn):
    """A place printed in pinyin after a Vietnamese generic (huyện Wuzhi, Wuzhi County of Henan, 武陟县) or
    before an English one (Siziwang Banner, Inner Mongolia, 四子王旗) is read whole. A factory (nhà máy) in
    lower-case words before the generic names nothing."""
    found = {m.text: m.zh for m in annotate(conn, "Nhà máy ở huyện Wuzhi. Tàu hạ cánh ở Siziwang Banner, Nội Mông.")}
    assert found["huyện Wuzhi"] == "武陟县" and found["Siziwang Banner"] == "四子王旗"
    # the Paracels' Yongxing (Woody) Island and the Spratlys' Yongshu (Fiery Cross) Reef, generic in English or pinyin
    found = {m.text: (m.zh, m.kind) for m in annotate(conn, "Tàu ghé Yongxing Island rồi Yongshu Jiao.")}
    assert found["Yongxing Island"] == ("永兴岛", "place") and found["Yongshu Jiao"] == ("永暑礁", "place")


def test_autonomous_region_named_by_its_people(conn):
    """Khu tự trị dân tộc Hồi, without Ninh Hạ, is still Ningxia (宁夏回族自治区): the Hui have one autonomous
    region. They have several autonomous prefectures, so châu tự trị dân tộc Hồi names none. (Khu tự trị dân tộc
    Choang, Guangxi, became a form of the glossary.)"""
    text = "Đoàn của Khu tự trị dân tộc Hồi đến. Người Hồi sống ở nhiều châu tự trị dân tộc Hồi."
    composed = {m.text: m.zh for m in annotate(conn, text) if m.match == "composed"}
    assert composed == {"Khu tự trị dân tộc Hồi": "宁夏回族自治区"}


def test_brand_of_one_latin_syllable_printed_exactly(conn):
    """Aion (GAC's electric brand, 埃安) and GAC (广汽集团) are one syllable each, yet no Vietnamese word:
    printed exactly so, they are found. Gác (a Vietnamese word) is not GAC."""
    text = "Hãng xe Aion của GAC bán chạy. Gác cổng mở."
    found = {m.text: m.zh for m in annotate(conn, text)}
    assert found["Aion"] == "埃安" and found["GAC"] == "广汽集团" and "Gác" not in found


def test_name_placed_in_a_chinese_province_in_brackets(conn):
    """A name followed by a Chinese province or city in brackets is a place there: Võ Long (Trùng Khánh) is
    Wulong of Chongqing (武隆), though Võ is a Vietnamese surname; Longji (Quế Lâm), in pinyin, the Longji
    rice terraces of Guilin (龙脊梯田). Quảng Nam is a Vietnamese province (and only a county of Yunnan):
    the school named after Nguyễn Bỉnh Khiêm there is no Chinese name."""
    text = "Du khách tới ruộng bậc thang Longji (Quế Lâm), Võ Long (Trùng Khánh). Trường Nguyễn Bỉnh Khiêm (Quảng Nam)."
    found = {m.text: m.zh for m in annotate(conn, text)}
    assert found["ruộng bậc thang Longji"] == "龙脊梯田" and found["Võ Long"] == "武隆"
    assert not [t for t in found if "Khiêm" in t]


def test_country_is_no_place_of_a_generic(conn):
    """nông thôn Trung Quốc is China's countryside: thôn (a village, 村) before Trung Quốc composes nothing."""
    found = [m.zh for m in annotate(conn, "Các vấn đề nông thôn Trung Quốc được bàn.") if m.match == "composed"]
    assert "中国村" not in found


def test_chinese_given_name_ending_with_van(conn):
    """Văn in the middle marks a Vietnamese name (Nguyễn Văn Công), but a Chinese given name may end with
    it: Lâm Sảng Văn is Lin Shuangwen (林爽文), leader of the 1786 rising in Taiwan."""
    found = {m.text: m.zh for m in annotate(conn, "Cuộc nổi dậy của Lâm Sảng Văn ở Đài Loan. Ông Trần Văn Công họp.")}
    assert found["Lâm Sảng Văn"] == "林爽文" and not [t for t in found if "Công" in t]


def test_name_of_one_syllable_said_twice(conn):
    """The Beijing 2008 mascots Bối Bối and Hoan Hoan are 贝贝 and 欢欢: a syllable said twice is one
    character twice. Dương Dương stays a surname and a given name (杨洋, the actor, in the glossary)."""
    found = {m.text: m.zh for m in annotate(conn, "Linh vật Bối Bối và Hoan Hoan. Diễn viên Dương Dương.")}
    assert found["Bối Bối"] == "贝贝" and found["Hoan Hoan"] == "欢欢" and found["Dương Dương"] == "杨洋"


def test_people_named_in_pinyin(conn):
    """dân tộc Dai is the Dai people (傣族), người Hani the Hani (哈尼族): a people's name in pinyin."""
    found = {m.text: m.zh for m in annotate(conn, "Người dân tộc Dai và người Hani sống ở Vân Nam.")}
    assert found["dân tộc Dai"] == "傣族" and found["người Hani"] == "哈尼族"


def test_games_named_with_their_city(conn):
    """Thế vận hội mùa hè Bắc Kinh is the Beijing Olympics (北京奥运会); Asiad Hàng Châu the Hangzhou Asian
    Games (杭州亚运会)."""
    found = {m.text: m.zh for m in annotate(conn, "Thế vận hội mùa hè Bắc Kinh năm 2008. Asiad Hàng Châu.")}
    assert found["Thế vận hội mùa hè Bắc Kinh"] == "北京奥运会" and found["Asiad Hàng Châu"] == "杭州亚运会"


def test_party_committee_also_with_cpc(conn):
    """Tỉnh ủy Tứ Xuyên, the Sichuan Party committee, is 四川省委, also written 中共四川省委."""
    found = {m.text: m for m in annotate(conn, "Bí thư Tỉnh ủy Tứ Xuyên phát biểu.")}
    assert found["Tỉnh ủy Tứ Xuyên"].zh == "四川省委" and "中共四川省委" in found["Tỉnh ủy Tứ Xuyên"].zh_other


def test_a_short_name_takes_the_characters_the_text_writes_in_full(conn):
    """The Leifeng Pagoda 雷峰塔 stands on the hill 雷峰: beside tháp Lôi Phong, Lôi Phong alone is the hill,
    not the soldier Lei Feng 雷锋; beside Lương Sơn Bạc 梁山泊 (the Water Margin's marsh), Lương Sơn is 梁山,
    not the prefecture 凉山. Alone, Lôi Phong is still the soldier."""
    text = "Tháp Lôi Phong được xây trên đỉnh Lôi Phong. Tống Giang lên Lương Sơn, nơi các hảo hán Lương Sơn Bạc tụ họp."
    found = {m.text: m for m in annotate(conn, text)}
    assert found["Lôi Phong"].zh == "雷峰" and found["Lôi Phong"].match == "document"
    assert found["Lương Sơn"].zh == "梁山"
    assert [m.zh for m in annotate(conn, "Hãy học tập Lôi Phong.") if m.text == "Lôi Phong"] == ["雷锋"]


def test_a_place_printed_without_its_generic_where_the_text_prints_both(conn):
    """núi Nga Mi (Mount Emei, 峨眉山), then Nga Mi alone: the mountain (a name of no surname, which no other
    pass would flag)."""
    found = [(m.text, m.zh, m.match) for m in annotate(conn, "Núi Nga Mi rất cao. Nga Mi có nhiều chùa.")]
    assert ("Nga Mi", "峨眉山", "document") in found


def test_a_bodhisattva_with_its_title_in_lower_case(conn):
    """Văn Thù Bồ tát (Manjushri, 文殊菩萨) and Phổ Hiền Bồ tát (Samantabhadra, 普贤菩萨), as some pages print them."""
    found = [(m.text, m.zh) for m in annotate(conn, "Văn Thù Bồ tát và Phổ Hiền Bồ tát.")]
    assert found == [("Văn Thù Bồ tát", "文殊菩萨"), ("Phổ Hiền Bồ tát", "普贤菩萨")]


def test_a_place_the_text_places_in_vietnam_is_vietnamese(conn):
    """huyện An Dương, Hải Phòng is a district of Haiphong, not Anyang (安阳市, Henan); Long Biên, Hà Nội no person
    龙边; a Chinese province keeps Anyang: An Dương, Hà Nam."""
    found = [(m.text, m.zh) for m in annotate(conn, "Huyện An Dương, Hải Phòng và quận Long Biên, Hà Nội bị ngập.")]
    assert found == [("Hải Phòng", "海防"), ("Hà Nội", "河内")]
    assert ("An Dương", "安阳市") in [(m.text, m.zh) for m in annotate(conn, "Thành phố An Dương, Hà Nam có mưa.")]
    # a name the glossary lacks, in brackets or after ở: a Vietnamese border gate, a Vietnamese power plant's place
    found = [(m.text, m.zh) for m in annotate(conn, "Cửa khẩu Trà Lĩnh (Cao Bằng); nhiệt điện Vĩnh Tân ở Bình Thuận.")]
    assert found == [("Cửa khẩu", "口岸"), ("Cao Bằng", "高平"), ("Bình Thuận", "平顺")]
    # a list of border towns, a delegation at a Vietnamese place, China's ambassador: the Chinese names stay
    assert "中国大使" in [m.zh for m in annotate(conn, "Đại sứ Trung Quốc tại Việt Nam Hà Vĩ nói.")]
    found = [m.zh for m in annotate(conn, "Hàng từ Bằng Tường, Lạng Sơn. Đoàn tỉnh Quảng Tây tại Lạng Sơn.")]
    assert "凭祥" in found and "广西" in found


def test_no_person_read_inside_a_body_that_does_not_write_it(conn):
    """Đài Thiên văn Quốc gia (国家天文台, the National Astronomical Observatories) holds no prince Đài Thiên (代善)."""
    found = [(m.text, m.zh) for m in annotate(conn, "Theo Đài Thiên văn Quốc gia Trung Quốc, sao chổi xuất hiện.")]
    assert found == [("Đài Thiên văn Quốc gia Trung Quốc", "国家天文台")]


def test_a_run_of_capitals_read_as_a_name_of_the_lexicon(conn):
    """Thái Bình Dương is the Pacific 太平洋 (no Thái Bình 太平 inside it), Chiến Quốc Sách the Zhanguo ce 战国策 (no
    战国 alone), Nam Phương Nhật Báo the Southern Daily 南方日报 after a sentence's first word."""
    text = "Tàu đi qua Thái Bình Dương. Cuốn Chiến Quốc Sách ghi lại. Theo Nam Phương Nhật Báo, ông nói."
    found = [(m.text, m.zh) for m in annotate(conn, text)]
    assert found == [("Thái Bình Dương", "太平洋"), ("Chiến Quốc Sách", "战国策"), ("Nam Phương Nhật Báo", "南方日报")]


def test_a_term_whose_last_word_begins_a_longer_name(conn):
    """hai nước Việt Nam - Trung Quốc: Vietnam (越南), not nước Việt, the state of Yue (越国); Câu Tiễn, vua nước
    Việt is still Yue's king."""
    assert [m.zh for m in annotate(conn, "hai nước Việt Nam - Trung Quốc")] == ["越南", "中国"]
    assert ("nước Việt", "越国") in [(m.text, m.zh) for m in annotate(conn, "Câu Tiễn, vua nước Việt, diệt nước Ngô.")]


def test_no_province_of_an_autonomous_region(conn):
    """tỉnh Quảng Tây, as the press often writes it: Guangxi (广西) is an autonomous region (广西壮族自治区), so no
    province 广西省 is composed; tỉnh Vân Nam is the province 云南省."""
    found = [(m.text, m.zh) for m in annotate(conn, "Đoàn tỉnh Quảng Tây và tỉnh Vân Nam.")]
    assert ("Quảng Tây", "广西") in found and ("tỉnh Vân Nam", "云南省") in found
    assert not [f for f in found if f[1] == "广西省"]


def test_a_person_after_a_body_is_its_member(conn):
    """Bí thư Tỉnh ủy Đặng Xuân Phong: a provincial Party secretary (省委书记) and his name, not a body 省委邓春风."""
    found = [(m.text, m.zh, m.match) for m in annotate(conn, "Bí thư Tỉnh ủy Đặng Xuân Phong tiếp đoàn.")]
    assert found[0][:2] == ("Bí thư Tỉnh ủy", "省委书记") and not [f for f in found if f[2] == "composed"]


def test_a_headline_in_capitals_keeps_its_marks(conn):
    """QUAN TRỌNG (important) is no Quản Trọng (管仲, Guan Zhong); TẬP CẬN BÌNH is still 习近平."""
    found = [(m.text, m.zh) for m in annotate(conn, "ĐIỀU QUAN TRỌNG: TẬP CẬN BÌNH THĂM HÀ NỘI")]
    assert ("TẬP CẬN BÌNH", "习近平") in found and not [f for f in found if f[1] == "管仲"]


def test_a_club_printed_by_its_name_after_its_city_and_name(conn):
    """Changchun Yatai 长春亚泰 (a football club), then Yatai alone: the club, not 亚太 (Asia-Pacific)."""
    found = [(m.text, m.zh) for m in annotate(conn, "CLB Changchun Yatai thắng. Yatai đứng thứ ba.")]
    assert found == [("Changchun Yatai", "长春亚泰"), ("Yatai", "长春亚泰")]


def test_a_dash_of_any_kind_between_two_names(conn):
    """The China–Laos Railway (中老铁路), printed Đường sắt Trung – Lào and Tuyến đường sắt Trung-Lào, is found with
    a spaced hyphen too, with the word for the line (tuyến) before it."""
    assert [(m.text, m.zh) for m in annotate(conn, "Tuyến đường sắt Trung - Lào chở khách.")] == [("Tuyến đường sắt Trung - Lào", "中老铁路")]
    assert [(m.text, m.zh) for m in annotate(conn, "Đi đường sắt Trung - Lào.")] == [("đường sắt Trung - Lào", "中老铁路")]


def test_a_generic_of_another_unit_than_the_glossarys_place(conn):
    """khu Lạc Long is Luoyang's district 洛龙区, though the glossary's Lạc Long is Tibet's county 洛隆县; huyện Lạc
    Long is that county itself, and huyện Xương Bình no 平昌县 (Pingchang, whose name reads Bình Xương)."""
    found = [(m.text, m.zh) for m in annotate(conn, "Ở khu Lạc Long, thành phố Lạc Dương.")]
    assert ("khu Lạc Long", "洛龙区") in found
    assert [m.match for m in annotate(conn, "Huyện Lạc Long ở Tây Tạng, huyện Xương Bình.") if m.match == "composed"] == []


def test_a_short_name_printed_with_other_tones_than_its_reading(conn):
    """Longjing tea 龙井茶 is printed trà Long Tĩnh, though 井 reads tỉnh: beside it, Long Tĩnh alone is 龙井
    (the village and its tea), not a name read from tĩnh (静)."""
    found = {m.text: m for m in annotate(conn, "Trà Long Tĩnh nổi tiếng. Vùng Long Tĩnh có nhiều đồi chè.")}
    assert found["Long Tĩnh"].zh == "龙井" and found["Long Tĩnh"].match == "document"


def test_a_works_title_keeps_its_capital(conn):
    """Anh hùng (英雄, Zhang Yimou's film) and Phải sống (活着, Yu Hua's novel) are also ordinary words: in
    lower case, a hero and "must live", not the works."""
    assert not [m for m in annotate(conn, "Các anh hùng đã nói: chúng ta phải sống.") if m.zh in ("英雄", "活着")]
    assert [m.zh for m in annotate(conn, "Tiểu thuyết Phải sống của Dư Hoa.") if m.text == "Phải sống"] == ["活着"]


def test_a_sutras_title_keeps_its_capital(conn):
    """Tâm kinh is the Heart Sutra (心经, short for 般若波罗蜜多心经); in lower case the two syllables end trung tâm (a centre)
    and begin kinh tế (the economy)."""
    assert not [m for m in annotate(conn, "Thượng Hải là trung tâm kinh tế lớn.") if m.text == "tâm kinh"]
    assert [m.zh for m in annotate(conn, "Ông chép Tâm kinh mỗi sáng.") if m.text == "Tâm kinh"] == ["心经"]


def test_a_township_name_is_no_word_a_place_ends_inside(conn):
    """huyện Sơn Âm để…: 山阴县, where Wang Xizhi held the Orchid Pavilion gathering; Âm để reads as a
    village's name (阴底), which is no word the name ends inside."""
    found = {m.text: m.zh for m in annotate(conn, "Họ tụ họp tại huyện Sơn Âm để làm lễ.")}
    assert found.get("huyện Sơn Âm") == "山阴县"


def test_old_prefecture_and_empire_composed(conn):
    """phủ An Khánh is the Ming prefecture 安庆府 (Liu Sheng's home), Đế quốc Mông Cổ the Mongol Empire 蒙古帝国;
    capitalised, Phủ Tây Hồ is a shrine in Hanoi, no 西湖府."""
    found = {m.text: m.zh for m in annotate(conn, "Ông là người phủ An Khánh. Đế quốc Mông Cổ rất rộng. Họ lễ Phủ Tây Hồ.")}
    assert found["phủ An Khánh"] == "安庆府" and found["Đế quốc Mông Cổ"] == "蒙古帝国"
    assert "西湖府" not in found.values()


def test_police_of_a_chinese_unit_composed_not_vietnams_bodies(conn):
    """Công an thành phố Đông Hưng is Dongxing's public security bureau 东兴市公安局, Công an tỉnh Vân Nam a
    province's department 云南省公安厅; Vietnam's places and bodies are no Chinese names to compose (no 高平省
    for tỉnh Cao Bằng, no 河内大学 for Đại học Hà Nội)."""
    text = "Công an thành phố Đông Hưng và Công an tỉnh Vân Nam gặp Đại học Hà Nội ở tỉnh Cao Bằng."
    found = {m.text: m for m in annotate(conn, text)}
    assert found["Công an thành phố Đông Hưng"].zh == "东兴市公安局" and found["Công an tỉnh Vân Nam"].zh == "云南省公安厅"
    assert "tỉnh Cao Bằng" not in found and "Đại học Hà Nội" not in found


def test_feature_after_its_generic_read_as_a_word(conn):
    """kênh Thông Tế is the Sui canal 通济渠 and suối Nguyệt Nha the Crescent Spring 月牙泉 at Dunhuang: the
    generic and the name read together as a word of the lexicon; Vietnam's sông Lô and núi Bà Đen do not."""
    found = {m.text: m.zh for m in annotate(conn, "Họ đi dọc kênh Thông Tế tới suối Nguyệt Nha, rồi về sông Lô và núi Bà Đen.")}
    assert found["kênh Thông Tế"] == "通济渠" and found["suối Nguyệt Nha"] == "月牙泉"
    assert not any(text.endswith(("Lô", "Bà Đen")) for text in found)


def test_a_place_word_before_a_shared_form_makes_it_the_place(conn):
    """Hạ Long is both Ha Long (下龙, the Vietnamese city and bay) and the marshal He Long 贺龙: after vịnh, the bay."""
    assert [m.zh for m in annotate(conn, "Tàu vào vịnh Hạ Long.") if m.text == "Hạ Long"] == ["下龙"]


def test_a_name_of_the_lexicon_before_a_person_in_its_tail(conn):
    """Nhị Lý Đầu is Erlitou 二里头 (二 nhị, 里 lý, 头 đầu; CC-CEDICT's "Erlitou"), the Bronze Age site: the whole
    run, not a person Lý Đầu at its end."""
    found = [(m.text, m.zh) for m in annotate(conn, "Nền văn hóa Nhị Lý Đầu có từ thời nhà Hạ.") if m.status == "unknown"]
    assert found == [("Nhị Lý Đầu", "二里头")]


def test_a_longer_name_with_a_number_in_its_characters(conn):
    """tên lửa siêu vượt âm DF-17 is the Dongfeng-17 missile 东风-17, whose characters hold a number: the document
    pass reads only windows of Chinese characters (-1 is none), and Tên lửa (a missile, the term 火箭) is not the
    PLA Rocket Force 中国人民解放军火箭军."""
    found = {m.text: m.zh for m in annotate(conn, "Họ phô diễn tên lửa siêu vượt âm DF-17. Tên lửa này rất nhanh.")}
    assert found["tên lửa siêu vượt âm DF-17"] == "东风-17" and found.get("Tên lửa") != "中国人民解放军火箭军"


def test_a_quoted_chinese_term_read_as_a_lexicon_word(conn):
    """“ma phí tán” is Hua Tuo's anaesthetic 麻沸散 (麻 ma, 沸 phí, 散 tán) and “Tứ đại thiên vương” the Four
    Heavenly Kings 四大天王 of Cantopop: quoted words that read, with their diacritics, as one lexicon word.
    A quoted Vietnamese phrase (“phát triển bền vững”, sustainable development) reads as none."""
    text = "Ông dùng “ma phí tán” để gây mê. Ca sĩ thuộc “Tứ đại thiên vương”. Mục tiêu là “phát triển bền vững”."
    found = {m.text: m.zh for m in annotate(conn, text)}
    assert found["ma phí tán"] == "麻沸散" and found["Tứ đại thiên vương"] == "四大天王"
    assert not any("bền vững" in name for name in found)


def test_special_zones_and_an_emperor_named_after_the_title(conn):
    """Đặc khu hành chính Ma Cao is the Macao SAR 澳门特别行政区, Đặc khu kinh tế Chu Hải the Zhuhai SEZ
    珠海经济特区 (the zone's words after the place, as Chinese writes them); Hoàng đế Càn Long is the
    Qianlong Emperor 乾隆帝 (the title, nine letters long, is written after the era name)."""
    text = "Đặc khu hành chính Ma Cao giáp Đặc khu kinh tế Chu Hải. Hoàng đế Càn Long đi tuần."
    found = {m.text: m.zh for m in annotate(conn, text)}
    assert found["Đặc khu hành chính Ma Cao"] == "澳门特别行政区" and found["Đặc khu kinh tế Chu Hải"] == "珠海经济特区"
    assert found["Hoàng đế Càn Long"] == "乾隆帝" and found["Càn Long"] == "乾隆"


def test_a_person_a_place_is_named_after_and_a_headline_word(conn):
    """lăng mộ Tần Thủy Hoàng is the mausoleum 秦始皇陵, and in it the First Emperor 秦始皇 is named too; a run with a
    word in capitals (THÍCH, "likes", in a headline) is no Chinese name (not the monk's surname Thích 释)."""
    found = [(m.text, m.zh) for m in annotate(conn, "Du khách tới lăng mộ Tần Thủy Hoàng. THÍCH Cầu Lông")]
    assert ("lăng mộ Tần Thủy Hoàng", "秦始皇陵") in found and ("Tần Thủy Hoàng", "秦始皇") in found
    assert not any("Cầu Lông" in text for text, _ in found)


def test_a_courtesy_name_has_no_surname(conn):
    """Hoa Đà tự là Nguyên Hóa: Hua Tuo's courtesy name is Yuanhua 元化 (华佗字元化), every syllable read as a given
    name's; not 原化, composed with the surname 原."""
    found = {m.text: (m.zh, m.pinyin) for m in annotate(conn, "Hoa Đà tự là Nguyên Hóa, người nước Bái.")}
    assert found["Nguyên Hóa"] == ("元化", "Yuánhuà")


def test_unknown_people_and_places_read_from_their_context(conn):
    """Nan Rendong 南仁东, who conceived the FAST telescope: after người Trung Quốc, three words are a Chinese person
    though 南 is a rare surname. Đổng Hải Phong, a person, is not Động Hải 洞海 (Dong Hoi) printed with other tone
    marks before a capitalised word. Tuyến Đường Tơ Lụa (the Silk Road route): tơ and lụa are Vietnamese words, no
    readings, so no person 唐丝缕. Shanghai's Hongqiao airport 虹桥国际机场 (虹桥机场 is a word; 红桥 is a district of Tianjin),
    and Hồng Kiều in it 虹桥; tế Hồng there is no term tế hồng 祭红. thủ phủ Lhasa (the capital) is no prefecture 拉萨府."""
    text = (
        "Nhà thiên văn học người Trung Quốc Nam Nhân Đông thai nghén dự án. Vi Á cùng với Đổng Hải Phong - bạn trai cô. "
        "Tuyến Đường Tơ Lụa cổ xưa. Máy bay đến Sân bay Quốc tế Hồng Kiều. Cung điện ở thủ phủ Lhasa."
    )
    found = {m.text: m.zh for m in annotate(conn, text)}
    assert found["Nam Nhân Đông"] == "南仁东" and "Đổng Hải Phong" in found and "Đổng Hải" not in found
    assert not any("Tơ Lụa" in name for name in found) and "tế Hồng" not in found
    assert found["Sân bay Quốc tế Hồng Kiều"] == "虹桥国际机场" and found["Hồng Kiều"] == "虹桥"
    assert "phủ Lhasa" not in found


def test_an_acronym_before_a_name_and_a_namesake_inside_a_river(conn):
    """CEO Wang Xingxing is Unitree's founder 王兴兴: an acronym in capitals is no headline word. In sông Dương Tử, the
    Yangtze 长江, the actress Dương Tử 杨紫 is not named: a person inside a place is reported only when the place's
    characters write hers."""
    text = "Theo CEO Wang Xingxing, robot bán chạy. Cá heo sông Dương Tử. Vi Á bán hàng."  # Viya, a syllable of one letter
    found = [(m.text, m.zh) for m in annotate(conn, text)]
    assert ("Wang Xingxing", "王兴兴") in found and ("sông Dương Tử", "长江") in found and "Vi Á" in dict(found)
    assert "杨紫" not in [zh for _, zh in found]


def test_a_river_named_without_its_generic_and_halls_in_sentence_case(conn):
    """Beside sông Dương Tử (the Yangtze 长江), Dương Tử alone is the river, not the actress 杨紫 whose form it is; a term
    keeps its entry beside a place named after it (trí tuệ nhân tạo 人工智能 beside Đảo Trí tuệ nhân tạo). Đại thành
    điện is the Hall of Great Achievement 大成殿 (a lexicon word: 大 đại, 成 thành, 殿 điện) and Thánh Tích điện the Hall
    of the Sage's Traces 圣迹殿 (圣迹 + 殿), both at the Confucius Temple in Qufu; Công ty điện (a power company) is none."""
    text = ("Cá heo sông Dương Tử sống ở vùng Dương Tử. Đảo Trí tuệ nhân tạo dạy trí tuệ nhân tạo. "
            "Đại thành điện ở giữa, Thánh Tích điện phía sau. Công ty điện tăng giá. Cung điện đẹp.")  # fmt: skip
    found = {(m.text, m.zh) for m in annotate(conn, text)}
    assert ("Dương Tử", "长江") in found and ("Dương Tử", "杨紫") not in found and ("trí tuệ nhân tạo", "人工智能") in found
    assert ("Đại thành điện", "大成殿") in found and ("Thánh Tích điện", "圣迹殿") in found
    assert not any(text.startswith(("Công ty", "Cung điện")) for text, _ in found)


def test_ancient_states_in_a_list_of_three_or_more(conn):
    """Tề, Tần, Sở, Triệu, Ngụy, Hàn: the Warring States 齐, 秦, 楚, 赵, 魏, 韩 (each entry also written with its one
    character); two surnames are no list (anh Triệu và Hàn)."""
    found = [(m.text, m.zh, "齐" in m.zh_other) for m in annotate(conn, "Thời Chiến Quốc còn Tề, Tần, Sở, Triệu, Ngụy, Hàn.")
             if m.match == "state"]  # fmt: skip
    assert ("Tề", "齐国", True) in found and ("Hàn", "韩国", False) in found and len(found) == 6
    assert not [m for m in annotate(conn, "Anh Triệu và Hàn đi chơi.") if m.match == "state"]


def test_a_given_name_alone_after_the_full_name(conn):
    """Lý Thanh Chiếu is the Song poet Li Qingzhao 李清照; Thanh Chiếu alone, later in the text, is her given name 清照."""
    found = [(m.text, m.zh, m.match) for m in annotate(conn, "Lý Thanh Chiếu là nữ sĩ. Thuở nhỏ, Thanh Chiếu đã làm thơ.")]
    assert ("Lý Thanh Chiếu", "李清照", "exact") in found and ("Thanh Chiếu", "清照", "document") in found


def test_a_vietnamese_word_of_address_leads_no_chinese_name(conn):
    """Bác Hồ is Uncle Ho (Hồ Chí Minh), not Bohu County 博湖 in Xinjiang, which the two words also read as."""
    assert [m.text for m in annotate(conn, "Năm 1961, Bác Hồ đã đến nghỉ ở thành phố Quế Lâm.")] == ["Quế Lâm"]


def test_a_port_named_in_pinyin(conn):
    """Ningbo Port is the Port of Ningbo 宁波港: Port, like Island or Lake, is a generic printed after a name in pinyin."""
    assert [(m.text, m.zh) for m in annotate(conn, "Hàng qua Ningbo Port tăng.")] == [("Ningbo Port", "宁波港")]


def test_wukong_alone_is_the_monkey_king(conn):
    """Ngộ Không alone is Sun Wukong's name (孙悟空, whose Buddhist name is 悟空), not the DAMPE satellite
    (悟空号), which the press calls vệ tinh Ngộ Không."""
    (found,) = [m for m in annotate(conn, "Ngộ Không theo Đường Tăng đi thỉnh kinh.") if m.text == "Ngộ Không"]
    assert found.entry_id == "sun-wukong"
    (satellite,) = [m for m in annotate(conn, "Trung Quốc phóng vệ tinh Ngộ Không.") if m.text == "vệ tinh Ngộ Không"]
    assert satellite.zh == "悟空号"


def test_a_place_after_a_word_for_a_person_opens_a_name(conn):
    """Ông Châu Hải Minh is a man: no Zhuhai (珠海, read Châu Hải) in his name, nor Pazhou (琶洲, read Bà Châu)
    when Bà opens the sentence; Zhuhai stays a place before another name."""
    for text in ("Ông Châu Hải Minh cho biết.", "Bà Châu Hải Minh cho biết."):
        assert not [m.zh for m in annotate(conn, text) if m.kind == "place"], text
    assert "珠海" in [m.zh for m in annotate(conn, "Đến Châu Hải Trung Quốc.")]


def test_a_place_after_a_surname_after_a_word_for_a_person_is_a_given_name(conn):
    """Ông Trương Hải Nam is a man surnamed Trương (张): Hải Nam is his given name, not Hainan (海南); so is Tây An
    in bà Vương Tây An, not Xi'an (西安)."""
    for text, name in (("Ông Trương Hải Nam cho biết.", "Trương Hải Nam"), ("Bà Vương Tây An nói.", "Vương Tây An")):
        assert [(m.text, m.kind) for m in annotate(conn, text)] == [(name, "person")]


def test_a_capitalised_term_is_no_commoner_word_in_lower_case(conn):
    """Tiền Lương, the Former Liang state (前凉), is tiền lương in lower case: a wage (钱粮 reads so, and is far
    commoner); Liên Quân, the game (传说对决), is liên quân, an allied army (联军)."""
    assert annotate(conn, "Công nhân nhận tiền lương cao. Đội liên quân tấn công.") == []
    found = [(m.text, m.zh) for m in annotate(conn, "Nhà Tiền Lương bị diệt. Chơi Liên Quân mỗi ngày.")]
    assert found == [("Tiền Lương", "前凉"), ("Liên Quân", "传说对决")]


def test_no_term_across_two_words(conn):
    """Diễn đàn Kinh tế (an economic forum) holds no Đàn Kinh, the Platform Sutra (坛经): đàn ends diễn đàn and Kinh
    begins kinh tế. Printed as a name, it is found."""
    assert annotate(conn, "Diễn đàn Kinh tế Thế giới họp tại Davos.") == []
    assert ("Đàn Kinh", "坛经") in [(m.text, m.zh) for m in annotate(conn, "Đàn Kinh của Huệ Năng.")]


def test_a_form_of_a_person_and_a_place_after_tai_is_the_place(conn):
    """Hạ Long is the Vietnamese city (下龙) after tại (at) or đến (to), the marshal He Long (贺龙) after ông."""
    found = [(m.text, m.zh) for m in annotate(conn, "Hội nghị họp tại Hạ Long. Đoàn đến Hạ Long. Ông Hạ Long sinh năm 1896.")]
    assert found == [("Hạ Long", "下龙"), ("Hạ Long", "下龙"), ("Hạ Long", "贺龙")]


def test_no_body_named_after_a_person_printed_after_trung_quoc(conn):
    """Công an Trung Quốc Vương Tiểu Hồng is China's police and its minister Wang Xiaohong (王小洪), no body
    named after him (王小洪中国公安局); Viện Văn học Lỗ Tấn, the Lu Xun Literary Institute (鲁迅文学院), is one."""
    found = [m.zh for m in annotate(conn, "Công an Trung Quốc Vương Tiểu Hồng. Viện Văn học Lỗ Tấn mở lớp.")]
    assert "王小洪" in found and "鲁迅文学院" in found and not any(zh.startswith("王小洪") and zh != "王小洪" for zh in found)


def test_a_vietnamese_province_holds_no_chinese_city(conn):
    """tỉnh Tây Ninh is the Vietnamese province (西宁省), holding no Xining (西宁, Qinghai's capital), which
    Tây Ninh alone still is."""
    found = [(m.text, m.zh) for m in annotate(conn, "Đoàn tỉnh Tây Ninh sang thăm. Thành phố Tây Ninh thuộc Thanh Hải.")]
    assert ("tỉnh Tây Ninh", "西宁省") in found and ("Tây Ninh", "西宁") in found
    assert not [m for m in annotate(conn, "Đoàn tỉnh Tây Ninh sang thăm.") if m.zh == "西宁"]


def test_a_dash_or_ampersand_between_two_names(conn):
    """Ningbo-Zhoushan Port (宁波舟山港), a form printed Cảng Ninh Ba & Chu San, is found printed with a spaced
    dash, and the Danyang–Kunshan Grand Bridge (丹昆特大桥, Cầu Đan Dương – Côn Sơn) with a dash between the
    names unspaced. The older spelling with a hyphen inside a name stays one name (Thái-lan, Thailand)."""
    found = [(m.text, m.zh) for m in annotate(conn, "Tàu vào Cảng Ninh Ba – Chu San rồi qua Cầu Đan Dương–Côn Sơn.")]
    assert ("Cảng Ninh Ba – Chu San", "宁波舟山港") in found and ("Cầu Đan Dương–Côn Sơn", "丹昆特大桥") in found
    assert [(m.text, m.zh) for m in annotate(conn, "Đoàn đi Thái-lan.")] == [("Thái-lan", "泰国")]


def test_a_river_inside_a_longer_name_without_song(conn):
    """The Yangtze River Economic Belt (长江经济带), printed Vành đai Kinh tế sông Dương Tử, is found without the word
    for river (sông) too."""
    found = [(m.text, m.zh) for m in annotate(conn, "Phát triển vành đai kinh tế Dương Tử là ưu tiên.")]
    assert ("vành đai kinh tế Dương Tử", "长江经济带") in found


def test_a_name_the_longer_name_writes_whole_keeps_its_entry(conn):
    """Nội Mông is Inner Mongolia (内蒙古), which Khu tự trị Nội Mông (内蒙古自治区) writes whole: printed alone beside
    it, it stays 内蒙古, not the two characters that read nội mông (内蒙)."""
    found = [(m.text, m.zh) for m in annotate(conn, "Mỏ ở Khu tự trị Nội Mông rất lớn. Nội Mông giàu than.")]
    assert ("Khu tự trị Nội Mông", "内蒙古自治区") in found and ("Nội Mông", "内蒙古") in found and ("Nội Mông", "内蒙") not in found


def test_a_vietnamese_official_by_his_post_is_no_chinese_name(conn):
    """A name right after a post the text places in Vietnam (… Móng Cái (Việt Nam) Hồ Quang Huy), or followed by a
    post in a People's Committee (UBND, a Vietnamese body only), is a Vietnamese official; the Chinese mayor beside
    him is still read."""
    text = ("Chủ tịch UBND thành phố Móng Cái (Việt Nam) Hồ Quang Huy và Thị trưởng Đông Hưng Lí Kiện hội đàm. "
            "Ông Hồ Quang Huy, Chủ tịch UBND thành phố Móng Cái, phát biểu.")
    found = annotate(conn, text)
    assert not [m for m in found if "Hồ Quang" in m.text or m.text in ("Quang Huy", "Hồ Quang")]
    assert [m.kind for m in found if m.text == "Lí Kiện"] == ["person"]


def test_no_second_title_after_hoang_de(conn):
    """Hoàng đế before a temple name (Đường Cao Tông 唐高宗), a dynasty (nhà Thanh 清朝) or a person's own name (Phổ
    Nghi 溥仪, Puyi) adds no 帝: 唐高宗帝, 清朝帝 and 溥仪帝 are no names. Before an era it does (乾隆帝, tested above)."""
    text = "Hoàng đế Đường Cao Tông băng hà. Các hoàng đế nhà Thanh. Cựu Hoàng đế Phổ Nghi thoái vị."
    found = {m.zh for m in annotate(conn, text)}
    assert {"唐高宗", "清朝", "溥仪"} <= found and not {"唐高宗帝", "清朝帝", "溥仪帝"} & found


def test_a_ruler_then_his_own_name(conn):
    """Cao Tông Lý Trị is Gaozong of Tang and his own name, Li Zhi (李治): no person Tông Lý Trị (宗李治) whose surname
    would be the title's last word."""
    found = [(m.text, m.zh) for m in annotate(conn, "Bà trở thành Hoàng hậu của Cao Tông Lý Trị và lên ngôi.")]
    assert ("Lý Trị", "李治") in found and not [zh for _, zh in found if zh.startswith("宗")]


def test_a_known_name_after_a_conjunction_opening_the_sentence(conn):
    """Nhưng (but) or Và (and) opening a sentence is no first word of a longer name: Nhạc Phi is Yue Fei (岳飞) and
    Lý Cường Li Qiang (李强), the glossary's entries, not unknown names."""
    found = [(m.text, m.zh, m.match) for m in annotate(conn, "Nhưng Nhạc Phi từ chối. Và Lý Cường nói.")]
    assert found == [("Nhạc Phi", "岳飞", "exact"), ("Lý Cường", "李强", "exact")]


def test_a_post_after_the_name_that_names_a_place_in_vietnam(conn):
    """Chu Xuân Quyết, Chính trị viên Đồn Biên phòng cửa khẩu quốc tế Móng Cái: the post after the name names a
    Vietnamese place (Móng Cái), so he is a Vietnamese officer, no unknown Chinese name. Đặng Quân, Huyện trưởng huyện
    Hà Khẩu (the Chinese county 河口) stays one, though the sentence goes on to a Vietnamese province."""
    found = [(m.text, m.kind) for m in annotate(conn, "Thượng tá Chu Xuân Quyết, Chính trị viên Đồn Biên phòng cửa khẩu quốc tế Móng Cái, phát biểu.")]
    assert not [text for text, kind in found if "Xuân Quyết" in text]
    text = "Cám ơn đồng chí Đặng Quân, Huyện trưởng huyện Hà Khẩu đã tiễn đoàn công tác tỉnh Lào Cai."
    assert ("Đặng Quân", "person") in [(m.text, m.kind) for m in annotate(conn, text)]
