"""Agreements, memoranda, declarations, documents... that a text says were signed (no Django).

One record per statement: a noun phrase naming an instrument ("an intergovernmental agreement on
cooperation in healthcare", "20 cooperation agreements", "a document on the opening of ...") in a
sentence (or right after one) that says it was signed, expected, adopted, prepared, exchanged or
ratified. Plain "documents were signed" statements without a count or a title are pooled into one
"documents" record per text, and only when the text gives no count of its own.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from . import reference as _reference
from .dates import find_dates
from .people import ref_country_by_city, ref_country_by_demonym, ref_country_by_name
from .quotes import Discourse
from .types import ExtractedAgreement, PartialDate, Span

if TYPE_CHECKING:  # pragma: no cover
    from .people import PeopleFinding


_KINDS = {
    "agreement": "agreement", "arrangement": "agreement",
    "accord": "agreement", "deal": "agreement", "contract": "agreement",
    "memorandum": "memorandum", "memoranda": "memorandum", "mou": "memorandum",
    "declaration": "declaration", "communique": "declaration", "communiqué": "declaration",
    "statement": "declaration",
    "treaty": "treaty", "treaties": "treaty", "convention": "treaty",
    "protocol": "protocol",
    "programme": "programme", "program": "programme", "roadmap": "programme", "road map": "programme",
    "plan": "programme",
    "decision": "decision",
    "document": "document", "text": "document",
    "letter of intent": "memorandum", "letters of intent": "memorandum",
}
_NOUN = (
    r"(?P<noun>agreements?|arrangements?|accords?|deals?|contracts?|memorand(?:um|a|ums)|MoUs?|declarations?|"
    r"communiqu[eé]s?|joint\s+statements?|treat(?:y|ies)|conventions?|protocols?|programmes?|programs?|"
    r"road\s?maps?|(?:action|cooperation|comprehensive)\s+plans?|"
    r"plans?\s+of\s+(?:consultations|action|measures|events|activities|joint\s+actions)|decisions?|documents?|texts|"
    r"exchanges?\s+of\s+(?:notes|letters)|letters?\s+of\s+intent)"
)
_NOUN_FAST = re.compile(
    r"\b(?:[Aa]greement|[Aa]rrangement|[Aa]ccord|[Dd]eal|[Cc]ontract|[Mm]emorand|Mo[Uu]|[Dd]eclaration|[Cc]ommuniqu|[Ss]tatement|"
    r"[Tt]reat|[Cc]onvention|[Pp]rotocol|[Pp]rogram|[Rr]oad\s?map|[Pp]lan|[Dd]ecision|[Dd]ocument|[Tt]exts\b|AGREEMENT|"
    r"MEMORAND|DECLARATION|TREATY|PROTOCOL|DOCUMENT|[Ee]xchanges?\s+of\s+(?:[Nn]otes|[Ll]etters)|"
    r"[Ll]etters?\s+of\s+[Ii]ntent|LETTERS?\s+OF\s+INTENT)"
)
# Literal openings of the words _NOUN_FAST matches: every match starts where one of them occurs.
_NOUN_LITERALS = (
    "Agreement", "agreement", "AGREEMENT", "Arrangement", "arrangement",
    "Accord", "accord", "Deal", "deal", "Contract", "contract",
    "Memorand", "memorand", "MEMORAND", "MoU", "Mou", "Declaration", "declaration", "DECLARATION",
    "Communiqu", "communiqu", "Statement", "statement", "Treat", "treat", "TREATY", "Convention",
    "convention", "Protocol", "protocol", "PROTOCOL", "Program", "program", "Road", "road", "Plan", "plan",
    "Decision", "decision", "Document", "document", "DOCUMENT", "Exchange", "exchange", "Letter", "letter", "LETTER",
    "Texts", "texts",
)


# The lower-case forms of those openings, shortest kept ("treat" finds "treaty" too); a test checks
# that every opening starts with one of them.
_NOUN_STEMS = ("accord", "agreement", "arrangement",
               "communiqu", "contract", "convention", "deal", "decision", "declaration",
               "document", "exchange", "letter", "memorand", "mou", "plan", "program", "protocol", "road",
               "statement", "texts", "treat")


_TO_THE_PRESS = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?(?:press|media|journalists|reporters)\b", re.I)


def _noun_positions(body: str, low: str | None = None) -> list[int]:
    """The start of every _NOUN_FAST match in ``body`` (found by literal search, checked by the regex).

    ``low`` is ``body.lower()`` when the caller has it already.
    """
    out: list[int] = []
    match = _NOUN_FAST.match
    if low is None:
        low = body.lower()
    if len(low) == len(body):
        # offsets agree: every opening, whatever its case, is found by its lower-case stem
        literals, find = _NOUN_STEMS, low.find
    else:
        literals, find = _NOUN_LITERALS, body.find
    for lit in literals:
        i = find(lit)
        while i != -1:
            if match(body, i):
                out.append(i)
            i = find(lit, i + 1)
    return out


_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "dozen": 12,  # "a dozen documents" (not "half a dozen", "two dozen": see _NUM)
}
_LEVELS = {
    "intergovernmental": "intergovernmental", "inter-governmental": "intergovernmental",
    "interstate": "interstate", "inter-state": "interstate",
    "interdepartmental": "interdepartmental", "inter-departmental": "interdepartmental",
    "interagency": "interdepartmental", "inter-agency": "interdepartmental",
}
_MODIFIER = (
    r"(?:intergovernmental|inter-governmental|interstate|inter-state|interdepartmental|inter-departmental|"
    r"interagency|inter-agency|bilateral|multilateral|trilateral|cooperation|partnership|strategic|"
    r"important|very|key|major|new|joint|framework|investment|trade|commercial|economic|industrial|"
    r"final|additional|several|various|relevant|corresponding|landmark|historic|comprehensive|"
    r"loan|credit|grant|financing|supply|purchase|"
    # fields and kinds written before the noun ("14 business agreements", "eleven legal stability agreements")
    r"business|legal|stability|sectoral|technical|financial|private|corporate|commercial|tourism|energy|defen[cs]e|"
    r"security|health|education|cultural|scientific|academic|military|visa|aviation|transport|customs|tax|"
    r"agricultural|investor|intergovernment|development|labour|labor|mobility|migration|fisheries|mining|"
    r"environmental|climate|digital|nuclear|maritime|consular|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-year|"
    r"and|binding|legally|official|signed|(?-i:[A-Z][\w-]+))"
)
# Modifiers kept when written with a capital ("Joint Declaration", "Comprehensive Strategic Partnership Treaty").
_KNOWN_MODIFIERS = frozenset(("joint", "bilateral", "multilateral", "trilateral", "framework", "comprehensive",
                              "strategic", "cooperation", "partnership", "final", "loan", "credit", "grant"))
_NUM = (r"(?P<num>\d{1,3}|" + "|".join(w for w in _NUMBER_WORDS if w != "dozen")
        + r"|(?<!half a )(?<![a-z]{3} )dozen)")  # "a dozen", not "half a dozen" or "two dozen"
_PHRASE = re.compile(
    r"(?:\b(?P<det>an?|the|this|these|those|that|its|their|our|each|every)\s+)?"
    r"(?:\b" + _NUM + r"\s+)?"
    r"(?P<mods>(?:\b" + _MODIFIER + r"\s+){0,4})"
    r"\b" + _NOUN + r"\b",
    re.I,
)
# _PHRASE's own noun, alone: found cheaply, it tells where the next _PHRASE match can start.
_PHRASE_NOUN = re.compile(r"\b" + _NOUN + r"\b", re.I)
_PHRASE_MAX_WORDS = 6  # a determiner, a number and four modifiers before the noun


def _word_char(c: str) -> bool:
    """``c`` belongs to a _PHRASE word: a regex word character or a hyphen."""
    return c.isalnum() or c in "_-"


def _phrases(text: str) -> Iterator[re.Match[str]]:
    """``_PHRASE.finditer(text)``, each search started a few words before the next noun.

    A match is its noun after at most six words (each a run of word characters and hyphens, then
    white space), and its noun is at or after the first noun left in the text: no match starts
    before the sixth such word back from that noun (counting the rest of a hyphenated word the noun
    ends, "EU-agreement"), so the big pattern need not be tried anywhere earlier.
    """
    pos = 0
    while (noun := _PHRASE_NOUN.search(text, pos)) is not None:
        start = noun.start()
        while start > pos and _word_char(text[start - 1]):
            start -= 1
        for _ in range(_PHRASE_MAX_WORDS):
            gap = start
            while gap > pos and text[gap - 1].isspace():
                gap -= 1
            word = gap
            while word > pos and _word_char(text[word - 1]):
                word -= 1
            if gap == start or word == gap:
                break  # no white space, or no word before it: nothing further back can belong
            start = word
        m = _PHRASE.search(text, start)
        if m is None:
            return
        yield m
        pos = m.end()


_COMPLEMENT = re.compile(
    r"\s+(?:on|of|for|between|regarding|concerning|covering|establishing|elevating|that|to\s+(?!be\b)|"
    r"in\s+the\s+field|"
    r"worth)\b(?:[^.;:()\n«»“”]|\.(?=\d))*",
)
_COMPLEMENT_STOP = re.compile(
    r",|\s[—–]\s|\s(?:is|are|was|were|will|would|has|have|had|be|been|which|who|while|when|after|"
    r"before|during|as|with|were|but|and\s+(?:the\s+)?(?:two|both|they|he|she|it))\b"
    # "a memorandum on X and a memorandum on Y": the next instrument of a list
    r"|\s(?:and|as\s+well\s+as)\s+(?:an?|the|another)\s+(?=(?:[\w-]+\s+){0,3}?(?:agreement|accord|memorand|"
    r"declaration|statement|treat|convention|protocol|programme|program|road\s?map|plan|contract|exchange\s+of|"
    r"letters?\s+of\s+intent)"
    r"\w*\b)"
    # "signed a roadmap for X and toured a plant in Y": a second predicate of the subject
    r"|\sand\s+(?:then\s+|also\s+)?(?:watched|witnessed|attended|held|met|discussed|visited|toured|laid|opened|"
    r"launched|took|made|called|noted|stressed|welcomed|expressed|reviewed)\b"
)
# ", Science and Culture": the rest of a list of capitalised words
_TITLE_LIST = re.compile(r",\s+[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)*,?\s+and\s+[A-Z][\w-]*"
                         r"(?=\s*(?:[.,;:)]|$)|\s+(?:for|between|of|in|on)\b)")  # (the title goes on or ends)
# "the X agreement, in force since 2011,": a status written beside the instrument, kept with its title
_IN_FORCE_APPOS = re.compile(r",\s+(?:which\s+(?:has|had)\s+been\s+|(?:which\s+)?(?:is|was)\s+)?"
                             r"(?P<st>in\s+force\s+since\s+[^,;.()\n]+?)\s*(?=[,;.)\n]|$)")
_SIGNED_BETWEEN = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:signed|concluded)\s+"
                             r"(?P<between>between\s+[^,;.()\n]+)")
# "she would not say whether a treaty is ready", "Is the deal done?": not a statement
_WHETHER = re.compile(r"\b(?:whether|if)\b", re.I)
# "they made the decision to ...": a choice made, not a document
_TAKE_DECISION = re.compile(r"\b(?:take|takes|took|taken|taking|make|makes|made|making)\s+(?:an?|the|this)\s+"
                            r"(?:[\w-]+\s+){0,2}$", re.I)
# "... that will allow young people to work ...": the instrument's effect, up to a comma that ends it
_PURPOSE = re.compile(r"\s(?:will|would)\s+(?!be\b|have\b|not\b|also\b)[^,;]*(?:,(?=\d)[^,;]*)*")
# "on agriculture and on the mutual recognition of ...": one phrase naming several instruments
_COORDINATED = {p: re.compile(r"(?:,|\band)\s+" + p + r"\s") for p in ("on", "for", "in", "regarding", "concerning")}
# "agreements worth 8.7 billion euros were concluded on the sidelines of the forum"
_CONCLUDED_AT = re.compile(
    r"^\s*(?:were|was|have\s+been|had\s+been|are|is)\s+(?P<verb>signed|concluded|reached|inked|agreed)\s+"
    r"(?P<pp>(?:on\s+the\s+(?:sidelines|margins)\s+of|at|during|within)\s+[^,.;()\n]+)"
)
_EVENT_NOUN = re.compile(r"\bthe\s+(forum|summit|conference|congress|exhibition|expo|fair|festival|session)\b",
                         re.I)
# "The document sets out ...", "the second memorandum": a bare singular pointing back at a recorded one
_ANAPHORIC_DET = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Ss]uch|[Ss]aid)\s+(?:(?:first|second|third|fourth|"
                            r"latter|former|same|above|new|signed|joint)\s+)?\Z")
_HEADLINE_END = frozenset(".!?…:;\"”»)’'")
_TRAILING = frozenset(
    ["that", "to", "of", "on", "for", "the", "a", "an", "in", "and", "between", "regarding", "concerning"]
)
_NOT_INSTRUMENT_AFTER = re.compile(r"^\s+(?:Organi[sz]ation|Organi[sz]ations|Council|Treaty Organi)")
# "the programme of the visit", "a plan of the trip": an itinerary, not an instrument
_ITINERARY_AFTER = re.compile(r"\s+(?:of|for)\s+(?:the|his|her|their|this|today's|today’s)\s+(?:\w+\s+)?"
                              r"(?:visit|stay|trip|tour|day|days|talks|events|ceremony|celebrations)\b")

_T_RATIFIED = re.compile(r"\bratif(?:y|ied|ies|ication)\b", re.I)
_T_FORCE = re.compile(r"\b(?:entered|enters|came|comes|come)\s+into\s+force\b|\bin\s+force\s+since\b|"
                      r"\b(?:been|remains?|remained)\s+in\s+force\b", re.I)
# The "(?=[...])" openings below list the first letters of the alternatives (a test checks them):
# most words are turned away at their first letter instead of trying every alternative in turn.
_BE_SIGNED = r"\s+be\s+(?:signed|concluded|finali[sz]ed|adopted|ready)"  # "could be signed next spring"
_T_EXPECTED = re.compile(
    r"(?=[abcdeghimnpstuw])\b(?:will|shall|would|to\s+be|expected|could" + _BE_SIGNED + "|may" + _BE_SIGNED + "|might"
    + _BE_SIGNED + r"|set\s+to|plans?\s+to|planned|going\s+to|scheduled|"
    r"are\s+to|is\s+to|prepared|preparing|drafted|due\s+to|intends?\s+to|is\s+to\s+be|negotiating|hopes?\s+to|"
    r"hoping\s+to|under\s+negotiation|being\s+negotiated)\b",
    re.I,
)
_T_NEGOTIATING = re.compile(r"\b(?:negotiating|under\s+negotiation|being\s+negotiated)\b", re.I)
# "the fisheries agreement was renewed for five more years": an instrument kept in force
_T_RENEWED = re.compile(r"\b(?:renewed|renews|prolonged|prolongs|(?:was|were|been|be|is|are)\s+extended)\b", re.I)
_T_FINITE = re.compile(
    r"(?=[abceiprsw])\b(?:signed|sign|signs|inked|concluded|adopted|adopt|adopts|exchanged|exchanging|issued|renewed|"
    r"renews|prolonged|prolongs|was\s+extended|were\s+extended|been\s+extended|be\s+extended|is\s+extended|"
    r"are\s+extended|"
    r"put\s+(?:their|his|her)\s+signatures?|ratif\w+|approved|endorsed|prepared|initialed|initialled)\b",
    re.I,
)
_T_NOMINAL = re.compile(r"(?=[es])\b(?:signing|exchange\s+of|signature)\b", re.I)
# "the two leaders witnessed the exchange of six documents": a signing reported in the past
_T_WITNESSED = re.compile(r"\b(?:witnessed|attended|oversaw|supervised|presided\s+over|looked\s+on\s+at)\s+(?:the\s+)?"
                          r"(?:signing|exchange|signature)\b", re.I)
# a caption line in the present tense: "X and Y witness the exchange of documents at ..."
_PRESENT_CAPTION = re.compile(r"\b(?:witness|witnesses|exchange|exchanges|sign|signs|look\s+on|looks\s+on|"
                              r"attend|attends|shake\s+hands|shakes\s+hands)\b(?!\s+of\b)")
_ACTIVE_SIGN = re.compile(
    r"\b(?:signed|sign|signs|inked|put\s+(?:their|his|her)\s+signatures?|exchanged|initialed)\b", re.I
)
_PASSIVE_AUX = re.compile(r"\b(?:be|been|being|was|were|is|are)\s*$", re.I)
_BILATERAL = re.compile(
    r"\b(?:two|both)\s+(?:countries|sides|states|nations|governments|parties|leaders|presidents)\b|"
    r"\b(?:between|bilateral|intergovernmental|inter-governmental|interstate|inter-state|exchang\w*|we|our)\b",
    re.I,
)
_PAST_REF = re.compile(r"\b(?:ago|last\s+year|previously|earlier|before|in\s+(?:19|20)\d\d)\b", re.I)
_GENERIC_EXCLUDE = re.compile(r"\b(?:existing|previous|earlier|past|reached|previously)\s+$", re.I)
_READY_TO = re.compile(r"\b(?:ready|willing|prepared)\s+to\s+(?:sign|ratify|conclude)\s+$", re.I)
_NEGATED = re.compile(r"\b(?:not|no\s+longer|never)\s+(?:just\s+|only\s+|merely\s+|simply\s+)?$", re.I)
# "no agreements", "not any new documents", "none of the memoranda": no instrument at all
_NONE_BEFORE = re.compile(r"(?:(?:^|[^\w-])(?:[Nn]o|[Nn]ot\s+any|[Nn]one\s+of\s+the)\s+"
                          r"|\b(?:not|never)\s+sign\s+(?:any\s+|the\s+|an?\s+)?)"
                          r"(?:(?!(?:the|this|that|these|those|doubt|longer|fewer|less|more)\b)[\w-]+\s+){0,3}\Z")


_YEARS_AGO = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago\b"
                        r"|\blast\s+year\b(?P<last>)", re.I)
_YEARS_AGO_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                    "nine": 9, "ten": 10}
_ANAPHORA = re.compile(r"(?:each\s+of\s+)?(?:these|those|they|the\s+documents)\b", re.I)
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-•*▪–—]|\d{1,2}[.)])[ \t]+", re.M)
# A sentence can open a list item only if its first character may start _LIST_ITEM.
_ITEM_FIRST = frozenset(" \t-•*▪–—")  # or a decimal digit

_FIELDS = (
    ("health", r"health|healthcare|medicine|medical|pharmac"),
    ("education", r"education|university|universities|school|academic|student"),
    ("science", r"science|scientific|research"),
    ("energy", r"energy|nuclear|oil|gas|power|electric"),
    ("transport", r"transport|logistic|railway|aviation|road|transit"),
    ("trade", r"trade|customs|export|import"),
    ("economy", r"econom|investment|industr"),
    ("culture", r"cultur|art|heritage|tourism"),
    ("defense", r"defen[cs]e|military|security"),
    ("agriculture", r"agricultur|farm|food"),
    ("finance", r"financ|bank|currency|tax"),
    ("digital", r"digital|information technolog|artificial intelligence|telecom"),
    ("space", r"space"),
    ("environment", r"environment|climate|ecolog|water"),
    ("justice", r"legal|justice|extradition|judicial"),
    ("migration", r"migration|visa|labou?r"),
)
_FIELD_RES = [(f, re.compile(r"\b(?:" + p + r")", re.I)) for f, p in _FIELDS]


def _field(title: str) -> str:
    for name, rx in _FIELD_RES:
        if rx.search(title):
            return name
    return ""


def _kind(noun: str) -> str:
    n = " ".join(noun.lower().split())
    for key in (n, n.rstrip("s"), n[:-3] + "y" if n.endswith("ies") else n):
        if key in _KINDS:
            return _KINDS[key]
    for key, kind in _KINDS.items():
        if n.endswith(key) or n.startswith(key):
            return kind
    return "agreement"


# "\b[A-Z]", written as "[A-Z](?<!\w.)" so the engine scans for the capital
_CAP_RUN = re.compile(r"[A-Z](?<!\w.)[\w’'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]+){0,3}")


_POSS_END = re.compile(r"['’]s$")


@functools.cache
def _multiword_openings() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the country names, demonyms and cities of two or more words: folded as the
    lookups fold them, and of the abbreviations as written (matched case-sensitively)."""
    index = _reference._country_index()
    folded = {k.split(" ")[0] for keys in (index.by_name, index.by_demonym, index.by_city) for k in keys if " " in k}
    return frozenset(folded), frozenset(k.split(" ")[0] for k in index.by_abbreviation if " " in k)


