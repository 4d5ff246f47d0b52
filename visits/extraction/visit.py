"""The visit an article is about, with its programme (no Django).

A visit is found from cue sentences ("X arrived in <place> for a state visit", "X will pay a
state visit to <place>", "the state visit of X to <place>", "X's plane landed"). Mentions of
one guest merge into one visit. Background visits ("a year ago ... visited", "last state visit
... was nine years ago") and invitations ("invites ... to visit") are ignored.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .dates import (
    DATELINE_TAIL,
    MONTH_NAMES,
    WEEKDAY_RE,
    WEEKDAYS,
    DateMention,
    add_days,
    find_dates,
    shift_to_weekday,
    stated_weekday,
    weekday_of,
)
from .normalize import matches_at, space_before
from .people import COUNTERPART_RE
from .quotes import Discourse
from .titles import lookup
from .types import ExtractedEvent, ExtractedVisit, PartialDate, Span

if TYPE_CHECKING:  # pragma: no cover
    from .people import PeopleFinding

from . import reference as _reference

_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10}
_TYPE = (r"(?:(?P<dur>" + _NUMBER + r")[- ]day\s+)?"
         r"(?:(?P<type>state|official|working|informal|private|friendly|official\s+friendly)\s+)?")
_PLACE_WORD = r"[A-Z][\w’'-]*(?:\.(?!\s)[\w’'-]*)*"  # "Germany" of "Germany. The", "U.S"
# the lower-case words inside a place's name ("Dar es Salaam", "Rio de Janeiro", "Puerto de la Cruz")
_PLACE_PARTICLES = r"(?:(?:of|es|de|del|da|do|dos|das|di|la|las|los|el)\s+){0,2}"
_PLACE = (r"(?P<dest>(?:the\s+)?" + _PLACE_WORD + r"(?:[ -]" + _PLACE_PARTICLES + _PLACE_WORD + r"){0,4}"
          r"(?:\s+capital\b)?)")
# "from 3 to 5 May", "from May 3 to 5", "between 3 and 5 May": the days a stay lasts
_DAY_OF_MONTH = r"(?:[A-Z][a-z]+\s+)?\d{1,2}(?:\s+[A-Z][a-z]+)?"
_SPAN_OF_DAYS = (r"(?:from|between)\s+" + _DAY_OF_MONTH + r"\s*(?:to|until|till|and|[-–—])\s*" + _DAY_OF_MONTH)
_CUES = [
    re.compile(r"\b(?:has\s+|had\s+|have\s+)?(?P<verb>arrived|arrives|arriving|will\s+arrive|landed)\s+in\s+"
               + _PLACE + r"(?P<rest>[^.\n]{0,80})"),
    re.compile(r"\b(?P<verb>(?:will\s+)?(?:pay|pays|paid|paying|make|makes|made|making|begin|began|begins|"
               r"beginning|start|started|starts|starting|conclude|concluded|concludes|concluding|complete|completed|"
               r"completing|is\s+on|was\s+on|be\s+on|wrap(?:ped|s|ping)?\s+up|kick(?:ed|s|ing)?\s+off|"
               r"end(?:ed|s|ing)?|embark(?:ed|s|ing)?\s+on|undert(?:ook|akes|aking|ake)|continu(?:e|ed|es|ing)|"
               r"(?:return(?:ed|s|ing)?\b[^.;\n]{0,60}?\s)?after))"  # "returned to X after a three-day visit to Y"
               # "concluded today in <City> his state visit to ..."
               r"(?:\s+(?:today|yesterday))?(?:\s+in\s+(?P<incity>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))?"
               r"\s+(?:an?|his|her|their)\s+" + _TYPE + r"visit\s+to\s+" + _PLACE),
    re.compile(r"\b" + _TYPE + r"visit\s+(?:of|by)\s+(?P<guestphrase>[^.\n]{3,120}?)\s+to\s+" + _PLACE),
    re.compile(r"['’]s\s+(?P<last>last\s+|previous\s+|first\s+)?" + _TYPE + r"visit\s+to\s+" + _PLACE),
    re.compile(r"['’]s\s+(?:plane|aircraft|flight|jet)\s+(?P<verb>landed|touched\s+down)"),
    # "X, who is in Korea on an official visit, held talks ..."
    # "X was in Warsaw on Tuesday for a working visit"
    # "X was in Chile from 3 to 5 May on a working visit"
    # (the verb is "\b(?:is|was|are|were|remains)", each "\b" moved after the first letter)
    re.compile(r"(?P<verb>i(?<!\w.)s|w(?<!\w.)as|a(?<!\w.)re|w(?<!\w.)ere|r(?<!\w.)emains)\s+(?:currently\s+|now\s+)?in\s+"
               + _PLACE
               + r"(?:\s+(?:on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|on\s+\d{1,2}\s+[A-Z][a-z]+|" + _SPAN_OF_DAYS
               + r"|today|yesterday|this\s+week))?"
               + r",?\s+(?:on|for)\s+(?:(?:the\s+)?(?:last|final|first|second|third|fourth|next)\s+(?:leg|day|stage)\s+"
               r"of\s+)?(?:an?|his|her|their)\s+" + _TYPE + r"visit\b"),
    # "X, who is on a working visit to the region": the area is the one named before
    re.compile(r"\b(?P<verb>is|was|are|were)\s+on\s+(?:an?|his|her|their)\s+" + _TYPE + r"visit\s+to\s+"
               r"(?:the|this|our)\s+(?P<area>region|province|oblast|prefecture|county|district)\b"),
    # "X visited Poland on 11–12 June", "X is visiting Peru from 3 to 5 October": a stay with its days
    re.compile(r"\b(?P<verb>visited|visits|is\s+visiting|was\s+visiting|will\s+visit)\s+" + _PLACE
               + r"\s+(?:on|from|between)\s+(?=\d|[A-Z][a-z]+\s+\d)"),
    # "X spent Friday evening and Saturday morning in Togo on an informal visit"
    re.compile(r"\b(?P<verb>spent|spends|spending|will\s+spend)\s+(?:[^.;\n]{0,60}?\s)?in\s+" + _PLACE
               + r",?\s+(?:on|for)\s+(?:an?|his|her|their)\s+" + _TYPE + r"visit\b"),
]
# "held talks ... as part of his state visit to China" (looked for only where the literal words occur)
# "on the second day of her three-day working visit to Japan"
_DURING_CUE = re.compile(r"\b(?:as\s+part\s+of|during|in\s+the\s+course\s+of|day\s+of)\s+(?:his|her|their|an?)\s+"
                         + _TYPE + r"visit(?:\s+to\s+" + _PLACE + r"|(?=\s+(?:which|that|where)\b|\s*,))")
# Cues that open on an optional group are looked for only in the sentences holding their literal words.
_CUE_KEYS = {id(_DURING_CUE): ("as part of", "during", "in the course of", "day of"), id(_CUES[0]): ("arriv", "landed"),
             id(_CUES[1]): ("visit",), id(_CUES[2]): ("visit",), id(_CUES[5]): (" in ",),
             id(_CUES[6]): ("visit to the", "visit to this", "visit to our"), id(_CUES[7]): ("visit",),
             id(_CUES[8]): ("spen",)}
# "(?=[alpit])": the first letters of the alternatives, so most words fail at once (a test checks them)
_BACKGROUND = re.compile(r"(?=[alpit])\b(?:ago|last\s+year|previous|last\s+(?:state\s+|official\s+)?visit|"
                         r"in\s+(?:19|20)\d\d|invit\w*\s+\w+(?:\s+\w+)?\s+to\s+visit|"
                         # ("is due to visit a plant": the programme of the visit reported)
                         r"t(?<!due\st)(?<!set\st)(?<!scheduled\st)o\s+visit|"
                         r"invit(?:e|es|ed|ing)\b[^.]{0,120}?\bto\s+(?:pay|make)\s+(?:an?\s+|\w+\s+){0,3}visit)\b",
                         re.I)
# "the first since relations were established in 1974": a "since" clause dates a comparison, not the visit
_SINCE = re.compile(r"\bsince\b[^,;:()]*", re.I)


def _background(text: str) -> bool:
    """The sentence tells of another time (an earlier visit, an invitation), its "since" clauses aside."""
    m = _BACKGROUND.search(text)
    if m is None:
        return False
    if "since" not in text and "Since" not in text:
        return True
    return bool(_BACKGROUND.search(_SINCE.sub("", text)))


_TYPE_ANY = re.compile(r"\b(state|official|working|informal)\s+visit\b|\bvisit\s+is\s+an?\s+(state|official|"
                       r"working|informal)\s+one\b", re.I)
# "visit" as _TYPE_ANY (IGNORECASE) reads it, in case-sensitive classes the engine scans for (a test checks them)
_VISIT_ANY_CASE = re.compile("[Vv][Iiİı][Ssſ][Iiİı][Tt]")
_TYPE_ANY_WORDS = (5, 7, 8)  # the lengths of "state", "official", "working" and "informal"


def _type_any(body: str) -> Iterator[re.Match[str]]:
    """``_TYPE_ANY.finditer(body)``, trying the pattern only where a match can start.

    Every match holds "visit": it starts there ("visit is an official one") or at a type word that
    ends where the white space before it begins ("official  visit"). Those offsets are tried in order
    from the end of the last match, as ``finditer`` would find them, without scanning every offset.
    """
    starts: set[int] = set()
    for v in _VISIT_ANY_CASE.finditer(body):
        at = v.start()
        starts.add(at)
        ws = space_before(body, at)
        if ws < at:
            starts.update(ws - n for n in _TYPE_ANY_WORDS if ws - n >= 0)
    yield from matches_at(_TYPE_ANY, body, starts)


_DAY_N = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+day\b", re.I)
_DAY_N_KEYS = tuple(f"{n} day" for n in ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"))
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# "(?=t)": the first letter of the alternatives, as in _BACKGROUND
_NEXT_DAY = re.compile(r"(?=t)\b(?:the\s+following\s+day|the\s+next\s+day|tomorrow)\b", re.I)

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
                             r"(?:for\s+home|the\s+country)|\bconcluded\s+(?:his|her)\s+visit|"
                             r"\bfl(?:y|ies|ying|ew)\s+(?:back|home)\b|\b(?:due|set|scheduled)\s+to\s+leave\b", re.I)),
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
    "departure": ("depart", "see-off", "seeing off", "left ", "concluded", "fly back", "flies back", "flying back",
                  "flew back", "fly home", "flies home", "flying home", "flew home", "to leave"),
    "meeting": ("meeting with", "met with", "meet with"), "talks": ("talks", "negotiations"),
}


def _keyed(d: Discourse, body: str, rx: re.Pattern[str], keys: tuple[str, ...]) -> list[re.Match[str]]:
    """The matches of ``rx`` in the sentences holding one of the lower-case ``keys``, in text order.

    A literal search finds the few sentences worth a look: a case-insensitive alternation scanned
    over the whole body would be tried at every offset.
    """
    out: list[re.Match[str]] = []
    for si in d.keyword_sentences(keys):
        s, e = d.sentences[si]
        out.extend(rx.finditer(body, s, e))
    return out


_PLACE_AT = re.compile(r"\b(?:at|in)\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+){0,4}(?:Airport|Palace|Hall|Garden|"
                       r"Residence|residence|Kremlin|Square|Avenue|Center|Centre|House))")


# a state's formal name before its common one: "the Independent State of Papua New Guinea", "the Kingdom of X"
_FORMAL_STATE = re.compile(r"^(?:(?:Independent|Sovereign|Federal|Democratic|Socialist|Islamic|Plurinational|United|"
                           r"Cooperative|People's|Hashemite|Oriental|Bolivarian)\s+)*"
                           r"(?:State|Republic|Kingdom|Sultanate|Emirate|Federation|Commonwealth|Principality|"
                           r"Grand\s+Duchy|Confederation)\s+of\s+(?:the\s+)?")


@lru_cache(maxsize=16384)
def _country(name: str) -> tuple[str | None, str | None]:
    """(country code, city) of a place name ("Berlin", "Germany", "the Chinese capital")."""
    if not name:
        return None, None
    name = re.sub(r"['’]s$", "", name.strip(" .,’'"))
    if name[:4] in ("The ", "the "):
        c = _reference.country_by_city(name)  # "The Hague"
        if c is not None and name[0] == "T":
            return c.code, name
        name = name[4:].lstrip()
    if name.endswith(" capital"):
        c = _reference.country_by_demonym(name[:-8].strip()) or _reference.country_by_name(name[:-8].strip())
        return (c.code, c.capital or None) if c is not None else (None, None)
    c = _reference.country_by_name(name) or (_FORMAL_STATE.match(name) and _reference.country_by_name(
        _FORMAL_STATE.sub("", name)))
    if c:
        return c.code, None
    c = _reference.country_by_city(name)
    if c is not None:
        return c.code, name
    return None, None


def _has_word(text: str, s: str) -> bool:
    r"""Whether ``re.search(r"\b" + re.escape(text) + r"\b", s)`` finds anything.

    Found by literal search with the boundaries checked (a regex word character is one for which
    ``isalnum()`` is true, or "_"), so no pattern is compiled for each new spelling.
    """
    n = len(text)
    if not n:
        return re.search(r"\b\b", s) is not None
    opens_word, closes_word = _is_word_char(text[0]), _is_word_char(text[-1])
    end = len(s)
    i = s.find(text)
    while i != -1:
        if (i > 0 and _is_word_char(s[i - 1])) != opens_word and (
                i + n < end and _is_word_char(s[i + n])) != closes_word:
            return True
        i = s.find(text, i + 1)
    return False


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _capital(code: str | None) -> str | None:
    if not code:
        return None
    c = _reference.country(code)
    return c.capital if c is not None else None


def _add_days(d: PartialDate, n: int) -> PartialDate:
    return add_days(d, n)


# The guest moves on within the host country: "will travel by train to Kyoto", "a stop in the port city X".
_TRAVEL = re.compile(
    r"\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|proceed(?:s|ed|ing)?|"
    r"go(?:es)?\s+on|went\s+on|mov(?:e|es|ed)(?:\s+on)?|"
    # "drove along the coastal road to X"
    r"dr(?:ive|ives|ove|iving)(?:\s+along\s+the\s+(?:[\w-]+\s+){0,2}?(?:road|highway|coast|river))?)"
    r"\s+(?:by\s+[\w-]+\s+|on\s+)?to\s+"
    # "to the ancient port city of X", "to the Caribbean province of X"
    r"(?:the\s+(?:[\w-]+\s+){0,4}?(?:city|town|province)\s+of\s+)?"
    r"(?P<city>[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,2})"
    r"|\bstop(?:over)?\s+in\s+(?:the\s+(?:[a-z-]+\s+){0,3})?(?P<city2>[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,2})"
    # "is due in Milan on Friday", "a visit that will take him from Rome to Milan"
    r"|\b(?:is|are|will\s+be)\s+(?:due|expected|scheduled)\s+in\s+(?P<city3>[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,2})"
    r"|\bt(?:ake|akes|ook|aking)\s+(?:him|her|them)\s+(?:from\s+[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,2}\s+)?to\s+"
    r"(?P<city4>[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,2})"
    # "took her to Santiago and Valparaíso"
    r"(?:\s+and\s+(?P<city5>[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,2}))?"
    # "the visit will continue in Kyoto"
    r"|\b(?:visit|trip|tour|programme|program)\s+(?:of\s+(?:[\w-]+\s+){1,8}?)?(?:will\s+continue|continues|"
    r"continued)\s+in\s+(?P<city6>[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,2})"
    # "will visit the Ocean Institute in Esbjerg": a site of the programme in a town
    r"|\b(?:to|will)\s+visit\s+(?:the\s+)?(?:[\w’'-]+\s+){1,6}?in\s+(?P<city7>[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,2})"
)


_IS_IN = re.compile(r"\b(?:is|was)\s+(?:now\s+|currently\s+)?in\s+(?P<city>[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*){0,2})")
_INSTITUTIONS = re.compile(r"\b(?:University|Institute|Hall|Palace|Centre|Center|Airport|Museum|Port|Castle|House|"
                           r"Region|Province|Island|Islands|Valley|State|County|District)\b")
_TRAVEL_KEYS = ("travel", "fly", "flies", "flew", "flying", "head", "proceed", "go on", "goes on", "went on",
                "move", "moving", "stop", "due in", "expected in", "scheduled in", "take him", "take her",
                "take them", "took him", "took her", "took them", "takes him", "takes her", "takes them",
                "taking him", "taking her", "taking them", "continue", "to visit", "will visit", "drive", "drove",
                "driving")


def find_visits(body: str, people: PeopleFinding | Any, *, published: PartialDate | None = None,
                discourse: Discourse | None = None) -> list[ExtractedVisit]:
    d = discourse or Discourse(body, people)
    year = (published.year if published else None) or _only_year(d, body)
    persons = getattr(people, "people", []) or []
    visit: ExtractedVisit | None = None
    cue_sentences: list[tuple[int, int]] = []
    arrivals: list[tuple[int, str, str]] = []  # (guest, country, city) of "X arrived in <city>" without "visit"
    duration: int | None = None
    inviter = _inviter(d, body)
    cues: list[tuple[int, int, int, int, dict[str, Any], str | None, str | None]] = []
    all_dates: list[DateMention] | None = None  # read when first needed
    past: list[tuple[re.Match[str], int, int, dict[str, Any]]] = []  # cues of an earlier, fully dated visit
    for rx in (*_CUES, _DURING_CUE):
        keys = _CUE_KEYS.get(id(rx))
        for m in (_keyed(d, body, rx, keys) if keys else rx.finditer(body)):
            if d.in_quote(m.start()):
                continue
            s, e = d.sentence_at(m.start())
            sent = body[s:e]
            gd = m.groupdict()
            if gd.get("last") or _background(sent):
                continue  # another visit: "last visit", "a year ago"
            if year is not None and _YEAR.search(sent):
                if all_dates is None:
                    all_dates = [dm for dm in find_dates(body, default_year=year) if dm.value.day]
                if _earlier_year(body, s, e, all_dates, year):
                    past.append((m, s, e, gd))
                    continue  # "paid an official visit on July 18-20, 2023": a year before the report's
                if _earlier_month(sent, year):
                    continue
            rest = gd.get("rest")
            no_visit = rest is not None and not re.search(r"\bvisit\b", sent, re.I)
            guest = _guest(d, body, s, m, gd)
            if guest is None or guest == inviter:
                continue  # the one who invited is the host, not the guest
            if gd.get("area"):
                gd = {**gd, "dest": _area_named_before(body, m.start(), gd["area"])}
            code, city = _country(gd.get("dest") or "")
            if no_visit:
                if code and city:
                    arrivals.append((guest, code, city))
                continue  # "arrived in X" without a visit: journalists, other guests
            g_country = persons[guest].country if guest < len(persons) else None
            if code is not None and code == g_country:
                continue  # travelling home
            cues.append((m.start(), guest, s, e, gd, code, city))
    # The guest is the person most visit cues are about (ties: the first named).
    votes: dict[int, list[int]] = {}
    for pos, guest, *_ in cues:
        votes.setdefault(guest, []).append(pos)
    chosen = min(votes, key=lambda g: (-len(votes[g]), min(votes[g]))) if votes else None
    for _pos, guest, s, e, gd, code, city in cues:
        if guest != chosen:
            continue
        if visit is None:
            g_country = persons[guest].country if guest < len(persons) else None
            visit = ExtractedVisit(guest=guest, host=None, guest_country=g_country, span=Span(s, e),
                                   confidence=0.7)
        if code and not visit.host_country:
            visit.host_country = code
        if city and city not in visit.cities and (code == visit.host_country or not code):
            visit.cities.append(city)
        if gd.get("incity"):  # "concluded in Gdansk his state visit to Poland"
            in_code, in_city = _country(gd["incity"])
            if in_city and in_city not in visit.cities and in_code == visit.host_country:
                visit.cities.append(in_city)
        t = (gd.get("type") or "").split()
        if t and not visit.visit_type:
            visit.visit_type = t[0].lower()
        if gd.get("dur") and duration is None:
            duration = _number(gd["dur"])
        cue_sentences.append((s, e))
    earlier = _past_visits(d, body, persons, past, all_dates or [], year, visit)
    if visit is None:
        return earlier
    _fill_host(d, body, people, visit, cue_sentences)
    if visit.guest_country is None:
        visit.guest_country = _guest_country_of_visit(d, body, people, visit)
    if not visit.visit_type:
        for m in _type_any(body):
            sent = body[slice(*d.sentence_at(m.start()))]
            if not _background(sent):
                visit.visit_type = (m.group(1) or m.group(2)).lower()
                break
    for guest, code, city in arrivals:
        if guest == visit.guest and code == visit.host_country and city not in visit.cities:
            visit.cities.append(city)
    for s, e in cue_sentences:
        # "..., which began on Monday, June 8, in Warsaw": the city the visit began in comes first
        b = _BEGAN_IN.search(body, s, e)
        if b and visit.host_country:
            b_code, b_city = _country(b.group("city"))
            if b_city and b_code == visit.host_country and b_city not in visit.cities:
                visit.cities.insert(0, b_city)
    whereabouts = _whereabouts(d, body, visit)
    if not visit.cities and visit.host_country:
        cap = _capital(visit.host_country)
        if cap and _has_word(cap, body):
            visit.cities.append(cap)
    for code, city in whereabouts:
        if code == visit.host_country and city not in visit.cities:
            visit.cities.append(city)
    for s, e in cue_sentences:
        # "X is in Cebu City today, on the second day of his visit": where the report finds the guest
        for m in _IS_IN.finditer(body, s, e):
            code, city = _country(m.group("city"))
            if city and code == visit.host_country and city not in visit.cities:
                visit.cities.append(city)
    _travel_cities(d, body, visit)
    if all_dates is None:
        all_dates = [dm for dm in find_dates(body, default_year=year) if dm.value.day]
    _fill_dates(d, body, visit, cue_sentences, year, published, all_dates, duration)
    visit.events = _events(d, body, visit, year, all_dates)
    return [visit, *earlier]


_HOSTED_BY = re.compile(r"\b(?:hosted|received|welcomed)\s+(?:in\s+(?P<city>[A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*)?)\s+)?"
                        r"by\b")


def _past_visits(d: Discourse, body: str, persons: list[Any], past: list[tuple[re.Match[str], int, int,
                 dict[str, Any]]], all_dates: list[DateMention], year: int | None,
                 current: ExtractedVisit | None) -> list[ExtractedVisit]:
    """Earlier visits told with their days and year ("X paid an official visit to Y on April 2-4, 2014,
    and was hosted in Z by W"): each its own visit, the report's own visit aside."""
    out: list[ExtractedVisit] = []
    for m, s, e, gd in past:
        if not gd.get("verb") or not re.match(r"(?:paid|made|was\s+on)\b", gd["verb"]):
            continue
        span = next((dm for dm in all_dates if s <= dm.span.start < e and dm.end is not None
                     and dm.value.year and year and dm.value.year < year), None)
        if span is None:
            continue  # only a visit whose days are written is recorded
        guest = _guest(d, body, s, m, gd)
        code, city = _country(gd.get("dest") or "")
        g_country = persons[guest].country if guest is not None and guest < len(persons) else None
        if guest is None or code is None or code == g_country:
            continue
        if current is not None and current.guest == guest and current.host_country == code:
            continue
        v = ExtractedVisit(guest=guest, host=None, guest_country=g_country, host_country=code,
                           span=Span(s, e), start=span.value, end=span.end, confidence=0.5)
        t = (gd.get("type") or "").split()
        v.visit_type = t[0].lower() if t else ""
        hosted = _HOSTED_BY.search(body, m.end(), e)
        if hosted is not None:
            host = next((a.person for a in d.actors_between(hosted.end(), e) if a.person is not None), None)
            v.host = host if host != guest else None
            c_code, c_city = _country(hosted.group("city") or "")
            if c_city and c_code == code:
                city = city or c_city
        if city:
            v.cities.append(city)
        elif (cap := _capital(code)) and re.search(r"\b" + re.escape(cap) + r"\b", body[s:e]):
            v.cities.append(cap)
        out.append(v)
    return out


_YEAR = re.compile(r"(?:1(?<!\w.)9|2(?<!\w.)0)\d\d\b")  # "\b(?:19|20)\d\d\b", "\b" after the first digit


def _only_year(d: Discourse, body: str) -> int | None:
    """The one year a text that gives no date of its own writes ("the Trade Fair 2031"), if only one."""
    years = {m.group() for m in _YEAR.finditer(body) if not d.in_quote(m.start())}
    return int(years.pop()) if len(years) == 1 else None


def _earlier_year(body: str, s: int, e: int, all_dates: list[DateMention], year: int | None) -> bool:
    """A date in ``[s, e)`` written with a year before the report's ("on July 18-20, 2023" in 2025)."""
    if year is None:
        return False
    for dm in all_dates:
        if s <= dm.span.start < e and dm.value.year and dm.value.year < year and _YEAR.search(
                body, dm.span.start, dm.span.end):
            return True
    return False


# "in March 2017", "in the autumn of 2016": a month or season of a given year
_MONTH_YEAR = re.compile(r"\bin\s+(?:(?:early|late|mid-?)\s*)?"
                         r"(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+|"
                         r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\s+)((?:19|20)\d\d)\b")


def _earlier_month(sent: str, year: int) -> bool:
    """The sentence dates itself to a month of an earlier year ("in March 2017"), "since" clauses aside."""
    return any(int(m.group(1)) < year for m in _MONTH_YEAR.finditer(_SINCE.sub("", sent)))


def _area_named_before(body: str, pos: int, area: str) -> str | None:
    """The name of the last "<Name> region" / "region of <Name>" written before ``pos`` (its centre's name)."""
    rx = re.compile(r"\b([A-Z][\w’'-]+)\s+" + area + r"\b|\b" + area + r"\s+of\s+([A-Z][\w’'-]+)", re.I)
    found = [m.group(1) or m.group(2) for m in rx.finditer(body, 0, pos)]
    names = [n for n in found if n[0].isupper() and n.lower() not in ("the", "this", "our", "that")]
    return names[-1] if names else None


# "the first state visit to Peru by a Norwegian prime minister": the guest's country, named by its office
_VISIT_BY = re.compile(r"\bvisit\s+(?:to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+)?by\s+(?:an?|the)\s+"
                       r"(?P<dem>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+(?P<title>president|prime\s+minister|"
                       r"chancellor|king|queen|emir|sultan|leader|head\s+of\s+(?:state|government)|"
                       r"(?:foreign\s+)?minister)\b", re.I)


def _guest_country_of_visit(d: Discourse, body: str, people: Any, visit: ExtractedVisit) -> str | None:
    titles = _titles(people).get(visit.guest, (set(), set()))[0]
    for m in _keyed(d, body, _VISIT_BY, ("by a", "by an", "by the")):
        if d.in_quote(m.start()):
            continue
        c = _reference.country_by_demonym(m.group("dem"))
        title = re.sub(r"\s+", " ", m.group("title").lower())
        if c is None or c.code == visit.host_country:
            continue
        if titles and not any(t.startswith(title) or t.endswith(title) for t in titles):
            continue  # the office of someone else
        return c.code
    return None


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower())


