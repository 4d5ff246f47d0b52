"""Direct quotations and who said them (no Django).

Two parts:

* ``Discourse``: a linear pass over the body that finds quoted regions, sentences, and the
  people each sentence is about (names and title phrases from ``PeopleFinding``, pronouns and
  bare titles such as "the President" resolved to the most recent compatible subject).
  Agreements and visits reuse it to resolve "he is set to sign ...".
* ``find_quotes``: quoted strings ("…", “…”, «…», ‘…’, dash dialogue) whose speaker is a
  named person, by a tag after the quote, a tag before it, or the sentence before a quote
  that stands alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .normalize import lowered, matches_at, space_before
from .titles import lookup
from .types import ExtractedQuote, Span

if TYPE_CHECKING:  # pragma: no cover
    from .people import PeopleFinding

from . import reference as _reference

# --------------------------------------------------------------------------- vocabulary

SPEECH_VERBS = [
    "said", "says", "say", "saying", "stated", "states", "stating", "noted", "notes", "noting", "added",
    "adds", "adding", "emphasized", "emphasizes", "emphasizing", "emphasised", "emphasises", "emphasising",
    "stressed", "stresses", "stressing", "underlined", "underlines", "underlining", "underscored",
    "underscores", "underscoring", "highlighted", "highlights", "highlighting", "told", "tells", "telling",
    "explained", "explains", "explaining", "believes", "believed", "wrote", "writes", "writing", "quotes",
    "quoted", "quoting", "continued", "continues", "remarked", "remarks", "recalled", "recalls",
    "recalling", "concluded", "concludes", "concluding", "declared", "declares", "declaring", "announced",
    "announces", "announcing", "asked", "asks", "replied", "replies", "answered", "answers", "commented",
    "comments", "acknowledged", "acknowledges", "insisted", "insists", "argued", "argues", "observed",
    "observes", "assured", "assures", "assuring", "spoke", "speaks", "speaking", "described", "describes",
    "expressed", "expresses", "expressing", "whispered", "whispers", "invited", "invites", "inviting",
    "thanked", "thanking", "urged", "urges", "proposed", "proposes", "suggested", "suggests", "warned",
    "warns", "promised", "promises", "admitted", "admits", "confirmed", "confirms", "reported", "reports",
    "mentioned", "mentions", "joked", "jokes", "began", "begins", "opened", "reiterated", "reiterates",
    "affirmed", "affirms", "claimed", "claims", "exclaimed", "responded", "responds", "shared", "shares",
    "hoped", "hopes", "wished", "wishes", "congratulated", "addressed", "assessed", "characterized",
    "summed", "recounted", "pointed", "points", "put", "called", "calls",
    # "welcomed the visit as “a new chapter ...”", "hailed the talks as ...": an assessment in the speaker's words
    "welcomed", "welcomes", "hailed", "hails",
    # '"...," she laughs': a gesture that hands over a quotation in feature writing
    "smiled", "smiles", "laughed", "laughs",
]
# "(?=[...])": the first letters of the alternatives (the verbs', "likes", "according", "in"), so most
# words fail at once instead of trying every verb in turn (a test checks them)
_SPEECH_INITIALS = "".join(sorted({v[0] for v in SPEECH_VERBS} | set("lai")))
_SPEECH_RE = re.compile(
    rf"(?=[{_SPEECH_INITIALS}])"
    r"\b(?:(?:" + "|".join(sorted(set(SPEECH_VERBS), key=len, reverse=True)) + r")\b(?:\s+(?:out|up))?"
    r"|likes?\s+to\s+(?:say|repeat|put\s+it)|according\s+to|in\s+the\s+words\s+of)",
    re.I,
)
_INDEFINITE = re.compile(r"^(?:a|an|one|some|another|someone|somebody|many|several|other)\b", re.I)
_NAMEISH_INITIALS = "abcdefhikmnoprstw"  # the first letters of the alternatives below (a test checks them)
_NAMEISH_BEFORE = re.compile(
    rf"(?=[{_NAMEISH_INITIALS}])"
    r"(?:\b(?:themed|titled|entitled|called|named|dubbed|nicknamed|motto|slogan|slogans|banners?|"
    r"billboards?|posters?|signs?|reading|reads|inscriptions?|hashtags?|phrase|words?|term|expression|"
    r"known\s+as|newspapers?|magazines?|channel|programme|program|operation|campaign|company|"
    r"corporation|brand|complex|project|film|book|song|album|show|exhibition|festival|daily|weekly|"
    r"agency|portal|outlet|the\s+command)[ \t,:]{0,3})\Z",
    re.I,
)
_CALLED = re.compile(r"called\b", re.I)


def _said_words(text: str) -> bool:
    """Eight words or more, mostly in lower case: a sentence someone said, not the name of a thing
    ("called “Clean Water for Every Village in the Country by 2030”")."""
    words = text.split()
    return len(words) >= 8 and sum(w[:1].isupper() for w in words) * 2 < len(words)
_BANNER_TEXT = re.compile(r"^(?:welcome\b|your\s+(?:excellency|majesty|highness)|his\s+excellency)", re.I)
_BANNER_AFTER = re.compile(
    r"^\W{0,4}(?:these|those|the|such)\s+(?:words|inscriptions?|banners?|billboards?|signs?|posters?|"
    r"slogans?|greetings?)\b",
    re.I,
)
_FUNCTION_WORDS = frozenset(
    ["of", "the", "and", "for", "de", "la", "le", "du", "von", "van", "in", "on", "at", "a", "an", "to"]
)

# \b(?:he|she|He|She)\b, written to open on a literal so the engine scans for its first letter.
_PRONOUN_RE = re.compile(r"(?:h(?<!\w.)e|s(?<!\w.)he|H(?<!\w.)e|S(?<!\w.)he)\b")
_TITLE_NOUNS = (
    "president|leader|head of state|prime minister|premier|chancellor|minister|king|queen|emir|sultan|"
    "governor|mayor|chairman|chairwoman|chair|speaker|secretary|ambassador|diplomat|monarch|emperor|empress|"
    # "the deputy insisted" (a member of parliament), not "the deputy prime minister"
    r"deputy(?!\s+(?:[a-z]+\s+){0,2}?(?:minister|premier|chair\w*|head|director|governor|mayor|speaker|secretary))|"
    "crown prince|prince|princess|analyst|economist|expert|spokesman|spokeswoman|spokesperson|"
    # "the head of the regulator": an anaphoric description, not "the head of the delegation, X"
    r"head(?=\s+of\s+the\s+(?-i:[a-z][\w-]*(?![\w-])(?!,?\s+(?:of\s+(?:the\s+)?)?[A-Z])))"
)
_TITLE_INITIALS = "acdeghklmpqs"  # the first letters of _TITLE_NOUNS (a test checks them)
# Offices that exclude one another: "the Emir" is not a president, "the Speaker" not a deputy.
_OFFICES = frozenset(("president", "prime minister", "premier", "chancellor", "minister", "king", "queen", "emir",
                      "sultan", "monarch", "emperor", "empress", "crown prince", "prince", "princess", "governor",
                      "mayor", "speaker", "ambassador", "deputy"))
_OFFICE_RE = re.compile(r"\b(?:" + "|".join(sorted(_OFFICES, key=len, reverse=True)) + r")\b")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b|['’](?=\s)")
_FEMALE_SURNAME = re.compile(r"(?:ova|eva|ina|yna|aya|kyzy|qyzy|kizi|ovna|evna|skaya|tskaya)$", re.I)
_MALE_FIRST_A = frozenset(
    ["nikita", "ilya", "luka", "joshua", "andrea", "sasha", "misha", "kostya", "vanya", "dima", "foma"]
)


_NAME_SPLIT = re.compile(r"[\s\-]+")


@lru_cache(maxsize=65536)
def _female(name: str) -> bool:
    toks = [t for t in _NAME_SPLIT.split(name.lower()) if t]
    if not toks:
        return False
    if _FEMALE_SURNAME.search(toks[-1]):
        return True
    return len(toks) > 1 and toks[0].endswith("a") and toks[0] not in _MALE_FIRST_A


def _fold(s: str) -> str:
    return " ".join(s.split())


# --------------------------------------------------------------------------- quoted regions


@dataclass(slots=True)
class QuoteRegion:
    start: int  # the opening mark (or dash)
    end: int  # after the closing mark (or the segment end)
    text_start: int
    text_end: int
    style: str  # "mark" | "dash"
    tail: tuple[int, int] | None = None  # dash style: the attribution after the segment
    head: tuple[int, int] | None = None  # dash style: the attribution before the segment
    line_start: bool = False  # the quote opens its line


_CURLY = re.compile(r"[“”«»\"]")
_DASH_LINE = re.compile(r"^[ \t]*[—–][ \t]*(?=\S)", re.M)
# "..., – X said", "...! – X said", and a spaced dash with no mark before it: "... ready – X said"
_DASH_DELIM = re.compile(r"(?:(?P<c>,)|(?P<e>[!?…])|(?P<dot>\.))[ \t]*[—–][ \t]*|(?P<bare>[ \t]+)[—–][ \t]+")
_OPEN_BEFORE = frozenset(" \t\n([{—–-/:")
_PARA_BREAK = re.compile(r"\n[ \t]*\n")


def _pair(body: str, marks: list[tuple[int, str]], limit: int = 4000) -> list[tuple[int, int]]:
    """Pair opening and closing marks; an opener at the start of a paragraph inside an open quote
    continues it (multi-paragraph quotation); a stray opener is dropped."""
    out: list[tuple[int, int]] = []
    open_pos: int | None = None
    for pos, role in marks:
        if role == "open":
            if open_pos is not None:
                line_start = body.rfind("\n", open_pos, pos)
                if line_start != -1 and not body[line_start + 1 : pos].strip() and pos - open_pos < limit:
                    continue  # continuation of a quote across a paragraph break
            open_pos = pos
        elif open_pos is not None:
            if pos - open_pos <= limit and len(_PARA_BREAK.findall(body, open_pos, pos)) <= 2:
                out.append((open_pos, pos + 1))
            open_pos = None
    return out


def _mark_quotes(body: str) -> list[tuple[int, int]]:
    curly: list[tuple[int, str]] = []
    straight: list[tuple[int, str]] = []
    guil: list[tuple[int, str]] = []
    n = len(body)
    for m in _CURLY.finditer(body):
        p = m.start()
        ch = body[p]
        prev = body[p - 1] if p else "\n"
        nxt = body[p + 1] if p + 1 < n else "\n"
        if ch == "“":
            curly.append((p, "open"))
        elif ch == "”":
            if prev in _OPEN_BEFORE and not nxt.isspace() and nxt not in ",.;:":
                curly.append((p, "open"))  # a closing-style mark used as opener
            else:
                curly.append((p, "close"))
        elif ch == "«":
            guil.append((p, "open"))
        elif ch == "»":
            guil.append((p, "close"))
        else:
            if prev in _OPEN_BEFORE and not nxt.isspace():
                straight.append((p, "open"))
            elif not prev.isspace():
                straight.append((p, "close"))
    return sorted(_pair(body, curly) + _pair(body, straight) + _pair(body, guil))


_SINGLE = re.compile(r"[‘’]")


def _single_quotes(body: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """‘…’ used as outer marks (outside double-quoted regions); ’ inside words is an apostrophe."""
    starts = [a for a, _ in taken]
    out: list[tuple[int, int]] = []
    open_pos: int | None = None
    n = len(body)
    for m in _SINGLE.finditer(body):
        p = m.start()
        i = bisect.bisect_right(starts, p) - 1
        if i >= 0 and taken[i][0] <= p < taken[i][1]:
            continue
        prev = body[p - 1] if p else "\n"
        nxt = body[p + 1] if p + 1 < n else "\n"
        if body[p] == "‘" and prev in _OPEN_BEFORE and not nxt.isspace():
            open_pos = p
        elif body[p] == "’" and open_pos is not None and not nxt.isalnum() and not prev.isspace():
            if p - open_pos < 1500 and "\n\n" not in body[open_pos:p]:
                out.append((open_pos, p + 1))
            open_pos = None
    return out


def _inside(regions: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(regions, (pos, 1 << 62)) - 1
    return i >= 0 and regions[i][0] <= pos < regions[i][1]


# --------------------------------------------------------------------------- discourse


@dataclass(slots=True)
class Actor:
    start: int
    end: int
    person: int | None
    kind: str  # name | description | pronoun | title
    possessive: bool = False
    female: bool | None = None  # for pronouns: she / he
    title: str | None = None  # for titles: the office word ("president")
    code: str | None = None  # for titles: the country named with it ("the Korean minister")
    weak: bool = False  # resolved to the latest subject only, no role or country confirming it


_DESC_CACHE: dict[str, re.Pattern[str]] = {}


def _description_re() -> re.Pattern[str]:
    """'the Russian leader', 'the President of Kazakhstan', 'the President' (bare)."""
    key = "desc"
    if key not in _DESC_CACHE:
        demonym = _reference.demonym_trie()  # demonym_pattern() as a prefix tree: same matches, faster
        country = _reference.country_name_trie()
        # the lookaheads on the initials let most words after "the" fail before the long alternations
        initials = re.escape("".join(sorted({d[0] for c in _reference.countries() for d in c.demonyms})))
        dem = rf"(?:(?=[{initials}])(?P<dem>{demonym})\s+)?" if demonym else ""
        of = rf"(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<cty>{country}))?" if country else ""
        _DESC_CACHE[key] = re.compile(
            # "\b[Tt]he", written as "[Tt](?<!\w.)he" so the engine scans for the first letter
            rf"[Tt](?<!\w.)he\s+{dem}(?P<title>(?i:(?=[{_TITLE_INITIALS}]){_TITLE_NOUNS}))\b{of}(?!\s+[A-Z][a-z])"
        )
    return _DESC_CACHE[key]


# "the head of Peruvian diplomacy": the office a periphrasis names (the latest holder is meant)
_PERIPHRASIS_OFFICE = {"diplomacy": "minister of foreign affairs", "government": "prime minister"}


def _periphrasis_re() -> re.Pattern[str] | None:
    key = "periphrasis"
    if key not in _DESC_CACHE:
        demonym = _reference.demonym_trie()
        _DESC_CACHE[key] = re.compile(
            rf"[Tt](?<!\w.)he\s+head\s+of\s+(?:the\s+)?(?P<dem>{demonym})\s+(?P<what>diplomacy|government)\b"
        ) if demonym else None
    return _DESC_CACHE[key]


def _periphrases(body: str) -> Iterator[re.Match[str]]:
    """``_periphrasis_re().finditer(body)``, the pattern tried only where a match can start.

    A match is "the" or "The", white space, then "head": it starts three characters before the
    white space that ends at an occurrence of "head". Those offsets are tried in order from the end of
    the last match, as ``finditer`` would find them.
    """
    rx = _periphrasis_re()
    if rx is None:
        return
    starts: set[int] = set()
    i = body.find("head")
    while i != -1:
        ws = space_before(body, i)
        if 3 <= ws < i:
            starts.add(ws - 3)
        i = body.find("head", i + 1)
    yield from matches_at(rx, body, starts)


def _country_code(text: str, demonym: bool) -> str | None:
    if not text:
        return None
    c = _reference.country_by_demonym(text) if demonym else _reference.country_by_name(text)
    return c.code if c is not None else None


_MANY_KEYS = 16  # from this many keys on, one pattern of them all is searched instead of each key in turn


@lru_cache(maxsize=64)
def _keys_re(keys: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the literal ``keys`` (a prefix tree: it matches wherever one of them starts)."""
    return re.compile(_reference.prefix_tree(keys))