@functools.lru_cache(maxsize=65536)
def _country_of_words(words: str) -> str | None:
    """ISO code of a country name, demonym or city written as ``words`` (longest prefix first)."""
    toks = words.split()
    # A prefix of two or more words is a name only if its first word opens one. The lookups keep a
    # first word that is plain ASCII (no backtick, not "the") as it is, folded to lower case for all
    # but the abbreviations: when no name of several words opens with it, those prefixes are skipped.
    first = toks[0] if toks else ""
    folded, abbreviations = _multiword_openings()
    skip_long = (first.isascii() and "`" not in first and first.casefold() != "the"
                 and first.casefold() not in folded and first not in abbreviations)
    for n in range(len(toks), 0, -1):
        cand = _POSS_END.sub("", " ".join(toks[:n]))
        if skip_long and n >= 2 and len(cand.split()) >= 2:
            continue
        for lookup in (ref_country_by_name, ref_country_by_demonym, ref_country_by_city):
            c = lookup(cand)
            if c is not None:
                return c.code
    return None


def _text_countries(body: str, people: Any) -> list[str]:
    """The two countries the text is most about (people's countries and country names)."""
    counts: dict[str, int] = {}
    persons = getattr(people, "people", []) or []
    for m in getattr(people, "mentions", []) or []:
        if 0 <= m.person < len(persons) and persons[m.person].country:
            counts[persons[m.person].country] = counts.get(persons[m.person].country, 0) + 1
    for m in _CAP_RUN.finditer(body):
        code = _country_of_words(m.group())
        if code:
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return sorted(c for c, _ in ranked[:2]) if len(ranked) >= 2 else []