# "On Friday in Geneva, the guest ...", "was due to leave Geneva": a place the guest is said to be in
_WHERE = re.compile(r"\b(?:[Ii]n|leave|leaves|leaving)\s+(?P<city>(?:The\s+)?[A-Z][\w’'-]*(?:[ -]" + _PLACE_PARTICLES
                    + r"[A-Z][\w’'-]*){0,2})")


_LIFE_BEFORE = re.compile(r"\b(?:born|studied|lived|grew\s+up|educated|raised|worked|served|trained|graduated|"
                          r"studying|living|working)\b[^.;,]{0,25}\Z")


# a place the text itself calls a town ("the town of X"), or writes in its dateline ("X, May 4 (Agency) -"), or
# names a district council after ("the X District Council")
_TOWN_OF = re.compile(r"(?=[tcvrp])\b(?:town|city|village|resort|port)\s+of\s+"
                      r"(?P<a>[A-Z][\w’'-]*(?: [^\W\d_][\w’'-]*)?)")
_DATELINE_TOWN = re.compile(r"^(?P<b>[A-Z][\w’'-]*(?: [^\W\d_][\w’'-]*)?)" + DATELINE_TAIL, re.M)
_COUNCIL = re.compile(r"\s+(?:District|Municipality|County)\s+Council\b")
_COUNCIL_OF = re.compile(r"(?<![\w-])(?!The\b)(?P<c>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\Z")


