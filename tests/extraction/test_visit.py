import re
from dataclasses import dataclass, field
from pathlib import Path

from visits.extraction.types import ExtractedPerson, ExtractedRole, PartialDate, Span
from visits.extraction.visit import find_visits

# ---- a stand-in for people.find_people: exact names and title phrases -> person indices



@dataclass(slots=True)
class _Mention:
    span: Span
    person: int
    text: str
    kind: str = "name"


@dataclass(slots=True)
class _People:
    people: list
    roles: list
    organizations: list
    mentions: list
    hos: dict = field(default_factory=dict)

    def person_at(self, start, end):
        return next((m.person for m in self.mentions if m.span.start < end and m.span.end > start), None)

    def mentions_between(self, start, end):
        return [m for m in self.mentions if m.span.start >= start and m.span.end <= end]

    def last_before(self, pos):
        found = [m for m in self.mentions if m.span.end <= pos]
        return found[-1] if found else None

    def head_of_state(self, country):
        return self.hos.get(country)


def _people(body, persons, descriptions=(), hos=None):
    """persons: [(name, country, [variants])]; descriptions: [(regex, index)]; hos: {country: index}."""
    mentions, taken = [], []

    def add(m, i, kind):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            mentions.append(_Mention(Span(m.start(), m.end()), i, m.group(), kind))

    forms = sorted(((v, i) for i, (n, _c, vs) in enumerate(persons) for v in {n, *vs}), key=lambda x: -len(x[0]))
    for form, i in forms:
        for m in re.finditer(r"\b" + re.escape(form) + r"\b", body):
            add(m, i, "name")
    for pattern, i in descriptions:
        for m in re.finditer(pattern, body):
            add(m, i, "description")
    mentions.sort(key=lambda m: m.span.start)
    people = [ExtractedPerson(name=n, variants=list(vs), country=c, kind="official") for n, c, vs in persons]
    roles = [ExtractedRole(person=i, title="President", title_as_written="President",
                           title_normalized="president", country=c) for c, i in (hos or {}).items()]
    return _People(people, roles, [], mentions, dict(hos or {}))


SEEDS = Path(__file__).resolve().parents[2] / "seeds"
GOLD = Path("/work/shared/eval/seeds_gold.json")
SEED_PERSONS = [
    ("Vladimir Putin", "RU", ["Putin"]),
    ("Kassym-Jomart Tokayev", "KZ", ["Tokayev", "Kassym-Jomart Kemelovich"]),
    ("Dimash Alzhanov", "KZ", ["Alzhanov"]),
    ("Serik Zhumangarin", "KZ", []),
    ("Assel Sabyrzhankyzy", "KZ", ["Asel Sabyrzhanqyzy"]),
    ("Sayasat Nurbek", "KZ", []),
    ("Akmaral Alnazarova", "KZ", ["Akmaral Alnazharova"]),
    ("Gaziz Abishev", "KZ", []),
    ("Valentina Matvienko", "RU", []),
    ("Dmitry Peskov", "RU", []),
    ("Kristina Yudina", "RU", []),
    ("Timur Suleimenov", "KZ", []),
    ("Erlan Akkenzhenov", "KZ", ["Akkenzhenov"]),
]
SEED_DESCRIPTIONS = [
    (r"\b[Tt]he (?:Russian (?:leader|president|President)|[Pp]resident of Russia)\b", 0),
    (r"\b[Tt]he [Pp]resident of Kazakhstan\b", 1),
]


def _seed_body(name):
    """The seed text minus photo-credit lines (what the cleaner removes)."""
    text = (SEEDS / name).read_text(encoding="utf-8")
    return "\n".join(line for line in text.split("\n") if not re.match(r"^\s*(?:Photo by|©)", line))


def _seed_people(body):
    return _people(body, SEED_PERSONS, SEED_DESCRIPTIONS, {"RU": 0, "KZ": 1})


UZ = [("Shavkat Mirziyoyev", "UZ", ["Mirziyoyev"]), ("Frank-Walter Steinmeier", "DE", ["Steinmeier"])]


def _visits(body, persons=UZ, hos=None, published=None):
    p = _people(body, persons, hos=hos if hos is not None else {"UZ": 0, "DE": 1})
    return find_visits(body, p, published=published)


def test_arrival_for_official_visit_with_date():
    body = ("President of Uzbekistan Shavkat Mirziyoyev arrived in Berlin on an official visit on March 3. "
            "His plane landed at Berlin Brandenburg Airport. An official welcome ceremony followed at "
            "Bellevue Palace, then talks in narrow format and in expanded format.")
    [v] = _visits(body, published=PartialDate(2025, 3, 3))
    assert (v.guest, v.host, v.guest_country, v.host_country, v.visit_type) == (0, 1, "UZ", "DE", "official")
    assert v.cities == ["Berlin"]
    assert v.start == v.end == PartialDate(2025, 3, 3)
    kinds = [e.kind for e in v.events]
    assert kinds[:2] == ["arrival", "arrival"]
    assert {"welcome_ceremony", "talks_narrow"} <= set(kinds)