# "..., under which the number of scholarships will rise": what the instrument provides, not its status
_RELATIVE = re.compile(r"(?:,\s+(?:under\s+which|which|whereby|according\s+to\s+which|where)|"
                       r"\s(?:under\s+which|whereby|according\s+to\s+which))\b[^,;]*")


def _drop_relatives(text: str) -> str:
    """The text without relative clauses that say what an instrument provides (not how it is signed)."""
    return _RELATIVE.sub(lambda m: m.group() if _SIGN_WORD.search(m.group()) else "", text)


_SIGN_WORD = re.compile(r"\b(?:sign\w*|conclu\w*|adopt\w*|ink\w*|exchang\w*|ratif\w*|initial\w*)", re.I)


# "a visa agreement that will allow ... to travel": what the instrument will do, not its status
_SIGN_VERB = re.compile(r"signed|inked|concluded|adopted|exchanged|ratified|initiall?ed|sealed|struck", re.I)
_WILL_PROVIDE = re.compile(r"\bthat\s+(?:will|would)\s+(?!be\b|have\b|not\b)[^,;:]*")


def _status(text: str) -> str:
    whole = text  # "..., which has been in force since 2017": a relative clause may state the status
    text = _WILL_PROVIDE.sub("", _drop_relatives(text))
    if _T_RATIFIED.search(text):
        return "ratified"
    if _T_FORCE.search(text) or _IN_FORCE_APPOS.search(whole):
        return "in_force"
    if _T_EXPECTED.search(text):
        return "expected"
    if _T_RENEWED.search(text):
        return "in_force"
    return "signed"


