"""Calendar dates written in English press text (no Django).

``find_dates`` returns every date expression in a text, in order, as ``DateMention``s whose
``value`` is a ``PartialDate`` as precise as the text: "November 27" has no year unless
``default_year`` is given; "in December" has a month only; "from November 11 to 12" is one
mention with ``end`` set.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .types import PartialDate, Span

_MONTH_NAMES = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may", "may"),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)

MONTH_NAMES = tuple(full for full, _ in _MONTH_NAMES)  # "january" ... "december"
MONTHS: dict[str, int] = {}
for _i, (_full, _abbr) in enumerate(_MONTH_NAMES, start=1):
    MONTHS[_full] = _i
    MONTHS[_abbr] = _i
    MONTHS[_abbr + "."] = _i
MONTHS["sept"] = 9
MONTHS["sept."] = 9


@dataclass(frozen=True, slots=True)
class DateMention:
    span: Span
    value: PartialDate
    end: PartialDate | None
    text: str


# Capitalised month names only ("may" the verb and "march" the verb are not dates).
_MONTH_WORDS = sorted({k.rstrip(".") for k in MONTHS}, key=len, reverse=True)
_MONTH = r"(?:" + "|".join(w.capitalize() for w in _MONTH_WORDS) + r")\b\.?"
# what follows the place of a dateline: its date or its agency ("X, May 4 (Agency) -", "X, 4 May -")
DATELINE_TAIL = rf",?\s+(?:{_MONTH}\s+\d|\d{{1,2}}\s+{_MONTH}|\([A-Z][\w.]*\)\s*[-–—])"
_MONTH_ANYCASE = r"(?:" + "|".join(f"{w.capitalize()}|{w.upper()}" for w in _MONTH_WORDS) + r")\b\.?"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_SEP = r"\s*(?:-|\u2013|\u2014|to|through|till|until|and)\s*"
_PREP = r"(?i:in|since|until|till|by|during|from|of|throughout|before|after|early|late|mid|last|next|this)"


def _g(name: str, pat: str) -> str:
    return f"(?P<{name}>{pat})"


# Every alternative opens on a digit, a preposition (any case) or a capitalised month: the lookahead
# on those first letters turns most offsets away before the alternatives are tried one by one. Each
# alternative opening on a digit or a month has its own lookahead (_DIGIT_FIRST, _MONTH_FIRST) too, so
# the letters of ordinary words skip the long month alternations.
_DATE_FIRST = r"(?=\d|(?i:[abdefilmnostu])|[JFMASOND])"
_DIGIT_FIRST = r"(?=\d)"
_MONTH_FIRST = r"(?=[JFMASOND])"  # the initials of _MONTH_ANYCASE
_DATE_RE = re.compile(
    _DATE_FIRST + "(?:" + "|".join(
        (
            # ISO 2024-11-27
            _DIGIT_FIRST + r"(?<![\d-])" + _g("iy", r"\d{4}") + "-" + _g("im", r"\d{1,2}") + "-" + _g("id", r"\d{1,2}")
            + r"(?!\d)",
            # 30 November - 2 December 2024
            _DIGIT_FIRST + r"(?<![\d.,])" + _g("xd", _DAY) + r"\s+(?:of\s+)?" + _g("xm", _MONTH_ANYCASE) + _SEP
            + _g("xd2", _DAY) + r"\s+(?:of\s+)?" + _g("xm2", _MONTH_ANYCASE)
            + r"(?:,?\s+" + _g("xy", _YEAR) + ")?",
            # 27 November 2024, 11-12 November, the 27th of November
            _DIGIT_FIRST + r"(?<![\d.,])" + _g("cd", _DAY) + "(?:" + _SEP + _g("cd2", _DAY) + r")?\s+(?:of\s+)?"
            + _g("cm", _MONTH_ANYCASE) + r"(?:,?\s+" + _g("cy", _YEAR) + ")?",
            # in December, in February 2022 (the span starts at the month)
            r"\b" + _PREP + r"(?:\s+|-)(?:(?i:early|late|mid)[\s-]+)?" + _g("em", _MONTH)
            + r"(?!\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b)"
            + r"(?:,?\s+" + _g("ey", _YEAR) + ")?",
            # November 27, 2024; November 11 to 12; Nov 11th to 12th; November 30 - December 2
            _MONTH_FIRST + _g("bm", _MONTH_ANYCASE) + r"\s*" + _g("bd", _DAY)
            + "(?:" + _SEP + "(?:" + _g("bm2", _MONTH_ANYCASE) + r"\s*)?" + _g("bd2", _DAY) + ")?"
            + r"(?:,?\s+" + _g("by", _YEAR) + ")?",
            # February 2022
            _MONTH_FIRST + _g("dm", _MONTH_ANYCASE) + r",?\s+" + _g("dy", _YEAR),
        )
    ) + ")"
)

_SUFFIX = re.compile(r"(?:st|nd|rd|th)$")


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(_SUFFIX.sub("", word))


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None and not 1 <= day <= 31:
        return False
    return not (year is not None and not 1800 <= year <= 2100)


_AFTER_AND_OK = frozenset(("in", "at", "on", "of", "the", "this", "last", "next", "respectively", "when"))
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _and_range_ok(m: re.Match[str], text: str) -> bool:
    """'November 11 and 12 in Moscow' is a range; 'November 12 and 20 agreements' is not."""
    between = text[m.end("bd") : m.start("bd2")]
    if "and" not in between:
        return True
    nxt = _NEXT_WORD.match(text, m.end("bd2"))
    return nxt is None or nxt.group(1) in _AFTER_AND_OK


def _parse(m: re.Match[str], text: str) -> tuple[int, int, PartialDate, PartialDate | None] | None:
    """(span start, span end, value, end) of one match, or None when the numbers are no date."""
    g = m.group
    if g("iy"):
        y, mo, d = int(g("iy")), int(g("im")), int(g("id"))
        return (m.start(), m.end(), PartialDate(y, mo, d), None) if _valid(y, mo, d) else None
    if g("xd"):
        y = int(g("xy")) if g("xy") else None
        m1, m2 = _month(g("xm")), _month(g("xm2"))
        y1 = y - 1 if y is not None and m1 > m2 else y
        return m.start(), m.end(), PartialDate(y1, m1, _day(g("xd"))), PartialDate(y, m2, _day(g("xd2")))
    if g("cd"):
        y = int(g("cy")) if g("cy") else None
        mo = _month(g("cm"))
        start = PartialDate(y, mo, _day(g("cd")))
        end = PartialDate(y, mo, _day(g("cd2"))) if g("cd2") else None
        if end is not None and (end.day or 0) <= (start.day or 0):
            return None
        return m.start(), m.end(), start, end
    if g("em"):
        y = int(g("ey")) if g("ey") else None
        return m.start("em"), m.end(), PartialDate(y, _month(g("em")), None), None
    if g("bm"):
        y = int(g("by")) if g("by") else None
        m1 = _month(g("bm"))
        if g("bd2"):
            m2 = _month(g("bm2")) if g("bm2") else m1
            d1, d2 = _day(g("bd")), _day(g("bd2"))
            if (m1 != m2 or d2 > d1) and _and_range_ok(m, text):
                y1 = y - 1 if y is not None and m1 > m2 else y
                return m.start(), m.end(), PartialDate(y1, m1, d1), PartialDate(y, m2, d2)
            return m.start(), m.end("bd"), PartialDate(None, m1, d1), None
        return m.start(), m.end(), PartialDate(y, m1, _day(g("bd"))), None
    if g("dm"):
        return m.start(), m.end(), PartialDate(int(g("dy")), _month(g("dm")), None), None
    return None


# Every date contains a month word or an ISO year-month: match only in windows around them.
_ANCHOR = re.compile(r"\b[JFMASOND][a-zA-Z]{2,8}\b|\d{4}-\d")
# The anchors _windows keeps, as two patterns that the engine scans for by their first character:
# month words (a capital first letter not preceded by a word character, the rest in any ASCII case,
# whole word) and ISO year-month starts. Their matches never overlap, so together, in order, they
# are exactly the _ANCHOR matches that are months or ISO dates.
_MONTH_ANCHOR = re.compile(
    "|".join(
        first + r"(?<!\w.)(?:"
        + "|".join(
            "".join(f"[{c}{c.upper()}]" for c in k[1:])
            for k in sorted({k.rstrip(".") for k in MONTHS if k[0] == first.lower()}, key=lambda k: (-len(k), k))
        )
        + r")\b"
        for first in "JFMASOND"
    )
)
_ISO_ANCHOR = re.compile(r"\d\d{3}-\d")  # \d{4}-\d, opening on a digit class the engine scans for


def _anchors(text: str) -> list[re.Match[str]]:
    found = list(_MONTH_ANCHOR.finditer(text))
    if "-" in text:
        iso = list(_ISO_ANCHOR.finditer(text))
        if iso:
            found.extend(iso)
            found.sort(key=lambda a: a.start())
    return found


def _windows(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a in _anchors(text):
        w = a.group()
        if w[0].isalpha() and w.lower() not in MONTHS:
            continue
        lo, hi = max(0, a.start() - 40), min(len(text), a.end() + 60)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _matches(text: str) -> Iterator[re.Match[str]]:
    last = 0
    for lo, hi in _windows(text):
        for m in _DATE_RE.finditer(text, max(lo, last), hi):
            last = m.end()
            yield m


def find_dates(text: str, *, default_year: int | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order of appearance."""
    out: list[DateMention] = []
    for m in _matches(text):
        parsed = _parse(m, text)
        if parsed is None:
            continue
        start, stop, value, end = parsed
        if default_year is not None:
            value = value.with_year(default_year)
            if end is not None:
                end = end.with_year(default_year)
                if value.month and end.month and value.month > end.month and value.year == end.year:
                    value = PartialDate(default_year - 1, value.month, value.day)
        out.append(DateMention(Span(start, stop), value, end, text[start:stop]))
    return out


