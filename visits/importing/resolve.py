"""Find what the archive already holds for extracted names: people, organizations, countries.

A wrong merge costs more than a duplicate: an extracted person lands on an existing record
only through an exact name key, a transliteration skeleton of a full name, or (for a lone
surname) a single unambiguous candidate. Several records sharing a name (an editor kept
them apart) are never guessed between: a new record is made for an editor to sort out.
Merged-away records redirect to their survivor.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from rapidfuzz import fuzz

from people.models import Country, Organization, OrganizationName, Person, PersonName
from visits.extraction.normalize import PATRONYMIC, name_key, name_skeleton
from visits.importing.history import create_all


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

    Organizations created inside a batch's transaction are remembered only once that
    transaction commits, so a rolled-back batch leaves no stale id behind.
    """

    def __init__(self):
        self._countries: dict[str, Country] | None = None
        self._organizations: dict[str, Organization] = {}

    def country(self, code: str | None) -> Country | None:
        if not code:
            return None
        return self.countries().get(code.upper())

    def countries(self) -> dict[str, Country]:
        """Every country by code, read once per run."""
        if self._countries is None:
            self._countries = {c.code: c for c in Country.objects.all()}
        return self._countries

    def content_type(self, model) -> ContentType:
        return ContentType.objects.get_for_model(model)

    def organizations(self, wanted: list[tuple[str, str, Country | None]]) -> dict[str, tuple[Organization, bool]]:
        """Each name's organization by its match key, and whether it was created now: a few queries for the lot.

        A name is found by any alias, then (for an all-capitals name) by abbreviation; the first
        request for a new name decides its kind and country.
        """
        out: dict[str, tuple[Organization, bool]] = {}
        first: dict[str, tuple[str, str, Country | None]] = {}
        for name, kind, country in wanted:
            key = name_key(name)
            if key in self._organizations:
                out[key] = (self._organizations[key], False)
            else:
                first.setdefault(key, (name, kind, country))
        if not first:
            return out
        found = {}
        for hit in OrganizationName.objects.filter(match_key__in=list(first)).select_related(
            "organization__merged_into"
        ):
            found.setdefault(hit.match_key, survivor(hit.organization))
        capitals = {name: key for key, (name, _, _) in first.items() if key not in found and name.isupper()}
        if capitals:
            by_abbreviation = {}
            for org in Organization.objects.filter(abbreviation__in=list(capitals)).order_by("pk"):
                by_abbreviation.setdefault(org.abbreviation, org)
            for name, key in capitals.items():
                if name in by_abbreviation:
                    found[key] = by_abbreviation[name]
        for key, org in found.items():
            self._organizations[key] = org
            out[key] = (org, False)
        missing = {key: fact_key("or", key) for key in first if key not in found}
        if missing:
            # (a record left by an earlier run under the same key is taken up again, not duplicated)
            again = {o.key: o for o in Organization.objects.filter(key__in=list(missing.values()))}
            fresh = []
            for key, org_key in missing.items():
                name, kind, country = first[key]
                org = again.get(org_key)
                if org is None:
                    org = Organization(key=org_key, name=name[:300], kind=kind, country=country)
                    fresh.append(org)
                out[key] = (org, True)
            create_all(Organization, fresh)
            OrganizationName.objects.bulk_create(
                [
                    OrganizationName(organization=out[key][0], name=first[key][0][:300], match_key=key[:300])
                    for key in missing
                ],
                ignore_conflicts=True,
            )
            made = {key: out[key][0] for key in missing}
            # remembered once the transaction commits, so a rolled-back batch leaves no stale record behind
            transaction.on_commit(lambda: self._organizations.update(made))
        return out


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


def _shorter_skeletons(full: list[str]) -> set[str]:
    """Skeletons of the shorter forms of names of four words or more that keep three words or more:
    the leading part ("Ana Maria Ruiz" of "Ana Maria Ruiz Soto") and the first and last words with
    one middle word left out ("Ana Ruiz Soto")."""
    out = set()
    for v in full:
        tokens = name_skeleton(v).split()
        if len(tokens) < 4:
            continue
        for n in range(3, len(tokens)):
            if tokens[n - 1] not in _PARTICLES:  # ("Ana Ruiz de Soto": "Ana Ruiz", not "Ana Ruiz de")
                out.add(" ".join(tokens[:n]))
        for i in range(1, len(tokens) - 1):
            out.add(" ".join(tokens[:i] + tokens[i + 1:]))
    return out - {name_skeleton(v) for v in full}