_FINANCING = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:credit\s+line|loan|grant)\b[^.;:!?\n«»“”\"]*")


def _financing_before(body: str, start: int, end: int) -> str | None:
    """The last credit line, loan or grant described in ``[start, end)`` ("a credit line of ...")."""
    found = None
    for m in _FINANCING.finditer(body, start, end):
        found = m
    if found is None:
        return None
    return " ".join(found.group().split()[:24]).rstrip(" ,")


def _head(noun: str) -> str:
    """The noun that takes the plural: "letters" of "letters of intent"."""
    return _OF_INTENT.sub("", noun)


_OF_INTENT = re.compile(r"\s+of\s+intent$", re.I)


def _count(num: str | None, noun: str) -> int | None:
    noun = _head(noun)
    if not num or not noun.lower().endswith(("s", "a")) or noun.lower().endswith("ss"):
        return None
    n = int(num) if num.isdigit() else _NUMBER_WORDS.get(num.lower())
    return n if n and n > 1 else None


class _Sentence:
    __slots__ = ("_finite", "_nominal", "end", "start", "text")

    def __init__(self, body: str, start: int, end: int) -> None:
        self.start, self.end = start, end
        self.text = body[start:end]
        self._finite: bool | None = None
        self._nominal: bool | None = None

    @property
    def finite(self) -> bool:
        if self._finite is None:
            self._finite = bool(_T_FINITE.search(self.text))
        return self._finite

    @property
    def nominal(self) -> bool:
        if self._nominal is None:
            self._nominal = bool(_T_NOMINAL.search(self.text))
        return self._nominal


def _signatories(d: Discourse, body: str, sent: _Sentence) -> list[int]:
    """People who sign in the active voice: 'X and Y put their signatures', 'he is set to sign'."""
    out: list[int] = []
    for v in _ACTIVE_SIGN.finditer(sent.text):
        before = sent.text[: v.start()]
        if _PASSIVE_AUX.search(before):
            continue
        clause_start = max(before.rfind(","), before.rfind(" that "), before.rfind(";"))
        lo = sent.start + (clause_start + 1 if clause_start >= 0 else 0)
        for a in d.actors_between(lo, sent.start + v.start()):
            if a.person is not None and not a.possessive and a.person not in out:
                out.append(a.person)
        if out:
            break
    return out