_LIST_MARK = re.compile(r"[ \t]*\d{1,2}\.(?=[ \t])")
# r"[.!?…]+[\"”»’)]*(?=\s)|\n", written to open on one character class so the engine scans for it
_SENT_END = re.compile(r"[\n.!?…](?:(?<=\n)|[.!?…]*[\"”»’)]*(?=\s))")


_FAMILY_PHRASES = {"head_of_state": "head of state", "head_of_government": "head of government"}
_WORD_BEFORE_DOT = re.compile(r"(?<![\w.])([A-Za-z]{1,5})\Z")
_MONTH_ABBREVIATIONS = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})
_NAME_ABBREVIATIONS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Maj", "Capt", "Sen",
                                 "Rep", "Gov", "Amb", "Hon", "Rev", "Fr", "Messrs"})


def _abbreviation_dot(body: str, dot: int) -> bool:
    """The dot at ``dot`` closes an abbreviation inside a sentence: an initial ("S. Alcaraz"), a
    title before a name ("Dr. Ade"), a month before its day ("Oct. 15"), or any word followed by a
    lower-case word ("U.S. officials", "Jr. said")."""
    j = dot + 1
    n = len(body)
    while j < n and body[j] in " \t\u00a0":
        j += 1
    if j == dot + 1 or j >= n:
        return False
    nxt = body[j]
    if nxt.islower():
        return True
    w = _WORD_BEFORE_DOT.search(body, max(0, dot - 6), dot)
    if w is None:
        return False
    word = w.group(1)
    if nxt.isdigit():
        return word in _MONTH_ABBREVIATIONS
    if not nxt.isupper():
        return False
    return (len(word) == 1 and word.isupper()) or word in _NAME_ABBREVIATIONS


