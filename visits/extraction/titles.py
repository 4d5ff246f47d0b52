"""The title grammar's vocabulary: official titles and occupations (no Django).

Backed by ``fixtures/titles.json``. Everything is compiled once at import time.

- ``HEAD_RE`` finds a title head in running text ("Deputy Prime Minister", "Foreign Minister",
  "press secretary", "political scientist", plural "leaders"/"rectors" included); the
  matched text is looked up with ``lookup()``.
- ``normalize_title()`` turns a head plus its complement into the canonical lower-case form
  ("Foreign Minister" -> "minister of foreign affairs", "Minister of Health" -> "minister of health").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "titles.json"


@dataclass(frozen=True, slots=True)
class TitleInfo:
    head: str  # vocabulary spelling ("Foreign Minister")
    norm: str  # "minister of foreign affairs"
    kind: str  # official | expert | journalist | photographer | artist | other
    family: str  # resolution family ("head_of_state", "minister", "occupation:artist")
    complement: str  # portfolio | country | org | to | none
    official: bool
    requires_org: bool = False  # a role only with an organization ("member of the Budget Committee")


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("person"):
        return word[:-6] + "people"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


def _plural_phrase(head: str) -> str:
    # "Minister of State" -> "Ministers of State"; "Prime Minister" -> "Prime Ministers"
    m = re.match(r"(.*?)(\s+(?:of|in|to)\s+.*)?$", head)
    assert m
    first, rest = m.group(1), m.group(2) or ""
    return _plural(first) + rest


def _load() -> tuple[dict[str, TitleInfo], frozenset[str], frozenset[str]]:
    data = json.loads(_FIXTURE.read_text(encoding="utf-8"))
    table: dict[str, TitleInfo] = {}
    for t in data["titles"]:
        info = TitleInfo(t["head"], t["norm"], t["kind"], t["family"], t["complement"], True,
                         t.get("requires") == "org")
        table.setdefault(t["head"].casefold(), info)
    for o in data["occupations"]:
        head = o["head"]
        fam = "occupation:" + head.casefold()
        complement = o.get("complement") or ("org" if head in (
            "rector", "vice-rector", "professor", "student", "founder", "co-founder", "editor",
            "correspondent") else "none")
        info = TitleInfo(head, head.casefold(), o["kind"], fam, complement, False, o.get("requires") == "org")
        table.setdefault(head.casefold(), info)
    return table, frozenset(a.casefold() for a in data["adjectives"]), frozenset(data["portfolio_words"])


TITLES, ADJECTIVES, PORTFOLIO_WORDS = _load()
_PLURALS: dict[str, str] = {}
for _key, _info in list(TITLES.items()):
    _PLURALS.setdefault(_plural_phrase(_info.head).casefold(), _key)


def _head_forms() -> list[str]:
    """Every head form (singular and plural), longest first: the order of HEAD_RE's alternation."""
    return sorted(set(TITLES) | set(_PLURALS), key=len, reverse=True)


def _head_alternation(forms: list[str]) -> str:
    return "|".join(r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s]+", f)) for f in forms)


def _head_re(forms: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w\-])(?:" + _head_alternation(forms) + r")(?![\w\-])", re.IGNORECASE)


_HEAD_FORMS = _head_forms()
# A head in running text, case-insensitive, on word boundaries (not inside "Presidential").
HEAD_RE = _head_re(_HEAD_FORMS)
# HEAD_RE cut by the initial of its forms (all ASCII letters), alternatives kept in order, so a match
# at a known offset tries a few dozen heads instead of all of them. Both cases of an initial map to
# the same pattern.
_HEAD_RE_BY_INITIAL: dict[str, re.Pattern[str]] = {}
for _initial in sorted({f[0] for f in _HEAD_FORMS}):
    _rx = _head_re([f for f in _HEAD_FORMS if f[0] == _initial])
    _HEAD_RE_BY_INITIAL[_initial] = _HEAD_RE_BY_INITIAL[_initial.upper()] = _rx