_SIGNED_BY = re.compile(r"[^;]*?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+signed\s+by\b", re.I)
_CLAUSE_END = re.compile(r",?\s+(?:while|whereas)\b|;|,\s+and\s+(?:the|a|an)\b")
_CLAUSE_START = re.compile(r"(?:,|;|\b(?:while|whereas)\b)(?!.*(?:,|;|\b(?:while|whereas)\b))", re.S)


def _people_in(d: Discourse, start: int, end: int) -> list[int]:
    out: list[int] = []
    for a in d.actors_between(start, end):
        if a.person is not None and not a.possessive and a.person not in out:
            out.append(a.person)
    return out


def _signers_of(d: Discourse, body: str, sent: _Sentence, noun_start: int, noun_end: int) -> list[int]:
    """Who signed the instrument named at ``noun_start``, within its own clause: "the agreement was signed
    by X and Y, while Z signed the memorandum with W" gives X, Y for the one and Z, W for the other."""
    passive = _SIGNED_BY.match(body, noun_end, sent.end)
    if passive is not None:
        stop = _CLAUSE_END.search(body, passive.end(), sent.end)
        return _people_in(d, passive.end(), stop.start() if stop else sent.end)
    verb = None
    for v in _ACTIVE_SIGN.finditer(body, sent.start, noun_start):
        verb = v
    if verb is None:
        return []
    cut = _CLAUSE_START.search(body, sent.start, verb.start())
    lo = cut.end() if cut else sent.start
    out = _people_in(d, lo, verb.start())
    if not out and cut is not None and re.match(r"\s*who\b", body[lo:verb.start()]):
        out = _people_in(d, sent.start, lo)[-1:]  # "X, who signed the memorandum ..."
    stop = _CLAUSE_END.search(body, noun_end, sent.end)
    with_m = re.compile(r"\bwith\b").search(body, noun_end, stop.start() if stop else sent.end)
    if with_m is not None:
        out += [p for p in _people_in(d, with_m.end(), stop.start() if stop else sent.end) if p not in out]
    return out


def _presence(d: Discourse, sent: _Sentence) -> list[int]:
    m = re.search(r"\bin\s+the\s+presence\s+of\b([^.;]*)", sent.text, re.I)
    if not m:
        return []
    out: list[int] = []
    for a in d.actors_between(sent.start + m.start(1), sent.start + m.end(1)):
        if a.person is not None and a.person not in out:
            out.append(a.person)
    return out