def dates_in(text: str, start: int, end: int, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions whose span lies inside ``[start, end)``."""
    return [d for d in mentions if d.span.start >= start and d.span.end <= end]


# --------------------------------------------------------------------------- weekdays and day arithmetic

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAY_BEFORE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\W{0,3}(?:the\s+)?\Z")
_DUMMY_YEAR = 2001  # a common year: day arithmetic for dates whose year the text does not give


def add_days(d: PartialDate, n: int) -> PartialDate:
    """``d`` moved by ``n`` days (a year-less date keeps no year; a date without a day is unchanged)."""
    if d.month is None or d.day is None:
        return d
    try:
        x = datetime.date(d.year or _DUMMY_YEAR, d.month, d.day) + datetime.timedelta(days=n)
    except ValueError:
        return d
    return PartialDate(x.year if d.year is not None else None, x.month, x.day)


def stated_weekday(text: str, mention: DateMention) -> int | None:
    """The weekday the text gives for a date ("Tuesday, November 10"): 0 = Monday."""
    m = _WEEKDAY_BEFORE.search(text, max(0, mention.span.start - 16), mention.span.start)
    return WEEKDAYS.index(m.group(1).lower()) if m else None


def weekday_of(d: PartialDate) -> int | None:
    """The calendar weekday of a full date, else None."""
    if d.year is None or d.month is None or d.day is None:
        return None
    try:
        return datetime.date(d.year, d.month, d.day).weekday()
    except ValueError:
        return None


def shift_to_weekday(ref: PartialDate, ref_weekday: int, weekday: int, *, forward: bool) -> PartialDate:
    """The ``weekday`` nearest ``ref`` (whose weekday is ``ref_weekday``): on or after it, or on or before."""
    delta = (weekday - ref_weekday) % 7
    return add_days(ref, delta if forward else delta - 7 if delta else 0)
