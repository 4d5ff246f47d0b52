"""Photos from credit lines: the sample texts against the hand annotation, and other credit shapes."""

import json
from pathlib import Path

import pytest

from visits.extraction.cleaning import clean, decode
from visits.extraction.photos import find_photos, split_credit

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
GOLD_PATH = Path("/work/shared/eval/seeds_gold.json")


@pytest.fixture(scope="module")
def gold_photos():
    if not GOLD_PATH.exists():
        pytest.skip("hand annotation not available")
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))["photos"]


def test_photos_seeds_match_gold_credits_captions_and_photographers(gold_photos):
    got = []
    for path in SEEDS:
        cleaned = clean(decode(path.read_bytes()))
        for photo in find_photos(cleaned):
            got.append((path.name, photo.credit_line, photo.caption, photo.creator, photo.credit))
    want = [(p["file"], p["credit"], p["caption"], p["photographer"], p["agency"]) for p in gold_photos]
    assert got == want


def test_photos_positions_and_spans_in_order():
    cleaned = clean(decode(SEEDS[0].read_bytes()))
    photos = find_photos(cleaned)
    assert [p.position for p in photos] == list(range(18))
    for photo in photos:
        assert photo.span.snippet(cleaned.body) == photo.caption
        assert photo.people_shown == [] and photo.creator_person is None


def test_photos_copyright_outlet_and_photographer_split():
    assert split_credit("©️ Outlet.kz / Ann Lee") == ("Ann Lee", "Outlet.kz", "Outlet.kz")


def test_photos_copyright_outlet_only_gives_credit_and_holder():
    assert split_credit("©️ Agency.kz") == (None, "Agency.kz", "Agency.kz")


def test_photos_press_service_gives_credit_only():
    assert split_credit("Photo by Presidential press service") == (None, "Presidential press service", None)
    assert split_credit("(Kremlin Press Service)") == (None, "Kremlin Press Service", None)


def test_photos_pool_tass_gives_creator_and_credit():
    assert split_credit("Mikhail Metzel/POOL/TASS") == ("Mikhail Metzel", "POOL/TASS", None)


def test_photos_agency_name_is_a_credit_not_a_creator():
    assert split_credit("Photo: Reuters") == (None, "Reuters", None)
    assert split_credit("Photo: AFP") == (None, "AFP", None)


def test_photos_person_shaped_name_is_the_creator():
    assert split_credit("Photo: Ann Lee") == ("Ann Lee", None, None)
    assert split_credit("Фото: Иван Петров") == ("Иван Петров", None, None)


def test_photos_general_credit_makes_no_photo():
    text = "Leaders Meet in Baku\n\nThe leaders met in Baku and signed documents.\n\nPhotos: Outlet.az, Reuters.\n"
    cleaned = clean(text)
    assert find_photos(cleaned) == []
    assert cleaned.general_credits == ["Photos: Outlet.az, Reuters."]


def test_photos_from_an_invented_page():
    text = (
        "MOSCOW, November 27. /TASS/. Putin held talks with Japarov in the Kremlin.\n"
        "Sadyr Japarov and Vladimir Putin during the talks.\n"
        "Mikhail Metzel/POOL/TASS\n"
        '"We have a lot to do," Putin said.\n'
        "Photo: Reuters\n"
    )
    cleaned = clean(text)
    photos = find_photos(cleaned)
    assert [(p.position, p.caption, p.creator, p.credit) for p in photos] == [
        (0, "Sadyr Japarov and Vladimir Putin during the talks.", "Mikhail Metzel", "POOL/TASS"),
        (1, '"We have a lot to do," Putin said.', None, "Reuters"),
    ]
    assert all(p.span.snippet(cleaned.body) == p.caption for p in photos)


def test_split_credit_copyright_holder_name_then_photographer_with_diacritics():
    assert split_credit("© Valley Gazette / Zoltán Kéri") == ("Zoltán Kéri", "Valley Gazette", "Valley Gazette")
    assert split_credit("© Northern Lantern / Érik Łasko") == ("Érik Łasko", "Northern Lantern", "Northern Lantern")
    assert split_credit("Photo: Ágnes Szűcs")[0] == "Ágnes Szűcs"


def test_split_credit_outlet_shaped_name_is_not_a_photographer():
    assert split_credit("© Hill Country Daily")[0] is None
    assert split_credit("Photo: Morning Herald")[0] is None


def test_photos_name_slash_agency_credit_after_a_guillemet_quote():
    text = (
        "Leaders Meet by the Sea\n\n"
        "The guest thanked his host. « Our friendship is old and strong », the President said.\n"
        "Anna Verdier/Northwind Agency\n\n"
        "The talks went on for three hours, the press office said.\n"
    )
    photos = find_photos(clean(text))
    assert [(p.credit_line, p.creator, p.credit) for p in photos] == [
        ("Anna Verdier/Northwind Agency", "Anna Verdier", "Northwind Agency")
    ]
    assert photos[0].caption.startswith("The guest thanked his host.")