def find_agreements(body: str, people: PeopleFinding | Any, *, default_date: PartialDate | None = None,
                    discourse: Discourse | None = None) -> list[ExtractedAgreement]:
    d = discourse or Discourse(body, people)
    sentences = [_Sentence(body, s, e) for s, e in d.sentences]
    countries: list[str] | None = None
    records: list[ExtractedAgreement] = []
    pool: list[tuple[int, int, _Sentence]] = []  # generic "documents were signed"
    list_status: str | None = None
    list_intro: _Sentence | None = None  # the sentence announcing the list ("the following documents were signed:")
    list_records: list[ExtractedAgreement] = []  # one per item of the current list
    list_date: PartialDate | None = None
    year = default_date.year if default_date else None
    topical: set[int] = set()  # ids of records counted from their topics ("agreements on A and on B")

    def parties_for(text: str) -> list[str]:
        nonlocal countries
        if not _BILATERAL.search(text):
            return []
        if countries is None:
            countries = _text_countries(body, people)
        return list(countries)

    noun_sentences = {d.sentence_at(p)[0] for p in _noun_positions(body, d.lower if d.body is body else None)}
    prev: _Sentence | None = None
    listed = False  # a whole list of the instruments signed was read (``_whole_list``)
    for sent in sentences:
        first = sent.text[:1]
        item_match = (first in _ITEM_FIRST or first.isdecimal()) and _LIST_ITEM.match(body, sent.start) is not None
        is_item = item_match and list_status is not None
        if not item_match:
            list_status = None
            if list_intro is not None:
                records.extend(_list_count(list_intro, list_records, records, parties_for, list_date))
                listed = listed or _whole_list(list_intro, list_records)
                list_intro, list_records = None, []
        if sent.start not in noun_sentences:
            if sent.text.rstrip().endswith(":") and _announces_list(sent):
                list_status = _status(sent.text)
                list_intro, list_records = sent, []
                list_date = _date_of(sent, list_status, default_date, year)
            prev = sent
            continue
        stripped = sent.text.rstrip()
        if not is_item and stripped and stripped[-1] not in _HEADLINE_END and len(stripped) < 250:
            prev = sent
            continue  # a headline, subtitle or caption line: it announces what the body reports
        has_trigger = sent.finite or sent.nominal or bool(
            _T_FORCE.search(sent.text) or _T_NEGOTIATING.search(sent.text))
        context_trigger = prev is not None and (prev.finite or prev.nominal) and not sent.finite
        sent_records: list[ExtractedAgreement] = []
        # "2. Agreement between A and B on ...;": an item naming one instrument is its own title
        item_head = _LIST_ITEM.match(body, sent.start).end() - sent.start if is_item else None
        for m in _phrases(sent.text):
            if item_head is not None and m.start() == item_head:
                title = _item_title(sent.text[item_head:])
                rec = ExtractedAgreement(
                    title=title, kind=_kind(m.group("noun")), level=next(
                        (v for k, v in _LEVELS.items() if k in title.lower().split()), ""),
                    field=_field(title), parties=parties_for((list_intro.text if list_intro else "") + " " + title),
                    date=list_date if list_intro is not None else _date_of(sent, "signed", default_date, year),
                    status=list_status or "signed", span=Span(sent.start + item_head, sent.start + item_head
                                                              + len(title)), confidence=0.8,
                )
                sent_records.append(rec)
                list_records.append(rec)
                break
            if not m.group("num") and d.in_quote(sent.start + m.start("noun")) and _quoted_mention(
                    d, body, sent.start + m.start("noun"), m.group("noun"), m.group("det"), records):
                continue
            noun = m.group("noun")
            if noun[:5].lower() == "joint" and _TO_THE_PRESS.match(sent.text, m.end("noun")):
                continue  # "in joint statements to the press": what they told reporters, not an instrument
            if stripped.endswith("?") or _WHETHER.search(sent.text, 0, m.start()):
                continue  # a question asked, not an instrument reported
            if _kind(noun) == "decision" and _TAKE_DECISION.search(sent.text[: m.start("noun")]):
                continue
            abs_start, abs_end = sent.start + m.start("noun"), sent.start + m.end("noun")
            if _NOT_INSTRUMENT_AFTER.match(body, abs_end) or (noun[:1].isupper() and "Organi" in
                                                                 body[abs_end:abs_end + 16]):
                continue
            if _kind(noun) == "programme" and _ITINERARY_AFTER.match(body, abs_end):
                continue  # "According to the programme of the visit, ..."
            if _GENERIC_EXCLUDE.search(sent.text[: m.start("noun")]) or _NEGATED.search(sent.text, 0, m.start()):
                continue
            if _NONE_BEFORE.search(sent.text, 0, m.start("noun")):
                continue  # "No agreements were signed", "the two sides did not sign any agreement"
            if not m.group("num") and not m.group("det") and _READY_TO.search(sent.text, 0, m.start("noun")):
                continue  # "stands ready to ratify agreements between the two countries": any to come
            mods = m.group("mods") or ""
            mods_words = [w for w in mods.split() if w.lower() not in ("and", "very")]
            # the modifiers may have swallowed sentence words written in capitals ("Today we ...")
            # "the Free Trade Agreement": capitalised words before a capitalised noun name it
            titled = noun[:1].isupper() and bool(m.group("det")) and all(w[:1].isupper() for w in mods_words)
            while not titled and mods_words and mods_words[0][:1].isupper() and (
                    mods_words[0].lower() not in _LEVELS) and mods_words[0].lower() not in _KNOWN_MODIFIERS:
                mods_words.pop(0)
            while mods_words and not m.group("det") and _SIGN_VERB.fullmatch(mods_words[0]):
                mods_words.pop(0)  # "companies signed commercial agreements": the verb, not a modifier
            comp_m = _COMPLEMENT.match(body, abs_end, sent.end)
            comp = ""
            coordinated = 0
            raw_end = abs_end
            between = None
            if comp_m:
                comp = comp_m.group()
                stop = _COMPLEMENT_STOP.search(comp)
                formal = noun[:1].isupper()
                while formal and stop is not None and stop.group() == "," and _TITLE_LIST.match(comp, stop.start()):
                    # "Programme for Cooperation in Education, Science and Culture": a list inside a formal title
                    stop = _COMPLEMENT_STOP.search(comp, _TITLE_LIST.match(comp, stop.start()).end())
                raw_end = abs_end + (stop.start() if stop else len(comp))
                if stop:
                    between = _SIGNED_BETWEEN.match(comp, stop.start())
                rest = comp[stop.start():] if stop else ""
                cap = 20
                if stop:
                    purpose = _PURPOSE.match(rest) if comp[: stop.start()].endswith(" that") else None
                    if purpose:  # "a memorandum on X that will allow up to 3,000 ...": what it does
                        comp, rest, cap = comp[: stop.start()] + purpose.group(), rest[purpose.end():], 36
                    else:
                        comp = comp[: stop.start()]
                words = comp.split()[:cap if not formal else 2 * cap]  # (formal titles name both parties in full)
                while words and words[-1].lower() in _TRAILING:
                    words.pop()
                comp = " " + " ".join(words) if words else ""
                coord_rx = _COORDINATED.get(words[0].lower()) if words else None
                if coord_rx is not None:
                    coordinated = len(coord_rx.findall(comp))
                if words and words[0].lower() == "worth":
                    comp += _concluded_at(body, rest, sent.start)
                if between is not None:  # "a memorandum of X was signed between A and B"
                    comp += " " + " ".join(between.group("between").split()[:20])
            in_force = _IN_FORCE_APPOS.match(body, raw_end, sent.end)
            if in_force is not None:  # "the X agreement, in force since 2011,"
                comp += ", " + " ".join(in_force.group("st").split())
            level = next((_LEVELS[w.lower()] for w in mods_words if w.lower() in _LEVELS), "")
            count = _count(m.group("num"), noun)
            head = _head(noun).lower()
            plural = (head.endswith("s") and not head.endswith("ss")) or head.endswith("memoranda")
            if count is None and not plural and not is_item and not level:
                earlier = _restated(body, sent.start, abs_start, comp, _kind(noun), records)
                if earlier:
                    # "The memorandum on fisheries was signed by X and Y": the one listed before
                    if len(earlier) == 1 and not earlier[0].signatories:
                        earlier[0].signatories = _signers_of(d, body, sent, abs_start, abs_end)
                    continue
            if (not comp and not level and count is None and not plural and not is_item and not mods_words
                    and _kind(noun) == "agreement" and (m.group("det") or "").lower() in ("the", "this", "that")):
                # "... extend a credit line of $5 million. We hope to sign the agreement": the agreement on it
                financing = _financing_before(body, prev.start if prev is not None else sent.start, abs_start)
                if financing and not any(financing[:30].lower() in r.title.lower() for r in records):
                    comp = " on " + financing
            if (not comp and not level and count is None and not plural and not is_item and records
                    and _ANAPHORIC_DET.search(body, max(sent.start, abs_start - 40), abs_start)):
                continue  # "The document sets out ...": the instrument recorded before
            if (plural and count is None and comp.strip().lower() in ("", "of understanding", "of intent")
                    and (m.group("det") or "").lower() == "the"
                    and any(r.kind == _kind(noun) and r.count for r in records)):
                continue  # "witness the signing of the memoranda": the four counted before
            if (not comp and not level and count is None and not plural and mods_words and (m.group("det") or "")
                    .lower() in ("the", "this", "that") and any(r.kind == _kind(noun) for r in records)):
                continue  # "the financing agreement was prepared long before": the one recorded before
            if (count is None and not is_item and (m.group("det") or "").lower() == "the"
                    and _caption_line(body, sent) and _caption_restates(comp, _kind(noun), records)):
                continue  # "A and B sign the memorandum at the Palace": a photo's caption over one recorded
            by_topic = count is None and plural and coordinated > 0 and not m.group("num")
            if by_topic:
                count = coordinated + 1  # "agreements on A and on B": two
            title_start = sent.start + m.start("num") if count is not None and m.group("num") else abs_start
            if mods_words and count is None:
                first = mods_words[0]
                idx = body.rfind(first, sent.start, abs_start)
                if idx != -1:
                    title_start = idx
            title = " ".join(body[title_start:abs_end].split()) + comp
            specific = bool(comp.strip()) or bool(level) or count is not None or not plural or is_item
            if not specific:
                if not sent.text.rstrip().endswith(":") and (
                        sent.finite or (context_trigger and prev is not None and prev.finite)):
                    pool.append((abs_start, abs_end, sent))
                continue
            if not (has_trigger or is_item or (context_trigger and (comp.strip() or level))):
                continue
            if count is None and not comp.strip() and not level and not is_item and not sent.finite:
                continue
            own = sent.finite or sent.nominal or not prev or _T_FORCE.search(sent.text) or _T_NEGOTIATING.search(
                sent.text)
            status_text = sent.text if own else prev.text
            status = list_status if is_item and list_status else _status(status_text)
            if status == "signed" and not sent.finite and not is_item and not (prev and prev.finite) and not (
                    prev and prev.nominal) and not _T_WITNESSED.search(sent.text):
                continue
            date = _date_of(sent, status, default_date, year)
            rec = ExtractedAgreement(
                title=title,
                kind=_kind(noun),
                level=level,
                field="" if count is not None and not by_topic else _field(title),
                parties=parties_for(sent.text + (" " + prev.text if context_trigger and prev else "")),
                signatories=_signatories(d, body, sent),
                in_presence_of=_presence(d, sent),
                date=date,
                status=status,
                count=count,
                span=Span(title_start, abs_end + len(comp_m.group()) if comp_m and comp.strip() else abs_end),
                confidence=0.8 if (sent.finite or is_item) else 0.6,
            )
            sent_records.append(rec)
            if by_topic:
                topical.add(id(rec))
        if sent_records:
            records.extend(_merge_sentence(sent_records, topical))
        if sent.text.rstrip().endswith(":") and _announces_list(sent):
            list_status = _status(sent.text)
            list_intro, list_records = sent, []
            list_date = _date_of(sent, list_status, default_date, year)
        prev = sent
    if list_intro is not None:
        records.extend(_list_count(list_intro, list_records, records, parties_for, list_date))
        listed = listed or _whole_list(list_intro, list_records)
    if records:
        # a present-tense caption line ("X and Y exchange the signed documents") shows a signing the text
        # already records
        pool = [p for p in pool if not _caption_line(body, p[2])]
    if pool and not any(r.count for r in records) and not listed:
        # (after a list of the instruments signed, "exchanged the signed documents" names them again)
        ex = next((p for p in pool if re.search(r"exchang", p[2].text + body[max(0, p[2].start - 200):p[2].start],
                                                 re.I)), pool[0])
        s, e, sent = ex
        all_text = " ".join(p[2].text for p in pool)
        records.append(ExtractedAgreement(
            title=" ".join(body[s:e].split()), kind="document", parties=parties_for(all_text + " exchange"),
            date=_date_of(sent, "signed", default_date, year), status=_status(sent.text),
            span=Span(s, e), confidence=0.5,
        ))
        records.sort(key=lambda r: r.span.start if r.span else 0)
    records.sort(key=lambda r: r.span.start if r.span else 0)
    _describe_bare(records, sentences)
    return [r for r in records if not _GENERIC.fullmatch(r.title)]


