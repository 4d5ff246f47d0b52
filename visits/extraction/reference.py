"""Reference data for the rule-based extractor: countries, cities, demonyms and organizations.

Pure Python (stdlib only, no Django). The data lives in two plain JSON files under ``fixtures/``:

* ``countries.json`` -- every ISO 3166-1 country (plus Kosovo as ``XK``) with its other names,
  demonyms, capital and major cities;
* ``organizations.json`` -- international organizations and news/photo agencies.

Everything is loaded once and indexed into dicts (``functools.cache``), so every lookup is a
single dict access after the first call.

Matching rules
--------------
* Names, aliases, demonyms and cities match case-insensitively and accent-insensitively
  ("turkiye" finds "Türkiye"); curly and straight apostrophes are the same character.
* A leading "the" is ignored for country and organization names ("the United States").
* Abbreviations -- an organization's ``abbreviation`` and any alias written wholly in capitals
  ("US", "UAE", "DPRK", "CIS") -- match case-sensitively, so the pronoun "us" is not the
  United States and "who" is not the World Health Organization.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

FIXTURES_DIR: Path = Path(__file__).resolve().parents[2] / "fixtures"
COUNTRIES_FILE: Path = FIXTURES_DIR / "countries.json"
ORGANIZATIONS_FILE: Path = FIXTURES_DIR / "organizations.json"

ORGANIZATION_KINDS = frozenset({"international", "media"})

_PUNCT = {ord(c): "'" for c in "\u2019\u2018\u02bc\u00b4`"}
_PUNCT.update(dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-"))
# Letters that Unicode decomposition leaves alone but Latin transliterations drop.
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                          "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"})
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|')$", re.IGNORECASE)
# The rest of a city's name after a capitalised word: " es Salaam", " de la Sierra", " am Main" (the whole is
# looked up with country_by_city before it is taken)
CITY_TAIL = re.compile(r"(?:[ \u00a0](?:es|de|del|da|do|dos|das|di|la|las|los|el|al|sur|on|upon|am|an|der|en))+"
                       r"[ \u00a0][A-Z][\w’'-]*")


@dataclass(frozen=True)
class Country:
    """One country or territory.

    ``code``/``code3`` are the ISO 3166-1 alpha-2/alpha-3 codes ("KZ"/"KAZ"; Kosovo is "XK"/"XKX").
    ``name`` is the common English short name; ``names`` are the other names the press uses.
    """

    code: str
    code3: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    cities: tuple[str, ...]

    @property
    def all_names(self) -> tuple[str, ...]:
        """The common name followed by every other name."""
        return (self.name, *self.names)


@dataclass(frozen=True)
class ReferenceOrganization:
    """An international organization (``kind="international"``) or news/photo agency (``"media"``).

    ``key`` is the stable lowercase slug (natural key); ``country`` is the alpha-2 code of an
    agency's home country, ``None`` for international organizations.
    """

    key: str
    name: str
    abbreviation: str | None
    aliases: tuple[str, ...]
    kind: str
    country: str | None


# --------------------------------------------------------------------------- normalisation


def _clean(text: str) -> str:
    """Unify apostrophes and dashes and collapse whitespace (case and accents kept)."""
    if text.isascii() and "`" not in text:
        return " ".join(text.split())  # the only ASCII character _PUNCT maps is the backtick
    return " ".join(text.translate(_PUNCT).split())


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """The case- and accent-insensitive key of a name: 'Türkiye' -> 'turkiye'."""
    cleaned = _clean(text).translate(_LETTERS)
    if cleaned.isascii():  # nothing to decompose: the extractor asks about plain words all the time
        return cleaned.casefold()
    decomposed = unicodedata.normalize("NFKD", cleaned)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _drop_the(text: str) -> str:
    if text[:1] not in ("t", "T"):
        return text  # no leading "the" (no other letter folds to t): the common case, without the regex
    return _LEADING_THE.sub("", text)


def _is_abbreviation(text: str) -> bool:
    """True for forms written wholly in capitals ("US", "U.S.", "DPRK", "OPEC+")."""
    return any(c.isalpha() for c in text) and text == text.upper()


def _alternation(forms: Iterable[str]) -> str:
    """A regex alternation of ``forms``, longest first, each ``re.escape``'d.

    Abbreviations are wrapped in ``(?-i:...)`` so they stay case-sensitive even when the caller
    compiles the pattern with ``re.IGNORECASE``.
    """
    unique = sorted(set(forms), key=lambda s: (-len(s), s))
    return "|".join(f"(?-i:{re.escape(s)})" if _is_abbreviation(s) else re.escape(s) for s in unique)


# --------------------------------------------------------------------------- countries


@cache
def countries() -> tuple[Country, ...]:
    """Every country in ``fixtures/countries.json``, in file order (by alpha-2 code). Cached."""
    with COUNTRIES_FILE.open(encoding="utf-8") as fh:
        rows = json.load(fh)["countries"]
    return tuple(
        Country(
            code=row["code"],
            code3=row["code3"],
            name=row["name"],
            names=tuple(row.get("names") or ()),
            demonyms=tuple(row.get("demonyms") or ()),
            capital=row.get("capital") or None,
            cities=tuple(row.get("cities") or ()),
        )
        for row in rows
    )


@dataclass(frozen=True)
class _CountryIndex:
    by_code: dict[str, Country]
    by_name: dict[str, Country]  # folded, without a leading "the"
    by_abbreviation: dict[str, Country]  # exact (case-sensitive)
    by_demonym: dict[str, Country]  # folded
    by_city: dict[str, Country]  # folded


@cache
def _country_index() -> _CountryIndex:
    by_code: dict[str, Country] = {}
    by_name: dict[str, Country] = {}
    by_abbreviation: dict[str, Country] = {}
    by_demonym: dict[str, Country] = {}
    by_city: dict[str, Country] = {}
    all_countries = countries()
    # First entry wins on a clash; the data is curated so that names and demonyms do not clash.
    for c in all_countries:
        by_code.setdefault(c.code.upper(), c)
        by_code.setdefault(c.code3.upper(), c)
        by_name.setdefault(_drop_the(_fold(c.name)), c)
        for alias in c.names:
            if _is_abbreviation(alias):
                by_abbreviation.setdefault(_drop_the(_clean(alias)), c)
            else:
                by_name.setdefault(_drop_the(_fold(alias)), c)
        for demonym in c.demonyms:
            by_demonym.setdefault(_fold(demonym), c)
    # Capitals are indexed before other cities, so a capital wins over a same-named town elsewhere.
    for c in all_countries:
        if c.capital:
            by_city.setdefault(_fold(c.capital), c)
    for c in all_countries:
        for city in c.cities:
            by_city.setdefault(_fold(city), c)
    return _CountryIndex(by_code, by_name, by_abbreviation, by_demonym, by_city)


def country(code: str) -> Country | None:
    """The country with this ISO alpha-2 or alpha-3 code, case-insensitive ("kz", "KAZ")."""
    if not code:
        return None
    return _country_index().by_code.get(code.strip().upper())


@lru_cache(maxsize=65536)
def country_by_name(text: str) -> Country | None:
    """The country called ``text``: its common name or any listed other name.

    Case- and accent-insensitive, ignores a leading "the" and treats curly and straight
    apostrophes alike ("the Russian Federation", "Côte d’Ivoire"). All-capital abbreviations
    ("US", "UAE") match case-sensitively.
    """
    if not text:
        return None
    index = _country_index()
    cleaned = _drop_the(_clean(text))
    found = index.by_abbreviation.get(cleaned)
    if found is not None:
        return found
    return index.by_name.get(_drop_the(_fold(text)))


@lru_cache(maxsize=65536)
def country_by_demonym(word: str) -> Country | None:
    """The country of a demonym ("Kazakh" -> KZ, "Russian" -> RU), also in the plural ("Kazakhs")."""
    if not word:
        return None
    by_demonym = _country_index().by_demonym
    key = _fold(word)
    found = by_demonym.get(key)
    if found is None and key.endswith("s"):
        found = by_demonym.get(key[:-1])
    return found


@lru_cache(maxsize=65536)
def country_by_city(name: str) -> Country | None:
    """The country whose capital or listed city is ``name`` ("Astana" -> KZ)."""
    if not name:
        return None
    return _country_index().by_city.get(_fold(name))


@lru_cache(maxsize=65536)
def country_mention(text: str) -> Country | None:
    """The country a word or phrase refers to: a name, a demonym or a possessive name.

    "Russia", "Russian", "Russians", "Russia's" and "Russia’s" all give RU.
    """
    if not text:
        return None
    cleaned = _clean(text)
    candidates = [cleaned]
    bare = _POSSESSIVE.sub("", cleaned)
    if bare != cleaned:
        candidates.append(bare)
    for candidate in candidates:
        found = country_by_name(candidate) or country_by_demonym(candidate)
        if found is not None:
            return found
    return None


@cache
def country_name_pattern() -> str:
    """A regex alternation of every country name and other name, longest first, re.escape'd."""
    return _alternation(form for c in countries() for form in c.all_names)


