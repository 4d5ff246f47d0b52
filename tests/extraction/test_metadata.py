"""Article metadata: the sample texts against the hand annotation, and datelines of other shapes."""

import datetime
import json
from pathlib import Path

import pytest

from visits.extraction.cleaning import clean, decode
from visits.extraction.metadata import extract_metadata
from visits.extraction.types import PartialDate

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
GOLD_PATH = Path("/work/shared/eval/seeds_gold.json")


def _meta(name):
    path = next(p for p in SEEDS if p.name.startswith(name))
    return extract_metadata(clean(decode(path.read_bytes())))


@pytest.fixture(scope="module")
def gold_articles():
    if not GOLD_PATH.exists():
        pytest.skip("hand annotation not available")
    return {a["file"][:3]: a for a in json.loads(GOLD_PATH.read_text(encoding="utf-8"))["articles"]}


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_metadata_title_outlet_aggregator_author_match_gold(name, gold_articles):
    meta, want = _meta(name), gold_articles[name]
    assert (meta.title, meta.outlet, meta.aggregator, meta.author) == (
        want["title"],
        want["outlet"],
        want["via"],
        want["author"],
    )
    assert meta.language == "en"


@pytest.mark.parametrize("name", ["000", "001", "004"])
def test_metadata_published_matches_gold_when_the_text_supports_it(name, gold_articles):
    meta = _meta(name)
    assert meta.published.to_date() == datetime.date.fromisoformat(gold_articles[name]["published"])
    assert meta.published_note


def test_metadata_year_from_years_ago_context():
    meta = _meta("000")
    assert meta.published == PartialDate(2024, 11, 27)
    assert meta.published_basis == "context_year"
    assert "2015 + 9" in meta.published_note


def test_metadata_year_from_calendar_header():
    meta = _meta("001")
    assert meta.published == PartialDate(2025, 11, 12)
    assert meta.published_basis == "calendar_header"


def test_metadata_byline_day_with_context_year():
    meta = _meta("004")
    assert meta.published == PartialDate(2025, 11, 11)
    assert "byline 'Nov 11'" in meta.published_note
    assert "first half of 2025" in meta.published_note


def test_metadata_unknown_year_keeps_month_and_day_with_a_note():
    meta = _meta("002")
    assert meta.published == PartialDate(None, 11, 27)
    assert "year not stated" in meta.published_note


def test_metadata_no_date_in_text_gives_none_with_note():
    meta = _meta("003")
    assert meta.published is None
    assert meta.published_basis == "none"
    assert meta.published_note == "no date in the text"


def test_metadata_reuters_dateline_gives_outlet_and_date():
    text = (
        "Kazakhstan and China sign trade pact\n\n"
        "ASTANA, Nov 27 (Reuters) - Kazakhstan and China signed a trade pact on Wednesday, officials said.\n"
        "The deal was signed in Astana last week, in 2024 terms.\n"
    )
    meta = extract_metadata(clean(text))
    assert meta.outlet == "Reuters"
    assert meta.published.month == 11 and meta.published.day == 27
    assert meta.published_basis in ("byline", "context_year")


def test_metadata_tass_dateline_gives_outlet():
    text = "MOSCOW, /TASS/. Russian President Vladimir Putin held talks with his Kyrgyz counterpart.\n"
    meta = extract_metadata(clean(text))
    assert meta.outlet == "TASS"
    assert meta.published is None


def test_metadata_tass_dateline_with_date():
    text = "MOSCOW, November 27. /TASS/. Putin held talks with the Kyrgyz president in the Kremlin.\n"
    meta = extract_metadata(clean(text))
    assert meta.outlet == "TASS"
    assert meta.published == PartialDate(None, 11, 27)
    assert meta.published_basis == "byline"
    assert "year not stated" in meta.published_note


def test_metadata_parenthesised_agency_dateline():
    text = "(Kazinform) - The President received the ambassador of Japan on Monday in Astana.\n"
    assert extract_metadata(clean(text)).outlet == "Kazinform"


def test_metadata_aggregator_header_differs_from_outlet():
    text = (
        "news-mirror.net\nMenu\n\nVisit ends with new agreements signed\n\n"
        "Daily.kz - The visit ended on Friday with new agreements, officials said today.\n"
    )
    meta = extract_metadata(clean(text))
    assert (meta.outlet, meta.aggregator) == ("Daily.kz", "news-mirror.net")