# "whenever there is a deal to sign": an instrument in general, none in particular
_GENERIC = re.compile(r"(?:an?\s+)?(?:treaty|agreement|accord|deal|memorandum|contract|document)\s+to\s+"
                      r"(?:sign|be\s+signed|negotiate)", re.I)


# "the fisheries agreement", "the memorandum on ...": a definite phrase and the words it names by
_DEFINITE_WORDS = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ss]aid)\s+((?:[\w-]+\s+){0,4})\Z")
_NAMING_STOP = frozenset(("of", "on", "in", "the", "a", "an", "and", "for", "between", "to", "with", "field",
                          "regarding", "concerning", "signed", "new"))


def _announces_list(sent: _Sentence) -> bool:
    """A sentence ending in a colon that introduces signed or expected instruments ("the following
    documents were signed:", "are expected to sign:", "witnessed the signing of four documents:")."""
    return sent.finite or bool(_T_EXPECTED.search(sent.text) or _T_WITNESSED.search(sent.text))


def _restated(body: str, sent_start: int, noun_start: int, comp: str, kind: str,
              records: list[ExtractedAgreement]) -> list[ExtractedAgreement]:
    """The earlier records of the text that a definite phrase may name again: "the fisheries agreement"
    after "an agreement on cooperation in fisheries and aquaculture" (every word it names is in the title)."""
    m = _DEFINITE_WORDS.search(body, max(sent_start, noun_start - 60), noun_start)
    if m is None or m.start() < sent_start:
        return []
    words = [w for w in (m.group(1) + " " + comp).lower().split() if w not in _NAMING_STOP]
    if not words:
        return []
    out = []
    for rec in records:
        if rec.kind != kind or rec.count is not None:
            continue
        title = rec.title.lower().replace("-", " ").split()
        if all(any(_same_word(w, t) for t in title) for w in words):
            out.append(rec)
    return out


def _same_word(a: str, b: str) -> bool:
    a, b = a.strip(".,;:’'\""), b.strip(".,;:’'\"")
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


def _caption_line(body: str, sent: _Sentence) -> bool:
    """A whole line told in the present tense, as photo captions are."""
    if sent.start > 0 and body[sent.start - 1] != "\n":
        return False
    end = body.find("\n", sent.start)
    line = body[sent.start:] if end == -1 else body[sent.start:end]
    if len(line.strip()) != len(sent.text.strip()):
        return False
    return bool(_PRESENT_CAPTION.search(sent.text)) and not re.search(
        r"\b(?:was|were|has|have|had|will)\b|\b(?:witnessed|exchanged|attended)\b", sent.text, re.I)


_ITEM_END = re.compile(r"[\s;,.]+$")


def _item_title(text: str) -> str:
    """The words of a list item ("Protocol amending the Agreement on ...;"), without its closing mark."""
    return _ITEM_END.sub("", " ".join(text.split()))


_PARTIAL_LIST = re.compile(r"\b(?:includ(?:e|es|ed|ing)|among\s+(?:them|others|which)|such\s+as|notably)\b", re.I)


# "the following three documents", "12 instruments were signed as follows:": the list's count said in words
_STATED_COUNT = re.compile(r"\b(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?:[\w-]+\s+){0,2}"
                           r"(?:documents|agreements|instruments|memoranda|memorandums|accords|deals|treaties|"
                           r"protocols|texts|contracts|declarations)\b", re.I)


def _whole_list(intro: _Sentence, items: list[ExtractedAgreement]) -> bool:
    """A list of two instruments or more that is all a signing gave (not "the agreements signed include:")."""
    return len(items) > 1 and not _PARTIAL_LIST.search(intro.text)


_CAPTION_PLACE = re.compile(r"(?:of\s+(?:understanding|intent)\s*)?(?:(?:at|in|during|after|before)\s.*)?", re.I)


def _caption_restates(comp: str, kind: str, records: list[ExtractedAgreement]) -> bool:
    """A caption's "the memorandum (of understanding) (at the Palace)" names one of that kind recorded before: no
    subject of its own, or one a record's title holds."""
    rest = comp.strip()
    same = [r for r in records if r.kind == kind]
    return bool(same) and (_CAPTION_PLACE.fullmatch(rest) is not None or any(
        rest.lower() in r.title.lower() for r in same))