# Countries whose people carry two surnames (the father's, then the mother's: "Ana Isabel Ruiz Soto"), or a
# married name with "de" ("Ana Ruiz de Soto"), and are written short by a given name and one surname ("Ana
# Ruiz"): the Spanish- and Portuguese-speaking world
_IBERIAN = frozenset({"ES", "PT", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "PR", "CO", "VE", "EC", "PE",
                      "BO", "PY", "UY", "AR", "CL", "GQ", "BR", "AO", "MZ", "CV", "GW", "ST", "TL"})


def _iberian_short_forms(full: list[str], country: str | None) -> set[str]:
    """Skeletons of the short forms of a name of three words or more of a person of the Spanish- or
    Portuguese-speaking world (or of no known country): the first given name with one later word, and
    with the second given name too ("Ana Ruiz", "Ana Isabel Ruiz" of "Ana Isabel Ruiz Soto"). The caller
    takes them only if they name one person, of such a country."""
    if country is not None and country not in _IBERIAN:
        return set()
    out = set()
    for v in full:
        tokens = name_skeleton(v).split()
        if len(tokens) < 3:
            continue
        first, rest = tokens[0], tokens[1:]
        for i, word in enumerate(rest):
            if word in _PARTICLES:
                continue
            out.add(f"{first} {word}")
            if i > 0 and rest[0] not in _PARTICLES:
                out.add(f"{first} {rest[0]} {word}")
    return out - {name_skeleton(v) for v in full}


_IBERIAN_SHAPE = re.compile(r"\b(?:de|del|da|do|dos|das)\b|[ñáéíóúãõç]", re.I)


def _iberian(people: dict[int, Person], country: str | None, full: list[str]) -> dict[int, Person]:
    """These people, if each is of the Spanish- or Portuguese-speaking world; of no known country, when the
    name asked for is of one, or (of no known country either) is written like one: a "de"/"da"/"dos" or a
    letter such as ñ, á, ã, ç ("Ana Ruiz de Soto")."""
    iberian = country in _IBERIAN or (country is None and any(_IBERIAN_SHAPE.search(v) for v in full))
    return people if all(p.country.code in _IBERIAN if p.country_id else iberian for p in people.values()) else {}


def _pick(people: dict[int, Person], country: str | None) -> Person | None:
    if len(people) == 1:
        return next(iter(people.values()))
    if country:
        same = [p for p in people.values() if p.country_id and p.country.code == country]
        if len(same) == 1:
            return same[0]
    return None


_FIELDS = ("match_key", "skeleton", "last_skeleton")
_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "van", "von", "der", "den", "la", "le", "y", "e",
                        "bin", "ibn", "al", "el"})


def _spellings(field_name: str, values: set[str]) -> set[tuple[str, int]]:
    """(key, person id) for every stored spelling with one of these keys: bare rows, one query."""
    if not values:
        return set()
    found = PersonName.objects.filter(**{f"{field_name}__in": values}).values_list(field_name, "person_id")
    return set(found.distinct())


