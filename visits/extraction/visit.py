"""The visit an article is about, with its programme (no Django).

A visit is found from cue sentences ("X arrived in <place> for a state visit", "X will pay a
state visit to <place>", "the state visit of X to <place>", "X's plane landed"). Mentions of
one guest merge into one visit. Background visits ("a year ago ... visited", "last state visit
... was nine years ago") and invitations ("invites ... to visit") are ignored.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Any

from .dates import find_dates
from .quotes import Discourse
from .types import ExtractedEvent, ExtractedVisit, PartialDate, Span

if TYPE_CHECKING:  # pragma: no cover
    from .people import PeopleFinding

try:
    from . import reference as _reference
except ImportError:  # pragma: no cover
    _reference = None  # type: ignore[assignment]

_TYPE = r"(?:(?P<type>state|official|working|informal|private|friendly|official\s+friendly)\s+)?"
_PLACE = r"(?P<dest>(?:the\s+)?[A-Z][\w’'.-]*(?:[ -](?:of\s+)?[A-Z][\w’'.-]*){0,3})"
_CUES = [
    re.compile(r"\b(?:has\s+|had\s+|have\s+)?(?P<verb>arrived|arrives|arriving|will\s+arrive|landed)\s+in\s+"
               + _PLACE + r"(?P<rest>[^.\n]{0,80})"),
    re.compile(r"\b(?P<verb>(?:will\s+)?(?:pay|pays|paid|paying|make|makes|made|making|begin|began|begins|"
               r"start|started|starts|conclude|concluded|concludes|complete|completed|is\s+on|was\s+on|be\s+on))"
               r"\s+(?:an?|his|her|their)\s+" + _TYPE + r"visit\s+to\s+" + _PLACE),
    re.compile(r"\b" + _TYPE + r"visit\s+of\s+(?P<guestphrase>[^.\n]{3,120}?)\s+to\s+" + _PLACE),
    re.compile(r"['’]s\s+(?P<last>last\s+|previous\s+|first\s+)?" + _TYPE + r"visit\s+to\s+" + _PLACE),
    re.compile(r"['’]s\s+(?:plane|aircraft|flight|jet)\s+(?P<verb>landed|touched\s+down)"),
]
_BACKGROUND = re.compile(r"\b(?:ago|last\s+year|previous|last\s+(?:state\s+|official\s+)?visit|in\s+(?:19|20)\d\d|"
                         r"invit\w*\s+\w+(?:\s+\w+)?\s+to\s+visit|to\s+visit)\b", re.I)
_TYPE_ANY = re.compile(r"\b(state|official|working|informal)\s+visit\b|\bvisit\s+is\s+an?\s+(state|official|"
                       r"working|informal)\s+one\b", re.I)
_DAY_N = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+day\b", re.I)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_NEXT_DAY = re.compile(r"\b(?:the\s+following\s+day|the\s+next\s+day|tomorrow)\b", re.I)

_EVENTS = [
    ("summit", re.compile(r"\b(?:summit|session\s+of\s+the\s+[\w\s]{0,40}Council|Council\s+session|"
                          r"meeting\s+of\s+the\s+[\w\s]{0,30}Council)\b", re.I)),
    ("arrival", re.compile(r"\b(?:plane|aircraft|flight)\s+(?:landed|touched\s+down)|"
                           r"\barrived\s+at\s+(?:[\w-]+\s+){0,5}Airport|"
                           r"\blanded\s+(?:at|in)\b|\bhas\s+arrived\s+in\b|\barrived\s+in\b", re.I)),
    ("welcome_ceremony", re.compile(r"\bceremonial\s+welcome|\bwelcome\s+ceremony|\bwelcoming\s+ceremony|"
                                    r"\bofficial\s+welcome|\bhono(?:u)?r\s+guard\b[^.]*\banthems?\b", re.I)),
    ("talks_narrow", re.compile(r"\bnarrow\s+format|\bone-on-one\b|\btête-à-tête|\brestricted\s+format", re.I)),
    ("talks_expanded", re.compile(r"\bexpanded\s+format|\bextended\s+format|\benlarged\s+format", re.I)),
    ("signing", re.compile(r"\bsigning\b|\bsigned\s+(?:the\s+)?documents|\bsign\s+documents|"
                           r"\bexchang\w*\s+(?:of\s+)?(?:documents|folders)|\bput\s+their\s+signatures", re.I)),
    ("wreath_laying", re.compile(r"\b(?:lay(?:ing|s)?|laid)\s+(?:a\s+)?wreaths?|\bwreath-laying", re.I)),
    ("forum", re.compile(r"\bForum\b")),
    ("press_conference", re.compile(r"\bpress\s+conference|\bpress\s+statements|\bbriefing\s+for\s+the\s+press",
                                    re.I)),
    ("departure", re.compile(r"\bdeparted\s+(?:from|for\s+home)|\bsee-off\b|\bseeing\s+off\b|\bleft\s+"
                             r"(?:for\s+home|the\s+country)|\bconcluded\s+(?:his|her)\s+visit", re.I)),
    ("meeting", re.compile(r"\bmeeting\s+with\s+(?:[A-Z][\w-]*\s+){0,5}[A-Z]|\bmet\s+with\s+[A-Z]|"
                           r"\bmeet\s+with\s+[A-Z]", re.I)),
    ("talks", re.compile(r"\b(?:talks|negotiations)\s+(?:began|begin|took\s+place|were\s+held|continued)\b",
                         re.I)),
]
_EVENT_ORDER = [kind for kind, _ in _EVENTS]
_EVENT_RX = dict(_EVENTS)
# Literal words one of which each event cue contains (lower case; "Forum" is matched as written).
_EVENT_KEYS = {
    "summit": ("summit", "council"), "arrival": ("landed", "touched down", "arrived"),
    "welcome_ceremony": ("welcom", "guard"), "talks_narrow": ("narrow", "one-on-one", "tête", "restricted"),
    "talks_expanded": ("expanded", "extended", "enlarged"), "signing": ("sign", "exchang"),
    "wreath_laying": ("wreath",), "forum": ("forum",), "press_conference": ("press", "briefing"),
    "departure": ("depart", "see-off", "seeing off", "left ", "concluded"),
    "meeting": ("meeting with", "met with", "meet with"), "talks": ("talks", "negotiations"),
}


def _keyword_positions(low: str, keys: tuple[str, ...]) -> list[int]:
    out: list[int] = []
    for k in keys:
        i = low.find(k)
        while i != -1:
            out.append(i)
            i = low.find(k, i + 1)
    return out
_PLACE_AT = re.compile(r"\b(?:at|in)\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+){0,4}(?:Airport|Palace|Hall|Garden|"
                       r"Residence|residence|Kremlin|Square|Avenue|Center|Centre|House))")
_HOS_TITLES = ("president", "king", "queen", "emir", "sultan", "monarch", "head of state")


def _country(name: str) -> tuple[str | None, str | None]:
    """(country code, city) of a place name."""
    if _reference is None or not name:
        return None, None
    name = re.sub(r"^the\s+", "", name.strip(" .,’'"), flags=re.I)
    name = re.sub(r"['’]s$", "", name)
    try:
        c = _reference.country_by_name(name)
        if c is not None:
            return c.code, None
        c = _reference.country_by_city(name)
        if c is not None:
            return c.code, name
    except Exception:  # pragma: no cover
        return None, None
    return None, None


def _capital(code: str | None) -> str | None:
    if _reference is None or not code:
        return None
    try:
        c = _reference.country(code)
    except Exception:  # pragma: no cover
        return None
    return c.capital if c is not None else None


def _add_days(d: PartialDate, n: int) -> PartialDate:
    if d.year is None or d.month is None or d.day is None:
        return d
    x = datetime.date(d.year, d.month, d.day) + datetime.timedelta(days=n)
    return PartialDate(x.year, x.month, x.day)


def find_visits(body: str, people: PeopleFinding | Any, *, published: PartialDate | None = None,
                discourse: Discourse | None = None) -> list[ExtractedVisit]:
    d = discourse or Discourse(body, people)
    year = published.year if published else None
    persons = getattr(people, "people", []) or []
    visit: ExtractedVisit | None = None
    cue_sentences: list[tuple[int, int]] = []
    for rx in _CUES:
        for m in rx.finditer(body):
            if d.in_quote(m.start()):
                continue
            s, e = d.sentence_at(m.start())
            sent = body[s:e]
            gd = m.groupdict()
            if gd.get("last") or _BACKGROUND.search(sent):
                continue
            rest = gd.get("rest")
            if rest is not None and not re.search(r"\bvisit\b", sent, re.I):
                continue  # "arrived in X" without a visit: journalists, other guests
            guest = _guest(d, body, s, m, gd)
            if guest is None:
                continue
            code, city = _country(gd.get("dest") or "")
            g_country = persons[guest].country if guest < len(persons) else None
            if code is not None and code == g_country:
                continue  # travelling home
            if visit is None:
                visit = ExtractedVisit(guest=guest, host=None, guest_country=g_country, span=Span(s, e),
                                       confidence=0.7)
            elif visit.guest != guest:
                continue
            if code and not visit.host_country:
                visit.host_country = code
            if city and city not in visit.cities:
                visit.cities.append(city)
            t = (gd.get("type") or "").split()
            if t and not visit.visit_type:
                visit.visit_type = t[0].lower()
            cue_sentences.append((s, e))
    if visit is None:
        return []
    _fill_host(d, body, people, visit)
    if not visit.visit_type:
        for m in _TYPE_ANY.finditer(body):
            sent = body[slice(*d.sentence_at(m.start()))]
            if not _BACKGROUND.search(sent):
                visit.visit_type = (m.group(1) or m.group(2)).lower()
                break
    if not visit.cities and visit.host_country:
        cap = _capital(visit.host_country)
        if cap and re.search(r"\b" + re.escape(cap) + r"\b", body):
            visit.cities.append(cap)
    _fill_dates(d, body, visit, cue_sentences, year, published)
    visit.events = _events(d, body, visit, year)
    return [visit]


def _guest(d: Discourse, body: str, s: int, m: re.Match[str], gd: dict[str, Any]) -> int | None:
    if gd.get("guestphrase") is not None:
        return d.person_at(m.start("guestphrase"), m.end("guestphrase"))
    if "’s" in m.group()[:3] or "'s" in m.group()[:3]:
        # possessive: the person right before the match
        for a in reversed(d.actors_between(s, m.start() + 1)):
            if a.person is not None and a.end >= m.start() - 1:
                return a.person
        return None
    before = [a for a in d.actors_between(s, m.start()) if a.person is not None and not a.possessive]
    comma = body.rfind(",", s, m.start())
    after_comma = [a for a in before if a.start > comma] if comma != -1 else []
    if after_comma:
        return after_comma[0].person
    return before[0].person if before else None


def _fill_host(d: Discourse, body: str, people: Any, visit: ExtractedVisit) -> None:
    inv = re.search(r"\b[Aa]t\s+the\s+invitation\s+of\b([^,.\n]{3,120})", body)
    if inv:
        visit.host = d.person_at(inv.start(1), inv.end(1))
    persons = getattr(people, "people", []) or []
    if not visit.host_country:
        counts: dict[str, int] = {}
        for mention in getattr(people, "mentions", []) or []:
            c = persons[mention.person].country if mention.person < len(persons) else None
            if c and c != visit.guest_country:
                counts[c] = counts.get(c, 0) + 1
        if visit.host is not None and visit.host < len(persons) and persons[visit.host].country:
            visit.host_country = persons[visit.host].country
        elif counts:
            visit.host_country = max(counts.items(), key=lambda kv: kv[1])[0]
    if visit.host is None and visit.host_country:
        hos = getattr(people, "head_of_state", None)
        visit.host = hos(visit.host_country) if hos else None
        if visit.host == visit.guest:
            visit.host = None


def _fill_dates(d: Discourse, body: str, visit: ExtractedVisit, cues: list[tuple[int, int]],
                year: int | None, published: PartialDate | None = None) -> None:
    _dates_from_text(d, body, visit, cues, year)
    if (visit.start is None and published is not None and published.day is not None
            and any(_PRESENT.search(body[s:e]) for s, e in cues)):
            visit.start = visit.end = published
            visit.confidence = 0.5


_PRESENT = re.compile(r"\b(?:has|have)\s+arrived\b|\barrives\b|\btoday\b", re.I)


def _dates_from_text(d: Discourse, body: str, visit: ExtractedVisit, cues: list[tuple[int, int]],
                     year: int | None) -> None:
    for s, e in cues:
        if _DAY_N.search(body[s:e]):
            continue
        for dm in find_dates(body[s:e], default_year=year):
            if dm.value.day is None:
                continue
            visit.start = dm.value
            visit.end = dm.end or dm.value
            return
    # "The second day of the visit ... on November 12": count back from the stated day
    best: tuple[int, PartialDate] | None = None
    for m in _DAY_N.finditer(body):
        s, e = d.sentence_at(m.start())
        if not re.search(r"\b(?:visit|trip|programme|program|tour)\b", body[s:e], re.I):
            continue
        i = d.sentence_index(m.start())
        window_end = d.sentences[min(i + 3, len(d.sentences) - 1)][1]
        found = [dm for dm in find_dates(body[s:window_end], default_year=year) if dm.value.day]
        n = _ORD[m.group(1).lower()]
        if found and (best is None or n > best[0]):
            best = (n, found[0].end or found[0].value if n > 1 else found[0].value)
    if best is not None:
        n, day = best
        visit.end = day
        visit.start = _add_days(day, -(n - 1)) if day.year else PartialDate(None, day.month,
                                                                            max((day.day or 1) - (n - 1), 1))
        return
    # the cue sentence is dateless: the first arrival-like sentence with a date
    for m in re.finditer(r"\b(?:landed|arrived|arrival)\b", body):
        s, e = d.sentence_at(m.start())
        found = [dm for dm in find_dates(body[s:e], default_year=year) if dm.value.day]
        if found and not _BACKGROUND.search(body[s:e]):
            visit.start = found[0].value
            visit.end = found[0].end or found[0].value
            return


def _events(d: Discourse, body: str, visit: ExtractedVisit, year: int | None) -> list[ExtractedEvent]:
    out: list[ExtractedEvent] = []
    current = visit.start
    all_dates = [dm for dm in find_dates(body, default_year=year) if dm.value.day]
    by_sentence: dict[int, set[str]] = {}
    low = body.lower()
    for kind, keys in _EVENT_KEYS.items():
        rx = _EVENT_RX[kind]
        for si in sorted({d.sentence_index(p) for p in _keyword_positions(low, keys)}):
            s, e = d.sentences[si]
            if rx.search(body, s, e):
                by_sentence.setdefault(si, set()).add(kind)
    di = 0
    n_dates = len(all_dates)
    for si, (s, e) in enumerate(d.sentences):
        while di < n_dates and all_dates[di].span.start < s:
            di += 1
        found_kinds = by_sentence.get(si)
        if not found_kinds and not (di < n_dates and all_dates[di].span.start < e):
            continue  # no event and no date: nothing to record, nothing that moves ``current``
        sent = body[s:e]
        dated = []
        j = di
        while j < len(all_dates) and all_dates[j].span.start < e:
            dated.append(all_dates[j])
            j += 1
        if d.in_quote(s + len(sent) - len(sent.lstrip())):
            continue
        date = current
        if dated:
            v = dated[0].value
            if visit.start and visit.end and visit.start.month == v.month and (
                    (visit.start.day or 0) <= (v.day or 0) <= (visit.end.day or 0)):
                current = v
            date = v
        if not found_kinds:
            continue
        if _NEXT_DAY.search(sent) and current is not None and not dated:
            date = _add_days(current, 1)
        kinds = [k for k in _EVENT_ORDER if k in found_kinds]
        if not kinds:
            continue
        if "summit" not in kinds and _BACKGROUND.search(sent):
            continue
        if "talks" in kinds and ("talks_narrow" in kinds or "talks_expanded" in kinds):
            kinds.remove("talks")
        place = _PLACE_AT.search(sent)
        participants: list[int] = []
        for a in d.actors_between(s, e):
            if a.person is not None and a.person not in participants:
                participants.append(a.person)
        for kind in kinds:
            if kind == "arrival" and visit.guest not in participants and not re.search(
                    r"\b(?:plane|aircraft|flight|airport)\b", sent, re.I):
                continue
            out.append(ExtractedEvent(
                kind=kind, description=" ".join(sent.split())[:300],
                date=date if kind == "summit" or not _NEXT_DAY.search(sent) else current,
                place=place.group(1).strip() if place else None, participants=participants,
                span=Span(s, e), confidence=0.6,
            ))
    return out
