"""Decoding and cleaning: the five sample texts against the hand annotation, and invented pages."""

import json
from pathlib import Path

import pytest

from visits.extraction.cleaning import ExtractionError, clean, credit_kind, decode

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
SEEDS = sorted(SEEDS_DIR.glob("*.txt"))
GOLD_PATH = Path("/work/shared/eval/seeds_gold.json")


@pytest.fixture(scope="module")
def gold():
    if not GOLD_PATH.exists():
        pytest.skip("hand annotation not available")
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


def _cleaned(name):
    path = next(p for p in SEEDS if p.name.startswith(name))
    return clean(decode(path.read_bytes()))


def _body_lines(cleaned):
    return set(cleaned.body.split("\n\n"))


# --- decode ---------------------------------------------------------------------------------

RU = "Путин прибыл в Астану\n\nАСТАНА, 27 ноября — Президент России Владимир Путин прибыл в Казахстан.\n"
FR = "Le président est arrivé à Astana. Élysée, café, déjà vu, très bientôt.\n"


def test_decode_utf8_with_bom_drops_the_bom():
    assert decode(b"\xef\xbb\xbf" + RU.encode()) == RU


def test_decode_utf16_with_bom():
    assert decode(RU.encode("utf-16")) == RU
    assert decode(RU.encode("utf-16-be").join([b"\xfe\xff", b""])) == RU


def test_decode_utf16_without_bom():
    assert decode(RU.encode("utf-16-le")) == RU


def test_decode_cp1251_file():
    assert decode(RU.encode("cp1251")) == RU


def test_decode_cp1252_file():
    assert decode(FR.encode("cp1252")) == FR


def test_decode_empty_file_raises():
    with pytest.raises(ExtractionError, match="empty file"):
        decode(b"")


def test_decode_whitespace_only_raises():
    with pytest.raises(ExtractionError, match="only whitespace"):
        decode(b" \r\n\t\n\xc2\xa0 ".replace(b"\xc2\xa0", b" "))