class PeopleIndex:
    """The people a batch of articles can be matched to: the archive's, then the batch's own.

    The archive is read once for every spelling of the batch (four queries); the people and
    spellings the batch adds are kept here as it goes, so a later article of the batch finds
    them exactly as it would once they were stored. Each person is one Python object here
    (keyed by ``id()``, as new people have no primary key yet), so what one article fills in
    the next one sees.
    """

    def __init__(self, queries: list[PersonQuery], countries: dict[str, Country] | None = None):
        self.instances: dict[int, Person] = {}  # pk -> the one object standing for that person
        self.index: dict[str, dict[str, dict[int, Person]]] = {f: defaultdict(dict) for f in _FIELDS}
        full = [_full_names([q.name, *q.variants]) for q in queries]
        keys = [{name_key(v) for v in f} for f in full]
        rows = {"match_key": _spellings("match_key", set().union(*keys))}
        matched = {value for value, _ in rows["match_key"]}
        # a query that its exact spellings already match never looks at the coarser keys
        rows["skeleton"] = _spellings(
            "skeleton",
            {sk for q, f, k in zip(queries, full, keys, strict=True) if not k & matched
             for sk in ({name_skeleton(v) for v in f} | _shorter_skeletons(f) | _other_readings(f)
                        | _digraph_readings(f, q.country) | _iberian_short_forms(f, q.country))},
        )
        rows["last_skeleton"] = _spellings(
            "last_skeleton", {_last_token(q.name) for q, f in zip(queries, full, strict=True) if not f} - {""}
        )
        # names of three words or more that nothing matched yet: the stored names ending like them, for
        # a given name transliterated apart ("Bishnu Prasad Koirala" / "Bisnu Prasad Koirala")
        # (and of two words, for people of no country or one writing Cyrillic or a Slavic Latin alphabet:
        # "Hryhoriy Kovalenko" / "Grigoriy Kovalenko", Ukrainian and Russian spellings of one name)
        found_sk = {value for value, _ in rows["skeleton"]}
        long_names = {v for q, f, k in zip(queries, full, keys, strict=True) if not k & matched
                      and not {name_skeleton(v) for v in f} & found_sk for v in f
                      if len(name_key(v).split()) >= (2 if _slavic(q.country) else 3)}
        # (only the stored names whose given name is alike one asked for: the people sharing a surname grow
        # with the archive, and reading them all made every batch slower than the one before)
        given: dict[str, set[str]] = defaultdict(set)  # the rest of a name -> the given names asked with it
        for v in long_names:
            first, _, rest = name_skeleton(v).partition(" ")
            given[rest].add(first)
        endings = set()
        if given:
            surnames = {rest.rpartition(" ")[2][:100] for rest in given}
            for skeleton, pk in PersonName.objects.filter(last_skeleton__in=surnames).values_list(
                    "skeleton", "person_id").distinct():
                theirs, _, rest = skeleton.partition(" ")
                if any(_given_alike(first, theirs, " " in rest) for first in given.get(rest, ())):
                    endings.add((skeleton, pk))
        self.by_ending: dict[str, dict[int, tuple[str, Person]]] = defaultdict(dict)
        ids = {pk for found in rows.values() for _, pk in found} | {pk for _, pk in endings}
        people = Person.objects.in_bulk(ids) if ids else {}
        if countries is not None:  # the run's country objects, instead of one joined copy per person
            by_pk = {c.pk: c for c in countries.values()}
            cached = Person._meta.get_field("country").set_cached_value
            for person in people.values():
                cached(person, by_pk.get(person.country_id))
        for field_name, found in rows.items():
            for value, pk in found:
                person = self.canonical(survivor(people[pk]))
                self.index[field_name][value][id(person)] = person
        for skeleton, pk in endings:
            self._add_ending(self.canonical(survivor(people[pk])), skeleton)

    def _add_ending(self, person: Person, skeleton: str) -> None:
        first, _, rest = skeleton.partition(" ")
        if rest:
            self.by_ending[rest][id(person)] = (first, person)

    def canonical(self, person: Person) -> Person:
        return self.instances.setdefault(person.pk, person) if person.pk is not None else person

    def add(self, person: Person, spelling: str) -> None:
        """A spelling the batch records for this person: later lookups find it."""
        keys = spelling_keys(spelling)
        for field_name, value in zip(_FIELDS, keys, strict=True):
            if value:
                self.index[field_name][value][id(person)] = person
        self._add_ending(person, keys[1])

    def find(self, queries: list[PersonQuery]) -> list[Person | None]:
        """The known person each query's spellings belong to (None when new or unsure)."""
        found: list[Person | None] = []
        for q in queries:
            full = _full_names(list(dict.fromkeys([q.name, *q.variants])))
            hits = self._hits("match_key", {name_key(v) for v in full})
            if not hits:
                hits = self._hits("skeleton", {name_skeleton(v) for v in full})
            if not hits:
                # "Ana Maria Ruiz Soto" after "Ana Ruiz Soto": a shorter form of three words or more,
                # then the name read with J for Y ("Jovan Cvetanov" after "Yovan Tsvetanov"), each taken
                # only when it names one person alone, of no other country
                hits = _lone(self._hits("skeleton", _shorter_skeletons(full)), q.country) or (
                    q.country in _J_FOR_Y and _lone(self._hits("skeleton", _other_readings(full)), q.country)) or _lone(
                    self._hits("skeleton", _digraph_readings(full, q.country)), q.country) or _lone(
                    self._given_name_apart(full, slavic=_slavic(q.country)), q.country) or _iberian(_lone(
                    self._hits("skeleton", _iberian_short_forms(full, q.country)), q.country), q.country, full)
            if hits:
                found.append(_pick(hits, q.country))
            elif full:
                found.append(None)
            else:
                surname = _last_token(q.name)
                found.append(_surname_holder(self._hits("last_skeleton", {surname} - {""}), q.country))
        return found

    def _given_name_apart(self, full: list[str], *, slavic: bool = False) -> dict[int, Person]:
        """The people a name names with its given name transliterated apart, the rest written alike.

        Of three words or more: the given name opening with the same letter and at least 70% alike
        ("Bishnu Prasad Koirala" / "Bisnu Prasad Koirala"). Of two words, only when ``slavic``: the
        given names one in Ukrainian and Russian spelling (``east_slavic_given``). The caller takes them
        only if they are one person."""
        out = {}
        for v in full:
            first, _, rest = name_skeleton(v).partition(" ")
            long = " " in rest
            if not rest or not (long or (slavic and len(rest) >= 5)):
                continue
            for key, (other, person) in self.by_ending.get(rest, {}).items():
                if _given_alike(first, other, long) and (long or _slavic(
                        person.country.code if person.country_id else None)):
                    out[key] = person
        return out

    def _hits(self, field_name: str, values: set[str]) -> dict[int, Person]:
        index = self.index[field_name]
        return {k: p for v in values for k, p in index.get(v, {}).items()}