@pytest.mark.parametrize("office", ["Prensa Palacio", "Service de presse", "Imprensa Nacional",
                                    "Agencia Andina", "Palacio Nacional"])
def test_press_office_named_in_its_own_language_is_the_credit_not_the_photographer(office):
    assert split_credit(f"Photo: {office} / Lucia Arriagada") == ("Lucia Arriagada", office, None)


def test_photos_seat_of_an_office_before_a_photographer_is_the_credit():
    assert split_credit("Photo: Elm Castle / Ann Lee") == ("Ann Lee", "Elm Castle", None)
    assert split_credit("Photo: Ann Lee / Elm Castle") == ("Ann Lee", "Elm Castle", None)
    assert split_credit("Photo: Jonathan Hall") == ("Jonathan Hall", None, None)


def test_photos_office_credits_and_mixed_case_acronyms_are_no_photographer():
    assert split_credit("(Lowland Presidency Press Service)") == (None, "Lowland Presidency Press Service", None)
    assert split_credit("Photo: MoFA Ruritania") == (None, "MoFA Ruritania", None)
    assert split_credit("Courtesy: Presidencia de la Nación") == (None, "Presidencia de la Nación", None)
    assert split_credit("Photo: Ann McDonald") == ("Ann McDonald", None, None)


def test_photos_a_communications_office_in_brackets_is_a_credit_line():
    from visits.extraction.cleaning import credit_kind

    assert credit_kind("(Presidential Communications Office)") == "credit"
    assert credit_kind("Courtesy: Presidencia de la Nación") == "credit"


def test_photos_a_name_with_accents_over_a_one_word_agency_is_a_credit_line():
    from visits.extraction.cleaning import credit_kind

    assert credit_kind("Sofía Larrañaga/Presidencia") == "credit"
    assert split_credit("Sofía Larrañaga/Presidencia") == ("Sofía Larrañaga", "Presidencia", None)


def test_photos_an_agency_named_by_acronym_and_country_before_the_photographer():
    assert split_credit("IP Bolivia/Rosa Mamani") == ("Rosa Mamani", "IP Bolivia", None)
    assert split_credit("Ana Ruiz/EFE") == ("Ana Ruiz", "EFE", None)


def test_photos_an_office_credited_in_any_language_is_no_photographer():
    for line in ("Photo credit: PM's Secretariat", "© Administrația Prezidențială", "Photo: Cabinet Office"):
        creator, credit, _holder = split_credit(line)
        assert creator is None and credit, line


def test_photos_a_photographer_whose_given_name_is_a_country_stays_the_photographer():
    assert split_credit("© Ana Soto / Jordan Ruiz")[0] == "Jordan Ruiz"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Photo: NOTIMAR (Ana Quispe Rojas)", ("Ana Quispe Rojas", "NOTIMAR", None)),
        ("PIC: NALEDI OKAFOR", ("Naledi Okafor", None, None)),
        ("PHOTO | LUKAS OBI", ("Lukas Obi", None, None)),
        ("PHOTO | FILE", (None, "FILE", None)),
        ("PIC: STATE HOUSE", (None, "STATE HOUSE", None)),
    ],
)
def test_split_credit_photographer_in_brackets_or_in_capitals(line, expected):
    assert split_credit(line) == expected


def test_a_press_secretariat_in_brackets_under_a_caption_is_a_credit():
    page = ("Talks held in Quito\n\nThe two presidents met on Monday.\n\n"
            "The signing of the documents at the palace.\n(Press Secretariat of the President of Ecuador)\n\n"
            "Talks followed.\n")
    photos = find_photos(clean(page))
    assert [(p.caption, p.creator, p.credit) for p in photos] == [
        ("The signing of the documents at the palace.", None, "Press Secretariat of the President of Ecuador")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [("PHOTO: NEW VISION", (None, "NEW VISION", None)), ("PHOTO: VIDEO GRAB", (None, "VIDEO GRAB", None)),
     ("Photo: Ana Ruiz (file)", ("Ana Ruiz", None, None))],
)
def test_split_credit_newspapers_grabs_and_notes_are_no_photographers(line, expected):
    assert split_credit(line) == expected


def test_a_press_centre_in_a_subhead_is_no_credit():
    page = ("Summit opens\n\nThe summit opened on Monday in the capital.\n\nInternational press centre opens for "
            "summit\n\nJournalists arrived on Sunday.\n")
    cleaned = clean(page)
    assert not cleaned.credits and "International press centre opens" in cleaned.body