@cache
def demonym_pattern() -> str:
    """A regex alternation of every demonym, longest first, re.escape'd."""
    return _alternation(d for c in countries() for d in c.demonyms)


def prefix_tree(forms: Iterable[str]) -> str:
    """The case-sensitive regex of ``_alternation(forms)``, written as a prefix tree.

    Two branches of a tree node open with different characters, so at most one of them can match at a
    position, and a form ending at a node is tried after every longer form through it (the rest is an
    optional greedy group): the longest form that lets the rest of the pattern match is found first,
    as with the flat longest-first alternation, but the engine tests a few characters per letter
    instead of every form in turn. Not for ``re.IGNORECASE`` (two letters may then match one character).
    """
    root: dict = {}
    for form in set(forms):
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = []
        for ch, child in node.items():
            if ch == "":
                continue
            text = re.escape(ch)
            while len(child) == 1 and "" not in child:  # a chain of single letters: one literal
                (nxt, child), = child.items()
                text += re.escape(nxt)
            branches.append(text + emit(child))
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + inner + ")?" if "" in node else inner

    return emit(root)


@cache
def country_name_trie() -> str:
    """``country_name_pattern()`` as a prefix tree: the same matches without ``re.IGNORECASE``, faster."""
    return prefix_tree(form for c in countries() for form in c.all_names)


