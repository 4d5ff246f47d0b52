"""The reference data (countries, cities, demonyms, organizations) and its pure-Python reader."""

import re

import pytest

from visits.extraction import reference
from visits.extraction.reference import (
    FIXTURES_DIR,
    city_pattern,
    countries,
    country,
    country_by_city,
    country_by_demonym,
    country_by_name,
    country_mention,
    country_name_pattern,
    demonym_pattern,
    organization_by_name,
    organizations,
)

# ISO 3166-1 alpha-2:alpha-3 (249 entries); Kosovo's user-assigned XK/XKX is added on top.
_ISO_3166_1_TEXT = """
    AD:AND AE:ARE AF:AFG AG:ATG AI:AIA AL:ALB AM:ARM AO:AGO AQ:ATA AR:ARG AS:ASM AT:AUT AU:AUS
    AW:ABW AX:ALA AZ:AZE BA:BIH BB:BRB BD:BGD BE:BEL BF:BFA BG:BGR BH:BHR BI:BDI BJ:BEN BL:BLM
    BM:BMU BN:BRN BO:BOL BQ:BES BR:BRA BS:BHS BT:BTN BV:BVT BW:BWA BY:BLR BZ:BLZ CA:CAN CC:CCK
    CD:COD CF:CAF CG:COG CH:CHE CI:CIV CK:COK CL:CHL CM:CMR CN:CHN CO:COL CR:CRI CU:CUB CV:CPV
    CW:CUW CX:CXR CY:CYP CZ:CZE DE:DEU DJ:DJI DK:DNK DM:DMA DO:DOM DZ:DZA EC:ECU EE:EST EG:EGY
    EH:ESH ER:ERI ES:ESP ET:ETH FI:FIN FJ:FJI FK:FLK FM:FSM FO:FRO FR:FRA GA:GAB GB:GBR GD:GRD
    GE:GEO GF:GUF GG:GGY GH:GHA GI:GIB GL:GRL GM:GMB GN:GIN GP:GLP GQ:GNQ GR:GRC GS:SGS GT:GTM
    GU:GUM GW:GNB GY:GUY HK:HKG HM:HMD HN:HND HR:HRV HT:HTI HU:HUN ID:IDN IE:IRL IL:ISR IM:IMN
    IN:IND IO:IOT IQ:IRQ IR:IRN IS:ISL IT:ITA JE:JEY JM:JAM JO:JOR JP:JPN KE:KEN KG:KGZ KH:KHM
    KI:KIR KM:COM KN:KNA KP:PRK KR:KOR KW:KWT KY:CYM KZ:KAZ LA:LAO LB:LBN LC:LCA LI:LIE LK:LKA
    LR:LBR LS:LSO LT:LTU LU:LUX LV:LVA LY:LBY MA:MAR MC:MCO MD:MDA ME:MNE MF:MAF MG:MDG MH:MHL
    MK:MKD ML:MLI MM:MMR MN:MNG MO:MAC MP:MNP MQ:MTQ MR:MRT MS:MSR MT:MLT MU:MUS MV:MDV MW:MWI
    MX:MEX MY:MYS MZ:MOZ NA:NAM NC:NCL NE:NER NF:NFK NG:NGA NI:NIC NL:NLD NO:NOR NP:NPL NR:NRU
    NU:NIU NZ:NZL OM:OMN PA:PAN PE:PER PF:PYF PG:PNG PH:PHL PK:PAK PL:POL PM:SPM PN:PCN PR:PRI
    PS:PSE PT:PRT PW:PLW PY:PRY QA:QAT RE:REU RO:ROU RS:SRB RU:RUS RW:RWA SA:SAU SB:SLB SC:SYC
    SD:SDN SE:SWE SG:SGP SH:SHN SI:SVN SJ:SJM SK:SVK SL:SLE SM:SMR SN:SEN SO:SOM SR:SUR SS:SSD
    ST:STP SV:SLV SX:SXM SY:SYR SZ:SWZ TC:TCA TD:TCD TF:ATF TG:TGO TH:THA TJ:TJK TK:TKL TL:TLS
    TM:TKM TN:TUN TO:TON TR:TUR TT:TTO TV:TUV TW:TWN TZ:TZA UA:UKR UG:UGA UM:UMI US:USA UY:URY
    UZ:UZB VA:VAT VC:VCT VE:VEN VG:VGB VI:VIR VN:VNM VU:VUT WF:WLF WS:WSM YE:YEM YT:MYT ZA:ZAF
    ZM:ZMB ZW:ZWE
"""
ISO_3166_1 = dict(pair.split(":") for pair in _ISO_3166_1_TEXT.split())