def test_metadata_byline_date_with_year_is_explicit_and_author_from_by_line():
    text = "Leaders Meet in Baku\n\nBy Anna Smith, Reuters\n27 November 2024\n\nThe leaders met in Baku today.\n"
    meta = extract_metadata(clean(text))
    assert meta.author == "Anna Smith"
    assert meta.published == PartialDate(2024, 11, 27)
    assert meta.published_basis == "explicit"


def test_metadata_future_mentions_do_not_give_the_year():
    text = (
        "Leaders Plan Closer Ties\n\n"
        "On March 3, the two presidents met in Tashkent and discussed trade.\n"
        "They agreed on plans for 2026 and will meet again in 2027.\n"
    )
    meta = extract_metadata(clean(text))
    assert meta.published == PartialDate(None, 3, 3)
    assert meta.published_basis == "explicit"


def test_metadata_only_future_dates_give_no_date():
    text = "Visit Announced\n\nThe president will visit Tokyo on December 5 for talks with the prime minister.\n"
    meta = extract_metadata(clean(text))
    assert meta.published is None
    assert "future" in meta.published_note


def test_metadata_recent_month_mention_gives_the_year():
    text = (
        "Ministers Meet Again\n\n"
        "On November 20, the ministers met in Astana. They first met in September 2025 in Almaty.\n"
    )
    meta = extract_metadata(clean(text))
    assert meta.published == PartialDate(2025, 11, 20)
    assert meta.published_basis == "context_year"


def test_metadata_old_month_mention_does_not_give_the_year():
    text = "Ministers Meet Again\n\nOn November 20, the ministers met. The war began in February 2022.\n"
    meta = extract_metadata(clean(text))
    assert meta.published == PartialDate(None, 11, 20)
    assert "2022 or later" in meta.published_note


def test_metadata_russian_text_language_and_author():
    text = "Визит в Астану\n\nАвтор: Иван Петров\n\nПрезидент прибыл в Астану 27 ноября 2024 года с визитом.\n"
    meta = extract_metadata(clean(text))
    assert meta.language == "ru"
    assert meta.author == "Иван Петров"
    assert meta.published == PartialDate(2024, 11, 27)


def test_metadata_personal_writer_is_not_an_outlet():
    text = "Leaders Meet in Baku\n\nWriter: Anna Smith\n\nThe leaders met in Baku and signed documents.\n"
    meta = extract_metadata(clean(text))
    assert meta.author == "Anna Smith"
    assert meta.outlet is None


# --- outlet from the page header and the lede; dates of the byline zone and the visit days ------


def test_metadata_site_name_of_the_header_is_the_outlet_when_no_dateline():
    text = (
        "Home | Region | Markets | Culture\n"
        "Northern Lantern\n"
        "Region\n"
        "Minister visits the port city on a working trip\n"
        "March 3, 2031 | 17:05\n"
        "By Marta Kowal\n\n"
        "The foreign minister arrived in Portville on Monday for talks on trade.\n"
    )
    meta = extract_metadata(clean(text))
    assert (meta.title, meta.outlet, meta.author) == (
        "Minister visits the port city on a working trip",
        "Northern Lantern",
        "Marta Kowal",
    )
    assert meta.published == PartialDate(2031, 3, 3)


def test_metadata_agency_dateline_wins_over_the_site_name_line():
    text = (
        "Eastern Plains Information Agency\nWorld\n"
        "Prime minister arrives in the island state on official visit\n\n"
        "ISLANDTOWN, May 5. /EPIA/. The prime minister has arrived in Islandtown, a correspondent reported.\n\n"
        "© 2001-2031 EPIA. All rights reserved.\n"
    )
    meta = extract_metadata(clean(text))
    assert meta.outlet == "EPIA"
    assert meta.published == PartialDate(2031, 5, 5)
    assert "copyright" in meta.published_note


def test_metadata_lede_opening_with_the_site_name_and_a_dash_gives_the_outlet():
    text = (
        "Valley Gazette\nNews  Business  Opinion  Travel\n"
        "Delegation opens trade office in the capital\n\n"
        "Valley Gazette – The delegation opened the office on Tuesday, officials said.\n"
    )
    assert extract_metadata(clean(text)).outlet == "Valley Gazette"


