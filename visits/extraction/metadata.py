"""Article metadata from a cleaned page: title, outlet, aggregator, author, date, language (no Django).

Evidence for the publication date, strongest first: a date in the byline block or dateline; the
first day-date the body presents as today or past ("On November 27, ... arrived"). When the date
has no year, the year comes from a calendar widget in the page header, else from the text's own
context ("nine years ago, in 2015"; "in the first half of 2025"). ``published_basis`` names the
weakest link (``context_year`` when the year was inferred from context), ``published_note`` says
in words where day and year came from, or why they are missing.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from functools import lru_cache

from . import reference
from .cleaning import _BYLINE_RE, _POSTED_BY, MONTH_NUMBERS, NAME_PLACE_BYLINE, STAFF_BYLINE, Cleaned
from .dates import DateMention, find_dates
from .normalize import matches_at, space_before
from .types import ArticleMetadata, PartialDate, Span

_DASH = r"[-–—]+"
_CITY = r"[A-ZА-ЯЁ][A-ZА-ЯЁ.'’ -]{1,40}?"
_DATELINES = (
    # ASTANA, Nov 27 (Reuters) -   /   WASHINGTON (AP) —   /   ASTANA, Kazakhstan, Nov 27 (Reuters) -
    re.compile(
        rf"^(?P<city>{_CITY})(?:,\s*(?P<date>[^()\n]{{2,40}}?))?\s*\((?P<outlet>[^()\n]{{2,40}})\)"
        rf"\s*(?:{_DASH}|:)\s*"
    ),
    # Canberra (Outlet Name) –   /   New Delhi, Oct 20 (Outlet) -: a city in mixed case, the outlet capitalised
    re.compile(
        r"^(?P<city>[A-ZА-ЯЁ][a-zа-яё'’.-]+(?: [A-ZА-ЯЁ][a-zа-яё'’.-]+){0,2})(?:,\s*(?P<date>[^()\n]{2,30}?))?"
        rf"\s*\((?P<outlet>[A-ZА-ЯЁ][^()\n]{{1,39}})\)\s*{_DASH}\s*"
    ),
    # MOSCOW, November 27. /TASS/.   /   MOSCOW, /TASS/ -
    re.compile(
        rf"^(?P<city>{_CITY})(?:,\s*(?P<date>[^/\n]{{2,30}}?))?[.,]?\s*/(?P<outlet>[^/\n]{{2,30}})/"
        rf"\s*[.,:]?\s*(?:{_DASH})?\s*"
    ),
    # (Kazinform) -
    re.compile(rf"^\((?P<outlet>[^()\n]{{2,40}})\)\s*{_DASH}\s*"),
    # ASTANA. KAZINFORM –
    re.compile(
        rf"^(?P<city>[A-ZА-ЯЁ]{{3,}}(?:[ -][A-ZА-ЯЁ]{{3,}})*)[.,]\s*(?P<date>)"
        rf"(?P<outlet>[A-ZА-ЯЁ]{{2,}}(?:[ -][A-ZА-ЯЁ]{{2,}})*|[\w-]+\.[a-z]{{2,6}})\s*{_DASH}\s+"
    ),
    # МОСКВА, 27 ноя — РИА Новости.
    re.compile(
        rf"^(?P<city>{_CITY}),\s*(?P<date>[^\n—–-]{{3,25}}?)\s*{_DASH}\s*"
        r"(?P<outlet>[A-ZА-ЯЁ][\w-]*(?: [A-ZА-ЯЁ][\w-]*){0,2})\.\s+(?=[A-ZА-ЯЁ«\"“])"
    ),
    # Outlet.kz – ...
    re.compile(rf"^(?P<outlet>[\w-]+(?:\.[\w-]+)*\.[a-z]{{2,6}})\s*(?:{_DASH}|\||:)\s+(?P<date>)"),
)
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?(?P<d>[\w-]+(?:\.[\w-]+)*\.[a-zа-я]{2,6})/?$", re.I)
_ORG_WORDS = frozenset(
    [
        "times",
        "news",
        "post",
        "daily",
        "herald",
        "tribune",
        "courier",
        "wire",
        "star",
        "mirror",
        "standard",
        "monitor",
        "insider",
        "dispatch",
        "bulletin",
        "reporter",
        "informer",
        "gazeta",
        "gazette",
        "journal",
        "press",
        "agency",
        "media",
        "tv",
        "radio",
        "telegraph",
        "observer",
        "review",
        "weekly",
        "online",
        "service",
        "staff",
        "desk",
        "editorial",
        "editors",
        "bureau",
        "info",
        "inform",
        "report",
        "reports",
        "today",
        "express",
        "chronicle",
        "network",
        "group",
        "magazine",
        "digest",
        "wire",
        "channel",
        "broadcasting",
        "newsroom",
        "team",
        "international",
        "world",
        "global",
        "asia",
        "pacific",
        "eurasia",
        "central",
        "вести",
        "новости",
        "агентство",
        "газета",
        "редакция",
        "медиа",
        "журнал",
        "пресс-служба",
        "служба",
    ]
)

_BY = re.compile(r"^(?:By|От)\s+(?P<who>.+)$")
_AUTHOR_CUT = re.compile(r"\s*(?:[,|•·;]|\s[-–—]\s).*$")

_FUTURE_INITIALS = "'abfginpstuwбп"  # the first letters of the alternatives below (a test checks them)
_FUTURE = re.compile(
    rf"(?=[{_FUTURE_INITIALS}])"
    r"\b(?:will|shall|won't|'ll|going to|is to|are to|to be held|to take place|is scheduled|are scheduled"
    r"|scheduled for|is expected|are expected|is set to|are set to|plans?|planned|planning|intends?|upcoming"
    r"|next|tomorrow|would|invites?|invited .{0,40} to|budget|forecasts?|target|until|by the end of"
    r"|будет|будут|планиру\w*|предстоящ\w*)\b",
    re.I,
)

# A year that a bid or a decision looks ahead to ("its candidacy to host the assembly in 2031", "agreed
# to convene the commission in the first half of 2031"): no past mention, though the verb may be past.
# (Only year mentions are judged so, after the phrase: the sentence's own dateline date stays.)
_INTENT_BEFORE = re.compile(r"\b(?:candidacy|candidature|bids?\s+(?:to|for)|agreed\s+to|decided\s+to|pledged\s+to)\b",
                            re.I)

_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_NUMBER_WORDS["a"] = 1
_NUMBER_WORDS["a decade"] = 10
_NUM = r"(?:\d{1,2}|a decade|" + "|".join(w for w in _NUMBER_WORDS if w != "a decade") + ")"
_AGO_BEFORE = re.compile(rf"\b(?P<n>{_NUM})\s+years?\s+ago,?\s+(?:in|back in)\s+$", re.I)
_AGO_AFTER = re.compile(rf"^\s*[,(]?\s*(?P<n>{_NUM})\s+years?\s+ago\b", re.I)
_LAST_YEAR_BEFORE = re.compile(r"\blast year\s*[(,]\s*(?:in\s+)?$", re.I)
_THIS_YEAR_BEFORE = re.compile(r"\b(?:this|the current) year\s*[(,]\s*(?:in\s+)?$|\bso far in\s+$", re.I)
_PERIOD_BEFORE = re.compile(
    r"\b(?:(?:first|second|1st|2nd)\s+half|(?:first|second|third|1st|2nd|3rd)\s+quarter"
    r"|first\s+\w+\s+months|(?:january|jan\.?)\s*[-–—]\s*\w+)\s+(?:of\s+)?$",
    re.I,
)
_MONTH_BEFORE = re.compile(
    r"\b(?P<m>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$"
)
# r"\b(?P<y>(?:19|20)\d\d)\b" with each "\b" moved after the first digit ("(?<!\w.)"), so the engine
# scans for "1" and "2" instead of trying the pattern at every offset
_YEAR = re.compile(r"(?P<y>(?:1(?<!\w.)9|2(?<!\w.)0)\d\d)\b")
_TARGET_BEFORE = re.compile(r"(?:\bfor|\buntil|\btill|\bby|\bthrough|\bto|[-–—]|\bbefore|\bthan|\bна|\bдо)\s*$", re.I)
# "This year marks the 75th anniversary of relations, established in 1951"
_ANNIVERSARY = re.compile(r"(?P<n>\d(?<!\w.)\d{0,2})(?:st|nd|rd|th)\s+anniversary\b", re.I)  # "\b\d{1,3}"
_ANNIVERSARY_NOW = re.compile(
    r"\b(?:this year|marks?|marking|celebrat(?:es|ing)|is celebrated|are celebrated|commemorat(?:es|ing))\b", re.I
)
_ANNIVERSARY_OTHER = re.compile(r"\b(?:last|next|previous|coming) year\b", re.I)
# "signed the Plan ... for 2025–2026": a document or period that starts in the year it is adopted
_PERIOD_FOR = re.compile(r"\bfor\s+(?:the\s+(?:years?|period)\s+)?(?P<y>(?:19|20)\d\d)\b(?:\s*[-–—]\s*(?:19|20)?\d\d)?")
_RANGE_AFTER = re.compile(r"^\s*[-–—/]\s*(?:19|20)?\d\d")

_RU_DATE = re.compile(
    rf"(?P<d>\d{{1,2}})\s+(?P<m>{'|'.join(sorted(MONTH_NUMBERS, key=len, reverse=True))})"
    r"\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?",
    re.I,
)
# A month abbreviation opening a word, or a numeric date: does a text hold something like a date? Whether
# r"\b(?:Jan|Feb|...|дек)|\d{1,2}[./]\d{1,2}[./]\d\d|\d{4}-\d\d-\d\d" finds anything, asked of two patterns
# that each open on one character class the engine scans for ("\b" moved after the initial; a one-digit day
# matches wherever a two-digit one does).
_HINT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
                "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_DATE_HINT_MONTH = re.compile("|".join(
    f"{initial}(?<!\\w.)(?:{'|'.join(w[1:] for w in _HINT_MONTHS if w[0] == initial)})"
    for initial in dict.fromkeys(w[0] for w in _HINT_MONTHS)))
_DATE_HINT_NUM = re.compile(r"\d(?:[./]\d{1,2}[./]\d\d|\d{3}-\d\d-\d\d)")


def _date_hint(text: str) -> bool:
    return _DATE_HINT_MONTH.search(text) is not None or _DATE_HINT_NUM.search(text) is not None


_NUM_DATE = re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:[./]|\. )(?P<m>\d{1,2})(?:[./]|\. )(?P<y>(?:19|20)?\d\d)(?!\d)")
# "18.03 | 21:05", "08.04 09:14 GMT": day and month without a year, followed by a time
_DAY_MONTH_TIME = re.compile(r"(?<![\d.])(?P<d>\d{1,2})[./](?P<m>\d{1,2})\.?\s*(?:[,|–—-]\s*)?\d{1,2}:\d\d(?!\d)")


def _parse_date(text: str) -> PartialDate | None:
    """The first day-precision date in a short string (byline, dateline, date line)."""
    for m in find_dates(text):
        if m.value.day is not None:
            return m.value
    m = _NUM_DATE.search(text)
    if m:
        y = int(m.group("y"))
        y = y + 2000 if y < 100 else y
        d, mo = int(m.group("d")), int(m.group("m"))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            return PartialDate(y, mo, d)
    m = _RU_DATE.search(text)
    if m:
        mo = MONTH_NUMBERS.get(m.group("m").casefold())
        d = int(m.group("d"))
        if mo and 1 <= d <= 31:
            return PartialDate(int(m.group("y")) if m.group("y") else None, mo, d)
    m = _DAY_MONTH_TIME.search(text)
    if m:
        d, mo = int(m.group("d")), int(m.group("m"))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            return PartialDate(None, mo, d)
    return None


def _org_shaped(name: str) -> bool:
    if _DOMAIN.match(name):
        return True
    words = name.split()
    if any(w.isupper() and len(w) >= 2 and w.isalpha() for w in words):
        return True
    return any(_org_word(w) for w in words)


def _org_word(word: str) -> bool:
    """A word that marks a name as an outlet's: a media word, or a country or demonym ("Kazakhstan Today")."""
    word = word.strip(".,")
    return word.casefold() in _ORG_WORDS or reference.country_mention(word) is not None