# --------------------------------------------------------------------------- countries: data


def test_fixtures_dir_points_at_repository_fixtures():
    assert FIXTURES_DIR.name == "fixtures"
    assert (FIXTURES_DIR / "countries.json").is_file()
    assert (FIXTURES_DIR / "organizations.json").is_file()


def test_countries_cover_iso_3166_1_plus_kosovo():
    codes = {c.code: c.code3 for c in countries()}
    assert len(ISO_3166_1) == 249
    assert codes == {**ISO_3166_1, "XK": "XKX"}


def test_country_codes_unique_and_well_formed():
    all_countries = countries()
    assert len({c.code for c in all_countries}) == len(all_countries)
    assert len({c.code3 for c in all_countries}) == len(all_countries)
    for c in all_countries:
        assert re.fullmatch(r"[A-Z]{2}", c.code), c
        assert re.fullmatch(r"[A-Z]{3}", c.code3), c


def test_every_country_has_a_clean_name():
    for c in countries():
        assert c.name and c.name == c.name.strip(), c.code
        assert c.name not in c.names, c.code
        for form in (*c.names, *c.demonyms, *c.cities, c.capital or "x"):
            assert form and form == form.strip() and "  " not in form, (c.code, form)
            assert not form.lower().startswith("the ") or form in {"The Gambia", "The Sudan", "The Hague",
                                                                  "The Valley"}, (c.code, form)


def test_country_fields_are_tuples():
    c = country("KZ")
    assert isinstance(c.names, tuple)
    assert isinstance(c.demonyms, tuple)
    assert isinstance(c.cities, tuple)


def test_country_names_do_not_clash_between_countries():
    seen = {}
    for c in countries():
        for form in c.all_names:
            assert seen.setdefault(form.casefold(), c.code) == c.code, form


def test_demonyms_do_not_clash_between_countries():
    seen = {}
    for c in countries():
        for demonym in c.demonyms:
            assert demonym[0].isupper(), demonym
            assert seen.setdefault(demonym.casefold(), c.code) == c.code, demonym


def test_countries_are_cached():
    assert countries() is countries()


# --------------------------------------------------------------------------- countries: lookups


@pytest.mark.parametrize("code", ["KZ", "kz", "KAZ", "kaz", " Kz "])
def test_country_by_code_case_insensitive(code):
    assert country(code).name == "Kazakhstan"


def test_country_by_code_kosovo_uses_xk():
    assert country("XK").name == "Kosovo"
    assert country("XKX").code == "XK"


@pytest.mark.parametrize("code", ["", "ZZ", "XXX", "KAZA"])
def test_country_by_code_unknown_returns_none(code):
    assert country(code) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("the Russian Federation", "RU"),
        ("The Russian Federation", "RU"),
        ("the United States", "US"),
        ("United States of America", "US"),
        ("US", "US"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("turkey", "TR"),
        ("Republic of Kazakhstan", "KZ"),
        ("Kazakstan", "KZ"),
        ("Kyrgyz Republic", "KG"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("Great Britain", "GB"),
        ("UAE", "AE"),
        ("DPRK", "KP"),
        ("PRC", "CN"),
        ("People’s Republic of China", "CN"),
        ("People's Republic of China", "CN"),
        ("Republic of Korea", "KR"),
        ("Burma", "MM"),
        ("Czechia", "CZ"),
        ("Côte d’Ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("the Netherlands", "NL"),
        ("The Gambia", "GM"),
        ("Gambia", "GM"),
        ("Holy See", "VA"),
        ("State of Palestine", "PS"),
        ("Taiwan", "TW"),
        ("Kosovo", "XK"),
        ("  Islamic   Republic of Iran ", "IR"),
    ],
)
def test_country_by_name_known_forms(text, code):
    assert country_by_name(text).code == code


@pytest.mark.parametrize("text", ["us", "uk", "usa", "dprk"])
def test_country_by_name_abbreviations_case_sensitive(text):
    assert country_by_name(text) is None


@pytest.mark.parametrize("text", ["", "Atlantis", "Russian", "Moscow", "the", "Republic of"])
def test_country_by_name_unknown_returns_none(text):
    assert country_by_name(text) is None


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Kazakh", "KZ"),
        ("Kazakhstani", "KZ"),
        ("Russian", "RU"),
        ("Belarusian", "BY"),
        ("Kyrgyz", "KG"),
        ("Tajik", "TJ"),
        ("Uzbek", "UZ"),
        ("Turkmen", "TM"),
        ("Azerbaijani", "AZ"),
        ("American", "US"),
        ("British", "GB"),
        ("Chinese", "CN"),
        ("Emirati", "AE"),
        ("Saudi", "SA"),
        ("Turkish", "TR"),
        ("Korean", "KR"),
        ("North Korean", "KP"),
        ("Congolese", "CD"),
        ("Dominican", "DO"),
        ("kazakh", "KZ"),
    ],
)
def test_country_by_demonym_known_words(word, code):
    assert country_by_demonym(word).code == code


