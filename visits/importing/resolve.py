"""Find what the archive already holds for extracted names: people, organizations, countries.

A wrong merge costs more than a duplicate: an extracted person lands on an existing record
only through an exact name key, a transliteration skeleton of a full name, or (for a lone
surname) a single unambiguous candidate. Several records sharing a name (an editor kept
them apart) are never guessed between: a new record is made for an editor to sort out.
Merged-away records redirect to their survivor.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from people.models import Country, Organization, OrganizationName, Person, PersonName
from visits.extraction.normalize import PATRONYMIC, name_key, name_skeleton


def fact_key(prefix: str, *parts: object) -> str:
    """A deterministic key: the same fact from the same text is always the same record."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:40]
    return f"{prefix}:{digest}"


def survivor(record):
    """Follow merge redirects to the record that stands for this one now."""
    seen = set()
    while record.merged_into_id is not None and record.pk not in seen:
        seen.add(record.pk)
        record = record.merged_into
    return record


def sort_name(name: str) -> str:
    tokens = name.split()
    return " ".join([tokens[-1], *tokens[:-1]]) if len(tokens) > 1 else name


class Lookups:
    """What one import run looks up again and again: countries, organizations, content types.

    Organizations created inside an article's transaction are remembered only once that
    transaction commits, so a rolled-back article leaves no stale id behind.
    """

    def __init__(self):
        self._countries: dict[str, Country] | None = None
        self._organizations: dict[str, Organization] = {}

    def country(self, code: str | None) -> Country | None:
        if not code:
            return None
        if self._countries is None:
            self._countries = {c.code: c for c in Country.objects.all()}
        return self._countries.get(code.upper())

    def content_type(self, model) -> ContentType:
        return ContentType.objects.get_for_model(model)

    def organization(self, *, name: str, kind: str, country: Country | None) -> tuple[Organization, bool]:
        """The organization written so (any alias, case and punctuation folded), created if new."""
        key = name_key(name)
        if key in self._organizations:
            return self._organizations[key], False
        hit = OrganizationName.objects.filter(match_key=key).select_related("organization__merged_into").first()
        org = survivor(hit.organization) if hit else None
        if org is None and name.isupper():
            org = Organization.objects.filter(abbreviation=name).first()
        created = org is None
        if created:
            org = Organization.objects.filter(key=fact_key("or", key)).first() or Organization.objects.create(
                key=fact_key("or", key),
                name=name[:300],
                kind=kind,
                country=country,
            )
            OrganizationName.objects.bulk_create(
                [OrganizationName(organization=org, name=name[:300], match_key=key[:300])],
                ignore_conflicts=True,
            )
            transaction.on_commit(lambda: self._organizations.setdefault(key, org))
        else:
            self._organizations[key] = org
        return org, created


@dataclass
class PersonQuery:
    name: str
    variants: list[str]
    country: str | None


def _full_names(spellings: list[str]) -> list[str]:
    """Spellings that name a person fully enough to match across articles (not patronymic forms)."""
    out = []
    for v in spellings:
        tokens = name_key(v).split()
        if len(tokens) >= 2 and not PATRONYMIC.search(tokens[-1]):
            out.append(v)
    return out


def _pick(people: dict[int, Person], country: str | None) -> Person | None:
    if len(people) == 1:
        return next(iter(people.values()))
    if country:
        same = [p for p in people.values() if p.country_id and p.country.code == country]
        if len(same) == 1:
            return same[0]
    return None


def people_find(queries: list[PersonQuery]) -> list[Person | None]:
    """The existing person each query's spellings belong to (None when new or unsure), in three queries."""
    spellings = [list(dict.fromkeys([q.name, *q.variants])) for q in queries]
    full = [_full_names(s) for s in spellings]
    keys = [{name_key(v) for v in f} for f in full]
    found: list[Person | None] = [None] * len(queries)
    decided = [False] * len(queries)

    def index(field: str, values: set[str]) -> dict[str, dict[int, Person]]:
        out: dict[str, dict[int, Person]] = defaultdict(dict)
        rows = PersonName.objects.filter(**{f"{field}__in": values}).select_related(
            "person__country",
            "person__merged_into__country",
        )
        for row in rows:
            person = survivor(row.person)
            out[getattr(row, field)][person.pk] = person
        return out

    by_key = index("match_key", set().union(*keys)) if any(keys) else {}
    for i, ks in enumerate(keys):
        hits = {pk: p for k in ks for pk, p in by_key.get(k, {}).items()}
        if hits:
            found[i], decided[i] = _pick(hits, queries[i].country), True
    skeletons = [{name_skeleton(v) for v in f} if not decided[i] else set() for i, f in enumerate(full)]
    by_skeleton = index("skeleton", set().union(*skeletons)) if any(skeletons) else {}
    for i, sks in enumerate(skeletons):
        hits = {pk: p for s in sks for pk, p in by_skeleton.get(s, {}).items()}
        if hits:
            found[i], decided[i] = _pick(hits, queries[i].country), True
    surnames = {i: _last_token(q.name) for i, q in enumerate(queries) if not decided[i] and not full[i]}
    holders = index("last_skeleton", set(surnames.values()) - {""}) if any(surnames.values()) else {}
    for i, surname in surnames.items():
        found[i] = _surname_holder(holders.get(surname, {}), queries[i].country)
    return found


def _last_token(name: str) -> str:
    tokens = name_skeleton(name).split()
    return tokens[-1][:100] if tokens else ""


def _surname_holder(people: dict[int, Person], country: str | None) -> Person | None:
    """A lone surname attaches to the one full-named person who carries it, if only one does."""
    if country:
        same = {pk: p for pk, p in people.items() if p.country_id is None or p.country.code == country}
        people = same or people
    return next(iter(people.values())) if len(people) == 1 else None


def person_keys(names: list[str]) -> list[str]:
    """Fresh unique keys for new people, one query for the lot (more only on a name clash)."""
    bases = [fact_key("pe", name_key(n)) for n in names]
    taken = set(Person.objects.filter(key__in=bases).values_list("key", flat=True))
    out = []
    for base in bases:
        if base in taken:
            taken |= set(Person.objects.filter(key__startswith=f"{base}-").values_list("key", flat=True))
        key, n = base, 1
        while key in taken:
            n += 1
            key = f"{base}-{n}"
        taken.add(key)
        out.append(key)
    return out


def person_name(person: Person, spelling: str) -> PersonName:
    """A spelling with the keys import matching looks it up by."""
    skeleton = name_skeleton(spelling)[:200]
    tokens = skeleton.split()
    return PersonName(
        person=person,
        name=spelling[:200],
        match_key=name_key(spelling)[:200],
        skeleton=skeleton,
        last_skeleton=tokens[-1][:100] if len(tokens) > 1 else "",
    )


def names_add(pairs: list[tuple[Person, str]]) -> int:
    """Record spellings not yet known for their person; returns how many were new."""
    pairs = [(p, s) for p, s in pairs if s and name_key(s)]
    if not pairs:
        return 0
    known = set(PersonName.objects.filter(person__in={p.pk for p, _ in pairs}).values_list("person_id", "name"))
    new, seen = [], set()
    for person, spelling in pairs:
        spelling = spelling[:200]
        if (person.pk, spelling) in known or (person.pk, spelling) in seen:
            continue
        seen.add((person.pk, spelling))
        new.append(person_name(person, spelling))
    PersonName.objects.bulk_create(new)
    return len(new)