def _dateline(lede: str) -> tuple[str | None, str]:
    """(outlet, date text) from a dateline at the start of the lede."""
    for rx in _DATELINES:
        m = rx.match(lede)
        if m:
            outlet = m.group("outlet").strip(" .")
            if len(outlet.split()) > 4:
                continue
            return outlet, (m.groupdict().get("date") or "").strip()
    return None, ""


# "Outlet Name – text": a lede opening with a capitalised name and a dash
_NAME_DASH = re.compile(
    r"^(?P<outlet>[^\W\d_][\w&'’.]*(?:\s+[^\W\d_][\w&'’.]*){0,4}?)\s+[–—-]+\s+(?=[\"“«]?[^\W\d_]|\d)"
)


def _name_dateline(lede: str, site: str | None) -> str | None:
    """The outlet of a lede opening "Outlet Name – ...": the header's site name, or an org-shaped
    mixed-case name ("City News"); an all-capitals word is a city dateline ("BERLIN —")."""
    m = _NAME_DASH.match(lede[:80])
    if not m:
        return None
    name = m.group("outlet")
    if site and name.casefold() == site.casefold():
        return name
    words = name.split()
    if name.isupper() or not all(w[0].isupper() for w in words):
        return None
    return name if any(_org_word(w) for w in words) else None