class Discourse:
    """Sentences, quoted regions and resolved person references of one body."""

    def __init__(self, body: str, people: PeopleFinding | Any) -> None:
        self.body = body
        self.people = people
        marks = _mark_quotes(body)
        singles = _single_quotes(body, marks)
        self.mark_regions = sorted(marks + singles)
        self.dash_regions = self._dash_regions()
        self.regions = sorted(
            [QuoteRegion(a, b, a + 1, b - 1, "mark") for a, b in self.mark_regions] + self.dash_regions,
            key=lambda r: r.start,
        )
        self.quoted = sorted([(r.start, r.end) for r in self.regions])
        self._roles: dict[int, set[str]] = {}
        for role in getattr(people, "roles", []) or []:
            words = (getattr(role, "title_normalized", "") or getattr(role, "title", "") or "").lower()
            held = self._roles.setdefault(role.person, set())
            held.add(words)
            found = lookup(words.split(" of ")[0]) or lookup(words)
            if found and found[0].family in _FAMILY_PHRASES:
                held.add(_FAMILY_PHRASES[found[0].family])  # a president is "the Head of State" too
        self._female: dict[int, bool] = {
            i: _female(p.name) for i, p in enumerate(getattr(people, "people", []) or [])
        }
        self.sentences = self._sentences()
        self.sent_starts = [s for s, _ in self.sentences]
        self.actors: list[Actor] = []
        self.subjects: list[tuple[int, int]] = []  # (position, person) of each sentence subject
        self._resolve()
        self.actor_starts = [a.start for a in self.actors]

    # ---- quoted regions
    def _dash_regions(self) -> list[QuoteRegion]:
        body = self.body
        out: list[QuoteRegion] = []
        if "—" not in body and "–" not in body:
            return out  # no dash to open a quote: spare the line-by-line regex
        for m in _DASH_LINE.finditer(body):
            if _inside(self.mark_regions, m.start()):
                continue
            line_end = body.find("\n", m.end())
            if line_end == -1:
                line_end = len(body)
            seg_start = m.end()
            state = "quote"
            attr_start = None
            last_attr: tuple[int, int] | None = None
            segs: list[QuoteRegion] = []
            for d in _DASH_DELIM.finditer(body, m.end(), line_end):
                if _inside(self.mark_regions, d.start()):
                    continue
                nxt = _DASH_DELIM.search(body, d.end(), line_end)
                piece_end = nxt.start() if nxt else line_end
                if state == "quote":
                    if d.group("dot"):
                        continue  # ". —" inside a quote: a new sentence of the same speaker
                    if not self._looks_like_attribution(d.end(), piece_end):
                        continue
                    text_end = d.start() if d.group("c") or d.group("bare") else d.start() + 1
                    segs.append(QuoteRegion(seg_start - 2, text_end, seg_start, text_end, "dash",
                                            head=last_attr, line_start=not segs))
                    state, attr_start = "attr", d.end()
                else:
                    last_attr = (attr_start or d.start(), d.start() + (1 if d.group("dot") else 0))
                    if segs and segs[-1].tail is None:
                        segs[-1].tail = last_attr
                    state, seg_start = "quote", d.end()
            if state == "quote":
                end = line_end
                while end > seg_start and body[end - 1].isspace():
                    end -= 1
                if end > seg_start:
                    segs.append(QuoteRegion(seg_start - 2, end, seg_start, end, "dash", head=last_attr,
                                            line_start=not segs))
            elif attr_start is not None and segs and segs[-1].tail is None:
                segs[-1].tail = (attr_start, line_end)
            out.extend(segs)
        return out

    def _looks_like_attribution(self, start: int, end: int) -> bool:
        piece = self.body[start:min(end, start + 160)]
        v = _SPEECH_RE.search(piece)
        if v is None:
            return False
        before = piece[: v.start()].split()
        return len(before) <= 7 and not any(w.endswith((".", "!", "?")) for w in before)

    # ---- sentences
    def _sentences(self) -> list[tuple[int, int]]:
        body = self.body
        out: list[tuple[int, int]] = []
        start = 0
        for m in _SENT_END.finditer(body):
            if m.group() != "\n" and _inside(self.quoted, m.start()):
                continue
            if m.group() == "." and (_LIST_MARK.match(body, body.rfind("\n", 0, m.start()) + 1) is not None
                                     or _abbreviation_dot(body, m.start())):
                continue  # "1. Agreement on ...", "Oct. 15", "Rodolfo S. Alcaraz": no sentence ends there
            end = m.end()
            if body[start:end].strip():
                out.append((start, end))
            start = end
        if body[start:].strip():
            out.append((start, len(body)))
        return out

    @property
    def lower(self) -> str:
        """The body in lower case (computed once, for literal keyword searches)."""
        low = self.__dict__.get("_lower")
        if low is None:
            low = self.__dict__["_lower"] = lowered(self.body)  # shared with the people scan
        return low

    def keyword_sentences(self, keys: tuple[str, ...]) -> list[int]:
        """Indices, in order, of the sentences in which one of the lower-case ``keys`` starts (cached per keys)."""
        cache = self.__dict__.setdefault("_keyword_sentences", {})
        found = cache.get(keys)
        if found is None:
            low, starts = self.lower, self.sent_starts
            indices: set[int] = set()
            many = len(keys) >= _MANY_KEYS
            if many:
                # one search for the earliest of many keys, then on from the next sentence
                rx = _keys_re(keys)
                m = rx.search(low)
                while m is not None:
                    si = max(bisect.bisect_right(starts, m.start()) - 1, 0)
                    indices.add(si)
                    m = rx.search(low, starts[si + 1]) if si + 1 < len(starts) else None
            for k in () if many else keys:
                i = low.find(k)
                while i != -1:
                    si = max(bisect.bisect_right(starts, i) - 1, 0)
                    indices.add(si)
                    # later occurrences in the same sentence add nothing: go on from the next sentence
                    i = low.find(k, starts[si + 1]) if si + 1 < len(starts) else -1
            found = cache[keys] = sorted(indices)
        return found

    def sentence_at(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sentences[max(i, 0)] if self.sentences else (0, len(self.body))

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, pos) - 1, 0)

    def in_quote(self, pos: int) -> bool:
        return _inside(self.quoted, pos)

    # ---- actors
    def _raw_actors(self) -> list[Actor]:
        body = self.body
        actors: list[Actor] = []
        taken: list[tuple[int, int]] = []
        for mention in getattr(self.people, "mentions", []) or []:
            s, e = mention.span.start, mention.span.end
            kind = "description" if getattr(mention, "kind", "name") == "description" else "name"
            actor = Actor(s, e, mention.person, kind)
            if kind == "description":
                dm = _description_re().match(body, s)
                if dm is not None:
                    actor.title = " ".join(dm.group("title").lower().split())
                    actor.code = _country_code(dm.groupdict().get("cty") or "", False) or _country_code(
                        dm.groupdict().get("dem") or "", True)
            actors.append(actor)
            taken.append((s, e))
        taken.sort()
        # the title phrase of a role whose holder is named ("The president of Y, Ann Lee, said") is that holder
        held = sorted((r.span.start, r.span.end, r.person) for r in getattr(self.people, "roles", []) or []
                      if getattr(r, "span", None) is not None and r.person is not None)
        held_starts = [h[0] for h in held]
        for m in _description_re().finditer(body):
            if _overlaps(taken, m.start(), m.end()):
                continue
            i = bisect.bisect_right(held_starts, m.start()) - 1
            if i >= 0 and held[i][0] <= m.start() and m.end() <= held[i][1]:
                actors.append(Actor(m.start(), m.end(), held[i][2], "description"))
                continue
            person = None
            code = _country_code(m.groupdict().get("cty") or "", False) or _country_code(
                m.groupdict().get("dem") or "", True
            )
            title = " ".join(m.group("title").lower().split())
            if code and title in ("president", "leader", "head of state", "king", "queen", "emir",
                                  "monarch", "sultan", "emperor", "empress"):
                hos = getattr(self.people, "head_of_state", None)
                person = hos(code) if hos else None
            actors.append(Actor(m.start(), m.end(), person, "description" if person is not None else "title",
                                title=title, code=code))
        for m in _periphrases(body):
            if not _overlaps(taken, m.start(), m.end()):
                actors.append(Actor(m.start(), m.end(), None, "title", title=_PERIPHRASIS_OFFICE[m.group("what")],
                                    code=_country_code(m.group("dem"), True)))
        for m in _PRONOUN_RE.finditer(body):
            if not _overlaps(taken, m.start(), m.end()):
                actors.append(Actor(m.start(), m.end(), None, "pronoun", female=m.group().lower() == "she"))
        actors.sort(key=lambda a: a.start)
        for a in actors:
            a.possessive = a.kind != "pronoun" and bool(_POSSESSIVE_AFTER.match(body, a.end))
        return actors

    def _role_holder(self, title: str, code: str | None) -> int | None:
        for role in getattr(self.people, "roles", []) or []:
            t = (getattr(role, "title_normalized", "") or getattr(role, "title", "") or "").lower()
            if title in t and (code is None or role.country == code):
                return role.person
        return None

    def _country_of(self, p: int) -> str | None:
        persons = getattr(self.people, "people", []) or []
        return getattr(persons[p], "country", None) if 0 <= p < len(persons) else None

    def _fits(self, p: int, title: str, code: str | None) -> bool:
        """``p`` holds ``title`` (of the country ``code``, when one is named)."""
        if not any(title in t for t in self._roles.get(p, ())):
            return False
        return code is None or self._country_of(p) in (code, None)

    def _may_be(self, p: int, title: str, code: str | None) -> bool:
        """Nothing known contradicts ``p`` being "the <title>" (of ``code``): not of another country,
        and not holding only other offices ("the Emir" is not the President, "the Speaker" not a deputy)."""
        c = self._country_of(p)
        if code is not None and c is not None and c != code:
            return False
        if title not in _OFFICES:
            return True
        roles = self._roles.get(p, ())
        if any(title in t for t in roles):
            return True
        return not any(_OFFICE_RE.search(t) for t in roles)

    def _resolve(self) -> None:
        raw = self._raw_actors()
        first_named: dict[int, int] = {}
        for a in raw:
            if a.kind == "name" and a.person is not None:
                first_named.setdefault(a.person, a.start)
        si = 0
        cur_subject: int | None = None
        cur_sentence = -1
        for a in raw:
            if self.in_quote(a.start):
                continue
            idx = self.sentence_index(a.start)
            if idx != cur_sentence:
                cur_sentence, cur_subject = idx, None
            if a.kind == "pronoun":
                a.person = self._antecedent(a.start, female=a.female)
            elif a.kind == "title":
                a.person, a.weak = self._title_antecedent(a.start, a.title or "", a.code)
            elif a.kind == "description" and a.title and a.code:
                # "the Korean minister" right after "Minister X noted ...": X, the latest such subject
                # (one of no stated country only when the description names no holder of that very country)
                exact = a.person is not None and self._country_of(a.person) == a.code
                for _s, p in reversed(self.subjects[-4:]):
                    if self._fits(p, a.title, a.code) and (not exact or self._country_of(p) == a.code):
                        a.person = p
                        break
            if (a.kind == "description" and a.title and a.person is not None
                    and first_named.get(a.person, -1) >= self.sentences[idx][1]):
                # "the head of the regulator" cannot point at someone the text names only later
                a.person, a.weak = self._title_antecedent(a.start, a.title, a.code)
            self.actors.append(a)
            if a.person is not None and cur_subject is None and not a.possessive:
                cur_subject = a.person
                self.subjects.append((a.start, a.person))
            si += 1

    def _antecedent(self, pos: int, *, female: bool | None = None, title: str | None = None) -> int | None:
        """The most recent sentence subject before ``pos`` compatible with a pronoun or bare title."""
        recent = [p for s, p in reversed(self.subjects[-12:]) if s < pos]
        if not recent:
            return None
        if female is not None:
            for p in recent[:4]:
                if self._female.get(p, False) == female:
                    return p
        if title is not None:
            for p in recent[:8]:
                if any(title in t for t in self._roles.get(p, ())):
                    return p
            # "Emperor X greeted King Y ... the King's visit": the last person named with that title,
            # subject or not
            for a in reversed(self.actors[-40:]):
                if a.person is not None and a.start < pos and any(title in t for t in self._roles.get(a.person, ())):
                    return a.person
        return recent[0]

    def _title_antecedent(self, pos: int, title: str, code: str | None) -> tuple[int | None, bool]:
        """Who "the <title>" (of ``code``) is: the latest subject holding that office, else the latest
        person named with it, else its holder in the text; failing that the latest subject nothing
        contradicts (a weak guess)."""
        recent = [p for s, p in reversed(self.subjects[-12:]) if s < pos]
        for p in recent[:8]:
            if self._fits(p, title, code):
                return p, False
        for a in reversed(self.actors[-40:]):
            if a.person is not None and a.start < pos and self._fits(a.person, title, code):
                return a.person, False
        if code is not None:
            holder = self._role_holder(title, code)
            if holder is not None:
                return holder, False
        for p in recent:
            if self._may_be(p, title, code):
                return p, True
        return None, False

    def alternatives(self, pos: int, title: str | None, code: str | None) -> list[int]:
        """The recent subjects before ``pos`` that "the <title>" (or a pronoun) may refer to, latest first."""
        out: list[int] = []
        for _s, p in reversed(self.subjects[-16:]):
            if _s < pos and p not in out and (title is None or self._may_be(p, title, code)):
                out.append(p)
        return out

    def actors_between(self, start: int, end: int) -> list[Actor]:
        i = bisect.bisect_left(self.actor_starts, start)
        out = []
        while i < len(self.actors) and self.actors[i].start < end:
            out.append(self.actors[i])
            i += 1
        return out

    def person_at(self, start: int, end: int) -> int | None:
        for a in self.actors_between(start, end):
            if a.person is not None:
                return a.person
        return None

    def subject_before(self, pos: int) -> int | None:
        recent = [p for s, p in self.subjects if s < pos]
        return recent[-1] if recent else None


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect.bisect_right(spans, (s, 1 << 62)) - 1
    if i >= 0 and spans[i][1] > s:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < e