# "the two delegations toured a plant in X", "the presidents then flew to Y": the guest's party
_BOTH_PARTIES = re.compile(r"\b[Tt]he\s+(?:two\s+)?(?:delegations|presidents|leaders|heads\s+of\s+state|"
                           r"prime\s+ministers|heads\s+of\s+government)\b(?!\s+of\b)")


# words opening a line that name no place ("The May 4 programme ...", "On May 4 ...")
_NOT_PLACE_OPENERS = frozenset({"The", "On", "In", "At", "By", "From", "For", "After", "Before", "During", "Since",
                                "Until", "Today", "Yesterday", "Tomorrow", "This", "Last", "Next", "A", "An"})


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+\Z")


@lru_cache(maxsize=4)
def _named_towns(body: str) -> dict[str, str | None]:
    """The towns the text names as such -> the country a demonym before says it is in ("the Austrian town
    of X"), or None."""
    towns: dict[str, str | None] = {}
    for m in (*_TOWN_OF.finditer(body), *_DATELINE_TOWN.finditer(body)):
        words = m.group(1).split()
        if words[0] not in _NOT_PLACE_OPENERS:
            adj = _WORD_BEFORE.search(body, max(0, m.start() - 25), m.start()) if m.re is _TOWN_OF else None
            country = _reference.country_by_demonym(adj.group(1)) if adj else None
            towns.setdefault(" ".join(words if words[-1][0].isupper() else words[:1]), country and country.code)
    for m in _COUNCIL.finditer(body) if "Council" in body else ():
        if (c := _COUNCIL_OF.search(body, max(0, m.start() - 30), m.start())) is not None:
            towns.setdefault(c.group("c"), None)
    return towns