def test_metadata_lede_with_org_shaped_name_and_dash_behind_an_aggregator():
    text = (
        "mirror-of-news.org\nRegion News\n\nLeaders agree to build a new bridge\n\n"
        "Lowland News – On April 2, the two presidents held talks in the capital.\n"
    )
    meta = extract_metadata(clean(text))
    assert (meta.outlet, meta.aggregator) == ("Lowland News", "mirror-of-news.org")


def test_metadata_capitals_city_before_a_dash_is_not_an_outlet():
    text = "Leaders Meet\n\nPORTVILLE — The leaders met in Portville on Monday and signed a treaty.\n"
    assert extract_metadata(clean(text)).outlet is None


def test_metadata_latest_past_day_of_the_visit_is_the_publication_day():
    text = (
        "Premier in the capital\n\n"
        "The delegation landed late on October 13, officials said.\n\n"
        "On October 14, the two sides signed three memoranda.\n\n"
        "On October 15, the premier will travel to the north.\n"
    )
    meta = extract_metadata(clean(text))
    assert meta.published == PartialDate(None, 10, 14)


def test_metadata_weekday_sentence_counts_from_a_date_printed_with_its_weekday():
    # March 4, 2031 is a Tuesday; "fiscal 2031" is the latest past year
    text = (
        "the guard of honour had lined up since early morning.\n\n"
        "The ceremony on Tuesday, March 4, opened the four-day visit, which ends on Friday.\n\n"
        "On Wednesday, the king held talks with the prime minister.\n\n"
        "On Thursday, the king is scheduled to travel south.\n\n"
        "The grants included 25 million disbursed in fiscal 2031.\n"
    )
    meta = extract_metadata(clean(text))
    assert meta.published == PartialDate(2031, 3, 5)
    assert meta.published_basis == "context_year"


# --- invented pages: site names in capitals, agency over aggregator, years without a year ------


def test_metadata_capitals_site_name_takes_the_footer_casing():
    text = (
        "HILL COUNTRY MONITOR\nMain\nRegion\nEconomy\nInterviews\n\n"
        "Ministers open a new road across the pass\n\n4 July, 12:10\n\n"
        "The two ministers opened the new road on 4 July, after three years of work that began in 2028.\n\n"
        "Tags: roads\n\nHill Country Monitor © All rights reserved\n"
    )
    meta = extract_metadata(clean(text))
    assert (meta.title, meta.outlet, meta.aggregator) == (
        "Ministers open a new road across the pass",
        "Hill Country Monitor",
        None,
    )


def test_metadata_agency_dateline_beats_the_aggregator_site_name():
    text = (
        "GlobeWireDesk\nTop Stories  |  Europe  |  Business\n\n"
        "Europe / Politics\n\nPrime minister lands in the northern capital for trade talks\n\n"
        "Source: Eastwire   |   12.06 08:30 GMT   |   2 min read\n\n"
        "NORTHPORT, June 12 (Eastwire) - The prime minister arrived on Friday for trade talks, "
        "his first trip abroad since he took office in 2029.\n"
    )
    meta = extract_metadata(clean(text))
    assert (meta.outlet, meta.aggregator) == ("Eastwire", "GlobeWireDesk")


def test_metadata_source_row_names_the_outlet_without_a_dateline():
    text = (
        "GlobeWireDesk\nTop Stories  |  Europe  |  Business\n\n"
        "Prime minister lands in the northern capital for trade talks\n\n"
        "Source: Eastwire   |   12.06 08:30 GMT\n\n"
        "The prime minister arrived in Northport on Friday for trade talks with his counterpart.\n"
    )
    meta = extract_metadata(clean(text))
    assert (meta.outlet, meta.aggregator) == ("Eastwire", "GlobeWireDesk")
    assert (meta.published.month, meta.published.day) == (6, 12)


def test_metadata_year_from_an_anniversary_counted_from_a_past_year():
    text = (
        "Prime minister arrives for a four-day visit\n\n"
        "NORTHPORT, June 12 (Eastwire) - The prime minister arrived on Wednesday for a four-day visit.\n\n"
        "This year marks the 40th anniversary of relations between the two countries, established in 1991.\n"
    )
    meta = extract_metadata(clean(text))
    assert meta.published == PartialDate(2031, 6, 12)
    assert meta.published_basis == "context_year"
    assert "1991 + 40" in meta.published_note