def match_head(text: str, pos: int) -> re.Match[str] | None:
    """``HEAD_RE.match(text, pos)``, trying only the heads that open with the letter at ``pos``."""
    c = text[pos:pos + 1]
    rx = _HEAD_RE_BY_INITIAL.get(c)
    if rx is not None:
        return rx.match(text, pos)
    if c.isascii():
        return None  # no head opens with it (an ASCII letter folds to no other initial)
    # a non-ASCII letter may fold to an ASCII one under IGNORECASE ("ı", "ſ", the Kelvin sign)
    return HEAD_RE.match(text, pos)
# First words of every head form: running text is scanned word by word and HEAD_RE is tried only
# where a word can start a head (a big alternation tried at every offset is slow).
HEAD_FIRST_WORDS = frozenset(re.split(r"[\s\-]+", f)[0] for f in (set(TITLES) | set(_PLURALS)))
WORD_RE = re.compile(r"(?<![\w\-])[A-Za-z]+")

# Words that belong to titles, used to strip title words from capitalised name chains.
TITLE_WORDS = frozenset(
    w for key in (set(TITLES) | set(_PLURALS)) for w in re.split(r"[\s\-]+", key)
) | frozenset(w for key in (set(TITLES) | set(_PLURALS))
             for w in key.split() if "-" in w) | {
    "excellency", "majesty", "highness", "honourable", "honorable", "mr", "mrs", "ms", "dr", "prof",
     "sir", "madam", "madame", "lady", "lord", "sheikh", "sheikha", "shaikh", "shaikha", "seyed", "seyyed",
     "sayed", "sayyed", "sayyid", "syed", "hajji", "haji", "hadji", "mullah", "mulla", "maulana", "mawlana",
     "ayatollah", "hojatoleslam", "general", "colonel", "major", "captain", "dame", "baroness", "eng", "engr",
     "samdech", "thipadei", "oknha", "chumteav", "hon",
     "lieutenant", "marshal", "admiral", "sergeant", "presidents", "ministers", "first", "deputy", "vice",
     "acting", "former", "prime", "foreign", "state", "chief", "his", "her"}


def _fold(text: str) -> str:
    return " ".join(re.split(r"[\s\-]+", text.casefold()))


@lru_cache(maxsize=1024)
def lookup(head_text: str) -> tuple[TitleInfo, bool] | None:
    """The vocabulary entry for a matched head and whether it was plural ('Leaders' -> leader, True)."""
    key = _fold(head_text)
    for cand in (key, key.replace(" ", "-")):
        if cand in TITLES:
            return TITLES[cand], False
        if cand in _PLURALS:
            return TITLES[_PLURALS[cand]], True
    for k, v in TITLES.items():
        if _fold(k) == key:
            return v, False
    for k, v in _PLURALS.items():
        if _fold(k) == key:
            return TITLES[v], True
    return None


def singular(head_text: str) -> str:
    """'leaders' -> 'leader', 'Rectors' -> 'Rector' (keeps the case of the first letter)."""
    found = lookup(head_text)
    if not found or not found[1]:
        return head_text
    h = found[0].head
    return h[0].upper() + h[1:] if head_text[:1].isupper() else h[0].lower() + h[1:]


def normalize_title(info: TitleInfo, portfolio: str | None = None, to: str | None = None) -> str:
    """Canonical lower-case title: 'minister of health', 'ambassador', 'president'."""
    if portfolio and info.complement == "portfolio":
        joiner = "for" if " of " in info.norm else "of"  # "minister of state for external affairs"
        return f"{info.norm} {joiner} {' '.join(portfolio.casefold().split())}"
    if portfolio and info.complement == "country" and all(
            w in PORTFOLIO_WORDS for w in re.findall(r"[\w-]+", portfolio.casefold())):
        return f"{info.norm} for {' '.join(portfolio.casefold().split())}"  # "state secretary for economic affairs"
    return info.norm


def is_head_of_state_family(family: str) -> bool:
    return family == "head_of_state"