def _whereabouts(d: Discourse, body: str, visit: ExtractedVisit) -> list[tuple[str, str]]:
    """(country, city) of the cities named where a sentence tells of the guest ("On Friday in Geneva, the Prime
    Minister chaired a round table"); they give the host country when no cue named it (a home outlet's
    report: "held talks at the Palace in Lisbon", "after the ceremony in Porto")."""
    found: list[tuple[str, str]] = []
    about_guest: dict[int, bool] = {}  # sentence start -> whether it tells of the guest
    for m in _WHERE.finditer(body):
        code, city = _country(m.group("city"))
        if city is None:
            words = m.group("city").split()
            for n in range(len(words) - 1, 0, -1):
                code, city = _country(" ".join(words[:n]))
                if city is not None:
                    break
        if city is None and visit.host_country:
            # a town the reference does not list (its second word may open with a letter beyond A-Z)
            towns = _named_towns(body)
            town = max((t for t in towns if body.startswith(t, m.start("city"))), key=len, default=None)
            if town is not None and towns[town] in (None, visit.host_country):
                code, city = visit.host_country, town
        if city is None or code is None or code == visit.guest_country or d.in_quote(m.start()):
            continue
        if _LIFE_BEFORE.search(body, max(0, m.start() - 30), m.start()):
            continue  # "who was born in Osaka and studied in Kyoto": a life, not this visit
        s, e = d.sentence_at(m.start())
        if s not in about_guest:
            about_guest[s] = (any(a.person == visit.guest for a in d.actors_between(s, e)) or bool(
                _BOTH_PARTIES.search(body, s, e))) and not _past(body[s:e])
        if about_guest[s]:
            found.append((code, city))
    if found and not visit.host_country:
        counts = Counter(code for code, _ in found)
        code, n = counts.most_common(1)[0]
        if n >= 2 or len(counts) == 1:
            visit.host_country = code
    return found


def _travel_cities(d: Discourse, body: str, visit: ExtractedVisit) -> None:
    """Cities of the host country the guest travels on to ("will travel to Kyoto")."""
    if not visit.host_country:
        return
    for m in _keyed(d, body, _TRAVEL, _TRAVEL_KEYS):
        if d.in_quote(m.start()):
            continue
        names = [m.group("city") or m.group("city2") or m.group("city3") or m.group("city4")
                 or m.group("city6") or m.group("city7")]
        if m.group("city5"):
            names.append(m.group("city5"))
        for name in names:
            _travel_city(d, body, visit, m, name)