@cache
def demonym_trie() -> str:
    """``demonym_pattern()`` as a prefix tree: the same matches without ``re.IGNORECASE``, faster."""
    return prefix_tree(d for c in countries() for d in c.demonyms)


@cache
def city_pattern() -> str:
    """A regex alternation of every capital and listed city, longest first, re.escape'd."""
    return _alternation(
        city for c in countries() for city in ((c.capital,) if c.capital else ()) + c.cities
    )


# --------------------------------------------------------------------------- organizations


# National news agencies the fixture does not list: organizations a text cites ("told the agency
# X"), never persons. (key, name, abbreviation, aliases, country). An agency is named by the brand it
# prints on its own pages and credits ("MTI", "BTA"); its full name is an alias.
_NEWS_AGENCIES: tuple[tuple[str, str, str | None, tuple[str, ...], str], ...] = (
    ("tanjug", "Tanjug", None, ("Tanjug news agency",), "RS"),
    ("beta-rs", "Beta News Agency", None, (), "RS"),
    ("fonet", "FoNet", None, (), "RS"),
    ("mti", "MTI", "MTI", ("Hungarian News Agency", "Magyar Távirati Iroda"), "HU"),
    ("hina", "HINA", "HINA", ("Croatian News Agency",), "HR"),
    ("sta-si", "STA", "STA", ("Slovenian Press Agency",), "SI"),
    ("fena", "FENA", "FENA", ("Federal News Agency",), "BA"),
    ("mia-mk", "MIA", "MIA", ("Media Information Agency",), "MK"),
    ("agerpres", "Agerpres", None, (), "RO"),
    ("ctk", "ČTK", "ČTK", ("Czech News Agency", "CTK"), "CZ"),
    ("tasr", "TASR", "TASR", ("News Agency of the Slovak Republic",), "SK"),
    ("ana-mpa", "ANA-MPA", "ANA-MPA", ("Athens-Macedonian News Agency",), "GR"),
    ("lusa", "Lusa", None, ("Lusa news agency",), "PT"),
    ("belga", "Belga", None, (), "BE"),
    ("anp", "ANP", "ANP", ("Algemeen Nederlands Persbureau",), "NL"),
    ("apa-at", "Austria Presse Agentur", None, (), "AT"),
    ("moldpres", "Moldpres", None, (), "MD"),
    ("interpressnews", "Interpressnews", None, (), "GE"),
    ("uza", "UzA", "UzA", ("Uzbekistan National News Agency",), "UZ"),
    ("montsame", "Montsame", None, ("MONTSAME",), "MN"),
    ("kuna", "KUNA", "KUNA", (), "KW"),
    ("wam", "WAM", "WAM", (), "AE"),
    ("bna-bh", "BNA", "BNA", ("Bahrain News Agency",), "BH"),
    ("ona-om", "ONA", "ONA", ("Oman News Agency",), "OM"),
    ("aps-dz", "APS", "APS", ("Algeria Press Service",), "DZ"),
    ("app-pk", "APP", "APP", ("Associated Press of Pakistan",), "PK"),
    ("bss", "BSS", "BSS", ("Bangladesh Sangbad Sangstha",), "BD"),
    ("pna-ph", "PNA", "PNA", ("Philippine News Agency",), "PH"),
    ("cna-tw", "CNA", "CNA", ("Central News Agency",), "TW"),
    ("prensa-latina", "Prensa Latina", None, (), "CU"),
    ("telam", "Télam", None, ("Telam",), "AR"),
    ("notimex", "Notimex", None, (), "MX"),
    ("agencia-brasil", "Agência Brasil", None, ("Agencia Brasil",), "BR"),
    ("ians", "IANS", "IANS", ("Indo-Asian News Service",), "IN"),
    ("europa-press", "Europa Press", None, (), "ES"),
    ("adnkronos", "Adnkronos", None, (), "IT"),
    ("kenya-news-agency", "KNA", "KNA", ("Kenya News Agency",), "KE"),
    ("nan-ng", "NAN", "NAN", ("News Agency of Nigeria",), "NG"),
)