@pytest.mark.parametrize(("word", "code"), [("Kazakhs", "KZ"), ("Uzbeks", "UZ"), ("Russians", "RU"),
                                             ("Filipinos", "PH"), ("Saudis", "SA")])
def test_country_by_demonym_plural(word, code):
    assert country_by_demonym(word).code == code


@pytest.mark.parametrize("word", ["", "Martian", "Russia", "s"])
def test_country_by_demonym_unknown_returns_none(word):
    assert country_by_demonym(word) is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Astana", "KZ"),
        ("Nur-Sultan", "KZ"),
        ("Almaty", "KZ"),
        ("Moscow", "RU"),
        ("St. Petersburg", "RU"),
        ("Washington", "US"),
        ("Dushanbe", "TJ"),
        ("Bishkek", "KG"),
        ("Tashkent", "UZ"),
        ("Samarkand", "UZ"),
        ("Ashgabat", "TM"),
        ("Baku", "AZ"),
        ("Minsk", "BY"),
        ("Beijing", "CN"),
        ("Ankara", "TR"),
        ("Istanbul", "TR"),
        ("İstanbul", "TR"),
        ("Kyiv", "UA"),
        ("Kiev", "UA"),
        ("The Hague", "NL"),
        ("Kingston", "JM"),
        ("Zürich", "CH"),
        ("zurich", "CH"),
    ],
)
def test_country_by_city_capitals_and_cities(name, code):
    assert country_by_city(name).code == code


@pytest.mark.parametrize("name", ["", "Atlantis", "Kazakhstan", "Siberia"])
def test_country_by_city_unknown_returns_none(name):
    assert country_by_city(name) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia", "RU"),
        ("Russia’s", "RU"),
        ("Russia's", "RU"),
        ("Russian", "RU"),
        ("Kazakhstan’s", "KZ"),
        ("Kazakhs", "KZ"),
        ("the United States’", "US"),
        ("US's", "US"),
        ("Philippines'", "PH"),
        ("Türkiye’s", "TR"),
    ],
)
def test_country_mention_names_demonyms_possessives(text, code):
    assert country_mention(text).code == code


@pytest.mark.parametrize("text", ["", "'s", "Atlantis's", "Moscow's"])
def test_country_mention_unknown_returns_none(text):
    assert country_mention(text) is None


# --------------------------------------------------------------------------- patterns


def test_country_name_pattern_matches_longest_name_first():
    rx = re.compile(rf"\b(?:{country_name_pattern()})\b")
    assert rx.search("talks in Papua New Guinea").group() == "Papua New Guinea"
    assert rx.search("the Democratic Republic of the Congo said").group() == (
        "Democratic Republic of the Congo")
    assert rx.search("visit to the Russian Federation").group() == "Russian Federation"


def test_country_name_pattern_abbreviations_stay_case_sensitive_under_ignorecase():
    rx = re.compile(rf"\b(?:{country_name_pattern()})\b", re.IGNORECASE)
    assert rx.search("join us for tea") is None
    assert rx.search("the US delegation").group() == "US"


def test_demonym_pattern_matches_demonyms():
    rx = re.compile(rf"\b(?:{demonym_pattern()})\b")
    assert rx.search("the South Korean delegation").group() == "South Korean"
    assert rx.search("a Kazakh delegation").group() == "Kazakh"


def test_city_pattern_matches_cities():
    rx = re.compile(rf"\b(?:{city_pattern()})\b")
    assert rx.search("arrived in Nur-Sultan on Monday").group() == "Nur-Sultan"
    assert rx.search("talks in New York City").group() == "New York City"


def test_patterns_are_longest_first():
    for pattern in (country_name_pattern(), demonym_pattern(), city_pattern()):
        lengths = [len(re.sub(r"^\(\?-i:|\)$", "", alt).replace("\\", "")) for alt in pattern.split("|")]
        assert lengths == sorted(lengths, reverse=True)


# --------------------------------------------------------------------------- organizations


def test_organizations_keys_unique_slugs():
    keys = [o.key for o in organizations()]
    assert len(keys) == len(set(keys))
    for key in keys:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", key), key