_NEXT_NAME_WORD = re.compile(r" ([A-Z][\w’'-]*)")


def _travel_city(d: Discourse, body: str, visit: ExtractedVisit, m: re.Match[str], name: str) -> None:
    """Add ``name`` (named by the travel phrase ``m``) when it is a city of the host country."""
    at = body.find(name, m.start())
    more = _NEXT_NAME_WORD.match(body, at + len(name)) if at >= 0 else None
    if more is not None and _country(name + " " + more.group(1))[1] is not None:
        name = name + " " + more.group(1)  # a city named by four capitalised words or more
    elif at >= 0 and (tail := _reference.CITY_TAIL.match(body, at + len(name))) is not None and _country(
            name + tail.group())[1] is not None:
        name = name + tail.group()  # "Puerto de la Cruz"
    code, city = _country(name)
    if city is None:
        # "to Kyoto University", "to Osaka Castle": the longest leading run that is a city
        words = name.split()
        for n in range(len(words) - 1, 0, -1):
            code, city = _country(" ".join(words[:n]))
            if city is not None:
                break
    if city is None and code is None and _unknown_town(d, body, m, name):
        code, city = visit.host_country, name  # "will travel to Limerick": a town the reference does not list
    if city is None or code != visit.host_country or city in visit.cities:
        return
    if _past(body[slice(*d.sentence_at(m.start()))]):
        return
    visit.cities.append(city)


_NOT_TOWNS = frozenset({"europe", "asia", "africa", "america", "oceania", "the", "his", "her", "their", "there",
                        "which", "where", "parliament", "congress", "headquarters"})


# months, weekdays and seasons: "will travel to X in May" names no town
_CALENDAR_WORDS = frozenset({*MONTH_NAMES, *WEEKDAYS, "spring", "summer", "autumn", "fall", "winter"})
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def _calendar_word(name: str) -> bool:
    first = _FIRST_WORD.match(name)
    return first is not None and first.group()[0].isupper() and first.group().lower() in _CALENDAR_WORDS


def _unknown_town(d: Discourse, body: str, m: re.Match[str], name: str) -> bool:
    """``name``, after "travel to" in the present report, reads as a town: one or two capitalised
    words, no person, region, institution or home-bound trip ("travel back to X")."""
    words = name.split()
    if not (m.group("city") or m.group("city7")) or len(words) > 2 or any(
            w.casefold() in _NOT_TOWNS for w in words) or _calendar_word(name):
        return False
    if _INSTITUTIONS.search(name) or re.search(r"(?:back|home|return\w*)", body[max(0, m.start() - 20):m.end()]):
        return False
    at = body.find(name, m.start())
    return at >= 0 and d.person_at(at, at + len(name)) is None


def _guest(d: Discourse, body: str, s: int, m: re.Match[str], gd: dict[str, Any]) -> int | None:
    if gd.get("guestphrase") is not None:
        who = d.person_at(m.start("guestphrase"), m.end("guestphrase"))
        if who is None:
            # "signed ... on the first state visit by a Chilean head of state to Peru": the one of
            # that country the sentence names
            code = next((c.code for w in gd["guestphrase"].split()[:3]
                         if (c := _reference.country_by_demonym(w)) is not None), None)
            if code is not None:
                people = getattr(d, "people", None)
                persons = getattr(people, "people", None) or []
                who = next((a.person for a in d.actors_between(s, m.start()) if a.person is not None
                            and a.person < len(persons) and persons[a.person].country == code), None)
        return who
    if "’s" in m.group()[:3] or "'s" in m.group()[:3]:
        # possessive: the person right before the match
        for a in reversed(d.actors_between(s, m.start() + 1)):
            if a.person is not None and a.end >= m.start() - 1:
                return a.person
        return None
    before = [a for a in d.actors_between(s, m.start()) if a.person is not None and not a.possessive]
    dl = _DATELINE.match(body, s, m.start())
    if dl is not None:
        # "CITY, June 9 (Agency) – X, who ...": the agency of a dateline is not who travels
        before = [a for a in before if a.start >= dl.end()]
    if before and _WHO_CLAUSE.match(body[before[-1].end:m.start()]):
        return before[-1].person  # "X, who is on a working visit to Y": the one the clause describes
    comma = body.rfind(",", s, m.start())
    after_comma = [a for a in before if a.start > comma] if comma != -1 else []
    if after_comma:
        return after_comma[0].person
    return before[0].person if before else None


# A wire dateline opening a sentence: "PARIS, June 9 (Agency) –", "ROME, 9 June (Agency) -", "OSLO, May 9 /Agency/ –".
_DATELINE = re.compile(r"[A-Z][A-Z’'. -]{1,40},\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)"
                       r"(?:,?\s+(?:19|20)\d\d)?\s*(?:(?:\([^()\n]{2,40}\)|/[^/\n]{2,40}/)\s*)?[–—-]+\s*")
# The rest of a relative clause about the person just named: ", who is on a ...".
_WHO_CLAUSE = re.compile(r"\s*,?\s*(?:who|which)\s+(?:[a-z]+\s+){0,3}\Z")
_HEAD_OF_STATE = "head_of_state"
_LEADERS = frozenset({_HEAD_OF_STATE, "head_of_government"})
_HOSTING = re.compile(r"\b(?:received|receives|welcomed|welcomes|greeted|greets|hosted|hosts|will\s+host|"
                      r"met|meets)\b")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?\Z")
_BY = re.compile(r"\bby\b")
_TALKS_WITH = re.compile(r"\b(?:talks|meeting|negotiations|met)\s+(?:\w+\s+){0,3}?with\b")


def _titles(people: Any) -> dict[int, tuple[set[str], set[str]]]:
    """person -> (normalized titles, title families) from the roles people found."""
    out: dict[int, tuple[set[str], set[str]]] = {}
    for role in getattr(people, "roles", []) or []:
        norm = (getattr(role, "title_normalized", "") or getattr(role, "title", "") or "").lower()
        if not norm:
            continue
        titles, families = out.setdefault(role.person, (set(), set()))
        titles.add(norm.replace(" for ", " of "))
        info = lookup(norm.split(" of ")[0]) or lookup(norm)
        if info and norm != "leader":  # ("the Cambodian leader" may be a head of state or of government)
            families.add(info[0].family)
    return out


# "\b[Aa]t", written as "[Aa](?<!\w.)t" so the engine scans for the first letter
_INVITATION = re.compile(r"[Aa](?<!\w.)t\s+the\s+invitation\s+of\b([^,.\n]{3,120})")
# The office that heads an institution: "President of the European Commission", "Secretary General of NATO".
_LEADER_TITLE = re.compile(r"^(?:president|chair(?:man|woman|person)?|secretary[- ]general|director[- ]general|"
                           r"head|leader|prime\s+minister)\b", re.I)


def _invitation(d: Discourse, body: str) -> re.Match[str] | None:
    """The first "at the invitation of X" outside quotations, if any."""
    if "invitation" not in body:
        return None  # a literal check first: the regex would be tried at every offset
    return next((m for m in _INVITATION.finditer(body) if not d.in_quote(m.start())), None)


def _inviter(d: Discourse, body: str) -> int | None:
    """The person named in "at the invitation of X" (outside quotations), if any."""
    m = _invitation(d, body)
    return d.person_at(m.start(1), m.end(1)) if m else None


def _institution_head(people: Any, phrase: str) -> int | None:
    """The head of the institution named in ``phrase`` ("at the invitation of the European Commission")."""
    for role in getattr(people, "roles", []) or []:
        org = getattr(role, "organization", None)
        title = getattr(role, "title_normalized", "") or getattr(role, "title", "") or ""
        if org and _has_word(org, phrase) and _LEADER_TITLE.match(title):
            return role.person
    return None