def test_metadata_year_from_the_weekday_near_the_years_the_text_names():
    text = (
        "RIVER DAILY\nNews | Politics | Economy\n\nCouncil opens its spring session\n\n02.03 09:30\n\n"
        "The council opened its spring session on Monday, 2 March. Deputies will consider the budget for 2027.\n\n"
        "New rules should come into force no earlier than 2028, the speaker said.\n"
    )
    meta = extract_metadata(clean(text))
    assert meta.published == PartialDate(2026, 3, 2)  # 2 March is a Monday in 2026, not in 2025 or 2027
    assert "weekday" in meta.published_note


def test_metadata_year_from_a_plan_adopted_for_a_period():
    text = (
        "Lake Herald\nHome\n\nMinisters agree on a joint plan for the shared lake\n\n3 June, 18:20\n\n"
        "The two ministers met in Lakeport on 3 June and held talks on the shared lake.\n\n"
        "They also signed a Programme of Consultations for 2031–2032.\n"
    )
    meta = extract_metadata(clean(text))
    assert meta.published == PartialDate(2031, 6, 3)
    assert "2031" in meta.published_note


def test_metadata_a_comparison_year_is_not_a_past_mention():
    text = (
        "Lake Herald\nHome\n\nCouncil adopts new water rules\n\n3 June, 18:20\n\n"
        "The council adopted new water rules on 3 June. They take effect no earlier than 2033, officials said.\n"
    )
    meta = extract_metadata(clean(text))
    assert meta.published.year is None
    assert "2033" not in meta.published_note


def test_metadata_mixed_case_city_dateline_names_the_outlet():
    page = (
        "Home | World | Business\n\nMinister opens new harbour in the north\n\n"
        "Portvale (Northern Beacon) – The transport minister opened a new harbour on Monday, officials said.\n\n"
        "The harbour will handle grain and timber shipments from the region.\n"
    )
    m = extract_metadata(clean(page))
    assert m.outlet == "Northern Beacon"
    assert m.title == "Minister opens new harbour in the north"


def test_metadata_a_caption_note_in_brackets_is_no_dateline():
    page = (
        "Ministers meet in the capital\n\n"
        "Minister Alder (left) – greeted by hosts at the airport.\n\n"
        "The two ministers held talks on trade and transport on Monday.\n"
    )
    assert extract_metadata(clean(page)).outlet != "left"


def test_metadata_subscription_prompt_is_not_the_title():
    page = (
        "Menu\nSearch\nSubscribe for ZZ 5 a week\nTHE HILLTOP HERALD\nNews  >  Health\n"
        "Monday, March 2, 2026\n\n"
        "HILLTOWN — The health ministry launched a vaccination drive on Monday, officials said.\n\n"
        "Clinics will open early for the whole week.\n\n"
        "The Hilltop Herald © 2026. All rights reserved.\n"
    )
    m = extract_metadata(clean(page))
    assert m.title is None
    assert m.outlet == "The Hilltop Herald"


def test_metadata_abbreviation_and_full_name_header_is_the_site_not_the_title():
    page = (
        "ZNA - Zedland News Agency\nSkip to main content\nHome  |  English  |  Business\n"
        "English Section > Politics\n\nZedland's premier arrives in Eastport on a working visit\n\n"
        "EASTPORT, June 3 (ZNA) - Zedland's premier arrived in Eastport on Wednesday for talks.\n\n"
        "The premier was welcomed at the airport by the deputy foreign minister.\n"
    )
    m = extract_metadata(clean(page))
    assert m.title == "Zedland's premier arrives in Eastport on a working visit"
    assert m.outlet == "ZNA"


def test_weekday_header_row_of_a_calendar_is_never_the_title():
    page = ("andeswire.info\nRegional News\nMarch 2031\nMo Tu We Th Fr Sa Su\n1 2 3 4 5\n6 7 8 9 10 11 12\n\n"
            "Ministers of Chile and Peru sign a water accord in Lima\n\n"
            "The foreign ministers of Chile and Peru signed an accord on shared rivers on March 11.\n\n"
            "They agreed to meet again in the autumn.\n\nSource: Lima Evening Courier\n")
    meta = extract_metadata(clean(page))
    assert meta.title == "Ministers of Chile and Peru sign a water accord in Lima"
    assert meta.outlet == "Lima Evening Courier"
    assert meta.aggregator == "andeswire.info"