# --------------------------------------------------------------------------- speakers

# the end of an attribution; the point of an honorific ("said Dr. X", "Mrs. X told") ends nothing
_HONORIFIC_POINT = r"(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bProf)(?<!\bSen)(?<!\bGen)(?<!\bCol)(?<!\bHon)"
_TAIL_STOP = re.compile(r"(?:" + _HONORIFIC_POINT + r"\.|[;!?])(?=\s|$)|\n|[“\"«]|,\s*[—–]")


@dataclass(slots=True)
class _Tag:
    found: bool
    person: int | None = None
    extra: dict[str, int] = field(default_factory=dict)
    actor: Actor | None = None
    verb: str = ""


def _clause_tag(d: Discourse, start: int, end: int, *, verb_first_only: bool = False) -> _Tag:
    """An attribution inside ``[start, end)``: 'Novak said', 'said the President', 'a user wrote'."""
    body = d.body
    clause = body[start:end]
    v = _SPEECH_RE.search(clause)
    if v is None:
        return _Tag(False)
    subj = clause[: v.start()].strip(" ,—–-\t\n")
    if len(subj.split()) > 8:
        return _Tag(False)
    if subj:
        if verb_first_only:
            return _Tag(False)
        if _INDEFINITE.match(subj):
            return _Tag(True, None)
        for a in d.actors_between(start, start + v.start()):
            if a.person is not None:
                return _Tag(True, a.person, actor=a, verb=v.group().lower())
        return _Tag(True, None)
    after = clause[v.end():].lstrip(" ,")
    if _INDEFINITE.match(after):
        return _Tag(True, None)
    for a in d.actors_between(start + v.end(), min(end, start + v.end() + 90)):
        if a.person is not None:
            return _Tag(True, a.person, actor=a, verb=v.group().lower())
    return _Tag(True, None)