# "(AGGREGATOR- Outlet)" opening the body of a page that carries another outlet's story
_CARRIED = re.compile(r"\((?P<site>[^()\n]{2,40}?)\s*[-–—]\s*(?P<outlet>[^\W\d_][^()\n]{1,60}?)\)")


def _carried_from(body: str, site: str) -> str | None:
    """The outlet a syndication site credits in a "(SITE- Outlet)" mark at the top of the body."""
    for para in body.split("\n\n", 3)[:3]:
        m = _CARRIED.match(para.strip())
        if m and _same_outlet(m.group("site"), site) and not _same_outlet(m.group("outlet"), site):
            return m.group("outlet").strip()
    return None


_STATE_BODY = re.compile(r"^(?:Ministry|Office|Department|Presidency|Government|Embassy|Press\s+Office|"
                         r"Press\s+Service|Chancellery|Cabinet)\b")


def _of_the_country(site: str, header: list[str]) -> str:
    """A ministry's site headed by its country's name ("Ministry of Foreign Affairs" over "Federal
    Democratic Republic of Ruritania"): "Ministry of Foreign Affairs of Ruritania"; else the site."""
    following = [h.strip() for h in header[header.index(site) + 1:][:2]] if site in header else []
    country = reference.country_by_name(site)
    if country is not None:
        # "Republic of Ruritania" over "Ministry of Foreign Affairs": the ministry of that country
        body = next((h for h in following if _STATE_BODY.match(h)), None)
        return f"{body} of {country.name}" if body else site
    if not _STATE_BODY.match(site) or reference.country_mention(site) is not None:
        return site
    country = next((c for h in following if (c := reference.country_by_name(h)) is not None), None)
    return f"{site} of {country.name}" if country is not None else site