def test_masthead_tagline_and_rate_widget_are_neither_title_nor_outlet():
    page = ("ANDEAN MARKETS WEEKLY\nBolivia's business news in English\nEconomy | Mining | Banking | Opinion\n"
            "Tuesday, March 4, 2031\nBOB/USD 6,912.50   BOB/PEN 1.84   Tin $31,870/t   Zinc (Oruro) $2,796/t\n\n"
            "Central bank holds its policy rate as prices ease\nBy Rosa Quispe\n\n"
            "LA PAZ - The central bank kept its policy rate unchanged on Monday, saying inflation was slowing.\n\n"
            "Analysts had expected the decision.\n\n© 2031 Andean Markets Weekly. All rights reserved.\n")
    meta = extract_metadata(clean(page))
    assert meta.title == "Central bank holds its policy rate as prices ease"
    assert meta.outlet == "Andean Markets Weekly"


def test_year_of_a_byline_day_from_an_event_named_with_its_year():
    page = ("Trade ministers meet in Accra\n\nWriter: Club Editorial\nMar 12\n\n"
            "The minister was in Accra from 10 to 11 March on a working visit.\n\n"
            "On Thursday the delegation attended the Ghana–Chile Business Forum 2031, where 90 companies met.\n")
    meta = extract_metadata(clean(page))
    assert meta.published == PartialDate(2031, 3, 12)


def test_outlet_from_a_domain_masthead_cased_as_the_footer_prints_it():
    page = (
        "RIVERTOWN.EX\nRegional news portal of the river province\nHome\nNews\n\n"
        "Governor opens a new bridge over the river\n\n"
        "The governor of the province opened a new bridge on Monday, officials said.\n\n"
        "© 2026 Rivertown.ex. All rights reserved.\n"
    )
    meta = extract_metadata(clean(page))
    assert meta.outlet == "Rivertown.ex"
    assert meta.aggregator is None


def test_capitalised_dateline_outlet_cased_as_the_text_prints_it():
    page = (
        "Governor opens a new bridge over the river\n\n"
        "RIVERTOWN. LANTERNPRESS – The governor opened a new bridge on Monday, "
        "a Lanternpress correspondent reports.\n\n"
        "The bridge links the two halves of the town, officials said.\n"
    )
    meta = extract_metadata(clean(page))
    assert meta.outlet == "Lanternpress"


def test_masthead_over_a_gregorian_and_hijri_date_row_and_a_long_menu_is_the_outlet():
    page = ("Harbour Herald\nTuesday, March 3, 2026 | Ramadan 14, 1447\nManama\n24°C\nNation\nBusiness\nRegion\n"
            "World\nSport\nOpinion\nCommunity\nLife & Style\nSubscribe\nSign in\n\nNation\n\n"
            "Minister, Omani counterpart sign three agreements on shipping\n\n"
            "Published on: Mar 3, 2026 - 05:10 PM\n\nThe Foreign Minister held talks today with his Omani counterpart "
            "on shipping, ports and trade between the two countries.\n\nThe two sides signed three agreements.\n")
    meta = extract_metadata(clean(page))
    assert meta.title == "Minister, Omani counterpart sign three agreements on shipping"
    assert meta.outlet == "Harbour Herald"
    assert meta.published == PartialDate(2026, 3, 3)


def test_aggregator_row_with_section_date_and_source_is_metadata_not_title():
    page = ("Steppe Wire\nAll news\nKazakhstan\nGeorgia\nEnergy\nLog in\nEN\n\n"
            "Georgia | 14.06.2026 10:05 | Source: Kura Press\n\n"
            "Georgia, Finland sign memorandum on education as Finnish minister visits Tbilisi\n\n"
            "TBILISI, Georgia, June 14. Georgia and Finland have signed a memorandum on education, Kura Press "
            "reports.\n\nThe document was signed after the talks.\n\nSteppe Wire aggregates headlines from open "
            "sources.\n")
    meta = extract_metadata(clean(page))
    assert meta.title == "Georgia, Finland sign memorandum on education as Finnish minister visits Tbilisi"
    assert meta.outlet == "Kura Press"
    assert meta.published == PartialDate(2026, 6, 14)