def _tail_tag(d: Discourse, r: QuoteRegion) -> _Tag:
    body = d.body
    if r.style == "dash":
        return _clause_tag(d, *r.tail) if r.tail else _Tag(False)
    p = r.end
    while p < len(body) and body[p] in " \t,—–-:":
        p += 1
    quote_text = body[r.text_start:r.text_end].rstrip()
    stop = _TAIL_STOP.search(body, p, min(len(body), p + 240))
    end = stop.start() if stop else min(len(body), p + 240)
    if end <= p:
        return _Tag(False)
    if quote_text.endswith((".", "!", "?")) and body[p:p + 1].isupper():
        # a new sentence after a complete quote: only 'Name said.' counts
        tag = _clause_tag(d, p, end)
        return tag if tag.found and tag.person is not None and end - p < 60 else _Tag(False)
    participle = _PARTICIPLE.match(body, p, end)
    if participle and _SPEECH_RE.match(participle.group()):
        return _Tag(False)  # '"...," recalling Japanese aid': the sentence's subject spoke (head tag)
    return _clause_tag(d, p, end)


_PARTICIPLE = re.compile(r"[a-z]+ing\b")


def _embedded(body: str, r: QuoteRegion) -> bool:
    """A phrase quoted inside running text: 'was ready to “go further” in Asia and announced ...',
    'greetings to his “dear brother” X' (no comma or dash hands the quote over to an attribution)."""
    if r.style != "mark" or body[r.text_end - 1:r.text_end] in ",.!?…;:":
        return False
    p = r.end
    while p < len(body) and body[p] in " \t":
        p += 1
    return p < len(body) and body[p] not in ",—–-\n"