def _capitals_name(text: str) -> bool:
    """A person's name printed in capitals ("By JANE ROE"): two or three words, no outlet word."""
    words = text.split()
    return text.isupper() and 2 <= len(words) <= 3 and all(w.isalpha() for w in words) and \
        not any(_org_word(w) for w in words)


def _author(bylines: list[str]) -> tuple[str | None, str | None]:
    """(author as written, the byline label) from the first byline naming someone."""
    for b in bylines:
        m = _BYLINE_RE.match(b)
        if m:
            who = m.group("who")
            if m.group("label").casefold().startswith(("edit", "редак")):
                continue
            who = re.split(r";\s*|\s+(?:Editing|Edited|Additional reporting) by\b", who)[0]
            return who.strip(" ."), m.group("label")
        m = _BY.match(b)
        if m:
            return _AUTHOR_CUT.sub("", m.group("who")).strip(" ."), "By"
        m = _POSTED_BY.match(b) or STAFF_BYLINE.match(b) or NAME_PLACE_BYLINE.match(b)
        if m:
            return m.group("who"), "By"
    return None, None


def _domain_stem(name: str) -> str:
    m = _DOMAIN.match(name.strip())
    base = m.group("d") if m else name
    return re.sub(r"[\W_]+", "", base.split(".")[0].casefold())


def _aggregator(header: list[str], outlet: str | None, site: str | None = None) -> str | None:
    """The site carrying another outlet's story: a domain in the header, or the header's site name
    when a dateline or source line names a different outlet."""
    for line in header:
        m = _DOMAIN.match(line.strip())
        if not m:
            continue
        dom = m.group("d")
        if outlet is None or _domain_stem(dom) != _domain_stem(outlet):
            return dom
    if site and outlet and not _same_outlet(site, outlet):
        return site
    return None


def _same_outlet(a: str, b: str) -> bool:
    """Names of one outlet: equal up to case and spacing, one inside the other, or initials ("EPIA")."""
    ka, kb = _domain_stem(a), _domain_stem(b)
    if not ka or not kb or ka == kb or ka in kb or kb in ka:
        return True
    for full, short in ((a, b), (b, a)):
        initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", full) if w[0].isupper()).casefold()
        if len(initials) >= 2 and re.sub(r"\W", "", short).casefold() in (initials, initials[: len(short)]):
            return True
    return False


def _site_casing(site: str, lines: list[str]) -> str:
    """A site name printed in capitals in the header ("DAILY LANTERN"), as the page prints it elsewhere
    in mixed case (footer "Daily Lantern © All rights reserved"); else as printed."""
    if not site.isupper():
        return site
    key = site.casefold()
    for line in reversed(lines):
        folded = line.casefold()
        i = folded.find(key)
        while i >= 0:
            found = line[i : i + len(site)]
            before, after = line[i - 1 : i], line[i + len(site) : i + len(site) + 1]
            if not found.isupper() and not before.isalnum() and not after.isalnum():
                return found
            i = folded.find(key, i + 1)
    return site


def _language(text: str) -> str:
    """'ru' or 'kk' when the text is mostly Cyrillic, else 'en' (byte counts: fast on long texts)."""
    sample = text[:3000]
    raw = sample.encode("utf-8")
    cyr = raw.count(0xD0) + raw.count(0xD1) + raw.count(0xD2) + raw.count(0xD3)
    if cyr * 2 < len(sample) - sample.count(" "):
        return "en"
    kaz = sum(sample.count(c) for c in "әғқңөұүһіӘҒҚҢӨҰҮҺІ")
    return "kk" if kaz > cyr * 0.02 else "ru"


def _sentence_at(body: str, pos: int) -> str:
    start = max(body.rfind(". ", 0, pos), body.rfind("\n", 0, pos), body.rfind("! ", 0, pos), body.rfind("? ", 0, pos))
    ends = [e for e in (body.find(". ", pos), body.find("\n", pos)) if e != -1]
    end = min(ends) if ends else len(body)
    return body[start + 1 : end + 1]


def _is_future(sentence: str) -> bool:
    return bool(_FUTURE.search(sentence))