def _list_count(intro: _Sentence, items: list[ExtractedAgreement], records: list[ExtractedAgreement],
                parties_for: Any, date: PartialDate | None) -> list[ExtractedAgreement]:
    """"The following documents were signed:" and a list of N instruments: one record of N documents,
    unless the text already gives that count."""
    n = len(items)
    if n < 2 or any(r.count == n for r in records) or _PARTIAL_LIST.search(intro.text) or not any(
            _count(m.group("n"), "documents") == n for m in _STATED_COUNT.finditer(intro.text)):
        # counted already, a list of some of them ("the instruments signed include:"), or no number said ("the
        # following instruments were signed:"): the list's records are the statement
        return []
    text = " ".join(intro.text.split()).rstrip(" :")
    title, k = re.subn(r"\bthe\s+following\b", str(n), text, count=1, flags=re.I)
    if not k:
        title = f"{n} documents: {text}"
    return [ExtractedAgreement(
        title=title, kind="document", parties=parties_for(intro.text + " between"), date=date,
        status=items[0].status, count=n, span=Span(intro.start, intro.end), confidence=0.7,
    )]


# A mention inside a quotation that is an earlier record again ("the memorandum we signed today is ...")
def _quoted_mention(d: Discourse, body: str, pos: int, noun: str, det: str | None,
                    records: list[ExtractedAgreement]) -> bool:
    """A noun inside quotation marks that names no new instrument: a kind already recorded
    ("“The memorandum we signed today ...”"), or a word in a quoted characterisation
    ("called it “a road map for ...”") whose quotation says nothing of signing."""
    kind = _kind(noun)
    word = _head(noun).lower()
    if not word.endswith("s") and any(r.count is None and r.title.lower().startswith(word + " ") for r in records):
        return True  # "a new roadmap" in a quotation after "the Roadmap for ..." was recorded
    if kind == "document" and records:
        return True  # "called the memorandum “the most practical document ...”"
    if det and det.lower() in _DEFINITE and any(r.kind == kind for r in records if r.count is None):
        return True
    i = bisect.bisect_right(d.quoted, (pos, 1 << 62)) - 1
    if i < 0:
        return False
    qs, qe = d.quoted[i]
    return len(body[qs:qe].split()) <= 12 and not _SIGN_WORD.search(body, qs, qe)


_DEFINITE = frozenset(("the", "this", "that", "these", "those", "our", "its", "their"))


def _date_of(sent: _Sentence, status: str, default_date: PartialDate | None, year: int | None
             ) -> PartialDate | None:
    mentions = find_dates(sent.text, default_year=year)
    found = [dm for dm in mentions if dm.value.day is not None]
    if found:
        return found[0].value
    month = next((dm.value for dm in mentions if dm.value.month), None)
    if month is not None and default_date is not None and default_date.month and month.month != default_date.month:
        return month  # "renewed in March" in a report of May: that month, not the report's day
    ago = _YEARS_AGO.search(sent.text)
    if ago and year:
        # "A year ago, ... signed 20 agreements": a statement about an earlier year, not this visit.
        word = (ago.group("n") or "1").lower()
        n = int(word) if word.isdigit() else _YEARS_AGO_WORDS.get(word, 1)
        return PartialDate(year - n)
    if status == "ratified" or _PAST_REF.search(_drop_relatives(sent.text)):
        return None
    return default_date


def _describe_bare(records: list[ExtractedAgreement], sentences: list[_Sentence]) -> None:
    """A bare noun ('a memorandum', 'these documents') takes its sentence as the description.

    A sentence that points back ("Each of these documents ...") brings the one before it. A noun
    with the field it covers ("an energy memorandum") in a sentence naming other instruments too
    keeps its own words: the sentence would describe them all.
    """
    for rec in records:
        if rec.count is not None or rec.span is None or len(rec.title.split()) > 2:
            continue
        i = next((i for i, x in enumerate(sentences) if x.start <= rec.span.start < x.end), None)
        if i is None:
            continue
        if rec.field and any(other is not rec and other.span is not None and sentences[i].start <= other.span.start
                             < sentences[i].end for other in records):
            continue
        start, end = sentences[i].start, sentences[i].end
        if i > 0 and _ANAPHORA.match(sentences[i].text.lstrip()):
            start = sentences[i - 1].start
        text = " ".join(sentences[i - 1].text.split() + sentences[i].text.split()) if start != sentences[i].start \
            else " ".join(sentences[i].text.split())
        rec.title = text.strip().lstrip("“\"«—– ").rstrip()
        rec.span = Span(start, end)


def _merge_sentence(recs: list[ExtractedAgreement], topical: set[int] | None = None) -> list[ExtractedAgreement]:
    """Several noun phrases of one statement ('documents — 20 agreements') make one record."""
    if len(recs) == 1:
        return recs
    topical = topical or set()
    counted = [r for r in recs if r.count is not None and id(r) not in topical]
    titled = [r for r in recs if r.count is None or id(r) in topical]
    if counted:
        best = max(counted, key=lambda r: r.count or 0)
        # "five agreements and memoranda of understanding covering ...": the plural is part of the count
        return [best, *[r for r in titled if len(r.title.split()) > 2 and r.kind != "document"
                        and not (id(r) not in topical and _plural_title(r.title))]]
    return recs


def _plural_title(title: str) -> bool:
    """The instrument noun of ``title`` is plural ("agreements on ..."; not "agreement that ... flights")."""
    m = _NOUN_RE.search(title)
    word = _head(m.group("noun")).lower() if m else ""
    return word.endswith(("s", "memoranda")) and not word.endswith("ss")


_NOUN_RE = re.compile(r"\b" + _NOUN + r"\b", re.I)


def _concluded_at(body: str, rest: str, before: int) -> str:
    """' concluded on the sidelines of the X Forum' after 'agreements worth ...' (a value, not a topic)."""
    m = _CONCLUDED_AT.match(rest)
    if m is None:
        return ""
    pp = " ".join(m.group("pp").split())
    ev = _EVENT_NOUN.search(pp)
    if ev is not None:
        name = _named_event(body, before, ev.group(1))
        if name:
            pp = pp[: ev.start()] + "the " + name + pp[ev.end():]
    return f" {m.group('verb')} {pp}"


def _named_event(body: str, before: int, noun: str) -> str | None:
    """The last name written before ``before`` that ends with ``noun`` ("the Uzbek-German Business Forum")."""
    found = None
    rx = re.compile(r"\b(?:[A-Z][\w’'-]*\s+){1,6}" + re.escape(noun.capitalize()) + r"\b")
    for m in rx.finditer(body, 0, before):
        found = m.group()
    if found:
        found = re.sub(r"^(?:The|A|An|At|In|On|During)\s+", "", found)
    return found