def test_press_office_line_under_the_government_site_name_is_the_outlet():
    page = ("Gobierno de Ejemplo\nPrensa Palacio\nES\nEN\nHome\nNews\nAgenda\nSearch\n\nNews\n\n"
            "President Arancibia Sotomayor concludes state visit to Norway with four agreements\n\n"
            "Thursday, May 7, 2026\n\nOslo, May 7, 2026.– The President of the Republic, Mateo Arancibia "
            "Sotomayor, concluded today in Oslo his state visit to Norway.\n\nThe two sides signed four "
            "agreements.\n")
    meta = extract_metadata(clean(page))
    assert meta.outlet == "Prensa Palacio"
    assert meta.title == "President Arancibia Sotomayor concludes state visit to Norway with four agreements"


def test_masthead_with_a_tagline_over_a_one_item_a_line_menu_and_a_byline():
    page = ("The Lowland Courier\nThe region's oldest English-language paper\nPolitics\nBusiness\nCulture\nSports\n"
            "Subscribe\nSearch\n\nBusiness\n\nLowlands sign grid loan with regional bank, eye green bond\n\n"
            "By Ana Ferreira\n12 March 2026\n\nThe Lowlands signed a loan agreement with the regional bank on "
            "Tuesday.\n\nThe loan will finance new power lines.\n")
    meta = extract_metadata(clean(page))
    assert meta.title == "Lowlands sign grid loan with regional bank, eye green bond"
    assert meta.outlet == "The Lowland Courier"
    assert meta.author == "Ana Ferreira"


def test_office_site_with_a_spaced_central_european_date_over_the_headline():
    page = ("Elm Castle\nOffice of the President of the Republic\nCZ | EN\nPresident of the Republic\nVisitor "
            "Information\nPress\nSearch\n\nHome › Press › News\n\n6. 10. 2026\n\n"
            "State visit of the President of Ruritania: the two countries become partners\n\n"
            "The President welcomed the President of Ruritania at Elm Castle on Monday.\n\nTalks followed.\n")
    meta = extract_metadata(clean(page))
    assert meta.title == "State visit of the President of Ruritania: the two countries become partners"
    assert meta.outlet == "Elm Castle"
    assert meta.published == PartialDate(2026, 10, 6)


def test_syndication_mark_names_the_outlet_and_the_site_is_the_aggregator():
    page = ("WIREHUB\nHome\nBusiness\nMarkets\nSearch\n\nTwo countries sign five documents during official visit\n\n"
            "Date: 4/20/2026 9:47:12 PM\n(WIREHUB- Steppe Agency)\n\nThe prime minister arrived in the capital on "
            "April 20.\n\nFive documents were signed.\n")
    meta = extract_metadata(clean(page))
    assert (meta.outlet, meta.aggregator) == ("Steppe Agency", "WIREHUB")


def test_a_byline_in_capitals_is_the_author_not_the_outlet():
    page = ("The Daily Lamp\nNews\nCounties\nBusiness\nSports\nOpinion\nSubscribe\n\nNews › Region\n\n"
            "Minister secures loan for port zone during talks abroad\n\nBy JANE ROE\nTuesday, July 14\n\n"
            "The minister secured a loan on Monday.\n\nThe loan will be disbursed next year.\n")
    meta = extract_metadata(clean(page))
    assert meta.author == "JANE ROE"
    assert meta.outlet == "The Daily Lamp"


def test_a_blog_byline_with_its_date_and_a_long_tagline():
    page = ("Lowland Diplomat\nNotes on diplomacy, trade and diaspora from the capital city\nHome\nRegion\nAbout\n"
            "Contact\n\nDiaspora Desk\n\nThe president in Ruritania: three days of anthems\n\n"
            "Posted on October 30, 2026 by Ana Ruiz\n\nThe president wrapped up his visit on Wednesday.\n\n"
            "Talks were held.\n")
    meta = extract_metadata(clean(page))
    assert meta.title == "The president in Ruritania: three days of anthems"
    assert (meta.outlet, meta.author, meta.published) == ("Lowland Diplomat", "Ana Ruiz", PartialDate(2026, 10, 30))