def _lone(people: dict[int, Person], country: str | None) -> dict[int, Person]:
    """These people if they are one person, of no other country than ``country``; else none."""
    if len(people) != 1:
        return {}
    person = next(iter(people.values()))
    return {} if country and person.country_id and person.country.code != country else people


# Countries whose names are written in Cyrillic (or were), or in a Slavic Latin alphabet: where a J
# and a Y opening a name are one letter (not in Korean or Chinese names: Jang/Yang, Jun/Yun)
_J_FOR_Y = frozenset({"RU", "UA", "BY", "BG", "RS", "MK", "ME", "BA", "HR", "SI", "SK", "CZ", "PL", "KZ", "KG", "UZ",
                      "TJ", "TM", "MN", "MD", "AZ", "AM", "GE"})


def _slavic(country: str | None) -> bool:
    """A person of no known country, or of one writing Cyrillic or a Slavic Latin alphabet."""
    return country is None or country in _J_FOR_Y


# Ukrainian h for Russian g (Hryhoriy/Grigoriy, Oleh/Oleg), a final -iy/-ei/-ey for one sound (Oleksiy/Aleksei)
_FINAL_EI = re.compile(r"ei$")
# the opening vowels Ukrainian and Russian spell apart: Oleksandr/Aleksandr (o/a), Olena/Elena (o/e); and the
# opening E of a Russian spelling that the Ukrainian one drops; not a/e or i/a (Alina/Ilina, Irina/Arina are two names)
_OPENING_PAIRS = (frozenset("oa"), frozenset("oe"))


@lru_cache(maxsize=4096)
def east_slavic_given(skeleton: str) -> str | None:
    """A given name's skeleton with h/g and the final -ei folded, or None when too short to tell names apart
    (five letters at least)."""
    s = _FINAL_EI.sub("i", skeleton.replace("h", "g"))
    return s if len(s) >= 5 else None


def _given_alike(first: str, other: str, long: bool) -> bool:
    """Two given names' skeletons that one person's name may be written with: in a name of three words or
    more (``long``), the same opening letter and 70% alike; in one of two words, a Ukrainian and a Russian
    spelling (``east_slavic_given``)."""
    if long:
        return other[:1] == first[:1] and fuzz.ratio(other, first) >= 70
    mine, theirs = east_slavic_given(first), east_slavic_given(other)
    return mine is not None and theirs is not None and _slavic_alike(mine, theirs)


def _slavic_alike(a: str, b: str) -> bool:
    """Two folded given names (``east_slavic_given``) one in Ukrainian and Russian spelling."""
    if a == b:
        return True
    if len(a) == len(b) and a[1:] == b[1:]:
        return frozenset((a[0], b[0])) in _OPENING_PAIRS
    short, long = sorted((a, b), key=len)
    return long == "e" + short


def _other_readings(full: list[str]) -> set[str]:
    """Skeletons of these names with a word-initial J before a vowel read as Y, and Y as J.

    A Cyrillic Й/Ј opening a name is "Y" in English copy and "J" in South Slavic and German spelling
    (Yordan/Jordan, Yelena/Jelena), while an English "J" also stands for "Dzh" (Junusov/Dzhunusov):
    the swap is a looser reading than the skeleton, used only when the skeleton finds no one.
    """
    out = set()
    for v in full:
        tokens = name_key(v).split()
        spots = [i for i, t in enumerate(tokens) if len(t) > 2 and t[0] in "jy" and t[1] in "aeiou"][:3]
        for mask in range(1, 1 << len(spots)):
            swapped = list(tokens)
            for bit, i in enumerate(spots):
                if mask >> bit & 1:
                    swapped[i] = ("y" if swapped[i][0] == "j" else "j") + swapped[i][1:]
            out.add(name_skeleton(" ".join(swapped)))
    return out - {name_skeleton(v) for v in full}