def _fill_host(d: Discourse, body: str, people: Any, visit: ExtractedVisit,
               cues: list[tuple[int, int]] | None = None) -> None:
    inv = _invitation(d, body)
    if inv:
        visit.host = d.person_at(inv.start(1), inv.end(1))
        if visit.host is None:
            visit.host = _institution_head(people, inv.group(1))
        if visit.host == visit.guest:
            visit.host = None
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
    if visit.host is not None:
        return
    titles = _titles(people)
    guest_titles, guest_families = titles.get(visit.guest, (set(), set()))
    if guest_families and _HEAD_OF_STATE not in guest_families:
        # a minister or a head of government: the host is the counterpart the guest meets
        visit.host = _counterpart(d, body, persons, visit, titles, guest_titles, guest_families, cues or [])
    if visit.host is None and visit.host_country:
        hos = getattr(people, "head_of_state", None)
        visit.host = hos(visit.host_country) if hos else None
        if visit.host == visit.guest:
            visit.host = None
    if visit.host is None and "counterpart" in body:
        # "X and his New Zealand counterpart Y": the guest's counterpart of the host country
        for m in COUNTERPART_RE.finditer(body):
            p = d.person_at(m.end(), m.end() + 1)
            if p is not None and p != visit.guest and 0 <= p < len(persons) and \
                    persons[p].country == visit.host_country and visit.host_country is not None:
                visit.host = p
                break
    if visit.host is None:
        visit.host = _hosting_person(d, body, persons, visit, titles, _HEAD_OF_STATE in guest_families)


def _of_host(persons: list[Any], p: int, visit: ExtractedVisit) -> bool:
    """``p`` may belong to the host side: the host country's, or of no known country but not the guest's."""
    c = persons[p].country if 0 <= p < len(persons) else None
    return p != visit.guest and (c == visit.host_country if c else True) and (c is None or c != visit.guest_country)


def _counterpart(d: Discourse, body: str, persons: list[Any], visit: ExtractedVisit,
                 titles: dict[int, tuple[set[str], set[str]]], guest_titles: set[str], guest_families: set[str],
                 cues: list[tuple[int, int]]) -> int | None:
    same = [p for p, (t, _f) in titles.items() if t & guest_titles and _of_host(persons, p, visit)
            and persons[p].country == visit.host_country]
    if not same and "head_of_government" in guest_families:
        same = [p for p, (_t, f) in titles.items() if "head_of_government" in f and _of_host(persons, p, visit)
                and persons[p].country == visit.host_country]
    if not same:
        same = _unplaced_counterpart(persons, visit, titles, guest_titles, guest_families)
    if len(same) == 1:
        return same[0]
    # "held talks with Turkish Foreign Minister X" in a cue sentence
    for s, e in cues:
        for m in _TALKS_WITH.finditer(body, s, e):
            for a in d.actors_between(m.end(), e):
                if a.person is not None and _of_host(persons, a.person, visit) and (
                        not same or a.person in same):
                    return a.person
    if same:
        return same[0]
    # "The visit began in Santiago, where the Minister held talks with Chile's Minister of Trade, X":
    # the first official of the host country the guest holds talks with, anywhere in the text
    for m in _keyed(d, body, _TALKS_WITH, ("talks", "meeting", "negotiations", "met")):
        s, e = d.sentence_at(m.start())
        if d.in_quote(m.start()) or _background(body[s:e]):
            continue
        if not any(a.person == visit.guest for a in d.actors_between(s, m.start()) if not a.possessive):
            continue
        for a in d.actors_between(m.end(), e):
            if (a.person is not None and _of_host(persons, a.person, visit) and a.person in titles and (
                    persons[a.person].country == visit.host_country
                    # "a meeting with President X": a head of state or government the text gives no country
                    or (persons[a.person].country is None and titles[a.person][1] & _LEADERS))):
                return a.person
    return None


def _unplaced_counterpart(persons: list[Any], visit: ExtractedVisit, titles: dict[int, tuple[set[str], set[str]]],
                          guest_titles: set[str], guest_families: set[str]) -> list[int]:
    """The one holder of the guest's office whose country the text never states ("the Prime Minister"
    of a host's own press): in a report of a visit, the guest's counterpart of the host country."""
    same = [p for p, (t, _f) in titles.items() if t & guest_titles and p != visit.guest
            and persons[p].country is None]
    if not same and "head_of_government" in guest_families:
        same = [p for p, (_t, f) in titles.items() if "head_of_government" in f and p != visit.guest
                and persons[p].country is None]
    return same if len(same) == 1 else []


def _hosting_person(d: Discourse, body: str, persons: list[Any], visit: ExtractedVisit,
                    titles: dict[int, tuple[set[str], set[str]]], want_head_of_state: bool) -> int | None:
    """The person who receives, greets or hosts the guest most often ("X received the King")."""
    counts: dict[int, int] = {}
    for m in _keyed(d, body, _HOSTING, ("receiv", "welcom", "greet", "host", "met")):
        if d.in_quote(m.start()):
            continue
        s, e = d.sentence_at(m.start())
        if _PASSIVE.search(body, max(s, m.start() - 24), m.start()):
            # "the Sultan was welcomed on the square by King X": the host follows "by"
            by = _BY.search(body, m.end(), e)
            if by is None or not any(a.person == visit.guest for a in d.actors_between(s, m.start())):
                continue
            host = next((a.person for a in d.actors_between(by.end(), e)
                         if a.person is not None and not a.possessive), None)
            if host is not None and _of_host(persons, host, visit):
                counts[host] = counts.get(host, 0) + 1
            continue
        subject = next((a.person for a in d.actors_between(s, m.start())
                        if a.person is not None and not a.possessive), None)
        if subject is None or not _of_host(persons, subject, visit):
            continue
        after = body[m.end():e]
        if not (any(a.person == visit.guest for a in d.actors_between(m.end(), e))
                or re.search(r"\b(?:guest|visitor|honou?r\s+of)\b", after)):
            continue
        counts[subject] = counts.get(subject, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (
        not (want_head_of_state and _HEAD_OF_STATE in titles.get(kv[0], (set(), set()))[1]), -kv[1]))
    return ranked[0][0]


_PRESENT = re.compile(r"\b(?:has|have)\s+arrived\b|\barrives\b|\btoday\b", re.I)
_ARRIVAL = re.compile(r"\b(?:landed|arrived|arrival|arrives|arriving|will\s+arrive|touched\s+down)\b")
_FUTURE = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+due|is\s+expected|is\s+scheduled)\b")
_LAST_LEG_TODAY = re.compile(r"\btoday\b[^.;]{0,40}?\b(?:last|final|closing)\s+(?:day|leg|stage)\s+of\b")
_PAST_TENSE = re.compile(r"\b(?:held|was|were|landed|arrived|met|signed|laid|began|started|opened|received|"
                         r"welcomed|toured|visited|inspected|attended|discussed|agreed)\b")
_FUTURE_ARRIVAL = re.compile(r"\b(?:will|is\s+to|is\s+due\s+to|is\s+expected\s+to|to)\s+(?:arrive|land)\b|"
                             r"\barrives\b", re.I)
# The end of the visit: "will last until April 23", "which ends on Friday", "the last day of the visit".
_END_AFTER = re.compile(r"\b(?:last|lasts|will\s+last|run|runs|continue|continues|stay|stays|remain|remains)\s+"
                        r"until\b|\b(?:ends?|concludes?|will\s+end|will\s+conclude)\s+on\b", re.I)
_END_DAY = re.compile(r"\b(?:last|final|closing)\s+day\s+of\s+(?:the|his|her|their)\s+(?:\w+\s+)?"
                      r"(?:visit|trip|tour|stay)\b", re.I)
# "On May 5 he will travel to X. The visit will end the same day": the day last named
_END_SAME_DAY = re.compile(r"\b(?:ends?|ended|concludes?|concluded|will\s+(?:end|conclude)|is\s+to\s+(?:end|conclude))"
                           r"\s+(?:on\s+)?(?:the\s+same\s+day|that\s+(?:same\s+)?day)\b", re.I)
# "wrapped up his official visit to Argentina on Wednesday": the day after it is the last day
_ENDED_VISIT = re.compile(r"\b(?:ended|concluded|wrapped\s+up|completed|wound\s+up)\s+(?:his|her|their|the|an?)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay)\b")
# The guest going home: "flies back to Vilnius", "before flying home", "leave Zurich on Friday for Accra"
_HOMEWARD = re.compile(r"\b(?:fl(?:y|ies|ying)\s+(?:back|home)\b|return(?:s|ing)?\s+home\b|head(?:s|ing)?\s+home\b|"
                       r"(?:leave|leaves|leaving)\s+[A-Z][^.;\n]{0,50}?\bfor\s+(?P<to>[A-Z][\w’'-]*)|"
                       r"depart(?:s|ing)?\s+for\s+(?:home\b|(?P<to2>[A-Z][\w’'-]*)))")