def test_a_ministry_press_release_under_its_country_and_a_language_row_has_no_title():
    page = ("Ministry of Foreign Affairs\nFederal Democratic Republic of Ethiopia\nአማርኛ | English\nHome\n"
            "About the Ministry\nPress Releases\nMissions Abroad\nContact Us\n\nHome / Media / Press Releases\n\n"
            "Press Release\n\n"
            "Dublin, 22 September 2026\n\nThe Minister of Foreign Affairs is in Ireland on a working visit.\n\n"
            "Talks were held.\n")
    cleaned = clean(page)
    meta = extract_metadata(cleaned)
    assert meta.title is None
    assert meta.outlet == "Ministry of Foreign Affairs of Ethiopia"
    assert "Missions Abroad" not in cleaned.body


def test_a_note_that_the_article_was_first_published_elsewhere_names_the_outlet():
    page = ("WireHub\nHome\nEconomy\nSearch\n\nEconomy to grow 3% next year, minister says\n\nBy Ana Ruiz\n"
            "12 May 2026\n\nThe economy will grow 3%, the minister said.\n\nTalks followed.\n\nInflation is low.\n\n"
            "This article was originally published by Andina - Agencia Lowland de Noticias and is republished by "
            "WireHub under a content-sharing agreement.\n")
    meta = extract_metadata(clean(page))
    assert (meta.outlet, meta.aggregator) == ("Andina", "WireHub")


def test_an_aggregator_prints_the_story_s_outlet_under_the_headline():
    page = ("allNews\nallNews.com: news for everyone\nHome\nNews\nSouthern Region\nBusiness\nSign In\nSearch\n\n"
            "Lowland\n\nMinisters agree to fast-track rail revamp on sidelines of summit\n\nLowland Daily Mail\n"
            "26 September 2026\nBy Ana Ruiz\n\nThe two ministers agreed on Friday to fast-track the revamp.\n\n"
            "Talks followed.\n")
    meta = extract_metadata(clean(page))
    assert (meta.outlet, meta.aggregator, meta.author) == ("Lowland Daily Mail", "allNews", "Ana Ruiz")
    assert meta.title == "Ministers agree to fast-track rail revamp on sidelines of summit"


def test_a_country_over_its_ministry_a_release_date_line_and_a_search_box_with_an_ellipsis():
    page = ("Republic of Estonia\nMinistry of Foreign Affairs\nEST | ENG | RUS\nForeign policy\nPress room\n"
            "Search …\n\nHome › Press room › Press releases\n\nPress release 02.11.2026 16.45\n\n"
            "Minister visits Morocco for talks on digital cooperation\n\nThe Foreign Minister is on a working visit "
            "to Morocco.\n\nTalks followed.\n")
    meta = extract_metadata(clean(page))
    assert (meta.outlet, meta.aggregator) == ("Ministry of Foreign Affairs of Estonia", None)
    assert meta.title == "Minister visits Morocco for talks on digital cooperation"
    assert meta.published == PartialDate(2026, 11, 2)


def test_a_date_with_its_reading_time_after_a_middle_dot_is_a_date_line():
    page = ("The Gulf Courier\nHome\nDiplomacy\nSearch …\n\nPresident to make first official visit next week\n\n"
            "By Ana Ruiz, Diplomacy Editor\nNovember 12, 2026 · 4 min read\n\nThe President will visit.\n\n"
            "Talks will follow.\n")
    meta = extract_metadata(clean(page))
    assert meta.title == "President to make first official visit next week"
    assert meta.published == PartialDate(2026, 11, 12)


def test_a_state_over_its_ministry_over_an_arabic_language_switch_is_all_masthead():
    page = ("State of Kuwait\nMinistry of Foreign Affairs\nعربي | English\nHome\nThe Ministry\nMedia Center\n"
            "Contact Us\nSearch\n\nHome > Media Center > News\n\n3 March 2026\n\n"
            "Kuwait City, 3 March 2026: The Foreign Minister received today a telephone call from his counterpart.\n\n"
            "The two ministers reviewed relations.\n")
    cleaned = clean(page)
    meta = extract_metadata(cleaned)
    assert meta.title is None
    assert meta.outlet == "Ministry of Foreign Affairs of Kuwait"
    assert "Ministry of Foreign Affairs" not in cleaned.body