# Countries whose names are written with ç, č, ć, ş or š (or transliterated to them): Albanian, Turkish and
# Azerbaijani, Romanian, the Slavic Latin alphabets, Latvian and Lithuanian. English copy writes such a letter
# either bare or as its digraph: Hoxhaj Çela is "Cela" or "Chela", Šutej "Sutej" or "Shutej".
_CEDILLA_CARON = frozenset({"AL", "XK", "TR", "AZ", "TM", "RO", "MD", "CZ", "SK", "SI", "HR", "BA", "RS", "ME",
                            "MK", "BG", "LV", "LT"})
_DIGRAPH_OF = str.maketrans({"ç": "ch", "č": "ch", "ć": "ch", "ş": "sh", "š": "sh", "Ç": "Ch", "Č": "Ch", "Ć": "Ch",
                             "Ş": "Sh", "Š": "Sh"})


def _digraph_readings(full: list[str], country: str | None) -> set[str]:
    """Skeletons of these names read the other way: a letter with a cedilla or caron as its digraph ("Çela"
    as "Chela"), for a person of no known country or of one writing such letters; and, only for one of those
    countries, a "ch"/"sh" as the bare letter the digraph may stand for ("Chela" as "Cela", how "Çela" reads
    with its mark dropped: not for anyone, as "Shu" and "Su", "Shi" and "Si" are names apart in Chinese).
    Used only when the skeleton finds no one."""
    own = country in _CEDILLA_CARON
    if not (own or country is None):
        return set()
    out = set()
    for v in full:
        if (digraphs := v.translate(_DIGRAPH_OF)) != v:
            out.add(name_skeleton(digraphs))
        key = name_key(v)
        if own and ("ch" in key or "sh" in key):
            out.add(name_skeleton(key.replace("ch", "c").replace("sh", "s")))
    return out - {name_skeleton(v) for v in full}


def _last_token(name: str) -> str:
    tokens = name_skeleton(name).split()
    return tokens[-1][:100] if tokens else ""


def _surname_holder(people: dict[int, Person], country: str | None) -> Person | None:
    """A lone surname attaches to the one full-named person who carries it, if only one does."""
    if country:
        same = {pk: p for pk, p in people.items() if p.country_id is None or p.country.code == country}
        people = same or people
    return next(iter(people.values())) if len(people) == 1 else None


def person_keys(names: list[str], sources: list[str]) -> list[str]:
    """Fresh unique keys for new people: "pe:<hash of the name>", and for a namesake the same with a
    suffix hashed from where it was read ("<source>" is the text's hash and the person's place in it).

    One query however many namesakes the archive holds (numbering them "-2", "-3" ... meant reading
    every earlier namesake's key); a suffix already taken (not expected) falls back to numbering.
    """
    bases = [fact_key("pe", name_key(n)) for n in names]
    salted = [f"{base}-{hashlib.sha256(source.encode()).hexdigest()[:10]}" for base, source in zip(
        bases, sources, strict=True)]
    taken = set(Person.objects.filter(key__in=[*bases, *salted]).values_list("key", flat=True))
    for alternative in {s for b, s in zip(bases, salted, strict=True) if b in taken and s in taken}:
        taken |= set(Person.objects.filter(key__startswith=f"{alternative}-").values_list("key", flat=True))
    out = []
    for base, alternative in zip(bases, salted, strict=True):
        key, n = (base if base not in taken else alternative), 1
        while key in taken:
            n += 1
            key = f"{alternative}-{n}"
        taken.add(key)
        out.append(key)
    return out


def spelling_keys(spelling: str) -> tuple[str, str, str]:
    """A spelling's keys for import matching: exact key, skeleton, and the surname's skeleton (full names only)."""
    skeleton = name_skeleton(spelling)[:200]
    tokens = skeleton.split()
    return name_key(spelling)[:200], skeleton, tokens[-1][:100] if len(tokens) > 1 else ""


def person_name(person: Person, spelling: str) -> PersonName:
    """A spelling with the keys import matching looks it up by."""
    match_key, skeleton, last_skeleton = spelling_keys(spelling)
    return PersonName(
        person=person, name=spelling[:200], match_key=match_key, skeleton=skeleton, last_skeleton=last_skeleton
    )