_NEXT_DASH_LINE = re.compile(r"[ \t]*\n\s*[—–]")
_WHO_BEFORE = re.compile(r"\s*,?\s*who\s+(?:[a-z]+\s+){0,2}\Z")


def _head_tag(d: Discourse, r: QuoteRegion) -> _Tag:
    """A tag in the sentence before the opening mark: 'X noted that “…'", 'X said:'."""
    body = d.body
    if r.style == "dash":
        return _clause_tag(d, *r.head) if r.head else _Tag(False)
    s_start, _ = d.sentence_at(r.start)
    prefix_start = s_start
    if not body[s_start:r.start].strip():
        # quote opens its sentence: a colon at the end of the previous one introduces it
        k = s_start - 1
        while k >= 0 and body[k].isspace():
            k -= 1
        if k >= 0 and body[k] == ":":
            prefix_start, _ = d.sentence_at(k)
        else:
            return _Tag(False)
    text = body[prefix_start:r.start]
    found = False
    for v in _SPEECH_RE.finditer(text):
        found = True
        named = [a for a in d.actors_between(prefix_start, prefix_start + v.start())
                 if a.person is not None and not a.possessive and not d.in_quote(a.start)]
        if named and _WHO_BEFORE.match(body, named[-1].end, prefix_start + v.start()):
            return _Tag(True, named[-1].person)  # "talks with X, who said ...": X speaks
        for a in d.actors_between(prefix_start, prefix_start + v.start()):
            if a.person is not None and not a.possessive and not d.in_quote(a.start):
                return _Tag(True, a.person)
    return _Tag(found, None)