def test_a_masthead_over_the_words_its_abbreviation_stands_for_is_the_outlet():
    page = ("PNA News\nPresse Nationale Africaine\nFR | EN\nHome\nPolitics\nEconomy\nSearch\n\n"
            "Premier meets investors in Zurich\n\nFriday 13 March | 18:20 GMT\n\n"
            "The Prime Minister met investors in Zurich on Friday.\n\nTalks followed.\n")
    meta = extract_metadata(clean(page))
    assert meta.outlet == "PNA News"
    assert meta.title == "Premier meets investors in Zurich"


def test_a_language_switch_in_another_script_a_staff_byline_and_a_cookie_button():
    page = ("The Andes Herald\nPeru's leading English daily\nRunasimi | English\nHome\nWorld\nSearch\n\n"
            "Peru, Canada sign a trade accord\n\nAna Quispe | Staff Writer\nNovember 13, 2026\n\n"
            "The two prime ministers signed a trade accord on Friday.\n\nTalks followed.\n")
    meta = extract_metadata(clean(page))
    assert meta.title == "Peru, Canada sign a trade accord"
    assert (meta.outlet, meta.author) == ("The Andes Herald", "Ana Quispe")
    page = ("Khmer Daily\nDaily news in English\nខ្មែរ | English\nHome\nWorld\nSearch\n\n"
            "This website uses cookies to ensure you get the best experience. Learn more\nGot it!\n\n"
            "Home / International\n\nPHNOM PENH, 5 Nov (KD) - The two sides signed four accords.\n\nTalks followed.\n")
    meta = extract_metadata(clean(page))
    assert meta.title is None and meta.outlet == "KD"


def test_a_byline_over_the_writers_post_and_a_currency_pair_widget():
    page = ("Kalahari Courier\nThe nation's daily\nHome\nNews\nSearch\n\n"
            "Maun 29°C Sunny\nXAF/USD 0.0017\nXAF/ZAR 0.0301\n\nNews\n\n"
            "NALEDI OKAFOR\nStaff Writer\nMonday, 2 March 2026\n\n"
            "The two presidents opened a new border post on Friday.\n\nTalks followed.\n")
    cleaned = clean(page)
    meta = extract_metadata(cleaned)
    assert meta.title is None
    assert (meta.outlet, meta.author) == ("Kalahari Courier", "NALEDI OKAFOR")
    assert "XAF" not in cleaned.body and not cleaned.credits


def test_an_agencys_full_name_over_its_brand_in_capitals_names_the_brand():
    page = ("Agencia Nacional de Noticias\nNOTIMAR\nEspañol | English\nHome\nPolitics\nSearch\n\n"
            "Minister arrives in Quito for talks\n\n10:05 | Quito, Mar. 3, 2026.\n\n"
            "The foreign minister arrived in Quito on Tuesday.\n\nTalks followed.\n")
    assert extract_metadata(clean(page)).outlet == "NOTIMAR"


@pytest.mark.parametrize(
    "sentence",
    ["The country confirmed its candidacy to host the regional games in 2031.",
     "The ministers agreed to convene the first meeting of the commission in the first half of 2031."],
)
def test_a_bid_or_an_agreed_plan_names_no_past_year(sentence):
    page = ("Coastal Tribune\nHome\nWorld\n\nTwo ministers meet in Lima\n\nLima, Nov. 30.\n\n"
            f"The two ministers held talks on Monday. {sentence}\n\nTrade reached $3 million in 2025.\n\n"
            "© 2026 Coastal Tribune. All rights reserved.\n")
    assert extract_metadata(clean(page)).published == PartialDate(2026, 11, 30)


def test_a_past_decision_keeps_its_dateline_date():
    page = ("Balkan Wire\nHome\nWorld\n\nPresidents agree on trade\n\n"
            "SOFIA, 12 March 2024 - The two presidents agreed to expand trade on Tuesday.\n\nTalks followed.\n")
    assert extract_metadata(clean(page)).published == PartialDate(2024, 3, 12)


def test_a_section_word_in_capitals_is_no_brand_and_a_footer_imprint_is_no_byline():
    page = ("Coastal Daily News Agency\nOPINION\nHome\nWorld\n\nTwo ministers meet in Lima\n\nLima, 3 March 2026\n\n"
            "The two ministers met on Monday.\n\nTalks followed.\n\nJohn Roe\nEditor\n")
    meta = extract_metadata(clean(page))
    assert meta.outlet == "Coastal Daily News Agency" and meta.author is None
