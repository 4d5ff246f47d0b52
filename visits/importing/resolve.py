"""Find what the archive already holds for an extracted name: people, organizations, countries.

A wrong merge costs more than a duplicate: an extracted person lands on an existing record
only through an exact name key, a transliteration skeleton of a full name, or (for a lone
surname) a single unambiguous candidate. Merged-away records redirect to their survivor.
"""

from __future__ import annotations

import hashlib
from functools import cache

from django.contrib.contenttypes.models import ContentType

from people.models import (
    Country,
    MatchDecision,
    MatchVerdict,
    NameSource,
    Organization,
    OrganizationName,
    Person,
    PersonName,
)
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


class CountryIndex:
    """Countries by ISO code, read once per import run."""

    def __init__(self):
        self._by_code = None

    def get(self, code: str | None) -> Country | None:
        if not code:
            return None
        if self._by_code is None:
            self._by_code = {c.code: c for c in Country.objects.all()}
        return self._by_code.get(code.upper())


def _person_ct():
    return ContentType.objects.get_for_model(Person)


@cache
def sort_name(name: str) -> str:
    tokens = name.split()
    return " ".join([tokens[-1], *tokens[:-1]]) if len(tokens) > 1 else name


def judged_different(a: Person, b: Person) -> bool:
    left, right = sorted((a.pk, b.pk))
    return MatchDecision.objects.filter(
        content_type=_person_ct(),
        left_id=left,
        right_id=right,
        verdict=MatchVerdict.DIFFERENT,
    ).exists()


def _full_names(variants: list[str]) -> list[str]:
    """Variants that name a person fully enough to match across articles (not patronymic forms)."""
    out = []
    for v in variants:
        tokens = name_key(v).split()
        if len(tokens) >= 2 and not PATRONYMIC.search(tokens[-1]):
            out.append(v)
    return out


def person_find(*, name: str, variants: list[str], country: str | None) -> Person | None:
    """The existing person these spellings belong to, or None when unsure."""
    spellings = list(dict.fromkeys([name, *variants]))
    full = _full_names(spellings)
    keys = {name_key(v) for v in full}
    if keys:
        hits = PersonName.objects.filter(match_key__in=keys).select_related("person")
        people = _distinct_survivors(h.person for h in hits)
        if len(people) == 1:
            return people[0]
        if people:
            return _best_by_country(people, country)
        skeletons = {name_skeleton(v) for v in full}
        hits = PersonName.objects.filter(skeleton__in=skeletons).select_related("person")
        people = _distinct_survivors(h.person for h in hits)
        if len(people) == 1:
            return people[0]
        return _best_by_country(people, country) if people else None
    # Only a surname (or a surname-like single token): attach to a unique full-named holder.
    surname = name_skeleton(name).split()[-1] if name_key(name) else ""
    if not surname:
        return None
    candidates = PersonName.objects.filter(skeleton__endswith=f" {surname}").select_related("person")
    people = _distinct_survivors(h.person for h in candidates)
    if country:
        people = [p for p in people if p.country is None or p.country.code == country] or people
    return people[0] if len(people) == 1 else None


def _distinct_survivors(people) -> list[Person]:
    out = {}
    for p in people:
        s = survivor(p)
        out[s.pk] = s
    return list(out.values())


def _best_by_country(people: list[Person], country: str | None) -> Person | None:
    if country:
        same = [p for p in people if p.country_id and p.country.code == country]
        if len(same) == 1:
            return same[0]
    return None


def person_add_names(person: Person, spellings: list[str], *, source: str = NameSource.IMPORT) -> int:
    """Record spellings not yet known for the person; returns how many were new."""
    known = set(person.names.values_list("name", flat=True))
    new = [
        PersonName(
            person=person, name=s[:200], match_key=name_key(s)[:200], skeleton=name_skeleton(s)[:200], source=source
        )
        for s in dict.fromkeys(spellings)
        if s and s not in known and name_key(s)
    ]
    PersonName.objects.bulk_create(new)
    return len(new)


def person_key(name: str) -> str:
    base = fact_key("pe", name_key(name))
    key, n = base, 1
    while Person.objects.filter(key=key).exists():
        n += 1
        key = f"{base}-{n}"
    return key


def person_create(*, name: str, kind: str, country: Country | None, description: str, confidence: float) -> Person:
    return Person.objects.create(
        key=person_key(name),
        name=name[:200],
        sort_name=sort_name(name)[:200],
        kind=kind,
        country=country,
        description=description,
        confidence=max(0.0, min(1.0, confidence)),
    )


def organization_find_or_create(
    *,
    name: str,
    kind: str,
    country: Country | None,
    confidence: float = 0.5,
) -> tuple[Organization, bool]:
    """The organization written so (any alias, case and punctuation folded), created if new."""
    key = name_key(name)
    hit = OrganizationName.objects.filter(match_key=key).select_related("organization").first()
    if hit:
        return survivor(hit.organization), False
    org = Organization.objects.filter(abbreviation=name).first() if name.isupper() else None
    if org:
        return survivor(org), False
    org = Organization.objects.create(
        key=fact_key("or", key),
        name=name[:300],
        kind=kind,
        country=country,
        confidence=max(0.0, min(1.0, confidence)),
    )
    OrganizationName.objects.create(organization=org, name=name[:300], match_key=key[:300])
    return org, True