_HOMEWARD_KEYS = ("fly back", "flies back", "flying back", "fly home", "flies home", "flying home", "return",
                  "head", "leav", "depart")
_BEGAN_ON = re.compile(r"\b(?:which|that)\s+(?:began|started)\b")
_BEGAN_IN = re.compile(r"\b(?:which|that)\s+(?:began|started)\b[^.;\n]{0,40}?\bin\s+"
                       r"(?P<city>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
_CONCLUDED_TODAY = re.compile(r"\b(?:concluded|ended|completed|wrapped\s+up)\s+today\b")
_VISIT_WORD = re.compile(r"\b(?:visit|trip|tour|stay)\b", re.I)
_DURATION = re.compile(r"\b(?:will\s+)?last(?:s|ing)?\s+(?P<n>" + _NUMBER + r")\s+days\b|\b(?P<n2>" + _NUMBER
                       + r")[- ]day\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay)\b", re.I)
# A statement about an earlier time (narrower than _BACKGROUND, which also drops "expected to visit").
_PAST = re.compile(r"\b(?:ago|last\s+year|previous|in\s+(?:19|20)\d\d)\b", re.I)


def _past(text: str) -> bool:
    """The sentence is about an earlier time ("two years ago", "in 2019"), its "since" clauses aside."""
    return bool(_PAST.search(text)) and bool(_PAST.search(_SINCE.sub("", text)))


_THE_VISIT = re.compile(r"\b(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?visit\b")


def _fill_dates(d: Discourse, body: str, visit: ExtractedVisit, cues: list[tuple[int, int]],
                year: int | None, published: PartialDate | None = None,
                all_dates: list[DateMention] | None = None, duration: int | None = None) -> None:
    if all_dates is None:
        all_dates = [dm for dm in find_dates(body, default_year=year) if dm.value.day]
    _dates_from_text(d, body, visit, cues, year, all_dates, published, duration)


def _key(p: PartialDate) -> tuple[int, int]:
    return (p.month or 0, p.day or 0)


def _close_before(a: PartialDate, b: PartialDate, days: int = 3) -> bool:
    """``a`` falls on or up to ``days`` days before ``b``."""
    return any(_key(add_days(a, n)) == _key(b) for n in range(days + 1))


def _weekday_date(body: str, pos: int, weekday: int, forward: bool, all_dates: list[DateMention],
                  published: PartialDate | None) -> PartialDate | None:
    """A weekday ("on Monday evening") as a date, counted from the last dated mention before it."""
    i = bisect.bisect_left([dm.span.start for dm in all_dates], pos) - 1
    if published is not None and published.year:
        # a date of an earlier year (a past visit told in between) does not anchor this week's days
        while i >= 0 and all_dates[i].value.year and all_dates[i].value.year < published.year:
            i -= 1
    if i >= 0:
        ref = all_dates[i]
        wd = stated_weekday(body, ref)
        if wd is None:
            wd = weekday_of(ref.value)
        return shift_to_weekday(ref.value, wd, weekday, forward=forward) if wd is not None else None
    if published is not None and (wd := weekday_of(published)) is not None:
        return shift_to_weekday(published, wd, weekday, forward=forward)
    return None


def _date_in(body: str, s: int, e: int, all_dates: list[DateMention], *, after: int | None = None,
             forward: bool = True, published: PartialDate | None = None) -> PartialDate | None:
    """The first dated mention in ``[s, e)`` (from ``after`` on), else a weekday there resolved to a date."""
    lo = s if after is None else after
    for dm in all_dates:
        if lo <= dm.span.start < e:
            return dm.value
    w = WEEKDAY_RE.search(body, lo, e)
    if w is not None:
        return _weekday_date(body, w.start(), WEEKDAYS.index(w.group(1).lower()), forward, all_dates, published)
    return None


def _dates_from_text(d: Discourse, body: str, visit: ExtractedVisit, cues: list[tuple[int, int]],
                     year: int | None, all_dates: list[DateMention] | None = None,
                     published: PartialDate | None = None, duration: int | None = None) -> None:
    if all_dates is None:
        all_dates = [dm for dm in find_dates(body, default_year=year) if dm.value.day]
    cue_date: PartialDate | None = None
    for s, e in cues:
        if _DAY_N.search(body[s:e]):
            continue
        dl = _DATELINE.match(body, s, e)
        if dl is not None:
            s = dl.end()  # the dateline dates the report, not the visit
        began = _BEGAN_ON.search(body, s, e)
        if began is not None:
            # "concluded today ... his state visit ..., which began on Monday, June 8"
            first = next((dm.value for dm in all_dates if began.end() <= dm.span.start < began.end() + 30), None)
            if first is not None:
                if _CONCLUDED_TODAY.search(body, s, e) and published is not None and published.day:
                    visit.start, visit.end = first, published
                    return
                cue_date = cue_date or first
                continue
        in_cue = [dm for dm in all_dates if s <= dm.span.start < e]
        # "from November 11 to 12", also after a single day of the sentence ("a ceremony on June 8 for
        # X, who is paying a state visit from June 8 to 10")
        days = next((dm for dm in in_cue if dm.end is not None), None)
        if days is not None:
            visit.start, visit.end = days.value, days.end
            return
        if in_cue and not _ENDED_VISIT.search(body, s, e):  # ("ended his visit on May 5": its last day)
            cue_date = cue_date or in_cue[0].value
    # "The visit, which took place on May 18–19": a range in a sentence about the visit
    for m in _keyed(d, body, _THE_VISIT, ("visit",)):
        s, e = d.sentence_at(m.start())
        if d.in_quote(m.start()) or _background(body[s:e]):
            continue
        for dm in all_dates:
            if s <= dm.span.start < e and dm.end is not None:
                visit.start, visit.end = dm.value, dm.end
                return
    day_n = _day_n(d, body, all_dates, published)
    arrival = _arrival_date(d, body, visit, all_dates, published)
    start = cue_date
    if start is None and day_n is not None:
        start = day_n[0]
    if arrival is not None and (start is None or _close_before(arrival, start)):
        start = arrival
    if start is None:
        # "began a state visit on Tuesday", "was in Warsaw on Tuesday": the weekday of a cue sentence
        for s, e in cues:
            if _DAY_N.search(body, s, e):
                continue
            ended = _ENDED_VISIT.search(body, s, e)
            if ended is not None:
                # "wrapped up a two-day visit on Thursday": the last day, and the first counted back
                last = _date_in(body, s, e, all_dates, after=ended.end(), forward=False, published=published)
                n = duration or _stated_duration(d, body)
                if last is not None and n:
                    start = add_days(last, -(n - 1))
                    break
                continue
            start = _date_in(body, s, e, all_dates, forward=bool(_FUTURE.search(body, s, e)), published=published)
            if start is not None:
                break
    if (start is None and published is not None and published.day is not None
            and any(_LAST_LEG_TODAY.search(body, s, e) for s, e in cues)):
        # "is in Bergen today on the last leg of a three-day visit": the report's day is the last
        n = duration or _stated_duration(d, body)
        visit.start, visit.end = (add_days(published, -(n - 1)) if n else published), published
        return
    if (start is None and published is not None and published.day is not None
            and any(_PRESENT.search(body[s:e]) for s, e in cues)):
        start = published  # "has arrived today": the day of the report
        visit.confidence = 0.5
    if start is None:
        return
    end = _end_date(d, body, start, all_dates, published, visit.host_country)
    if end is None and arrival is None and day_n is None and _ended_undated(d, body, all_dates):
        # "On May 5 the guest, who is in X on a two-day visit, ... The trip concluded with a concert":
        # a report of the last day, which is the day it describes; a stated length counts back to the start
        end = start
        n = duration or _stated_duration(d, body)
        if n:
            start = add_days(end, -(n - 1))
    if end is None:
        n = duration or _stated_duration(d, body)
        if n:
            end = add_days(start, n - 1)
    if end is None and day_n is not None and _close_before(start, day_n[1], 7):
        end = day_n[1]
    visit.start, visit.end = start, end or start


def _day_n(d: Discourse, body: str, all_dates: list[DateMention],
           published: PartialDate | None = None) -> tuple[PartialDate, PartialDate] | None:
    """'The second day of the visit ... on November 12': (first day, that day), counted back."""
    best: tuple[int, PartialDate] | None = None
    for m in _keyed(d, body, _DAY_N, _DAY_N_KEYS):
        s, e = d.sentence_at(m.start())
        if not re.search(r"\b(?:visit|trip|programme|program|tour)\b", body[s:e], re.I):
            continue
        n = _ORD[m.group(1).lower()]
        # "on Wednesday ..., on the second day of her visit": a date or weekday of that very sentence (a day
        # already past when the sentence tells it in the past tense: "held talks on Monday, the first day")
        past = _PAST_TENSE.search(body, s, e) is not None and _FUTURE.search(body, s, e) is None
        own = _date_in(body, s, e, all_dates, published=published, forward=not past)
        if own is not None:
            if best is None or n > best[0]:
                best = (n, own)
            continue
        i = d.sentence_index(m.start())
        window_end = d.sentences[min(i + 3, len(d.sentences) - 1)][1]
        found = [dm for dm in all_dates if s <= dm.span.start < window_end]
        if found and (best is None or n > best[0]):
            best = (n, found[0].end or found[0].value if n > 1 else found[0].value)
    if best is None:
        return None
    n, day = best
    start = add_days(day, -(n - 1)) if day.year else PartialDate(None, day.month, max((day.day or 1) - (n - 1), 1))
    return start, day


def _arrival_date(d: Discourse, body: str, visit: ExtractedVisit, all_dates: list[DateMention],
                  published: PartialDate | None) -> PartialDate | None:
    """The date of the first arrival-like sentence ("landed late on October 13"), else of the first one
    giving a weekday ("arrived on Monday evening")."""
    seen: set[int] = set()
    arrivals: list[tuple[int, int]] = []
    for m in _keyed(d, body, _ARRIVAL, ("arriv", "landed", "touched down")):
        s, e = d.sentence_at(m.start())
        if s in seen or d.in_quote(m.start()) or _background(body[s:e]):
            continue
        seen.add(s)
        actors = [a.person for a in d.actors_between(s, e) if a.person is not None]
        if visit.guest not in actors and not re.search(
                r"\b(?:plane|aircraft|flight|delegation|motorcade)\b", body[s:e], re.I):
            continue  # someone else arrived (journalists, other guests)
        arrivals.append((s, e))
        for dm in all_dates:
            if s <= dm.span.start < e:
                return dm.value
    for s, e in arrivals:
        date = _date_in(body, s, e, all_dates, forward=bool(_FUTURE_ARRIVAL.search(body, s, e)),
                        published=published)
        if date is not None:
            return date
    return None


def _end_date(d: Discourse, body: str, start: PartialDate, all_dates: list[DateMention],
              published: PartialDate | None, host_country: str | None = None) -> PartialDate | None:
    """An end the text states: "the visit will last until April 23", "ends on Friday", "the last day"."""
    for rx, after, keys in ((_END_AFTER, True, ("until", "end", "conclude")), (_END_DAY, False, ("day of",)),
                            (_ENDED_VISIT, True, ("ended", "concluded", "wrapped up", "completed", "wound up"))):
        for m in _keyed(d, body, rx, keys):
            s, e = d.sentence_at(m.start())
            if d.in_quote(m.start()) or not _VISIT_WORD.search(body, s, e) or _past(body[s:e]):
                continue
            date = _date_in(body, s, e, all_dates, after=m.end() if after else None, published=published,
                            forward=rx is not _ENDED_VISIT)  # "ended ... on Wednesday": the Wednesday before
            if date is not None and _close_before(start, date, 14):
                return date
    n = _stated_duration(d, body)
    for m in _keyed(d, body, _HOMEWARD, _HOMEWARD_KEYS):
        # "is due to fly back to Lima on Friday evening", "before flying home": the guest's last day
        s, e = d.sentence_at(m.start())
        if d.in_quote(m.start()) or _past(body[s:e]):
            continue
        to = m.group("to") or m.group("to2")
        if to and host_country and _country(to)[0] == host_country:
            continue  # "will depart for Osaka": on to another city of the visit, not home
        date = _date_in(body, s, e, all_dates, after=m.start(), published=published) or _date_in(
            body, s, e, all_dates, published=published)
        if date is None or date == start or not _close_before(start, date, 14):
            continue
        if n and not _close_before(add_days(start, n - 1), date, 14):
            continue  # earlier than the stated length allows ("a five-day visit")
        return date
    for m in _keyed(d, body, _END_SAME_DAY, ("same day", "that day")):
        s, e = d.sentence_at(m.start())
        if d.in_quote(m.start()) or not _VISIT_WORD.search(body, s, e) or _past(body[s:e]):
            continue
        # the last date written before it, in this sentence or the two before
        lo = d.sentences[max(d.sentence_index(s) - 2, 0)][0]
        before = [dm for dm in all_dates if lo <= dm.span.start < m.start() and not d.in_quote(dm.span.start)]
        if before:
            date = before[-1].end or before[-1].value
            if _close_before(start, date, 14):
                return date
    return None


# "The trip concluded with a concert": the report's visit is over, on a day it does not name.
_VISIT_ENDED = re.compile(r"\b(?:visit|trip|tour|stay)\s+(?:ended|concluded|came\s+to\s+an\s+end|"
                          r"was\s+(?:concluded|completed|wrapped\s+up))\b")


def _ended_undated(d: Discourse, body: str, all_dates: list[DateMention]) -> bool:
    for m in _keyed(d, body, _VISIT_ENDED, ("ended", "concluded", "came to an end", "completed", "wrapped up")):
        s, e = d.sentence_at(m.start())
        if d.in_quote(m.start()) or _past(body[s:e]) or _background(body[s:e]):
            continue
        if any(s <= dm.span.start < e for dm in all_dates) or WEEKDAY_RE.search(body, s, e):
            continue
        return True
    return False


def _stated_duration(d: Discourse, body: str) -> int | None:
    """'will last four days', 'a three-day visit' stated in a sentence about the visit."""
    for m in _keyed(d, body, _DURATION, ("day",)):
        s, e = d.sentence_at(m.start())
        if not d.in_quote(m.start()) and _VISIT_WORD.search(body, s, e) and not _past(body[s:e]):
            return _number(m.group("n") or m.group("n2"))
    return None


def _weekday_in_visit(body: str, s: int, e: int, visit: ExtractedVisit) -> PartialDate | None:
    """The day of the visit a weekday of ``body[s:e]`` names (its first weekday), when the visit's days are known."""
    if visit.start is None or visit.end is None or "day" not in body[s:e]:
        return None
    w = WEEKDAY_RE.search(body, s, e)
    if w is None:
        return None
    want = WEEKDAYS.index(w.group(1).lower())
    day = visit.start
    for _ in range(15):
        if weekday_of(day) == want:
            return day
        if _key(day) == _key(visit.end):
            return None
        day = add_days(day, 1)
    return None


def _events(d: Discourse, body: str, visit: ExtractedVisit, year: int | None,
            all_dates: list[DateMention] | None = None) -> list[ExtractedEvent]:
    out: list[ExtractedEvent] = []
    current = visit.start
    if all_dates is None:
        all_dates = [dm for dm in find_dates(body, default_year=year) if dm.value.day]
    by_sentence: dict[int, set[str]] = {}
    for kind, keys in _EVENT_KEYS.items():
        rx = _EVENT_RX[kind]
        for si in d.keyword_sentences(keys):
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
        elif (day := _weekday_in_visit(body, s, e, visit)) is not None:
            date = current = day  # "On Tuesday morning President X received his guest": that day of the visit
        if not found_kinds:
            continue
        if _NEXT_DAY.search(sent) and current is not None and not dated:
            date = _add_days(current, 1)
        kinds = [k for k in _EVENT_ORDER if k in found_kinds]
        if not kinds:
            continue
        if "summit" not in kinds and _background(sent):
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