def test_decode_binary_with_nul_bytes_raises():
    with pytest.raises(ExtractionError, match="binary file: contains NUL bytes"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")


def test_decode_undecodable_bytes_raise():
    with pytest.raises(ExtractionError, match="cannot decode as text"):
        decode(bytes(range(1, 32)) * 20)


# --- the sample texts -----------------------------------------------------------------------


def test_clean_finds_every_gold_credit_with_its_caption(gold):
    by_file = {}
    for photo in gold["photos"]:
        by_file.setdefault(photo["file"], []).append(photo)
    for path in SEEDS:
        cleaned = clean(decode(path.read_bytes()))
        want = [(p["credit_line_no"], p["credit"], p["caption"]) for p in by_file.get(path.name, [])]
        got = [(c.line_no, c.text, c.caption) for c in cleaned.credits]
        assert got == want, path.name


def test_clean_caption_spans_point_at_the_caption_in_body():
    for path in SEEDS:
        cleaned = clean(decode(path.read_bytes()))
        for credit in cleaned.credits:
            if credit.caption_span is not None:
                assert credit.caption_span.snippet(cleaned.body) == credit.caption


def test_clean_credit_lines_leave_the_body():
    cleaned = _cleaned("000")
    assert "Photo by" not in cleaned.body
    assert "©" not in cleaned.body
    assert len(cleaned.credits) == 18


def test_clean_gold_boilerplate_is_gone_and_content_stays(gold):
    for article in gold["articles"]:
        cleaned = _cleaned(article["file"][:3])
        lines = _body_lines(cleaned)
        for example in article["boilerplate_examples"]:
            text = " ".join(example.split())
            if not text:
                continue
            if text == cleaned.body.split("\n\n")[0]:
                # the duplicated lede of 003: one copy stays
                assert cleaned.body.count(text) == 1
                continue
            assert text not in lines, (article["file"], text)
    assert "We described how the first day of the trip to Russia went here." in _cleaned("001").body


def test_clean_lead_image_caption_repeating_the_title_is_a_credit():
    cleaned = _cleaned("003")
    assert cleaned.credits[0].text == "©️ Akorda.kz"
    assert cleaned.credits[0].caption == cleaned.title
    assert cleaned.credits[0].caption_span is None
    assert "©" not in cleaned.body


def test_clean_duplicate_lede_keeps_one_copy():
    body = _cleaned("003").body
    assert body.count("has arrived in Moscow on a state visit") == 1
    assert body.startswith("Tengrinews.kz – President of Kazakhstan")


def test_clean_titles_match_gold(gold):
    for article in gold["articles"]:
        assert _cleaned(article["file"][:3]).title == article["title"], article["file"]


def test_clean_title_is_none_when_text_opens_mid_article():
    cleaned = _cleaned("002")
    assert cleaned.title is None
    assert cleaned.body.startswith("Massive banners reading")


def test_clean_calendar_header_recorded_and_title_after_it():
    cleaned = _cleaned("001")
    assert cleaned.header[:4] == ["ru24.pro", "World News", "Ноябрь", "2025"]
    assert "30" in cleaned.header
    assert cleaned.title.startswith("Strength in calm")
    assert "0" in cleaned.removed


def test_clean_byline_glued_to_general_credit_is_split():
    cleaned = _cleaned("001")
    assert cleaned.bylines == ["Text: Aisultan Kulshmanov"]
    assert cleaned.general_credits == ["Photos: Tengrinews.kz, the press service of Akorda."]
    assert "Aisultan" not in cleaned.body
    assert cleaned.credits == []


def test_clean_wix_byline_block_and_placeholder_dropped():
    cleaned = _cleaned("004")
    assert cleaned.header == ["top of page", "Search"]
    assert cleaned.bylines == ["Writer: Times Tengri", "Nov 11"]
    assert {"ree", "Comments", "bottom of page", "• 5 min read"} <= set(cleaned.removed)
    assert "Times Tengri" not in cleaned.body
    assert cleaned.body.startswith("At the invitation of Russian President")


def test_clean_glued_section_heading_becomes_its_own_paragraph():
    paragraphs = _cleaned("004").body.split("\n\n")
    assert "V. Significance and Prospects from a Global Perspective" in paragraphs
    assert "I. Background and High-Level Interaction: Laying the Foundation for Cooperation" in paragraphs
    before = paragraphs[paragraphs.index("V. Significance and Prospects from a Global Perspective") - 1]
    assert before.endswith("wider international stage.")


def test_clean_keeps_quotes_and_dashes_as_written():
    body = _cleaned("001").body
    assert "“We’re lucky,” a local cameraman whispers." in body
    assert "Tengrinews.kz – The second day" in body


def test_clean_footer_widgets_and_related_headlines_dropped():
    cleaned = _cleaned("003")
    assert cleaned.body.endswith("a signal of the quality of relations.") or "Exchange Rates" not in cleaned.body
    for gone in ("Читайте также", "Kazakhstan to be hit by snowfall", "course up", "Алматы", "Социальные сети"):
        assert gone not in cleaned.body


# --- invented pages -------------------------------------------------------------------------

ENGLISH_PAGE = (
    """Skip to main content
Home > World > Asia

Erdogan and Mirziyoyev sign energy deal in Tashkent

By Jane Doe
March 3, 2025 2:14 PM GMT+5
Share
Tweet

TASHKENT, March 3 (Reuters) - Turkish President Tayyip Erdogan and Uzbek President"""
    "\u00a0"
    """Shavkat Mirziyoyev signed an energy agreement on Monday.

Erdogan arrived in Tashkent on Sunday for a two-day state visit.
The leaders at the welcoming ceremony in Tashkent. Murat Kaya/Presidential Press Office/Handout via REUTERS

Read also
Uzbekistan raises gas prices
Turkish lira slips against dollar

The two\u200b leaders discussed trade, which reached $3 billion last year.
Photo: Reuters

Reporting by Jane Doe; Editing by John Roe
3 comments
Comments
Great article, thanks for the report on this important visit to Central Asia today!
"""
)


def test_clean_english_page_drops_share_and_read_also_blocks():
    cleaned = clean(ENGLISH_PAGE)
    assert cleaned.title == "Erdogan and Mirziyoyev sign energy deal in Tashkent"
    paragraphs = cleaned.body.split("\n\n")
    assert paragraphs[0].startswith("TASHKENT, March 3 (Reuters) - ")
    assert "Share" not in paragraphs and "Tweet" not in paragraphs
    assert "Uzbekistan raises gas prices" not in cleaned.body
    assert "Great article" not in cleaned.body
    assert "The two leaders discussed trade, which reached $3 billion last year." in paragraphs
    assert cleaned.bylines[:2] == ["By Jane Doe", "March 3, 2025 2:14 PM GMT+5"]


def test_clean_normalises_nbsp_and_zero_width_inside_lines():
    cleaned = clean(ENGLISH_PAGE)
    assert "Uzbek President Shavkat Mirziyoyev" in cleaned.body
    assert "\u00a0" not in cleaned.body and "\u200b" not in cleaned.body


def test_clean_inline_slash_credit_splits_from_its_caption():
    cleaned = clean(ENGLISH_PAGE)
    first, second = cleaned.credits
    assert first.text == "Murat Kaya/Presidential Press Office/Handout via REUTERS"
    assert first.caption == "The leaders at the welcoming ceremony in Tashkent."
    assert first.caption_span.snippet(cleaned.body) == first.caption
    assert second.text == "Photo: Reuters"
    assert second.caption.startswith("The two leaders discussed trade")


def test_clean_pool_credit_line_below_caption():
    text = (
        "MOSCOW, November 27. /TASS/. Putin held talks with Japarov in the Kremlin.\n"
        "Sadyr Japarov and Vladimir Putin during the talks.\n"
        "Mikhail Metzel/POOL/TASS\n"
        "The talks lasted three hours.\n"
    )
    cleaned = clean(text)
    assert [(c.text, c.caption, c.line_no) for c in cleaned.credits] == [
        ("Mikhail Metzel/POOL/TASS", "Sadyr Japarov and Vladimir Putin during the talks.", 3)
    ]
    assert "POOL" not in cleaned.body


def test_clean_russian_credit_and_share_button():
    text = "Визит в Астану\n\nПоделиться\n\nПрезидент прибыл в Астану с визитом.\nФото: пресс-служба Акорды\n"
    cleaned = clean(text)
    assert cleaned.title == "Визит в Астану"
    assert cleaned.body == "Президент прибыл в Астану с визитом."
    assert cleaned.credits[0].text == "Фото: пресс-служба Акорды"


def test_clean_body_sentence_starting_with_by_is_not_a_byline():
    text = "Title of the Story Here\n\nBy Tuesday, the talks had ended without a deal.\nMore text follows here.\n"
    cleaned = clean(text)
    assert cleaned.bylines == []
    assert cleaned.body.startswith("By Tuesday, the talks had ended")


def test_clean_windows_line_endings_count_lines_like_the_raw_text():
    text = "Heading Of The Story\r\n\r\nA caption line under the picture.\r\n© Outlet.com / Ann Lee\r\nMore.\r\n"
    cleaned = clean(text)
    assert cleaned.credits[0].line_no == 4
    assert cleaned.credits[0].caption == "A caption line under the picture."


# --- page headers: skip links, nav bars, site name, cookie banners, section labels --------------


def test_clean_header_with_pipe_nav_site_name_cookie_banner_and_section_label():
    text = (
        "Skip to main content\n"
        "Home | Region | Markets | Culture | Sport\n"
        "Northern Lantern\n"
        "We use cookies to make this site work. By staying on the site you agree to our cookie policy. Accept\n"
        "Region\n"
        "Minister visits the port city: three deals and a ferry line\n"
        "By Marta Kowal\n"
        "3 March 2031, 09:15\n"
        "Share\nTweet\n\n"
        "PORTVILLE — The foreign minister arrived in Portville on Monday for talks on trade.\n\n"
        "The talks covered shipping and tourism.\n"
    )
    cleaned = clean(text)
    assert cleaned.title == "Minister visits the port city: three deals and a ferry line"
    assert cleaned.site == "Northern Lantern"
    assert cleaned.bylines == ["By Marta Kowal", "3 March 2031, 09:15"]
    assert cleaned.body.startswith("PORTVILLE — The foreign minister")
    assert "cookie" not in cleaned.body and "Region" not in cleaned.body.split("\n\n")


def test_clean_space_separated_nav_bar_and_site_name_first():
    text = (
        "Valley Gazette\n"
        "News  Business  Opinion  Travel\n"
        "Delegation from the south opens trade office in the capital\n"
        "Share on Facebook\n\n"
        "The delegation opened the office on Tuesday, officials said.\n\n"
        "More details followed at a press briefing.\n"
    )
    cleaned = clean(text)
    assert cleaned.title == "Delegation from the south opens trade office in the capital"
    assert cleaned.site == "Valley Gazette"
    assert cleaned.header == ["Valley Gazette", "News Business Opinion Travel"]


def test_clean_capitals_site_name_language_switcher_and_date_line_before_title():
    text = (
        "STEPPE POST\n"
        "Main   Politics   Economy   World\n"
        "KZ | RU | EN\n"
        "This website uses cookies. OK\n\n"
        "Politics\n"
        "14.02.2031 | 11:05\n"
        'Ministers in the capital: "A new page" in relations\n\n'
        "The minister paid a working visit to the capital on February 14 and held talks.\n"
    )
    cleaned = clean(text)
    assert cleaned.title == 'Ministers in the capital: "A new page" in relations'
    assert cleaned.site == "STEPPE POST"
    assert cleaned.bylines == ["14.02.2031 | 11:05"]
    assert "Politics" not in cleaned.body


def test_clean_long_site_name_line_and_section_label_then_title_and_standfirst():
    text = (
        "Eastern Plains Information Agency\n"
        "World\n"
        "Prime minister arrives in the island state on official visit\n"
        "The two sides are expected to sign accords on fisheries and ports\n\n"
        "ISLANDTOWN, May 5. /EPIA/. The prime minister has arrived in Islandtown, a correspondent reported.\n"
    )
    cleaned = clean(text)
    assert cleaned.title == "Prime minister arrives in the island state on official visit"
    assert cleaned.site == "Eastern Plains Information Agency"
    assert cleaned.body.startswith("The two sides are expected to sign accords")


def test_clean_two_word_nav_needs_navigation_words_and_a_two_part_title_is_kept():
    cleaned = clean("Minister in Tokyo | World\n\nThe minister arrived in Tokyo on Monday for talks.\n")
    assert cleaned.title == "Minister in Tokyo | World"
    cleaned = clean(
        "Sign in  Subscribe\nTalks end with a joint statement\n\nThe talks ended on Friday, both sides said.\n"
    )
    assert cleaned.title == "Talks end with a joint statement"


def test_clean_copyright_footer_with_use_of_materials_is_chrome_not_a_credit():
    text = (
        "Talks end with a joint statement\n\n"
        "The talks ended on Friday, both sides said in a joint statement after the meeting.\n\n"
        "© Hill Country Daily, 2031. Use of materials is allowed with a reference to the source.\n"
        "About | Contact | Terms of use | Privacy\n"
    )
    cleaned = clean(text)
    assert cleaned.credits == []
    assert "© Hill Country Daily, 2031." not in cleaned.body
    assert "© Hill Country Daily, 2031. Use of materials is allowed with a reference to the source." in cleaned.removed


def test_clean_cookie_sentence_in_prose_without_a_consent_word_stays():
    text = "Bakers Meet\n\nThe bakers showed new cookies at the fair and sold them all by noon.\n"
    assert "new cookies" in clean(text).body


# --- header shapes: date lines, widgets, menus, breadcrumbs (invented pages) ------------------


def test_clean_day_month_time_line_is_a_date_not_the_title():
    text = (
        "HARBOUR LEDGER\nNews  Markets  Region  Video\nLog in\n\n07.11 | 10:15\n\nShare   Tweet   Copy link\n\n"
        "The foreign minister arrived in Portville on Monday, 6 November, for two days of talks.\n\n"
        "The talks covered trade and shipping, officials said after the first meeting.\n"
    )
    cleaned = clean(text)
    assert cleaned.title is None
    assert cleaned.bylines == ["07.11 | 10:15"]
    assert cleaned.body.startswith("The foreign minister arrived")


def test_clean_weather_widget_and_read_also_block_above_the_title():
    text = (
        "RIVER DAILY\nNews | Politics | Economy | Sport\nRivertown  -3°C   USD 12.40   EUR 13.85\n\n"
        "Read also:\nMayor opens a new bridge\nSnow expected over the weekend\n\n"
        "Politics\n\nCouncil opens its spring session with a long agenda\n\n14.03 09:30\n\n"
        "The council opened its spring session on Monday, 14 March, with more than forty items.\n"
    )
    cleaned = clean(text)
    assert cleaned.title == "Council opens its spring session with a long agenda"
    assert cleaned.bylines == ["14.03 09:30"]
    assert cleaned.body.split("\n\n") == [
        "The council opened its spring session on Monday, 14 March, with more than forty items."
    ]
    assert "Rivertown -3°C USD 12.40 EUR 13.85" in cleaned.header


def test_clean_menu_printed_one_item_per_line_is_header():
    text = (
        "LAKESIDE MONITOR\nMain\nRegion\nEconomy\nEnergy & Water\nCulture\nInterviews\nPhoto\n\n"
        "Ministers agree on a joint plan for the shared lake\n\n3 June, 18:20\nViews: 2 517\n\n"
        "Share: Facebook | X | Telegram\n\n"
        "The two ministers met in Lakeport on 3 June and agreed on a joint plan for the lake.\n"
    )
    cleaned = clean(text)
    assert cleaned.site == "LAKESIDE MONITOR"
    assert cleaned.title == "Ministers agree on a joint plan for the shared lake"
    assert cleaned.body == "The two ministers met in Lakeport on 3 June and agreed on a joint plan for the lake."


def test_clean_breadcrumb_source_row_and_ad_marker_are_not_body():
    text = (
        "GlobeWireDesk\nTop Stories  |  Europe  |  Business  |  Markets\nSign in   Register\n\n"
        "Europe / Politics\n\nPrime minister lands in the northern capital for trade talks\n\n"
        "Source: Eastwire   |   12.06 08:30 GMT   |   2 min read\n\nAdvertisement · Scroll to continue\n\n"
        "NORTHPORT, June 12 (Eastwire) - The prime minister arrived on Friday for trade talks.\n"
    )
    cleaned = clean(text)
    assert cleaned.title == "Prime minister lands in the northern capital for trade talks"
    assert cleaned.bylines == ["Source: Eastwire | 12.06 08:30 GMT | 2 min read"]
    assert cleaned.body.startswith("NORTHPORT, June 12 (Eastwire) -")
    assert "Europe / Politics" not in cleaned.body


def test_clean_published_and_last_updated_row_is_a_date_line():
    text = (
        "Coast Herald\nHome\n\nKing opens the new harbour terminal\n\n"
        "Published: 9 May 2031 - 10:05 am | Last updated: 9 May 2031 - 11:40 am\n\n"
        "The King opened the new harbour terminal on Friday in front of a large crowd.\n"
    )
    cleaned = clean(text)
    assert cleaned.bylines == ["Published: 9 May 2031 - 10:05 am | Last updated: 9 May 2031 - 11:40 am"]
    assert cleaned.title == "King opens the new harbour terminal"


def test_clean_site_boilerplate_sentences_and_bare_copyright_footer():
    text = (
        "Ferry Post\nHome | World\n\nMinisters sign a ferry agreement\n\n"
        "The two ministers signed a ferry agreement in Bayport on Tuesday, officials said.\n\n"
        "Related Coverage\nFerry fares to rise in spring\n\n"
        "Subscribe to our newsletter and get the most important news every morning in your inbox.\n"
        "By subscribing you agree to our Terms and Privacy Policy.\n\n"
        "Ferry Post aggregates news from partner agencies. All content is the property of its respective owners.\n"
        "About  |  Contact  |  Terms\n© Ferry Post\n"
    )
    cleaned = clean(text)
    assert cleaned.body == "The two ministers signed a ferry agreement in Bayport on Tuesday, officials said."
    assert cleaned.credits == []


@pytest.mark.parametrize("line", ["Jon Amberly/Wirepix", "(Wirepix/Kim Sol-ha)", "Ann Lee/Agency"])
def test_name_slash_agency_line_is_a_credit(line):
    assert credit_kind(line) == "credit"


@pytest.mark.parametrize("line", ["Prime Minister/President", "Central Asia/Europe"])
def test_office_or_region_pair_is_no_credit(line):
    assert credit_kind(line) is None


def test_foreign_rights_reserved_line_is_footer_not_credit():
    page = (
        "Talks held in the capital\n\nThe two ministers met on Monday and discussed trade.\n"
        "Ministers shake hands before the talks.\nPhoto: Jon Amberly\n"
        "RIPRODUZIONE RISERVATA © Copyright Wirepix\n"
    )
    c = clean(page)
    assert [cr.text for cr in c.credits] == ["Photo: Jon Amberly"]


def test_recent_posts_block_after_the_article_is_dropped():
    page = ("Ministers meet in Lagos\n\nLAGOS - The ministers met on Monday and signed a declaration on trade. "
            "The next session will take place in October.\n\nRecent Posts\nSee All\n"
            "Harbour Office opens a new terminal\nFerry schedule changes for the winter\n")
    body = clean(page).body
    assert "Recent Posts" not in body and "See All" not in body
    assert "Harbour Office opens" not in body
    assert "signed a declaration" in body


# --- page chrome of invented pages: taglines under a domain, switchers, one-row menus ---------


def test_tagline_under_a_domain_masthead_is_header_not_title():
    page = (
        "RIVERTOWN.EX\nRegional news portal of the river province and its towns\nHome\nNews\n\n"
        "Governor opens a new bridge over the river\n\n"
        "The governor of the province opened a new bridge on Monday, officials said.\n"
    )
    c = clean(page)
    assert c.title == "Governor opens a new bridge over the river"
    assert "Regional news portal of the river province and its towns" in c.header


def test_language_switcher_and_one_row_section_menu_are_header():
    page = (
        "Lantern.ex\nSociety Economy Politics World Sport Opinion\nLatin | Ћирилица\nO‘zbekcha | Русский | English\n\n"
        "Minister opens trade fair in the capital\n\n"
        "The minister opened the annual trade fair on Monday, the ministry said.\n"
    )
    c = clean(page)
    assert c.title == "Minister opens trade fair in the capital"
    assert "Latin | Ћирилица" in c.header and "Society Economy Politics World Sport Opinion" in c.header


def test_weather_widget_with_conditions_and_rate_arrows_is_chrome():
    page = (
        "PORTAL.EX\nHome\nUSD 514.27 ▲   EUR 597.80 ▼\nRivertown −6°C Light snow\n\n"
        "Minister opens trade fair in the capital\n\n"
        "The minister opened the annual trade fair on Monday, the ministry said.\n"
    )
    c = clean(page)
    assert c.title == "Minister opens trade fair in the capital"
    assert "snow" not in c.body


def test_numeric_date_with_final_dot_is_a_date_line():
    page = (
        "LANTERN\nEconomy | World\n\n04.03.2026. 15:21\n\n"
        "Minister opens trade fair in the capital\n\n"
        "The minister opened the annual trade fair on Monday, the ministry said.\n"
    )
    c = clean(page)
    assert c.title == "Minister opens trade fair in the capital"
    assert "04.03.2026. 15:21" in c.bylines


def test_comment_counter_beside_a_show_comments_button_is_chrome():
    page = (
        "Minister opens trade fair in the capital\n\n"
        "The minister opened the annual trade fair on Monday, the ministry said.\n\n"
        "Tags: trade, fair\n"
        "27 comments   Show comments\n"
    )
    c = clean(page)
    assert "Show comments" not in c.body


def test_issuer_document_type_and_number_above_the_headline_are_not_the_title():
    page = ("Skip to main content\nGovernment.example\nMenu\n\nMinistry of Trade and Development\nPress release\n"
            "Date: 12/06/2026\nNo: 044/26\n\n"
            "Trade Minister Lindqvist in Lima: closer ties in shipping and green energy\n\n"
            "Minister of Trade Eva Lindqvist visited Peru on 11–12 June. Shipping and green energy were high "
            "on the agenda.\n")
    c = clean(page)
    assert c.title == "Trade Minister Lindqvist in Lima: closer ties in shipping and green energy"
    assert "Press release" not in c.body and "044/26" not in c.body


def test_a_privacy_banner_dollar_rates_and_a_dated_byline_around_the_title():
    text = (
        "Island Ledger\nHome\nLocal\nWorld\nBusiness\nSubscribe\nLog in\n\n"
        "We value your privacy\n"
        "We and our partners store information on your device, such as cookies, to measure audiences.\n"
        "Accept all\nReject all\n\n"
        "Harbour 19°C Sunny\nN$/US$ 17.62 | N$/ZAR 1.00\n\n"
        "Business\n\nFerry passengers hit a record in October\n\n"
        "November 21, 2031, 09:45 by Maren Zahra Cole\n\n"
        "The island welcomed more ferry passengers than ever in October, figures show.\n\n"
        "The operator added a third daily crossing.\n\n"
        "© Island Media Holdings Ltd 2031\n"
    )
    cleaned = clean(text)
    assert cleaned.title == "Ferry passengers hit a record in October"
    assert cleaned.bylines == ["November 21, 2031, 09:45 by Maren Zahra Cole"]
    assert "privacy" not in cleaned.body and "N$" not in cleaned.body
    assert cleaned.credits == []  # the site's copyright line is no photo credit


def test_a_three_letter_language_switch_under_the_masthead_and_a_writer_filed_from_a_city():
    text = (
        "Steppe Wire\nMultimedia platform for foreign broadcasting\nУКР | ENG | DEU | FRA | ESP\n"
        "Politics\nEconomy\nSociety\nWorld\nSearch\n\nPolitics\n\n"
        "Presidents agree on a new border checkpoint and power line\n\n16.09.2031 19:48\n\n"
        "Share\nFacebook\nTelegram\n\nMarta Hlynska, Vienna\n\n"
        "The two presidents agreed on Wednesday to build a joint checkpoint.\n\nTalks followed.\n"
    )
    cleaned = clean(text)
    assert cleaned.site == "Steppe Wire"
    assert cleaned.title == "Presidents agree on a new border checkpoint and power line"
    assert "Marta Hlynska, Vienna" in cleaned.bylines
    assert cleaned.body.startswith("The two presidents agreed")


def test_the_new_page_shapes_do_not_take_ordinary_lines():
    text = ("Island Ledger\nHome\nNews\n\nTalks at the palace\n\n"
            "The ministers discussed the EU cookie directive and its effect on online advertising.\n\n"
            "15 agreements signed since 2019 by the two countries\n\n"
            "Elm Palace, Lisbon\n\nThe talks went on.\n\nA view of the palace.\n© Pedro Alves 2031\n")
    cleaned = clean(text)
    assert "cookie directive" in cleaned.body
    assert "15 agreements signed since 2019 by the two countries" in cleaned.body
    assert "Elm Palace, Lisbon" in cleaned.body and cleaned.bylines == []
    assert [c.text for c in cleaned.credits] == ["© Pedro Alves 2031"]  # a photographer's copyright, no footer


def test_a_counted_comment_heading_and_an_also_in_list_end_the_article():
    text = ("Exports grew by a third last year, the bureau said on Monday in its annual report on trade.\n\n"
            "Also in Business\n\nCane payment: growers to receive final $12 a tonne\n\n"
            "Comments (2)\n\nSai R.\n\nGood news for our farmers. Now fix the roads.\n")
    body = clean(text).body
    assert "Exports grew" in body
    assert "Also in Business" not in body and "Cane payment" not in body and "Sai R." not in body


def test_two_city_temperatures_and_a_cookie_banners_buttons_are_no_title():
    from visits.extraction.metadata import extract_metadata

    text = ("Daily Mekong\nHome\nNews\n\nUSD/KHR 4,012 | THB/KHR 118.6\nBattambang 29°C | Kampong Cham 33°C\n\n"
            "This site uses cookies for analytics. By continuing to use the site you agree to their use.\nI agree\n"
            "More information\n\nThe ministers met in Battambang on Monday and agreed to open a second border crossing "
            "by the end of next year, officials said.\n")
    cleaned = clean(text)
    assert "29°C" not in cleaned.body and "More information" not in cleaned.body
    assert extract_metadata(cleaned).title is None


def test_an_attendance_list_and_a_headline_with_temperatures_stay():
    from visits.extraction.metadata import extract_metadata

    text = ("Heatwave: Hanoi 39°C, Hue 41°C\n\nThe ministers met in Hanoi on Monday and agreed to open a second "
            "border crossing by the end of next year, officials said.\n\nAlso in attendance:\n"
            "Minister of Finance Pedro Gil\nMinister of Trade Maria Lopez\n")
    cleaned = clean(text)
    assert "Minister of Trade Maria Lopez" in cleaned.body
    assert extract_metadata(cleaned).title == "Heatwave: Hanoi 39°C, Hue 41°C"


WRAPPED_RELEASE = """MINISTRY OF FOREIGN AFFAIRS OF RURITANIA

Press release

The Foreign Minister of the Republic of Ruritania, Her Excel-
lency Anna Maria Brenner Voss, returned to the capital this
evening after a three-day working visit to the Kingdom of
Borduria, at the invitation of the Foreign Minister of Bor-
duria, Karel Vondra-Lisek. The talks covered trade, energy
and the new air link between the two capitals.

“This is a beginning, not an end,” said Minister Bren-
ner Voss. “We will meet again in the spring.”

The two ministers at the Foreign Ministry in Szohod.
Photo: Jan Kral / Ministry of Foreign Affairs

www.mfa.example | press@mfa.example
Page 1 of 1
"""


def test_a_hard_wrapped_release_is_unwrapped_into_paragraphs():
    body = clean(WRAPPED_RELEASE).body
    assert ("The Foreign Minister of the Republic of Ruritania, Her Excellency Anna Maria Brenner Voss, returned "
            "to the capital this evening after a three-day working visit to the Kingdom of Borduria, at the invitation "
            "of the Foreign Minister of Borduria, Karel Vondra-Lisek. The talks covered trade, energy and the new air "
            "link between the two capitals.") in body
    assert "“This is a beginning, not an end,” said Minister Brenner Voss. “We will meet again in the spring.”" in body
    # the caption stays apart from its credit, and the page furniture is not glued to the text
    assert "The two ministers at the Foreign Ministry in Szohod." in body
    assert "Photo: Jan Kral" not in body


def test_a_web_page_of_one_paragraph_per_line_is_not_unwrapped():
    page = ("Home\nNews\n\nLeaders meet in the capital for talks on trade\n\n"
            "The President met his counterpart on Monday and discussed trade, energy and\n"
            "Photo: Ana Ruiz\n\n" + "A paragraph of a web page that runs on for quite a while, without a stop\n\n" * 3)
    from visits.extraction.cleaning import unwrap

    assert unwrap(page) == page


def test_a_media_unit_in_brackets_is_a_photo_credit():
    assert credit_kind("(Prime Minister's Media Unit)") == "credit"
    assert credit_kind("(Presidential Media Division)") == "credit"
    assert credit_kind("The media unit said the talks went well.") is None


def test_an_issuer_block_over_a_press_release_label_and_a_headline_under_the_place_and_date():
    page = ("GOVERNMENT OF RURITANIA\nOffice of the Spokesperson\n\nPRESS RELEASE\n\nStrelsau, 21 October 2026\n\n"
            "Prime Minister concludes official visit to Borduria, signs three memoranda\n\n"
            "The Prime Minister returned to Strelsau this evening after a three-day official visit to Borduria.\n")
    cleaned = clean(page)
    assert cleaned.title == "Prime Minister concludes official visit to Borduria, signs three memoranda"
    assert cleaned.body.startswith("Strelsau, 21 October 2026\n\nThe Prime Minister returned")
    assert "GOVERNMENT OF RURITANIA" not in cleaned.body
    # a release whose first paragraph follows its place and date has no title
    plain = "PRESS RELEASE\n\nStrelsau, 21 October 2026\n\nThe Prime Minister returned to Strelsau this evening.\n"
    assert clean(plain).title is None