def test_will_pay_state_visit_with_range_and_invitation():
    body = ("At the invitation of President Steinmeier, Uzbek President Shavkat Mirziyoyev will pay a state "
            "visit to Germany from November 11 to 12.")
    [v] = _visits(body, published=PartialDate(2025, 11, 1))
    assert (v.guest, v.host, v.host_country, v.visit_type) == (0, 1, "DE", "state")
    assert (v.start, v.end) == (PartialDate(2025, 11, 11), PartialDate(2025, 11, 12))


def test_no_year_without_published():
    body = "Shavkat Mirziyoyev will pay a working visit to Germany from November 11 to 12."
    [v] = _visits(body)
    assert v.visit_type == "working"
    assert v.start == PartialDate(None, 11, 11)


def test_second_day_counts_back_start():
    body = ("The second day of the state visit of President Shavkat Mirziyoyev to Berlin has come to an end. "
            "And on November 12, the official part of the negotiations took place.\n\n"
            "Mirziyoyev laid a wreath at the memorial.")
    [v] = _visits(body, published=PartialDate(2025, 11, 12))
    assert (v.start, v.end) == (PartialDate(2025, 11, 11), PartialDate(2025, 11, 12))
    assert "wreath_laying" in [e.kind for e in v.events]


def test_background_visit_and_invitation_are_not_the_visit():
    body = ("A year ago, Steinmeier visited Tashkent. Steinmeier's last state visit to Uzbekistan was nine years "
            "ago. Mirziyoyev invited Steinmeier to visit Uzbekistan in 2026.")
    assert _visits(body) == []


def test_text_about_no_visit_returns_empty():
    assert _visits("Inflation in Uzbekistan slowed to 9 percent in March, the central bank said.") == []


def test_summit_mentioned_in_passing_is_an_event_not_a_visit():
    body = ("On November 27, Shavkat Mirziyoyev arrived in Germany for a state visit. "
            "The following day, in Berlin, a session of the Council of the Organization will be held.")
    visits = _visits(body, published=PartialDate(2024, 11, 27))
    assert len(visits) == 1
    summit = [e for e in visits[0].events if e.kind == "summit"]
    assert summit and summit[0].date == PartialDate(2024, 11, 28)


def test_turkish_azerbaijani_working_visit():
    persons = [("Ilham Aliyev", "AZ", ["Aliyev"]), ("Recep Tayyip Erdogan", "TR", ["Erdogan"])]
    body = ("Azerbaijani President Ilham Aliyev has arrived in Ankara on a working visit. "
            "Aliyev and Erdogan held a meeting with Turkish businessmen, and 12 documents were signed.")
    [v] = _visits(body, persons, hos={"AZ": 0, "TR": 1}, published=PartialDate(2025, 5, 5))
    assert (v.guest, v.host, v.host_country, v.visit_type, v.cities) == (0, 1, "TR", "working", ["Ankara"])
    assert v.start == PartialDate(2025, 5, 5)


SEED_VISITS = {
    "000_e439a4b7d7e248e2.txt": (0, 1, "RU", "KZ", "state", ["Astana"], (2024, 11, 27), (2024, 11, 27)),
    "001_7afc1cab3bb346d6.txt": (1, 0, "KZ", "RU", "state", ["Moscow"], (2025, 11, 11), (2025, 11, 12)),
    "003_66c02dc949ab30a8.txt": (1, 0, "KZ", "RU", "state", ["Moscow"], None, None),
    "004_16dfb7eff7418677.txt": (1, 0, "KZ", "RU", "state", ["Moscow"], (2025, 11, 11), (2025, 11, 12)),
}


def test_seed_visits_fields():
    published = {"000": PartialDate(2024, 11, 27), "001": PartialDate(2025, 11, 12),
                 "004": PartialDate(2025, 11, 11)}
    for name, exp in SEED_VISITS.items():
        body = _seed_body(name)
        [v] = find_visits(body, _seed_people(body), published=published.get(name[:3]))
        start = (v.start.year, v.start.month, v.start.day) if v.start else None
        end = (v.end.year, v.end.month, v.end.day) if v.end else None
        got = (v.guest, v.host, v.guest_country, v.host_country, v.visit_type, v.cities, start, end)
        assert got == exp, name


def test_seed_plane_landed_visit_without_destination_sentence():
    body = _seed_body("002_e6e49ca9d2d0c371.txt")
    [v] = find_visits(body, _seed_people(body), published=PartialDate(2024, 11, 27))
    assert (v.guest, v.host, v.host_country, v.visit_type) == (0, 1, "KZ", "state")
    assert v.start == v.end == PartialDate(2024, 11, 27)
    assert "summit" in [e.kind for e in v.events]