_COMM_CONTEXT = re.compile(
    r"\b(?:said|says|stated|noted|notes|added|highlighted|highlights|emphasi[sz]ed|emphasi[sz]es|stressed|"
    r"stresses|underlined|told|explained|recalled|concluded|declared|announced|asked|replied|answered|"
    r"remarked|continued|invited|invites|thanked|thanks|urged|spoke|speaks|addressed|turned\s+to|"
    r"took\s+the\s+floor|takes\s+the\s+floor|wrote|writes|joked|expressed|pointed|proposed|called|"
    r"reiterated|assured|insisted)\b",
    re.I,
)


def _context_speaker(d: Discourse, r: QuoteRegion) -> int | None:
    """A quote standing alone after a sentence naming a person: that person."""
    body = d.body
    line_start = body.rfind("\n", 0, r.start) + 1
    if body[line_start:r.start].strip():
        return None
    after = body[r.end:r.end + 120]
    if after.split("\n", 1)[0].strip(" .,\t"):
        return None  # text follows the quote on its line: no standalone quote
    if _BANNER_AFTER.match(after.lstrip()):
        return None
    k = line_start - 1
    while k >= 0 and body[k].isspace():
        k -= 1
    if k < 0:
        return None
    s, e = d.sentence_at(k)
    if d.in_quote(k) or not _COMM_CONTEXT.search(body, s, e + 1):
        return None
    for a in d.actors_between(s, e + 1):
        if a.person is not None and not a.possessive and not d.in_quote(a.start):
            return a.person
    return None