@cache
def organizations() -> tuple[ReferenceOrganization, ...]:
    """Every organization in ``fixtures/organizations.json`` in file order, then news agencies it lacks. Cached."""
    with ORGANIZATIONS_FILE.open(encoding="utf-8") as fh:
        rows = json.load(fh)["organizations"]
    listed = tuple(
        ReferenceOrganization(
            key=row["key"],
            name=row["name"],
            abbreviation=row.get("abbreviation") or None,
            aliases=tuple(row.get("aliases") or ()),
            kind=row["kind"],
            country=row.get("country") or None,
        )
        for row in rows
    )
    keys = {o.key for o in listed}
    abbreviations = {o.abbreviation for o in listed if o.abbreviation}
    names = {_drop_the(_fold(n)) for o in listed for n in (o.name, *o.aliases)}
    extra = tuple(
        ReferenceOrganization(key=key, name=name, abbreviation=abbr if abbr not in abbreviations else None,
                              aliases=aliases, kind="media", country=code)
        for key, name, abbr, aliases, code in _NEWS_AGENCIES
        if key not in keys and _drop_the(_fold(name)) not in names and name not in abbreviations
    )
    return listed + extra


@dataclass(frozen=True)
class _OrganizationIndex:
    by_name: dict[str, ReferenceOrganization]  # folded, without a leading "the"
    by_abbreviation: dict[str, ReferenceOrganization]  # exact (case-sensitive)


@cache
def _organization_index() -> _OrganizationIndex:
    by_name: dict[str, ReferenceOrganization] = {}
    by_abbreviation: dict[str, ReferenceOrganization] = {}
    for org in organizations():
        by_name.setdefault(_drop_the(_fold(org.name)), org)
        if org.abbreviation:
            by_abbreviation.setdefault(_clean(org.abbreviation), org)
        for alias in org.aliases:
            if _is_abbreviation(alias):
                by_abbreviation.setdefault(_clean(alias), org)
            else:
                by_name.setdefault(_drop_the(_fold(alias)), org)
    return _OrganizationIndex(by_name, by_abbreviation)


@lru_cache(maxsize=65536)
def organization_by_name(text: str) -> ReferenceOrganization | None:
    """The organization called ``text``: its name, abbreviation or an alias.

    Names and aliases match case-insensitively (ignoring a leading "the"); abbreviations and
    all-capital aliases match case-sensitively ("CSTO", "EAEU", "dpa").
    """
    if not text:
        return None
    index = _organization_index()
    cleaned = _clean(text)
    found = index.by_abbreviation.get(cleaned) or index.by_abbreviation.get(_drop_the(cleaned))
    if found is not None:
        return found
    return index.by_name.get(_drop_the(_fold(text)))
