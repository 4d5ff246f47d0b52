"""The whole extraction on the sample texts and on texts unlike them."""

from pathlib import Path

import pytest

from visits.extraction.cleaning import ExtractionError
from visits.extraction.pipeline import extract

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def spans(article):
    for person in article.people:
        yield from person.mentions
    for group in (article.roles, article.visits, article.agreements, article.photos, article.quotes):
        for item in group:
            if item.span is not None:
                yield item.span
    for visit in article.visits:
        yield from (e.span for e in visit.events if e.span is not None)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_every_span_points_inside_the_cleaned_body(path):
    article = extract(path.read_bytes(), source=path.name)
    for span in spans(article):
        assert 0 <= span.start < span.end <= len(article.body)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_raw_text_is_kept_verbatim(path):
    article = extract(path.read_bytes(), source=path.name)
    assert article.raw_text == path.read_text(encoding="utf-8")


def test_quote_spans_cover_their_text():
    article = extract(SEEDS[0].read_bytes())
    for quote in article.quotes:
        assert " ".join(article.body[quote.span.start : quote.span.end].split()) == " ".join(quote.text.split())


def test_photo_shows_the_people_its_caption_names():
    article = extract(SEEDS[0].read_bytes())
    names = {
        p.caption[:30]: {article.people[i].name for i in p.people_shown} for p in article.photos
    }
    assert any("Sharlapaev" in " ".join(v) for v in names.values())


def test_photographer_of_a_credit_becomes_a_person():
    article = extract(SEEDS[0].read_bytes())
    creators = {article.people[p.creator_person].name for p in article.photos if p.creator_person is not None}
    assert creators == {"Turar Kazangapov"}
    assert next(p for p in article.people if p.name == "Turar Kazangapov").kind == "photographer"


def test_photographer_written_with_an_initial_becomes_a_person():
    text = (
        "Rates held at 9 percent\n\n"
        "The central bank kept its policy rate unchanged on Friday, governor Anar Balgimbayev told reporters.\n\n"
        "Governor Anar Balgimbayev at the press conference.\n\n"
        "© Steppe Ledger / D. Oyunbileg\n\n"
        "“Inflation is easing,” Balgimbayev said."
    )
    article = extract(text)
    (photo,) = article.photos
    assert photo.creator == "D. Oyunbileg"
    assert article.people[photo.creator_person].kind == "photographer"


def test_byline_with_a_name_particle_becomes_a_journalist():
    text = (
        "Port deal signed in Tallinn\n\n"
        "By Wendela van der Aa\n\n"
        "The two ports signed a deal on Friday, harbour master Ott Kask told reporters."
    )
    article = extract(text)
    assert article.metadata.author == "Wendela van der Aa"
    author = next(p for p in article.people if p.name == "Wendela van der Aa")
    assert author.kind == "journalist"


def test_text_about_no_visit_invents_none():
    text = (
        "Central bank keeps rates on hold\n\n"
        "The National Bank of Uzbekistan kept its base rate at 14 percent on Thursday, "
        "its chairman Timur Ismoilov told reporters in Tashkent.\n\n"
        "“Inflation is slowing,” Ismoilov said."
    )
    article = extract(text)
    assert article.visits == []
    assert [p.name for p in article.people] == ["Timur Ismoilov"]


def test_empty_text_is_refused():
    with pytest.raises(ExtractionError):
        extract(b"  \n ")


def test_a_wire_story_s_closing_credits_name_its_reporter_and_editor():
    text = ("Budget deficit to narrow\n\nNovember 19, 2026\n\nThe finance minister said the deficit would narrow.\n\n"
            "Talks followed.\n\n(Reporting by Ana Ruiz; Editing by Lars Holm)\n")
    article = extract(text)
    assert article.metadata.author == "Ana Ruiz"
    assert {p.name for p in article.people if p.kind == "journalist"} == {"Ana Ruiz", "Lars Holm"}


def test_two_reporters_joined_by_and_are_both_journalists():
    text = ("Budget deficit to narrow\n\nNovember 19, 2026\n\nThe finance minister said the deficit would narrow.\n\n"
            "Talks followed.\n\n(Reporting by Ana Ruiz and Piet de Vries; Editing by Lars Holm)\n")
    article = extract(text)
    assert {p.name for p in article.people if p.kind == "journalist"} == {"Ana Ruiz", "Piet de Vries", "Lars Holm"}


def test_a_staff_writers_post_at_the_outlet_is_a_role():
    page = ("Kalahari Courier\nThe nation's daily\nHome\nNews\nSearch\n\n"
            "NALEDI OKAFOR\nStaff Writer\nMonday, 2 March 2026\n\n"
            "The two presidents opened a new border post on Friday.\n\nTalks followed.\n")
    article = extract(page)
    roles = [(article.people[r.person].name, r.title, r.organization) for r in article.roles]
    assert ("Naledi Okafor", "Staff Writer", "Kalahari Courier") in roles
    assert article.people[article.roles[0].person].kind == "journalist"


def test_an_agencys_special_correspondent_in_the_dateline():
    article = extract("Talks in Quito\n\nQuito, March 3 (NOTIMAR special correspondent Ana Quispe)\n\n"
                      "The president arrived on Tuesday.\n\nTalks followed.\n")
    roles = [(article.people[r.person].name, r.title, r.organization) for r in article.roles]
    assert ("Ana Quispe", "special correspondent", "NOTIMAR") in roles