def _is_thing_name(text: str) -> bool:
    words = text.strip(" .,!?:;").split()
    if not words:
        return True
    if len(words) > 5 or text.rstrip().endswith(("!", "?")):
        return False
    caps = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    return bool(caps) and all(w[:1].isupper() or w[:1].isdigit() for w in caps)


def _quote_text(body: str, r: QuoteRegion) -> str:
    s = body[r.text_start:r.text_end]
    s = re.sub(r"\n\s*[“\"«‘]", " ", s)
    s = _fold(s)
    if s.endswith(","):
        s = s[:-1].rstrip()
    return s


def find_quotes(body: str, people: PeopleFinding | Any, *, discourse: Discourse | None = None
                ) -> list[ExtractedQuote]:
    """Direct quotations with a named speaker, in order of appearance."""
    d = discourse or Discourse(body, people)
    out: list[ExtractedQuote] = []
    prev: tuple[QuoteRegion, int | None] | None = None
    for r in d.regions:
        text = _quote_text(body, r)
        if not text or not any(c.isalpha() for c in text):
            continue
        before = body[max(0, r.start - 40):r.start]
        named = _NAMEISH_BEFORE.search(before)
        if named and _CALLED.match(named.group()) and _said_words(text):
            named = None  # 'which the minister called “a first step – now we want to build on it together”': words said
        if (_BANNER_TEXT.match(text) or named
                or (r.style == "mark" and _is_thing_name(text))):
            prev = None
            continue
        if any(o.start <= r.start < o.end for o, _ in ([prev] if prev else [])) and r.style == "mark":
            continue  # nested inside the previous quotation
        speaker: int | None = None
        confidence = 0.0
        tag = _tail_tag(d, r)
        head_first = _head_tag(d, r) if _embedded(body, r) else None
        if head_first is not None and head_first.person is not None:
            speaker, confidence = head_first.person, 0.8  # the sentence's own speaker, not a later verb's
        elif tag.found:
            speaker, confidence = tag.person, 0.9
            if prev is not None and speaker is not None and speaker == prev[1]:
                speaker = _turn(d, prev[0], r, tag, speaker)
        else:
            head = _head_tag(d, r)
            if head.found:
                speaker, confidence = head.person, 0.8
            elif prev is not None and prev[1] is not None and (_continues(d, prev[0], r) or _resumes(d, prev[0], r)):
                speaker, confidence = prev[1], 0.8
            elif r.style == "dash" and text.endswith("?") and _NEXT_DASH_LINE.match(body, r.end):
                prev = (r, None)
                continue  # "– Is the deal done?" answered on the next dash line: the interviewer asks
            elif prev is not None and prev[1] is not None and _next_paragraph(body, prev[0], r):
                speaker, confidence = prev[1], 0.7  # a quotation running on over paragraphs
            else:
                speaker = _context_speaker(d, r)
                confidence = 0.6
        prev = (r, speaker)
        if speaker is None:
            continue
        # The evidence span covers the quoted words, not the comma that introduces the attribution.
        raw = body[r.text_start:r.text_end]
        end = r.text_start + len(raw.rstrip(",; \n\t")) if not text.endswith(",") else r.text_end
        out.append(ExtractedQuote(text=text, speaker=speaker, span=Span(r.text_start, end),
                                  confidence=confidence))
    return out


_TURN_VERBS = frozenset(("replied", "replies", "answered", "answers", "responded", "responds", "retorted",
                         "objected", "countered", "insisted", "insists", "interrupted"))


def _turn(d: Discourse, a: QuoteRegion, b: QuoteRegion, tag: _Tag, speaker: int) -> int:
    """Dialogue turns: a reply tagged "the Speaker replied" right after a quotation of X is not X's own
    when "the Speaker" was only guessed to be X; it is the latest other person it may be."""
    actor = tag.actor
    if actor is None or b.start - a.end > 400 or d.body.count("\n\n", a.end, b.start) > 1:
        return speaker
    if not (actor.weak or (actor.kind == "pronoun" and tag.verb in _TURN_VERBS)):
        return speaker
    title = actor.title if actor.kind == "title" else None
    others = [p for p in d.alternatives(b.start, title, actor.code) if p != speaker]
    if actor.kind == "pronoun":
        others = [p for p in others if d._female.get(p, False) == bool(actor.female)]
    return others[0] if others else speaker


def _resumes(d: Discourse, a: QuoteRegion, b: QuoteRegion) -> bool:
    """``b`` opens right after the short attribution closing ``a``'s sentence, in the same paragraph:
    '"...," Mutua said. "The rest."' (``b`` names no speaker of its own)."""
    gap = d.body[a.end:b.start]
    if len(gap) > 80 or "\n" in gap or not gap.rstrip().endswith("."):
        return False
    inner = gap.rstrip()[:-1]
    return bool(_SPEECH_RE.search(inner)) and not re.search(r"[.!?;:]", inner)


def _next_paragraph(body: str, a: QuoteRegion, b: QuoteRegion) -> bool:
    """``b`` is the whole paragraph right after the one that ``a`` closes: the same speaker goes on."""
    gap = body[a.end:b.start]
    return "\n" in gap and not gap.strip() and not body[b.end:b.end + 200].split("\n", 1)[0].strip(" .,\t")


def _continues(d: Discourse, a: QuoteRegion, b: QuoteRegion) -> bool:
    """``b`` resumes the quotation ``a`` after an attribution in the same sentence."""
    if b.start - a.end > 250:
        return False
    gap = d.body[a.end:b.start]
    return "\n" not in gap and bool(_SPEECH_RE.search(gap)) and gap.rstrip().endswith((",", ":", "—", "–"))