def test_organizations_kinds_and_countries_valid():
    for org in organizations():
        assert org.kind in reference.ORGANIZATION_KINDS, org.key
        assert org.name, org.key
        if org.kind == "international":
            assert org.country is None, org.key
        else:
            assert country(org.country) is not None, org.key
        assert isinstance(org.aliases, tuple)


def test_organizations_counts():
    kinds = [o.kind for o in organizations()]
    assert kinds.count("international") >= 120
    assert kinds.count("media") >= 40


def test_organization_abbreviations_unique():
    seen = {}
    for org in organizations():
        if org.abbreviation:
            assert seen.setdefault(org.abbreviation, org.key) == org.key, org.abbreviation


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("CSTO", "csto"),
        ("EAEU", "eaeu"),
        ("SCO", "sco"),
        ("CIS", "cis"),
        ("BRICS", "brics"),
        ("UN", "un"),
        ("NATO", "nato"),
        ("OTS", "ots"),
        ("CICA", "cica"),
        ("WHO", "who"),
        ("OPEC+", "opec-plus"),
        ("G20", "g20"),
        ("G-20", "g20"),
        ("TASS", "tass"),
        ("AP", "ap"),
        ("AFP", "afp"),
        ("dpa", "dpa"),
        ("UzA", "uza"),
    ],
)
def test_organization_by_abbreviation(text, key):
    assert organization_by_name(text).key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Collective Security Treaty Organization", "csto"),
        ("Collective Security Treaty Organisation", "csto"),
        ("collective security treaty organization", "csto"),
        ("the Eurasian Economic Union", "eaeu"),
        ("Shanghai Cooperation Organisation", "sco"),
        ("Shanghai Cooperation Organization", "sco"),
        ("Commonwealth of Independent States", "cis"),
        ("Organization of Turkic States", "ots"),
        ("Turkic Council", "ots"),
        ("United Nations", "un"),
        ("World Health Organisation", "who"),
        ("Organisation for Economic Co-operation and Development", "oecd"),
        ("Arab League", "arab-league"),
        ("ITAR-TASS", "tass"),
        ("Tass", "tass"),
        ("RIA Novosti", "ria-novosti"),
        ("Associated Press", "ap"),
        ("the Associated Press", "ap"),
        ("Agence France-Presse", "afp"),
        ("Agence France–Presse", "afp"),
        ("Xinhua", "xinhua"),
        ("Anadolu Agency", "anadolu"),
        ("Reuters", "reuters"),
        ("Nato", "nato"),
    ],
)
def test_organization_by_long_name_and_alias(text, key):
    assert organization_by_name(text).key == key


@pytest.mark.parametrize("text", ["csto", "who", "sco", "un", "Csto"])
def test_organization_abbreviation_wrong_case_returns_none(text):
    assert organization_by_name(text) is None


@pytest.mark.parametrize("text", ["", "Galactic Empire", "the", "Organization"])
def test_organization_unknown_returns_none(text):
    assert organization_by_name(text) is None


def test_media_agencies_have_home_country():
    assert organization_by_name("TASS").country == "RU"
    assert organization_by_name("Kazinform").country == "KZ"
    assert organization_by_name("Reuters").kind == "media"
    assert organization_by_name("CSTO").kind == "international"


# --------------------------------------------------------------------------- no people


def test_reference_data_has_no_person_fields():
    import json

    for name in ("countries.json", "organizations.json"):
        text = (FIXTURES_DIR / name).read_text(encoding="utf-8")
        data = json.loads(text)
        rows = next(iter(data.values()))
        allowed = ({"code", "code3", "name", "names", "demonyms", "capital", "cities"}
                   if name == "countries.json"
                   else {"key", "name", "abbreviation", "aliases", "kind", "country"})
        for row in rows:
            assert set(row) == allowed


def test_national_news_agencies_beyond_the_fixture_are_media_organizations():
    org = organization_by_name("Tanjug")
    assert org is not None and org.kind == "media" and org.country == "RS"
    assert organization_by_name("MTI").country == "HU"


@pytest.mark.parametrize(
    ("text", "brand"),
    [("Polish Press Agency", "PAP"), ("PAP", "PAP"), ("Hungarian News Agency", "MTI"), ("Xinhua News Agency", "Xinhua"),
     ("Trend News Agency", "Trend"), ("Anadolu Agency", "Anadolu Agency")],
)
def test_news_agency_is_named_by_its_brand(text, brand):
    """Agencies print their brand on their pages and credits ("PAP"); the full name still finds them."""
    assert organization_by_name(text).name == brand