def test_our_correspondent_is_the_post_and_a_contributor_holds_none():
    page = ("Kalahari Courier\nThe nation's daily\nHome\nNews\nSearch\n\n"
            "Talks held in Maun\n\nAna Ruiz | Our Correspondent\nMonday, 2 March 2026\n\n"
            "The two presidents opened a new border post on Friday.\n\nTalks followed.\n")
    article = extract(page)
    assert [(article.people[r.person].name, r.title) for r in article.roles] == [("Ana Ruiz", "Correspondent")]
    article = extract(page.replace("Our Correspondent", "Contributor"))
    assert not article.roles


def test_a_writers_name_under_the_headline_is_the_author_not_the_outlet():
    page = ("Kalahari Courier\nThe nation's daily\nHome\nNews\nSearch\n\nPolitics\n\n"
            "Two presidents ink three pacts in the capital\n\nNaledi Okafor\n05/11/2031\n\n"
            "The two presidents signed three agreements on Wednesday.\n\nTalks followed.\n")
    metadata = extract(page).metadata
    assert (metadata.outlet, metadata.author) == ("Kalahari Courier", "Naledi Okafor")
    # a paper's name under the headline of an aggregator's page stays the story's outlet
    page = page.replace("Naledi Okafor", "Okavango Online")
    metadata = extract(page).metadata
    assert (metadata.outlet, metadata.author) == ("Okavango Online", None)


def test_credits_with_a_name_and_an_agency_apart_by_a_comma_or_a_dash():
    from visits.extraction.photos import split_credit

    assert split_credit("Photo: Taras Hlynsky, Steppe Wire") == ("Taras Hlynsky", "Steppe Wire", None)
    assert split_credit("Photo: TWA – Mira Kollar") == ("Mira Kollar", "TWA", None)
    assert split_credit("(Photo: Desmond Ferron, OPM)") == ("Desmond Ferron", "OPM", None)
    assert split_credit("Photo: Ministry of Culture, Department of Heritage")[0] is None


def test_a_bare_title_takes_the_one_portfolio_its_holder_is_cited_with():
    article = extract("Talks in Kingston\n\nThe Prime Minister was accompanied by the Minister of Energy, the Hon. "
                      "Cedric Ferron.\n\n\"We will build the line,\" Minister Ferron said.\n\n"
                      "Prime Cabinet Secretary and Cabinet Secretary for Trade Amos Kiprono also spoke.\n")
    roles = {(article.people[r.person].name, r.title, r.title_as_written) for r in article.roles}
    assert ("Cedric Ferron", "Minister of Energy", "Minister") in roles
    assert not any(name == "Cedric Ferron" and title == "Minister" for name, title, _ in roles)
    # a bare title coordinated with a fuller one in one phrase is another office
    assert any(name == "Amos Kiprono" and title == "Cabinet Secretary" for name, title, _ in roles)


def test_a_bare_title_takes_the_fullest_office_and_an_envoys_posting():
    article = extract("Talks in Kotor\n\nHe was met by Minister for Europe and Foreign Affairs Ilira Dushku and by "
                      "the High Commissioner of Ghana to Malta, Ama Owusu.\n\nThe accord was signed by Foreign "
                      "Ministers Ilira Dushku and Petar Lalic.\n\nMinister Dushku and High Commissioner Owusu "
                      "then met the press.\n")
    roles = {(article.people[r.person].name, r.title) for r in article.roles}
    assert ("Ilira Dushku", "Minister") not in roles  # the fullest of her offices, whose words hold the other's
    assert ("Ama Owusu", "High Commissioner") not in roles
    assert ("Ama Owusu", "High Commissioner to Malta") in roles


def test_the_photographer_of_a_whole_article_credit_is_a_person():
    text = ("Talks in Mahe\n\nThe two presidents met in Victoria on Monday and agreed to open a joint fisheries "
            "office next year, officials said.\n\nPhotos: Marie Payet / State House Press Service\n")
    article = extract(text)
    assert [(p.name, p.kind) for p in article.people if p.name == "Marie Payet"] == [("Marie Payet", "photographer")]
    for credit in ("Primature CI, Keystone-SDA", "Royal Palace", "Vietnam Plus", "Tuoi Tre"):
        article = extract(text.replace("Marie Payet / State House Press Service", credit))
        assert not any(p.kind == "photographer" for p in article.people), credit


def test_notes_in_a_credit_are_no_agency_and_a_former_office_is_not_the_present_one():
    from visits.extraction.photos import split_credit

    assert split_credit("Photo: Ana Ruiz – file")[0] is None or split_credit("Photo: Ana Ruiz – file")[1] != "file"
    assert split_credit("Photo: Ana Ruiz, 2024")[1] != "2024"
    article = extract("Talks in Kingston\n\nAna Ruiz, a former Minister of Health, joined the talks.\n\n"
                      "\"We will build clinics,\" Minister Ruiz said.\n")
    assert not any(r.title.casefold().startswith("former") and r.title_as_written == "Minister"
                   for r in article.roles)


def test_a_ministry_heading_its_site_with_a_long_name_is_the_outlet():
    page = ("Ministry of Foreign Affairs and Foreign Trade\nGovernment of Ruritania\nSkip to main content\nHome\n"
            "About Us\nMedia Centre\nContact Us\n\nHome » Media Centre » Press Releases\n\n"
            "PRIME MINISTER CONCLUDES WORKING VISIT\n\nPosted on Oct 28\nPress Release\n\n"
            "The Prime Minister has concluded a two-day working visit, officials said.\n\nTalks followed.\n")
    assert extract(page).metadata.outlet == "Ministry of Foreign Affairs and Foreign Trade"