def _body_date(body: str) -> tuple[DateMention | None, str, list[str]]:
    """The first day-date the text presents as today or past, its sentence, and future ones skipped.

    Paragraphs are scanned in order and only those with a month name or numeric date are parsed.
    """
    skipped: list[str] = []
    for para in body.split("\n\n"):
        if not _date_hint(para):
            continue
        for m in find_dates(para):
            if m.value.day is None or m.value.month is None:
                continue
            sentence = _sentence_at(para, m.span.start)
            if _is_future(sentence):
                skipped.append(m.text)
                continue
            return m, sentence, skipped
        for rx in (_NUM_DATE, _RU_DATE):
            for m in rx.finditer(para):
                d = _parse_date(m.group(0))
                if d is None:
                    continue
                sentence = _sentence_at(para, m.start())
                if _is_future(sentence):
                    skipped.append(m.group(0))
                    continue
                return DateMention(Span(m.start(), m.end()), d, None, m.group(0)), sentence, skipped
    return None, "", skipped


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
# "Tuesday, November 10" / "Tuesday, 10 November": a date with its weekday
# "\b(?P<w>Monday|...)", each "\b" moved after the first letter so the engine scans for the initials
_WEEKDAY_DATE = re.compile(
    rf"(?P<w>M(?<!\w.)onday|T(?<!\w.)uesday|W(?<!\w.)ednesday|T(?<!\w.)hursday|F(?<!\w.)riday|S(?<!\w.)aturday|"
    rf"S(?<!\w.)unday),?\s+(?:the\s+)?"
    rf"(?:(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})\b|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_NAMES})\b)"
)
# a sentence opening on a weekday: "On Wednesday, ...", "Later on Wednesday, ...", "Earlier on Monday morning"
_ON_WEEKDAY = re.compile(
    r"(?:\b(?:Later|Earlier|Late|Early)\s+)?\b[Oo]n\s+(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_WEEKDAY_NAME = re.compile(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_ON_WEEKDAY_LEADS = (4, 5, 7)  # the lengths of "Late", "Later", "Early" and "Earlier"


def _on_weekday(body: str) -> Iterator[re.Match[str]]:
    """``_ON_WEEKDAY.finditer(body)``, the pattern tried only where a match can start.

    Every match ends on a weekday name after white space and "On"/"on", perhaps after "Later"... and
    white space: it starts two characters before the white space ahead of the name, or one of those
    words' length before the white space ahead of that. Those offsets are tried in order from the end
    of the last match, as ``finditer`` would find them.
    """
    starts: set[int] = set()
    for w in _WEEKDAY_NAME.finditer(body):
        ws = space_before(body, w.start())
        if ws == w.start() or ws < 2:
            continue
        on = ws - 2
        starts.add(on)
        ws2 = space_before(body, on)
        if ws2 < on:
            starts.update(ws2 - n for n in _ON_WEEKDAY_LEADS if ws2 - n >= 0)
    yield from matches_at(_ON_WEEKDAY, body, starts)


# quick test for a month name in a paragraph (substring checks are much cheaper than a regex scan)
_MONTH_STEMS = (
    *("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    *("янв", "фев", "мар", "апр", "мая", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
)
_WINDOW_DAYS = 5  # a report covers a few days of one visit: later past dates within this window


def _ordinal(d: PartialDate) -> int | None:
    """Day number of a (month, day) for comparing dates; a leap reference year when the year is unknown."""
    try:
        return datetime.date(d.year or 2000, d.month or 1, d.day or 1).toordinal()
    except ValueError:
        return None


@lru_cache(maxsize=4)
def _weekday_anchor(body: str) -> tuple[int, int, int] | None:
    """(weekday, month, day) of the first date printed with its weekday ("Tuesday, November 10")."""
    m = _WEEKDAY_DATE.search(body)
    if not m:
        return None
    mo = MONTH_NUMBERS.get((m.group("m1") or m.group("m2")).casefold().rstrip("."))
    day = int(m.group("d1") or m.group("d2"))
    if mo is None or not 1 <= day <= 31:
        return None
    return _WEEKDAYS.index(m.group("w").casefold()), mo, day


def _latest_past_day(body: str, first: PartialDate) -> tuple[PartialDate, str] | None:
    """A later day the text reports in the past within a few days of the first one: an explicit date
    ("On October 14, ... signed") or a sentence opening on a weekday ("On Wednesday, the King held
    talks") counted from a date printed with its weekday. None when there is none."""
    start = _ordinal(first)
    if start is None:
        return None
    best: tuple[int, PartialDate, str] | None = None
    for para in body.split("\n\n"):
        if not any(stem in para for stem in _MONTH_STEMS):
            continue
        for m in find_dates(para):
            v = m.value
            if v.day is None or v.month is None or (v.year is not None and first.year not in (None, v.year)):
                continue
            o = _ordinal(v.with_year(first.year) if first.year else v)
            if o is None or not 0 < o - start <= _WINDOW_DAYS or (best and o <= best[0]):
                continue
            sentence = _sentence_at(para, m.span.start)
            if not _is_future(sentence):
                best = (o, v.with_year(first.year), sentence)
    anchor = _weekday_anchor(body)
    if anchor is not None:
        wd, mo, day = anchor
        base = _ordinal(PartialDate(first.year, mo, day))
        if base is not None:
            for m in _on_weekday(body):
                if body[max(0, m.start() - 3) : m.start()].rstrip(' "”»’)')[-1:] not in ("", ".", "!", "?", "\n"):
                    continue  # not at the start of a sentence
                delta = (_WEEKDAYS.index(m.group("w").casefold()) - wd) % 7
                o = base + delta
                if not 0 < o - start <= _WINDOW_DAYS or (best and o <= best[0]):
                    continue
                sentence = _sentence_at(body, m.start("w"))
                if _is_future(sentence):
                    continue
                d = datetime.date.fromordinal(o)
                best = (o, PartialDate(first.year, d.month, d.day), sentence)
    if best is None:
        return None
    return best[1], best[2]


def _weekday_year(body: str, candidates: list[int]) -> int | None:
    """The first candidate year in which the text's "Tuesday, November 10" falls on that weekday."""
    anchor = _weekday_anchor(body)
    if anchor is None:
        return None
    wd, mo, day = anchor
    for y in candidates:
        try:
            if datetime.date(y, mo, day).weekday() == wd:
                return y
        except ValueError:
            continue
    return None


_FOOTER_YEAR = re.compile(r"(?:©|\(c\)|copyright)[^\n]{0,60}?(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?", re.I)


def _footer_year(cleaned: Cleaned) -> tuple[int | None, str]:
    """The latest year of a copyright line in the dropped page chrome ("© 2015–2026 Outlet")."""
    for line in reversed(cleaned.removed[-25:]):
        m = _FOOTER_YEAR.search(line)
        if m:
            return max(int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(0))), line
    return None, ""


def _calendar_year(header: list[str]) -> tuple[int | None, int | None]:
    year = month = None
    for line in header:
        s = line.strip().casefold().rstrip(".")
        if re.fullmatch(r"(?:19|20)\d\d", s) and year is None:
            year = int(s)
            continue
        parts = s.split()
        if parts and parts[0] in MONTH_NUMBERS and len(parts) <= 2:
            month = month or MONTH_NUMBERS[parts[0]]
            if len(parts) == 2 and re.fullmatch(r"(?:19|20)\d\d", parts[1]) and year is None:
                year = int(parts[1])
    return year, month


def _number(word: str) -> int | None:
    w = word.casefold()
    return int(w) if w.isdigit() else _NUMBER_WORDS.get(w)


def _context_year(text: str, month: int | None) -> tuple[int | None, str, int | None]:
    """The publication year from the text's own context, with the evidence in words.

    One pass over the four-digit years: "nine years ago, in 2015" -> 2024; "last year (2024)" ->
    2025; a past statement about "the first half of 2025" or about a month a few months before the
    publication month ("in September 2025" for a November date) -> that year. Mentions in future or
    target statements ("plans for 2025", "will visit in 2026") are ignored.
    """
    strong: tuple[int, str] | None = None
    candidates: list[tuple[int, str]] = []
    latest_past = None
    for m in _YEAR.finditer(text):
        y = int(m.group("y"))
        before = text[max(0, m.start() - 60) : m.start()]
        after = text[m.end() : m.end() + 30]
        if _TARGET_BEFORE.search(before[-12:]) or _RANGE_AFTER.match(after):
            continue
        sentence = _sentence_at(text, m.start())
        if _is_future(sentence) or _intended(sentence, m.group("y")):
            continue
        latest_past = y if latest_past is None else max(latest_past, y)
        if strong is None:
            ago = _AGO_BEFORE.search(before)
            said = f"{before[ago.start() :]}{y}" if ago else ""
            if ago is None and (ago := _AGO_AFTER.match(after)):
                said = f"{y}{after[: ago.end()]}"
            if ago and (n := _number(ago.group("n"))) is not None:
                strong = (y + n, f"year {y + n} = {y} + {n} ('{said}')")
                continue
            if _LAST_YEAR_BEFORE.search(before):
                strong = (y + 1, f"year {y + 1} from 'last year ({y})'")
                continue
            if _THIS_YEAR_BEFORE.search(before):
                strong = (y, f"year {y} from 'this year ({y})'")
                continue
        p = _PERIOD_BEFORE.search(before)
        if p:
            candidates.append((y, f"{p.group(0)}{y}"))
            continue
        mm = _MONTH_BEFORE.search(before)
        if mm and month is not None:
            mo = MONTH_NUMBERS.get(mm.group("m").casefold().rstrip("."))
            if mo is not None and 0 <= month - mo <= 3:
                candidates.append((y, f"{mm.group(0)}{y}"))
    if strong is not None:
        return strong[0], strong[1], latest_past
    if not candidates:
        if latest_past is not None:
            return None, f"year not stated; past mentions only show it is {latest_past} or later", latest_past
        return None, "year not stated in the text", None
    year, evidence = max(candidates)
    if latest_past is not None and latest_past > year:
        return (
            None,
            f"year not stated; '{evidence}' suggests {year} but the text also mentions {latest_past} in the past",
            latest_past,
        )
    return year, f"year {year} from past-tense mention '{evidence}'", latest_past


def _intended(sentence: str, year: str) -> bool:
    """Whether a bid or a decision in ``sentence`` comes before ``year``: the year it looks ahead to."""
    at = sentence.find(year)
    return at > 0 and _INTENT_BEFORE.search(sentence, 0, at) is not None


def _anniversary_year(text: str) -> tuple[int | None, str]:
    """The year from "This year marks the 75th anniversary of ..., established in 1951" (2026)."""
    for m in _ANNIVERSARY.finditer(text):
        sentence = _sentence_at(text, m.start())
        if not _ANNIVERSARY_NOW.search(sentence) or _ANNIVERSARY_OTHER.search(sentence) or _is_future(sentence):
            continue
        years = {int(y.group("y")) for y in _YEAR.finditer(sentence)}
        if len(years) != 1:
            continue
        y, n = years.pop(), int(m.group("n"))
        return y + n, f"year {y + n} = {y} + {n} ('{sentence.strip()[:80]}')"
    return None, ""


def _weekday_window_year(body: str, years: set[int], floor: int | None) -> int | None:
    """The one year near the years the text names (each ±1, not before ``floor``) in which the date
    printed with its weekday ("Monday, 1 September") falls on that weekday; None if none or several."""
    if not years:
        return None
    near = sorted({y + k for y in years for k in (-1, 0, 1) if floor is None or y + k >= floor})
    anchor = _weekday_anchor(body)
    if anchor is None:
        return None
    wd, mo, day = anchor
    hits = []
    for y in near:
        try:
            if datetime.date(y, mo, day).weekday() == wd:
                hits.append(y)
        except ValueError:
            continue
    return hits[0] if len(hits) == 1 else None


# "the Business and Investment Forum 2026", "Expo 2025": an event named with its year
_EVENT_YEAR = re.compile(
    r"\b(?:Forum|Summit|Expo|EXPO|Conference|Congress|Fair|Exhibition|Festival|Games|Week|Show|Olympics|"
    r"Championship|Cup|Dialogue|Days)\s+(?P<y>(?:19|20)\d\d)\b(?![\-–—/]\d)"
)


def _event_year(text: str, latest_past: int | None) -> tuple[int | None, str]:
    """The year of an event the text reports as taking place, named with its year ("Forum 2026"):
    one such year, not before the latest year mentioned in the past."""
    found: dict[int, str] = {}
    for m in _EVENT_YEAR.finditer(text):
        if _is_future(_sentence_at(text, m.start())):
            continue
        found.setdefault(int(m.group("y")), m.group(0))
    if len(found) != 1:
        return None, ""
    year, event = next(iter(found.items()))
    if latest_past is not None and latest_past > year:
        return None, ""
    return year, event


def _period_year(text: str, latest_past: int | None) -> tuple[int | None, str]:
    """The first year of a plan or period the text reports as adopted or current ("signed the Plan of
    Consultations for 2025–2026"): the earliest such year, not before the latest past mention."""
    best: tuple[int, str] | None = None
    for m in _PERIOD_FOR.finditer(text):
        sentence = _sentence_at(text, m.start())
        if _is_future(sentence):
            continue
        y = int(m.group("y"))
        if best is None or y < best[0]:
            best = (y, m.group(0))
    if best is None or (latest_past is not None and latest_past > best[0]):
        return None, ""
    return best[0], f"year {best[0]} from the period '{best[1]}' the text reports as adopted or current"


def _published(cleaned: Cleaned, dateline_date: str) -> tuple[PartialDate | None, str, str]:
    day: PartialDate | None = None
    basis, source = "none", ""
    for b in cleaned.bylines:
        d = _parse_date(b)
        if d is not None:
            day, basis, source = d, "byline", f"byline '{b}'"
            break
    if day is None and dateline_date:
        d = _parse_date(dateline_date)
        if d is not None:
            day, basis, source = d, "byline", f"dateline '{dateline_date}'"
    skipped: list[str] = []
    if day is None:
        mention, sentence, skipped = _body_date(cleaned.body)
        if mention is not None:
            day, basis = mention.value, "explicit"
            source = f"text '{sentence.strip()[:80]}'"
            later = _latest_past_day(cleaned.body, day)
            if later is not None:
                day = later[0]
                source = f"text '{later[1].strip()[:80]}' (the latest day reported in the past)"
    if day is None:
        if skipped:
            dates = ", ".join(skipped[:3])
            return None, "none", f"no past or present date in the text; only future dates ({dates})"
        return None, "none", "no date in the text"
    if day.year is not None:
        return day, "explicit" if basis == "byline" else basis, f"date from {source}"
    cal_year, cal_month = _calendar_year(cleaned.header)
    if cal_year is not None:
        year = cal_year - 1 if cal_month and day.month and day.month > cal_month + 1 else cal_year
        return day.with_year(year), "calendar_header", f"day from {source}; year {year} from the calendar header"
    full = f"{cleaned.title or ''}\n\n{cleaned.body}"
    year, evidence = _anniversary_year(full)
    if year is not None:
        return day.with_year(year), "context_year", f"day from {source}; {evidence}"
    year, evidence, latest_past = _context_year(full, day.month)
    if year is not None:
        return day.with_year(year), "context_year", f"day from {source}; {evidence}"
    year, event = _event_year(full, latest_past)
    if year is not None:
        return day.with_year(year), "context_year", f"day from {source}; year {year} from the event '{event}'"
    footer, footer_line = _footer_year(cleaned)
    if latest_past is not None and _weekday_year(cleaned.body, [latest_past]) is not None:
        return (
            day.with_year(latest_past),
            "context_year",
            f"day from {source}; year {latest_past}: the latest past year mentioned, and the weekday printed"
            " with the date falls right in it",
        )
    if footer is not None and (latest_past is None or latest_past <= footer):
        anchor_ok = _weekday_anchor(cleaned.body) is None or _weekday_year(cleaned.body, [footer]) is not None
        if anchor_ok:
            return (
                day.with_year(footer),
                "context_year",
                f"day from {source}; year {footer} from the page's copyright line '{footer_line[:60]}'",
            )
    named = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", full)}
    if footer is not None:
        named.add(footer)
    year = _weekday_window_year(cleaned.body, named, latest_past)
    if year is not None:
        return (
            day.with_year(year),
            "context_year",
            f"day from {source}; year {year}: the only year near those the text names in which the weekday"
            " printed with the date falls right",
        )
    if day.month is not None and day.month <= 9:
        year, period = _period_year(full, latest_past)
        if year is not None:
            return day.with_year(year), "context_year", f"day from {source}; {period}"
    return day, basis, f"day from {source}; {evidence}"


_SOURCE = re.compile(r"(?:^|\|)\s*(?:Source|Via|Источник)\s*:\s*(?P<outlet>[^|]{2,40}?)\s*(?:\||$)", re.I)


def _source_line(bylines: list[str], site: str | None) -> str | None:
    """The outlet a metadata row credits ("Source: Agency | 08.04 09:14 | 3 min read")."""
    for b in bylines:
        m = _SOURCE.search(b)
        if m and not _date_hint(m.group("outlet")):
            return m.group("outlet").strip(" .")
    return None


# "Source: Outlet Name" on a line of its own, where an aggregator credits the story's outlet
_SOURCE_PARA = re.compile(r"(?:Source|Via|Originally published (?:in|by)|Источник)\s*:\s*"
                          r"(?P<outlet>[^\W\d_][\w&'’.\-]*(?: [\w&'’.\-]+){0,5})", re.I)


def _source_paragraph(body: str) -> str | None:
    """The outlet a "Source: Outlet" paragraph in the last part of the body credits, or a sentence
    there saying the article "was originally published by Outlet"."""
    paras = body.split("\n\n")
    for para in reversed(paras[len(paras) // 2:]):
        m = _SOURCE_PARA.fullmatch(para.strip().rstrip("."))
        if m and m.group("outlet")[0].isupper() and not _date_hint(m.group("outlet")):
            return m.group("outlet")
        m = _FIRST_PUBLISHED.search(para) if "ublished" in para else None
        if m:
            return m.group("outlet")
    return None


# "This article was originally published by Andina - Agencia ... and is republished by Site"
_FIRST_PUBLISHED = re.compile(r"\b(?:originally|first)\s+published\s+(?:by|in|on)\s+(?P<outlet>[A-Z][\w&'’.-]*"
                              r"(?:\s(?!and\b|under\b|with\b)[A-Z][\w&'’.-]*){0,4})")


def extract_metadata(cleaned: Cleaned) -> ArticleMetadata:
    """Title, outlet, aggregator, author, publication date and language of a cleaned article."""
    outlet, dateline_date = None, ""
    for para in cleaned.body.split("\n\n", 3)[:3]:
        outlet, dateline_date = _dateline(para)
        if outlet is not None:
            break
    if outlet is None:
        for para in cleaned.body.split("\n\n", 3)[:3]:
            outlet = _name_dateline(para, cleaned.site)
            if outlet is not None:
                break
    if outlet is None and cleaned.site:
        outlet = _carried_from(cleaned.body, cleaned.site)
    author, label = _author(cleaned.bylines)
    if outlet is None and author and label and label.casefold() in ("writer", "author", "by") and \
            _org_shaped(author) and not _capitals_name(author):
        outlet = author
    if outlet is None:
        outlet = _source_line(cleaned.bylines, cleaned.site)
    if outlet is None and (cleaned.site or any(_DOMAIN.match(h.strip()) for h in cleaned.header)):
        outlet = _source_paragraph(cleaned.body)  # a site carrying another outlet's story
    site = _site_casing(cleaned.site, cleaned.removed) if cleaned.site else None
    own_site = False
    if outlet is None and site:
        outlet, own_site = _of_the_country(site, cleaned.header), True
    if outlet is None:
        # a masthead printing the site's domain ("OUTLET.KZ"): the page names itself by it
        domain = next((m.group("d") for h in cleaned.header if (m := _DOMAIN.match(h.strip()))), None)
        if domain:
            outlet = _site_casing(domain, cleaned.removed)
    elif outlet.isupper() and len(outlet) > 5:
        outlet = _site_casing(outlet, cleaned.removed + cleaned.bylines + cleaned.body.split("\n\n"))
    published, basis, note = _published(cleaned, dateline_date)
    return ArticleMetadata(
        title=cleaned.title,
        outlet=outlet,
        aggregator=_aggregator(cleaned.header, outlet, None if own_site else site),
        author=author,
        published=published,
        published_basis=basis,
        published_note=note,
        language=_language(cleaned.body or cleaned.title or ""),
    )
