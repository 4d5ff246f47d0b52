"""A stand-in for people.find_people shared by the extraction tests: exact names and
title phrases -> person indices, plus the seed texts' people."""
import re
from dataclasses import dataclass, field
from pathlib import Path

from visits.extraction.types import ExtractedPerson, ExtractedRole, Span


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
