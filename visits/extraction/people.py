"""People, their roles and role organizations in a cleaned article body (rule-based, no Django).

Pipeline (all regexes compiled at import time, one linear pass per stage):

1. Title phrases: every title head ("President", "Foreign Minister", "head", "political scientist",
   plural "leaders") is parsed with its left modifiers (demonym, possessive country or person,
   organization prefix, adjective) and its complement ("of Health", "of Kazakhstan", "of Gazprom",
   "to Russia", "and Minister of ..."). The name that follows ("Minister of Health X", "the head of
   the National Bank, X") or precedes it as an appositive ("X, head of Gazprom") becomes a person with
   a role; a title phrase with a country but no name ("the Russian leader") is a description,
   resolved at the end to the holder of that title.
2. Capitalised chains not claimed by step 1 become candidate names when they look like names
   (no place, country, institution, title, ordinary word) and carry evidence (speech verb, two or
   more name tokens, or a surname already known).
3. Variants merge by name skeleton; surname-only, patronymic and nickname forms attach.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rapidfuzz import fuzz

from . import reference as _ref_module
from .dates import DATELINE_TAIL
from .normalize import PATRONYMIC, lowered, name_key, name_skeleton, token_skeleton
from .titles import (
    ADJECTIVES,
    HEAD_FIRST_WORDS,
    PORTFOLIO_WORDS,
    TITLE_WORDS,
    WORD_RE,
    TitleInfo,
    lookup,
    match_head,
    normalize_title,
    singular,
)
from .types import ExtractedOrganization, ExtractedPerson, ExtractedRole, Span

# ----------------------------------------------------------------------------- reference adapter


def _code(country) -> str | None:
    return country.code if country is not None else None


# The reference lookups are cached in reference.py itself; these names are kept for callers.
ref_country_by_name = _ref_module.country_by_name
ref_country_by_demonym = _ref_module.country_by_demonym
ref_country_by_city = _ref_module.country_by_city
ref_country_mention = _ref_module.country_mention


class _Geo:
    """The questions the people grammar asks of the reference data, answered as ISO codes."""

    @staticmethod
    @lru_cache(maxsize=65536)
    def country(text: str) -> str | None:
        """ISO code for a country name, demonym or possessive ("Russia’s"), else None."""
        return _code(ref_country_mention(text) or ref_country_by_name(text) or ref_country_by_demonym(text))

    @staticmethod
    def demonym(word: str) -> str | None:
        return _code(ref_country_by_demonym(word))

    @staticmethod
    def is_city(text: str) -> bool:
        return ref_country_by_city(text) is not None

    @staticmethod
    def organization(text: str):
        return _ref_module.organization_by_name(text)

    @staticmethod
    @cache
    def country_re() -> re.Pattern:
        # the prefix-tree forms of country_name_pattern() and demonym_pattern(): the same matches, faster
        parts = [_ref_module.country_name_trie(), _ref_module.demonym_trie()]
        return re.compile(r"(?:the\s+)?(?:(?:Republic|Kingdom|State|Sultanate|Emirate|Principality|Federation|"
                          r"Commonwealth|People['’]s\s+Republic|Federal\s+Republic|Islamic\s+Republic|United\s+"
                          r"Republic|Democratic\s+Republic)\s+of\s+(?:the\s+)?)?(?:" + "|".join(parts) + r")"
                          r"(?:\s+(?:Federation|Republic))?(?![\w\-])")

    @staticmethod
    @cache
    def country_re_words() -> frozenset[str]:
        """Every run of letters (``_LETTER_RUN_RE``) a country_re() match can hold: of the country names and
        demonyms, and of the words around them ("the", "Republic", "People's", ...)."""
        forms = [f for c in _ref_module.countries() for f in (*c.all_names, *c.demonyms)]
        syntax = _GEO.country_re().pattern.replace(_ref_module.country_name_trie(), "").replace(
            _ref_module.demonym_trie(), "")
        return frozenset(w for text in (*forms, syntax.replace("\\s", " ").replace("\\w", " "))
                         for w in _LETTER_RUN_RE.findall(text))

    @classmethod
    def is_place(cls, text: str) -> bool:
        return bool(cls.country(text)) or cls.is_city(text)


_GEO = _Geo()


# ----------------------------------------------------------------------------- lexical material

_UP = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
_UPC = "[" + re.escape(_UP) + "]"
_L = r"[^\W\d_]"
_TOK = rf"(?:{_UPC}{_L}*(?:['’]{_UPC}{_L}+)?(?:-{_L}+)*)"
_INITIAL = rf"(?:{_UPC}\.(?=[ \u00a0]{_UPC}))"
_PART = r"(?:bin|ibn|bint|al|el|von|van|der|den|de|da|di|du|dos|del|della|la|le|ter|ten|ben|abu|ul)"
_SP = r"[ \u00a0]"
# "al-Thani", "el-Sisi", "d'Oliveira", "dell'Acqua": a lower-case article glued to a capitalised name part
_APFX = rf"(?:(?:al-|el-|d['’]|dell['’]){_UPC}{_L}+)"
_CHAIN = (rf"(?<![\w\-'’.])(?:{_INITIAL}|{_TOK})(?:{_SP}(?:{_PART}{_SP}){{0,2}}(?:{_INITIAL}|{_TOK}|{_APFX}))*"
          rf"(?:{_SP}the{_SP}(?:Great|Elder|Younger|Terrible|Magnificent|Conqueror|Wise|Bold))?")
# The same pattern opening on the capital (the lookbehind moved after it), so the engine scans
# for capitals instead of trying the lookbehind at every position.
_CHAIN_FAST = (rf"{_UPC}(?<![\w\-'’.].)(?:\.(?=[ \u00a0]{_UPC})|{_L}*(?:['’]{_UPC}{_L}+)?(?:-{_L}+)*)"
               rf"(?:{_SP}(?:{_PART}{_SP}){{0,2}}(?:{_INITIAL}|{_TOK}|{_APFX}))*"
               rf"(?:{_SP}the{_SP}(?:Great|Elder|Younger|Terrible|Magnificent|Conqueror|Wise|Bold))?")
CHAIN_RE = re.compile(_CHAIN_FAST)
_TOKEN_RE = re.compile(rf"{_INITIAL}|{_TOK}|{_APFX}|the|{_PART}")
_APFX_RE = re.compile(_APFX)
# Name particles, any case ("bin", "Al", "van", "den"): not counted as name words
_PARTICLES = frozenset({"bin", "ibn", "bint", "al", "el", "von", "van", "der", "den", "de", "da", "di", "du", "dos",
                        "del", "della", "la", "le", "ter", "ten", "ben", "abu", "ul"})
NAME_PARTICLES = _PARTICLES
# "Sultan bin Hamad": a word before a patronymic particle is a given name, even a title word
_PATRO = frozenset({"bin", "ibn", "bint", "ben"})
# "Han Ji-woo": a hyphenated given name with a lower-case second syllable (Korean romanization)
_HYPHEN_GIVEN_RE = re.compile(r"[A-Z][a-z]+-[a-z]+")
_POSS_RE = re.compile(r"['’]s(?![\w])|['’](?=\s)")
# Malaysian honorifics ("Datuk Seri", "Tan Sri", "Dato' Sri", "Datin Paduka"): conferred titles, not names
_MALAY_HON = (r"(?:Tan[ \u00a0]+Sri|Puan[ \u00a0]+Sri|Toh[ \u00a0]+Puan|Datuk[ \u00a0]+Seri|Datuk[ \u00a0]+Sri|"
              r"Datuk[ \u00a0]+Patinggi|Dato['’]?[ \u00a0]+Seri|Dato['’]?[ \u00a0]+Sri|Datin[ \u00a0]+Paduka|"
              r"Datin[ \u00a0]+Seri|Datuk|Dato['’]|Datin)")
# Religious and pilgrim honorifics written before Muslim names ("Seyed", "Sayyid", "Hajji", "Mullah"):
# how a person is addressed, not a part of the name the text otherwise uses
_RELIGIOUS_HON = (r"Sheikh|Sheikha|Shaikh|Shaikha|Seyed|Seyyed|Sayed|Sayyed|Sayyid|Syed|Hajji|Haji|Hadji|Mullah|"
                  r"Mulla|Maulana|Mawlana|Ayatollah|Hojatoleslam")
# "H.E." and the undotted "HE" (His/Her Excellency) before a name: "Prime Minister HE Jane Doe"
# conferred and courtesy titles written before a name ("Dame X", "Eng. X", "Samdech Thipadei X")
# (and the Spanish-speaking world's: "Excmo. Sr.", "Ing." engineer, "Lic." graduate, "H.D." deputy; Papua New
# Guinea's "Grand Chief Sir")
_COURTESY_HON = (r"Dame|Lady|Lord|Baroness|Baron|Eng|Engr|Hon|Rt[ \u00a0]+Hon|Oknha|Lok[ \u00a0]+Chumteav|"
                 r"Excmo|Excma|Exmo|Exma|Sr|Sra|Srta|Ing|Lic|Licda|Arq|H\.[ \u00a0]?D|Grand[ \u00a0]+Chief|"
                 r"Samdech(?:[ \u00a0]+(?:Thipadei|Moha[ \u00a0]+Bovor[ \u00a0]+Thipadei|"
                 r"Akka[ \u00a0]+Moha[ \u00a0]+Sena[ \u00a0]+Padei[ \u00a0]+Techo))?")
# "Senator the Hon.", "the Most Hon.": Commonwealth styles written between a title and its holder
_THE_HON = r"(?:Senator[ \u00a0]+)?[Tt]he[ \u00a0]+(?:(?:Most|Right|Rt\.?)[ \u00a0]+)?Hon(?:ourable|\.)?[ \u00a0]+"
_HONORIFIC_RE = re.compile(r"(?:(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Madam|Madame|" + _COURTESY_HON + "|" + _RELIGIOUS_HON
                           + r"|H\.E|HE(?=[ \u00a0]+[A-Z][a-z]))\.?|" + _MALAY_HON + r")[ \u00a0]+)+|" + _THE_HON + "|"
                           r"(?:His|Her)[ \u00a0]+(?:Excellency|Majesty|Highness|Royal Highness)[ \u00a0]+")
_MALAY_HON_TAIL_RE = re.compile(r"(?<![\w\-])(?:Dato['’]?|Datuk|Tan|Puan|Datin)[ \u00a0]+\Z")
_MALAY_HON_WORDS = ("Dat", "Sri", "Puan")
_MALAY_HON_BEFORE_RE = re.compile(r"(?<![\w\-'’])(" + _MALAY_HON + r"(?:[ \u00a0]+Dr\.?)?)[ \u00a0]+\Z")
_MALAY_HON_RE = re.compile(r"(?:" + _MALAY_HON + r"(?:[ \u00a0]+Dr\.?)?[ \u00a0]+)+")
_NAME_HONORIFIC_RE = re.compile(r"(?<![\w\-])(" + _RELIGIOUS_HON + r")[ \u00a0]+\Z")

_STOP = frozenset(
    {
        "a", "an", "the", "in", "on", "at", "as", "after", "before", "during", "meanwhile", "notably",
        "however", "while", "when", "then", "and", "but", "or", "nor", "today", "tomorrow", "yesterday",
        "this", "that", "these", "those", "some", "many", "he", "she", "they", "we", "i", "it", "his",
        "her", "their", "our", "its", "here", "there", "according", "following", "judging", "speaking",
        "against", "under", "over", "from", "to", "for", "with", "without", "by", "of", "also", "even",
        "every", "all", "both", "each", "inside", "nearby", "moments", "later", "earlier", "perhaps",
        "similar", "shortly", "neither", "despite", "if", "although", "since", "until", "once", "among",
        "between", "through", "within", "welcome", "your", "excellency", "mr", "mrs", "ms", "dr", "sir",
        "madam", "lady", "lord", "what", "who", "whom", "whose", "which", "where", "why", "how", "yes",
        "no", "not", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "first", "second", "third", "last", "next", "new", "old", "other", "another", "such", "more",
        "most", "less", "least", "much", "several", "few", "only", "just", "still", "yet", "thus",
        "therefore", "furthermore", "moreover", "additionally", "besides", "instead", "indeed",
        "certainly", "clearly", "obviously", "finally", "eventually", "initially", "originally",
        "recently", "currently", "now", "again", "already", "always", "never", "often", "sometimes",
        "usually", "read", "watch", "photo", "photos", "video", "text", "source", "sources", "comments",
        "comment", "share", "join", "search", "subscribe", "follow", "like", "tags", "tag", "related",
        "see", "page", "home", "news", "world", "latest", "top", "bottom", "breaking", "live", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "saint",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "global", "my", "me", "us", "you", "him", "them", "government", "parliament", "senate", "ministry",
        "embassy", "kremlin", "white", "house", "day", "week", "year", "month", "morning", "evening",
        "night", "afternoon", "mission", "delegation", "delegations", "agreement", "agreements",
        "memorandum", "declaration", "treaty", "program", "programme", "plan", "strategy", "president",
        "presidents", "prime", "minister", "ministers", "chairman", "leader", "leaders", "meeting",
        "talks", "summit", "visit", "state", "official", "informal", "working", "republic", "federation",
        "kingdom", "union", "asia", "europe", "africa", "america", "americas", "oceania", "eurasia",
        "antarctica", "arctic", "caucasus", "balkans", "levant", "maghreb", "sahel", "gulf", "pacific",
        "atlantic", "mediterranean", "baltic", "scandinavia", "southeast", "southwest", "northeast",
        "northwest", "middle", "far", "near", "upper", "lower", "greater", "wife", "husband", "spouse",
        "son", "daughter", "brother", "sister", "father", "mother", "uncle", "aunt", "cousin",
        # continental and regional adjectives ("the African Continental Free Trade Area")
        "african", "european", "asian", "eurasian", "arab", "latin", "nordic", "balkan", "caribbean", "islamic",
        # forms of address opening a name in speech ("Dear Anvar Karimovich", "Esteemed colleagues")
        "dear", "esteemed", "respected", "distinguished",
    }
)

_INSTITUTION = frozenset(
    {
        "university", "universities", "institute", "institution", "academy", "college", "school", "lyceum",
        "gymnasium", "library", "museum", "gallery", "theatre", "theater", "opera", "garden", "gardens",
        "park", "hall", "palace", "square", "avenue", "prospect", "prospekt", "street", "boulevard",
        "road", "highway", "lane", "bridge", "airport", "station", "port", "harbour", "harbor", "stadium",
        "arena", "centre", "center", "complex", "tower", "cathedral", "church", "mosque", "temple",
        "monastery", "synagogue", "fortress", "fort", "castle", "kremlin", "monument", "memorial", "tomb",
        "cemetery", "bank", "council", "forum", "organization", "organisation", "union", "committee",
        "commission", "ministry", "agency", "service", "services", "office", "party", "parliament",
        "assembly", "congress", "senate", "duma", "mazhilis", "court", "tribunal", "fund", "foundation",
        "association", "society", "federation", "corporation", "company", "group", "holding", "airlines",
        "airways", "railways", "railway", "plant", "factory", "mine", "field", "oblast", "region",
        "province", "district", "county", "city", "town", "village", "republic", "kingdom", "emirates",
        "state", "states", "island", "islands", "river", "lake", "sea", "ocean", "mountains", "mountain",
        "valley", "desert", "prize", "award", "medal", "order", "cup", "games", "olympics", "championship",
        "festival", "expo", "exhibition", "conference", "summit", "treaty", "agreement", "declaration",
        "charter", "convention", "program", "programme", "project", "initiative", "doctrine", "hotel",
        "hospital", "clinic", "embassy", "consulate", "mission", "press", "news", "times", "post", "daily",
        "herald", "tribune", "gazette", "journal", "channel", "radio", "tv", "television", "magazine",
        "review", "pravda", "izvestia", "day", "week", "year", "era", "dynasty", "empire", "army", "navy",
        "force", "forces", "guard", "police", "troops", "front", "brigade", "regiment", "division",
        "department", "directorate", "bureau", "secretariat", "authority", "board", "chancellery",
        "league", "alliance", "coalition", "partnership", "network", "consortium", "cooperative", "club",
        "partners", "capital", "ventures", "investments", "holdings", "associates", "consulting", "trust",
        "securities", "insurance", "industries", "systems", "labs", "laboratory", "motors", "telecom",
        "exports", "exporters", "imports", "importers", "traders", "trading",
        "inc", "ltd", "llc",
        "plc", "gmbh", "corp", "courier", "wire", "observer", "monitor",
        "chronicle", "express", "globe", "mirror", "telegraph",
        "bulletin", "digest", "dispatch", "sentinel", "online",
        "media", "broadcasting", "broadcast", "portal", "newswire", "headquarters", "residence", "house",
        "plaza", "gate", "pier", "quay", "market", "bazaar",
        "scholarship", "scholarships", "grant", "fellowship", "scheme",
        # buildings and squares in the languages of their cities ("Handelens Hus", "Schloss Bellevue")
        "hus", "haus", "huis", "slot", "slott", "palácio", "pladsen", "plein", "torget", "torg",
        # bases, codes and policies; parliaments by their own names; rivers, canals and dams
        "base", "airbase", "code", "policy", "kenesh", "khural", "majlis", "majilis", "mejlis", "sejm", "knesset",
        "bundestag", "bundesrat", "rada", "jirga", "storting", "riksdag", "folketing", "eduskunta", "saeima",
        "seimas", "riigikogu", "shura", "darya", "daryo", "canal", "reservoir", "dam", "basin", "gorge",
        # trade and economic areas and blocs ("Free Trade Area", "Special Economic Zone")
        "area", "zone", "zones", "territory", "bloc", "pact", "accord", "corridor", "community",
        # landforms, and the place words of other languages ("Palazzo X", "Parque del X", "Plac X")
        "bay", "gulf", "cape", "peninsula", "coast", "beach", "hills", "falls", "palazzo", "palacio", "palais",
        "piazza", "parque", "parco", "platz", "plac", "praça", "avenida", "rue", "schloss", "castello",
        "jardin", "jardín", "puerta", "porta", "ploshchad", "maidan", "meydanı",
        # temples and monasteries, and the Thai and Lao word for one ("Wat X", "X Wat")
        "wat", "pagoda", "shrine", "mausoleum",
        # chambers and travel businesses; institutions named in Spanish, Portuguese and French
        "chamber", "chambers", "travel", "tours", "agencia", "agência", "ministerio", "ministério", "ministère",
        "secretaría", "secretaria", "instituto", "institut", "universidad", "universidade", "université", "banco",
        "banque", "fundación", "fundação", "fondation", "asociación", "associação", "cámara", "câmara", "consejo",
        "conselho", "conseil", "comisión", "comissão", "dirección", "direção", "direction", "presidencia",
        "presidência", "présidence", "gobierno", "governo", "gouvernement", "noticias", "notícias", "nouvelles",
    }
)
INSTITUTION_WORDS = _INSTITUTION  # (the words that make a capitalised run an institution, place or thing)
# A lower-case common noun right after a capitalised pair makes it the name of a place or thing
# ("the Syr Darya and Amu Darya rivers", "the Batken and Naryn regions").
_THING_AFTER = frozenset({
    "river", "rivers", "lake", "lakes", "sea", "seas", "mountain", "mountains", "valley", "valleys", "region",
    "regions", "district", "districts", "province", "provinces", "oblast", "oblasts", "canal", "canals", "basin",
    "basins", "delta", "desert", "island", "islands", "street", "streets", "avenue", "square", "airport",
    "airports", "station", "dam", "reservoir", "gorge", "pass", "peak", "glacier", "highway", "corridor",
    "field", "fields", "deposit", "deposits", "pipeline", "plant", "port", "ports", "bridge", "tunnel",
    "railway", "road", "park", "reserve", "code", "law", "laws", "act", "policy", "treaty", "agreement",
    "declaration", "format", "formula", "process", "initiative", "programme", "program", "project",
    "projects", "summit", "forum", "festival", "border", "borders", "cascade", "shelf", "steppe",
    "temple", "temples", "pagoda", "pagodas", "shrine", "monastery", "mausoleum", "ruins", "monument",
})
_HEAD_GOV_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:(?P<dem>[A-Z][\w'’]+)[ \u00a0]+)?"
                          r"(?P<w>[Gg]overnment|[Cc]abinet|state)(?![\w\-])(?![ \u00a0]+[A-Z])")
_SHORT_COUNTRY_RE = re.compile(r"of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’\-]*(?:[ \u00a0]+[A-Z][\w'’\-]*){0,2}")
_PATRO_NEXT_RE = re.compile(r"[ \u00a0]+(?:bin|ibn|bint)[ \u00a0]+[A-Z]")
# "Deputy Chairman, Minister of X", "Deputy Prime Minister – Minister of X": one holder's two titles
_COMMA_COORD_RE = re.compile(r"[ \u00a0]*,[ \u00a0]*(?=[A-Z])|[ \u00a0]+[—–\-][ \u00a0]+(?=[A-Z])")
_LOWER_MOD_RE = re.compile(r"(?:(?<![\w\-])(?:the|a|an|The|A|An)[ \u00a0]+|(?<![\w\-])(?P<based>[A-Z][\w]*-based)"
                           r"[ \u00a0]+)(?P<mods>(?:[a-z][a-z\-]+[ \u00a0]+){1,2})\Z")
_NEXT_LOWER_RE = re.compile(r"[ \u00a0]+([a-z]+)\b")

_SPEECH = (r"said|says|say|noted|notes|added|adds|stated|states|told|tells|explained|explains|emphasi[sz]ed|"
           r"emphasi[sz]es|stressed|stresses|believes|believed|remarked|recalled|recalls|wrote|writes|declared|"
           r"announced|announces|commented|comments|observed|underlined|underscored|asked|asks|replied|replies|"
           r"answered|continued|concluded|thanked|urged|warned|insisted|admitted|argued|suggested|claimed|"
           r"reported|mentioned|highlighted|pointed\s+out|assured|acknowledged|confirmed|praised|welcomed|"
           r"expressed|spoke|speaks|met|meets|visited|arrived|invited|greeted|signed|addressed|opened|held|"
           r"called|congratulated|proposed|stressed")
# "X, signed by ...", "X, held by ...": a participle with its agent makes X the thing, not a speaker
_SPEECH_AFTER_RE = re.compile(r"(?:,\s*)?\s(?:has\s+|had\s+|also\s+|then\s+|later\s+|once\s+again\s+)?(?:"
                              + _SPEECH + r")\b(?![ \u00a0]+by\b)")
_SPEECH_BEFORE_RE = re.compile(r"\b(?:said|says|noted|added|stated|explained|wrote|writes|believes|asked|"
                               r"according\s+to|told|remarked|recalled|emphasi[sz]ed|stressed|replied|"
                               r"continued|concluded)\s+\Z")
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:a|an|the|The|A|An)[ \u00a0]+\Z")
_LEFT_RE = re.compile(rf"(?<![\w\-'’.])(?P<chain>(?:(?:{_INITIAL}|{_TOK})(?:['’]s)?{_SP}+)*)\Z")
_LOWER_ADJ_RE = re.compile(r"(?<![\w\-])(?P<adj>" + "|".join(sorted((re.escape(a) for a in ADJECTIVES if a.islower()),
                                                                   key=len, reverse=True)) + r")[ \u00a0]+\Z")
_HEAD_WORD_RE = re.compile(r"head")
# the first words of place names: a saint, a cape, a port, a mountain, a lake, a river
_PLACE_LEAD = frozenset({"st", "saint", "san", "santa", "são", "sao", "cabo", "cape", "puerto", "porto", "mount",
                         "monte", "mont", "lago", "lac", "rio", "río", "sierra", "isla", "ilha", "punta", "cerro",
                         "bahía", "bahia", "golfo"})
_PF_COORD_LEFT_RE = re.compile(r"(?:[A-Z][a-z]+(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+and[ \u00a0]+|[ \u00a0]+))*"
                               r"[A-Z][a-z]+(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+and[ \u00a0]+)\Z")
_PREV_WORD_CAP_RE = re.compile(r"(?<![\w\-])([A-Z][a-z]+)[ \u00a0]+\Z")
_PREV_WORD_RE = re.compile(r"(?<![\w\-])([a-z]+)[ \u00a0]+\Z")
_NEXT_WORD_RE = re.compile(r"[ \u00a0]+([a-z][a-z\-]*)(?![\w\-'’])")
_SPEECH_WORD_RE = re.compile(_SPEECH)
_PLACE_PREPS = frozenset({"at", "in", "near", "inside", "outside", "across", "via", "towards", "toward", "around",
                          "throughout", "into", "onto"})
_NOUN_PREPS = frozenset({"of", "for", "on", "about", "under", "from"})
_GENERATION = frozenset({"Jr", "Sr", "II", "III", "IV"})
_POST_NOMINALS = frozenset({"TD", "MP", "MEP", "MLA", "MSP", "MHK", "QC", "KC", "SC"})


def _ends_at(body: str, toks, end: int) -> bool:
    """The name ``toks`` runs to ``end``, or to post-nominal letters that do ("Ann Lee TD")."""
    return toks[-1][2] == end or all(w in _POST_NOMINALS for w in body[toks[-1][2]:end].split())
_NAME_JOINERS = frozenset({"of", "for", "on", "in", "and"})
_DOCUMENT_HEADS = frozenset({"memorandum", "understanding", "protocol", "roadmap", "strategy", "concept", "letter",
                             "intent", "cooperation", "framework", "plan", "agenda", "statement", "communique"})
# a chain followed by "(ABC)": a body or a document introduced with its abbreviation
_ACRONYM_AFTER_RE = re.compile(r"[ \u00a0]*\([A-Z][A-Z&]{1,7}\)")
# an institution word and an opening quote right before: 'Airport "Ann Lee"', 'Stadium «Ann Lee»'
_INSTITUTION_QUOTE_RE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \u00a0]+[\"“«„]\Z")
# "the border post of X", "the town of X": a place named by the noun before it
_PLACE_NOUN = (r"(?:town|city|village|port|province|district|region|municipality|border[ \u00a0]+(?:post|crossing)|"
               r"crossing|settlement|commune|department|island|oasis|valley|county|prefecture|governorate)")
_PLACE_OF_RE = re.compile(rf"\b{_PLACE_NOUN}[ \u00a0]+of[ \u00a0]+\Z")
# "between X and the border post of Y": the near end of a place pair
_AND_PLACE_OF_RE = re.compile(rf"[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?{_PLACE_NOUN}"
                              rf"[ \u00a0]+of\b")
# "confidence in X", "a stake in X": a person after "in"
_IN_SOMEONE_RE = re.compile(r"\b(?:confidence|trust|faith|belief|interest|stake|role|part|hand|hope|pride)\s+in\s+\Z")
_DATELINE_AFTER_RE = re.compile(DATELINE_TAIL)
_BETWEEN_AND_RE = re.compile(r"\bbetween[ \u00a0]+(?P<a>[A-Z][^,;.\n]{1,40}?)[ \u00a0]+and[ \u00a0]+\Z")
# proper names of things that read like persons
_NOT_PERSONS = frozenset({"el niño", "la niña", "el nino", "la nina"})
_LABEL_END_RE = re.compile(r"[ \u00a0]*:[ \u00a0]*(?:\n|\Z)")
# A lower-case noun for a business or body right before a capitalised pair makes the pair its name
# ("the Portuguese company Lusa Verde", "the lender Banco Azul")
_ORG_NOUNS = frozenset({"company", "companies", "firm", "firms", "corporation", "conglomerate", "holding",
                        "startup", "start-up", "operator", "developer", "manufacturer", "producer", "carrier",
                        "airline", "brand", "retailer", "lender", "insurer", "exporter", "importer", "supplier",
                        "contractor", "subsidiary", "giant", "newspaper", "broadcaster", "consortium", "utility",
                        "miner", "refiner", "automaker", "carmaker", "bank", "group", "fund", "publisher"})
_AUX = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may",
                  "might", "must", "shall", "should", "did", "does", "do", "who", "whose", "also", "himself",
                  "herself", "personally", "together", "jointly"})
_INDEF_BEFORE_RE = re.compile(r"(?<![\w\-])(?:a|an|A|An|any|every|another|each|no|No)[ \u00a0]+\Z")
_DET_BEFORE_RE = re.compile(r"\b(?:the|The)[ \u00a0]+\Z")
_UP_SET = frozenset(_UP)
# words dropped from the front of a possessor ("his", "the" of "the President's ...")
_POSSESSOR_SKIP = _STOP | {"his", "her", "excellency"}


def _left_cut(window: str) -> int:
    """Where a _LEFT_RE match in ``window`` may start at the earliest.

    Inside a match every space run is followed by a capital (the next token) or the end, so a
    match never spans a space followed by anything else: the search can start after the last one.
    """
    j = len(window) - 1
    rfind = window.rfind
    while True:
        j = rfind(" ", 0, j)
        if j < 0:
            return 0
        c = window[j + 1]
        if c != " " and c != "\u00a0" and c not in _UP_SET:
            return j + 1
_APPOS_LEFT_RE = re.compile(rf"(?P<name>{_CHAIN})(?:['’]s)?\s*,\s*(?:(?:the|a|an|now|currently|also)\s+)*\Z")
_APPOS_TAIL_RE = re.compile(r"\s*(?:(?:the|a|an|now|currently|also)\s+)*\Z")  # what follows its comma
_NICK_RE = re.compile(rf"[ \u00a0]*\((?P<nick>{_UPC}{_L}+(?:[ \u00a0]{_UPC}{_L}+)?)\)")
_NAME_SEP_RE = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+[—–\-][ \u00a0]*|[ \u00a0]*:[ \u00a0]*|[ \u00a0]+)"
                          r"(?P<hon>" + _HONORIFIC_RE.pattern + r")?(?=" + _UPC + ")")
_PW_WORDS = sorted(w for w in PORTFOLIO_WORDS if w not in ("the", "and", "of", "&"))
# The portfolio words, longest first, as a prefix tree (the same matches, a branch per letter instead
# of every word in turn). They are lower-case ASCII letters, no two of which match one character even
# under IGNORECASE, so the tree stays exact in _PORTFOLIO_RE too (a test checks the words).
_PW = _ref_module.prefix_tree(_PW_WORDS)
_PORTFOLIO_RE = re.compile(rf"[ \u00a0]+(?:of|for)[ \u00a0]+(?P<pf>(?:the[ \u00a0]+)?(?:{_PW})"
                           rf"(?:(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+)(?:and[ \u00a0]+|&[ \u00a0]+)?(?:{_PW}))*)"
                           rf"(?![\w\-])", re.IGNORECASE)
_IN_CHARGE_RE = re.compile(r"(?:[ \u00a0]+to[ \u00a0]+the(?:[ \u00a0]+[A-Z][\w-]*(?:[ \u00a0]+of)?){1,4})?"
                           r"[ \u00a0]+in[ \u00a0]+charge[ \u00a0]+of[ \u00a0]+(?P<pf>[A-Z][\w-]*"
                           r"(?:(?:[ \u00a0]+and[ \u00a0]+|[ \u00a0]+)[A-Z][\w-]*){0,8})(?=[ \u00a0]*,)")
# one more capitalised item of a portfolio list: ", Migration", " and Tunisians Abroad", " and the Digital Economy"
_PORTFOLIO_MORE_RE = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)"
                                r"(?P<the>the[ \u00a0]+)?(?P<words>[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+){0,2})(?![\w\-])")
_LOWER_AREA_RE = re.compile(rf"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+(?P<pf>(?:region|province|district|city|oblast)"
                            rf"[ \u00a0]+for[ \u00a0]+(?:{_PW})"
                            rf"(?:(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+)(?:and[ \u00a0]+)?(?:{_PW}))*)(?![\w\-])")
# "head of research at X": a department in lower case, then the organization
_LOWER_DEPT_RE = re.compile(rf"[ \u00a0]+of[ \u00a0]+(?P<pf>(?:{_PW})(?:[ \u00a0]+(?:and[ \u00a0]+)?(?:{_PW})){{0,3}})"
                            rf"(?=[ \u00a0]+at[ \u00a0])")
# an organization word; two country names joined by a dash are one ("the Türkiye–Nigeria Business Council")
_ORG_WORD = rf"(?:{_TOK}|[A-Z]{{2,}}[\w\-]*)(?:[–—]{_TOK})*"
_ORG_CHAIN = (rf"{_ORG_WORD}(?:['’]s)?"
              rf"(?:(?:{_SP}(?:of|for|and|on|&|de)(?:{_SP}the)?{_SP}|{_SP}){_ORG_WORD}(?:['’]s)?)*")
_ORG_CHAIN_RE = re.compile(_ORG_CHAIN)
# a sentence opening on a participle whose object is the title phrase ("Addressing the ...,")
_OPENING_PARTICIPLE_RE = re.compile(r"(?:^|[.!?\n][\"”»’]?[ \u00a0]*)[A-Z][a-z]+ing[ \u00a0]+"
                                    r"(?:to[ \u00a0]+|with[ \u00a0]+)?\Z")
_ORG_LINK_RE = re.compile(r"[ \u00a0]+(?:of|for|on|and|&)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
_ADMIN_TAIL_RE = re.compile(r"[ \u00a0]+(?:region|province|oblast|district|governorate|prefecture|county)"
                            r"(?![\w\-])")
_AND_RE = re.compile(r"[ \u00a0]+and[ \u00a0]+")
_DOMAIN_SUFFIX_RE = re.compile(r"(?:\.[a-z]{2,6})+\Z")
_DOMAIN_TAIL_RE = re.compile(r"\.[a-z]{2,6}(?![\w\-])")
# "Hydrologist Ana Ruiz", "Activist Ana Ruiz": an occupation noun written before a name at a sentence start
_OCCUPATION_RE = re.compile(r"[A-Z][a-z]{3,}(?:ist|ician)")
_ABBR_PAREN_RE = re.compile(rf"[ \u00a0]*\({_UPC}[{re.escape(_UP)}&\-]{{1,11}}\)(?=[ \u00a0]*,)")
_WHOSE_RE = re.compile(rf"(?P<org>{_ORG_CHAIN})[ \u00a0]*,[ \u00a0]*whose[ \u00a0]+\Z")
_WHO_AFTER_RE = re.compile(r"[ \u00a0]*,[ \u00a0]*who[ \u00a0]")
_WHO_RE = re.compile(r"(?<![\w\-])(?:who|also|currently|now)[ \u00a0]+\Z")
_WHO_BEFORE_RE = re.compile(rf"(?P<name>{_CHAIN})[ \u00a0]*,[ \u00a0]*who[ \u00a0]+"
                            r"(?:(?:also|currently|now)[ \u00a0]+)?\Z")
_VERB_ORG_RE = re.compile(rf"[ \u00a0]+the[ \u00a0]+(?P<org>{_ORG_CHAIN})")
_VERB_FAMILIES = frozenset({"chairman", "head", "director"})
_LONG_FORM_RE = re.compile(r"\b(?:Republic|Kingdom|Federation|Sultanate|Emirate|Principality|Commonwealth|State|"
                           r"Confederation|Union)\b")
# "state oil company", "the Swiss food group": what kind of body the organization named next is
_FIRM_KIND = (r"(?:[a-z][a-z\-]*[ \u00a0]+){0,3}(?:company|firm|corporation|enterprise|group|bank|utility|carrier|"
              r"airline|conglomerate|holding|producer|operator|giant|lender|insurer|broadcaster|agency|miner|"
              r"refiner|developer|manufacturer|maker)[ \u00a0]+")
_ORG_COMPLEMENT_RE = re.compile(rf"[ \u00a0]+(?:of|at)[ \u00a0]+(?:the[ \u00a0]+)?(?:{_FIRM_KIND})?"
                                rf"(?:{_UPC}[\w'’]*(?:[ \u00a0]{_UPC}[\w'’]*)?-based[ \u00a0]+)?"  # "of Dakar-based X"
                                rf"(?P<org>{_ORG_CHAIN})")
# "head of state oil company X": the head of a firm the state owns, not a head of state
_STATE_FIRM_RE = re.compile(rf"[ \u00a0]+(?:-owned[ \u00a0]+)?{_FIRM_KIND}{_UPC}")
_UNDER_ORG_RE = re.compile(rf"[ \u00a0]+under[ \u00a0]+the[ \u00a0]+(?P<org>{_ORG_CHAIN})")
_AT_ORG_RE = re.compile(rf"[ \u00a0]+at[ \u00a0]+(?:the[ \u00a0]+)?(?P<org>{_ORG_CHAIN})")
_POSS_ORG_RE = re.compile(rf"['’]s[ \u00a0]+(?P<org>{_ORG_CHAIN})")
_TO_RE = re.compile(rf"[ \u00a0]+(?:to|in)[ \u00a0]+(?:the[ \u00a0]+)?(?P<to>{_ORG_CHAIN})")
_COORD_RE = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*|[ \u00a0][—–\-][ \u00a0]*)?and[ \u00a0]+(?:(?:recently|also|now|"
                       r"concurrently|currently|later|simultaneously|since|then)[ \u00a0]+)*")
_CLOSE_RE = re.compile(r"[ \u00a0]*[—–\-](?=[ \u00a0])")
_ACRONYM_RE = re.compile(r"[A-Z]{2}|.[A-Z]s?$")  # "NATO", "MoU", and a plural "MoUs"
# "Albert VI", "Charles III": a regnal number closes a sovereign's name
_REGNAL_RE = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")
_ORDINARY_SUFFIX_RE = re.compile(r"(?:tion|sion|ment|ness|ity|ism|ship|ance|ence|ics|ogy|ware|ities|ments|tions|"
                                  r"sions|ances|ences)$")
_SENT_END_RE = re.compile(r"[.!?;\n]")
_PLURAL_SPLIT_RE = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)")
_LIST_DASH_RE = re.compile(r"[ \u00a0]*(?:[—–\-:]|,)[ \u00a0]*")
_HEADLINE_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]{3,}")

_HEAD_OF_STATE = "head_of_state"
# portfolio words that may be written before a title head ("Health Cabinet Secretary")
_PORTFOLIO_PREFIX = frozenset(PORTFOLIO_WORDS - {"the", "and", "of", "&", "public", "high", "national", "state",
                                                  "local", "post", "european", "europe", "union"})
# capitalised words that open a region's name ("New South Wales", "North Rhine-Westphalia")
_REGION_LEAD = frozenset({"New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                          "Central", "Upper", "Lower", "Greater"})
_LOWER_POSS_RE = re.compile(r"(?<![\w\-])(?:the|The|its|their)[ \u00a0]+([a-z]+)['’]s[ \u00a0]+\Z")
_IS_LEFT_RE = re.compile(rf"(?P<name>{_CHAIN})[ \u00a0]+(?:is|was)[ \u00a0]+\Z")
_FOR_PLACE_RE = re.compile(rf"[ \u00a0]+for[ \u00a0]+(?P<pl>{_UPC}{_L}+(?:-{_UPC}{_L}+)?)"
                           rf"(?=[ \u00a0]+(?:Dr\.?[ \u00a0]+)?{_UPC})")
# the scope of an office written before its head ("Country Director", "Regional Manager")
_OFFICE_SCOPE = frozenset({"country", "regional", "resident", "area", "national", "global", "general"})
# offices a firm or a body has, not a person: "X's chairman" is the chairman of X
_FIRM_OFFICES = frozenset({"ceo", "chairman", "deputy_chairman", "director", "deputy_director"})
# the level of a local office written before its title, after the place's name ("Kandal Provincial Governor")
_LOCAL_SCOPE = frozenset({"provincial", "regional", "municipal", "prefectural"})
_LOCAL_HEADS = frozenset({"governor", "mayor", "deputy", "vice", "lieutenant", "prefect", "akim", "hokim", "khokim"})
_FOR_PLACE_TAIL_RE = re.compile(rf"[ \u00a0]+for[ \u00a0]+(?P<pl>{_UPC}{_L}+(?:[ \u00a0]{_UPC}{_L}+)?)(?![\w\-])")
_IN_PLACE_RE = re.compile(rf"[ \u00a0]+in[ \u00a0]+(?P<pl>{_UPC}{_L}+(?:[ \u00a0]{_UPC}{_L}+)?)(?![\w\-])")
_CONTINENTS = frozenset({"europe", "asia", "africa", "america", "latin america", "north america", "south america",
                         "the americas", "oceania", "eurasia", "middle east", "the middle east", "central asia",
                         "southeast asia", "east asia", "south asia", "the caucasus", "the balkans", "the gulf",
                         "the sahel", "scandinavia"})
_ROYAL_TITLES = frozenset({"king", "queen", "emperor", "empress", "emir", "sultan", "monarch", "crown prince",
                           "crown princess", "prince", "princess"})
_KIND_RANK = {"official": 5, "expert": 4, "journalist": 4, "photographer": 4, "artist": 4, "other": 1}


_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")


@lru_cache(maxsize=65536)
def _non_name(tok: str) -> bool:
    """A word that is never part of a person's name: stopword, title, institution, place."""
    low = tok.casefold().rstrip(".")
    if low in _STOP or low in TITLE_WORDS or low in _INSTITUTION or low in ADJECTIVES:
        return True
    if _CYRILLIC_RE.search(tok):
        return True  # Cyrillic site chrome in an English text
    return bool(_GEO.country(tok) or _GEO.demonym(tok) or _GEO.is_city(tok))


@lru_cache(maxsize=65536)
def _city_only(tok: str) -> bool:
    """A word that is a city name and nothing else that bars it from names ("Gao", a surname too)."""
    low = tok.casefold().rstrip(".")
    if low in _STOP or low in TITLE_WORDS or low in _INSTITUTION or low in ADJECTIVES:
        return False
    return bool(_GEO.is_city(tok)) and not (_GEO.country(tok) or _GEO.demonym(tok))


# countries' one-word names that are also given names
_COUNTRY_GIVEN_NAMES = frozenset({"Jordan", "Georgia", "Chad", "India", "Israel", "Kenya", "Jamaica", "Ireland"})


def _modifier_word(w: str) -> bool:
    """A lower-case word that can modify a title noun ("football club", "water", "youngest")."""
    return (len(w) >= 3 and w not in _STOP and w not in _AUX and w not in _PLACE_PREPS and w not in _NOUN_PREPS
            and not w.endswith("ly") and not _SPEECH_WORD_RE.fullmatch(w))


def _geo_word(tok: str) -> bool:
    return bool(_GEO.country(tok) or _GEO.demonym(tok) or _GEO.is_city(tok))


def _kept_lead(toks) -> bool:
    """A first word kept in a name although it is a title or institution word elsewhere:
    "Sultan bin Hamad ..." (a word before a patronymic particle is a given name) and
    "Han Ji-woo" (a surname before a hyphenated Korean-style given name)."""
    if len(toks) < 2:
        return False
    t1 = toks[1][0]
    if t1 not in _PATRO and "-" not in t1:
        return False
    t0 = toks[0][0]
    low = t0.casefold()
    if not t0[0].isupper() or low in _STOP or low in _PARTICLES:
        return False
    if len(toks) >= 3 and t1 in _PATRO:
        return not _geo_word(t0)
    if len(toks) <= 3 and low in _INSTITUTION and low not in TITLE_WORDS and _HYPHEN_GIVEN_RE.fullmatch(t1):
        return not _geo_word(t0)
    return False


def _head_positions(body: str, present: set[str]) -> list[int]:
    """Offsets where a title head may start: word starts whose word opens some head."""
    low = lowered(body)
    if len(low) != len(body):
        return [w.start() for w in WORD_RE.finditer(body) if w.group().casefold() in HEAD_FIRST_WORDS]
    out = []
    find = low.find
    n = len(low)
    for word in present:
        i = find(word)
        k = len(word)
        while i >= 0:
            if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] in "-_")) and (
                    i + k >= n or not (low[i + k].isalpha() or low[i + k] == "_")):
                out.append(i)
            i = find(word, i + k)
    out.sort()
    return out


_INST_TAIL_RE = re.compile(rf"(?:['’]s)?(?:(?:{_SP}(?:and|of|&|for){_SP}|{_SP})(?:{_TOK}))+")
_TOK_RE = re.compile(_TOK)
_PART_RE = re.compile(_PART)
_OF_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+")
_OF_FROM_RE = re.compile(r"[ \u00a0]+(?:of|from)[ \u00a0]+")
_SPACES_RE = re.compile(r"[ \u00a0]+")
_THE_RE = re.compile(r"the[ \u00a0]+")
_COUNTRY_PREFIX_RE = re.compile(r"^(?:the\s+)?(?:.*\bof\s+(?:the\s+)?)?")
_CAP_NEXT_RE = re.compile(rf"[ \u00a0]+{_UPC}")
_DELEGATION_RE = re.compile(rf"(?P<dem>{_TOK})[ \u00a0]+(?:government[ \u00a0]+|official[ \u00a0]+)?delegation"
                            r"[ \u00a0]+(?:led|headed)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?\Z")
_WORD_ANY_RE = re.compile(r"[^\W\d_][\w\-]*")
_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")
_GAP_RE = re.compile(r"[ \u00a0]+(?:\w+[ \u00a0]+)?")
@lru_cache(maxsize=16384)
def _token_offsets(text: str) -> tuple[tuple[str, int, int], ...]:
    """The name tokens of ``text`` with their offsets in it (the same chains recur within and across texts)."""
    return tuple((m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text))


@lru_cache(maxsize=65536)
def _acronym(tok: str) -> bool:
    """Two capitals in a row or a capital at the end (before a plural s): an acronym ("NATO", "MoUs"), not a
    name word."""
    return _ACRONYM_RE.search(tok) is not None


@lru_cache(maxsize=65536)
def _patronymic(tok: str) -> bool:
    """A patronymic or "son of"/"daughter of" ending ("Petrovich", "Abdykyzy")."""
    return PATRONYMIC.search(tok) is not None


@lru_cache(maxsize=65536)
def _tok_skel(tok: str) -> str:
    """The skeleton of one name word, a glued Arabic article aside: "Al-Tamimi", "al-Tamimi" and "Tamimi"
    are one surname."""
    if tok[2:3] == "-" and tok[:2] in ("al", "Al", "el", "El", "AL", "EL") and len(tok) > 4:
        tok = tok[3:]
    return token_skeleton(name_key(tok).replace(" ", ""))


_INITIAL_LEAD_RE = re.compile(r"[^\W\d_]\.")


# ----------------------------------------------------------------------------- public types


@dataclass(slots=True)
class Mention:
    span: Span
    person: int  # index into PeopleFinding.people
    text: str  # as written ("Ivanov", "Ivan Petrovich", "the Russian leader")
    kind: str  # "name" | "description"


@dataclass(slots=True)
class PeopleFinding:
    people: list[ExtractedPerson]
    roles: list[ExtractedRole]
    organizations: list[ExtractedOrganization]
    mentions: list[Mention]  # sorted by span.start
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: (m.span.start, m.span.end))
        self._starts = [m.span.start for m in self.mentions]

    def person_at(self, start: int, end: int) -> int | None:
        """The person whose mention overlaps [start, end)."""
        i = bisect.bisect_left(self._starts, end)
        for m in reversed(self.mentions[max(0, i - 8):i]):
            if m.span.start < end and m.span.end > start:
                return m.person
        return None

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.span.end <= end]

    def last_before(self, pos: int) -> Mention | None:
        i = bisect.bisect_right(self._starts, pos)
        for m in reversed(self.mentions[:i]):
            if m.span.end <= pos:
                return m
        return None

    def head_of_state(self, country: str) -> int | None:
        """The person holding president/king/leader/emir... of that ISO code in this text."""
        best: Counter[int] = Counter()
        for r in self.roles:
            info = _title_info(r.title_normalized)
            if r.country == country and info is not None and info.family == _HEAD_OF_STATE:
                best[r.person] += 1
        return best.most_common(1)[0][0] if best else None


@lru_cache(maxsize=512)
def _title_info(normalized: str) -> TitleInfo | None:
    found = lookup(normalized.split(" of ")[0]) or lookup(normalized)
    return found[0] if found else None


# ----------------------------------------------------------------------------- internals


@dataclass(slots=True)
class _Name:
    start: int
    end: int
    text: str
    tokens: list[str]
    evidence: float  # 0.9 title, 0.85 speech verb, 0.6 shape
    possessive: bool = False
    forced: bool = False
    nickname: bool = False
    person: int = -1
    told: bool = False  # only seen as the one-word target of "told X"


@dataclass(slots=True)
class _Role:
    name: _Name | None  # holder as written (None: description to resolve)
    title: str
    title_as_written: str
    normalized: str
    info: TitleInfo
    organization: str | None
    country: str | None
    start: int
    end: int
    confidence: float
    desc_span: tuple[int, int] | None = None  # description phrase without a name
    possessor: _Name | None = None
    capital: bool = False  # a country-less description written with a capital ("the Speaker")


class _Parser:
    def __init__(self, body: str) -> None:
        self.body = body
        distinct = set(_WORD_ANY_RE.findall(body))
        self.words = distinct  # every word of the body (ordinary() asks which are written in lower case)
        self.lower_upper_skip: set[str] = set()
        # (a hyphenated word opens a head by its first part: "Director-General", "Vice-Chairman")
        self.head_words = HEAD_FIRST_WORDS.intersection(w.lower().split("-", 1)[0] for w in distinct)
        self._ordinary: dict[str, bool] = {}
        self.claimed: list[tuple[int, int]] = []
        self.names: list[_Name] = []
        self.roles: list[_Role] = []
        self.headline: list[tuple[int, int]] = self._headlines()
        self.role_orgs: set[str] = set()
        # words written as the modifier of a place or institution ("the Port Elm Special Economic Zone")
        self.thing_texts: set[str] = set()

    # -- helpers ---------------------------------------------------------------------------
    def _headlines(self) -> list[tuple[int, int]]:
        out = []
        pos = 0
        for line in self.body.split("\n"):
            if len(line) > 160 or line.rstrip()[-1:] in ".!?\"”»":
                pos += len(line) + 1
                continue
            words = _HEADLINE_WORD_RE.findall(line)
            if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
                out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return out

    def in_headline(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.headline)

    def ordinary(self, tok: str) -> bool:
        got = self._ordinary.get(tok)
        if got is None:
            low = tok.casefold()
            got = (low in _STOP or low in TITLE_WORDS or (low in self.words and low[0].islower()) or
                   (len(low) > 6 and bool(_ORDINARY_SUFFIX_RE.search(low))))
            self._ordinary[tok] = got
        return got

    def common_noun(self, tok: str) -> bool:
        """An ordinary noun written lowercase elsewhere or with an abstract suffix, not a title word."""
        low = tok.casefold()
        return low not in TITLE_WORDS and ((low in self.words and low[0].islower()) or (len(low) > 6 and bool(
            _ORDINARY_SUFFIX_RE.search(low))))

    @staticmethod
    def non_name(tok: str) -> bool:
        return _non_name(tok)

    def tokens(self, text: str, base: int) -> list[tuple[str, int, int]]:
        return [(t, base + s, base + e) for t, s, e in _token_offsets(text)]

    def institution_follows(self, end: int) -> bool:
        """'Gubkin Oil and Gas University', "St George's Hall", 'Peter and Paul Fortress'."""
        tail = self.body[end:end + 80]
        m = _INST_TAIL_RE.match(tail)
        if not m:
            return False
        toks = _TOK_RE.findall(m.group())
        for i, t in enumerate(toks):
            low = t.casefold()
            if low in _INSTITUTION:
                # "X and National Council Chairwoman Y": the institution of the next title phrase
                return not (_AND_RE.match(tail) and any(w.casefold() in TITLE_WORDS for w in toks[i + 1:]))
            if low in TITLE_WORDS:
                return False  # "X and Minister of State Y": the next title phrase, not X's institution
        return False

    def valid_name(self, toks: list[tuple[str, int, int]], *, strong: bool,
                   city_ok: bool = False) -> list[tuple[str, int, int]]:
        """Trim a token run to its name part; [] when it is not a person's name.

        ``city_ok``: right after a title a city word opening a longer run is a surname ("Gao Jianfeng").
        """
        if toks and toks[0][0][0] in "DTPS":
            toks = self.drop_honorific(toks)
        city_ok = city_ok and strong and 2 <= len(toks) <= 4 and any(_city_only(t) for t, _, _ in toks) and all(
            _city_only(t) or not _non_name(t) or _PART_RE.fullmatch(t) for t, _, _ in toks)
        while toks and not city_ok and (
                toks[0][0] in ("the",) or self.non_name(toks[0][0]) or (not strong and self.ordinary(toks[0][0]))
                or (len(toks) >= 3 and _OCCUPATION_RE.fullmatch(toks[0][0]))) \
                and not _kept_lead(toks):
            toks = toks[1:]
        while toks and len(toks) > 2 and toks[-1][0] in _POST_NOMINALS:
            toks = toks[:-1]  # "Ann Lee TD", "Ann Lee MP": a member of parliament, by the letters after her name
        while toks and not city_ok and (toks[-1][0] in ("the",) or toks[-1][0].casefold() in _PARTICLES or
                                        self.non_name(toks[-1][0]) or (not strong and self.ordinary(toks[-1][0]))):
            toks = toks[:-1]
        if not toks:
            return []
        kept = _kept_lead(toks)
        for i, (t, _, _) in enumerate(toks):
            if t[0].islower() and not (t == "the" or _PART_RE.fullmatch(t) or _APFX_RE.fullmatch(t)):
                return []
            if i == 0 and kept:
                continue
            low = t.casefold()
            if _acronym(t) and not (len(t) == 2 and t[1] == ".") and not (
                    i and i == len(toks) - 1 and _REGNAL_RE.fullmatch(t)):
                return []
            if low in _PARTICLES and i:
                continue  # "Al Thani", "Van den Bossche"
            if low in _INSTITUTION or (self.non_name(t) and low not in ("the",) and not (city_ok and _city_only(t))):
                return []
        if len(toks) > 4 and sum(1 for t, _, _ in toks
                                 if t.casefold() not in _PARTICLES and not _APFX_RE.fullmatch(t)
                                 and not (len(t) == 2 and t[1] == ".")) > 4:
            return []
        return toks

    def drop_honorific(self, toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """Without a leading conferred honorific: "Datuk Seri Azman Shah" -> "Azman Shah"."""
        s = toks[0][1]
        if toks[0][0] in ("Sri", "Seri"):
            if _MALAY_HON_TAIL_RE.search(self.body, max(0, s - 8), s):
                return toks[1:]
            return toks
        h = _MALAY_HON_RE.match(self.body, s)
        if h is None:
            return toks
        return [t for t in toks if t[1] >= h.end()]

    def country_around(self, s: int, e: int) -> tuple[int, int, str] | None:
        """A country name written in full over [s, e) and longer than it: (start, end, ISO code).

        "Papua New Guinea", "Saint Lucia", "Bosnia and Herzegovina": a word of it is no name.
        """
        body = self.body
        # A match over [s, e) holds the run of letters opening at s whole (it starts after a non-letter and
        # the match cannot end inside a word): when no country name holds that run, none covers the name.
        run = _LETTER_RUN_RE.match(body, s)
        if run is not None and (s == 0 or not _LETTER_RUN_RE.match(body, s - 1)) and \
                run.group() not in _GEO.country_re_words():
            return None
        rx = _GEO.country_re()
        for ws in range(max(0, s - 40), s + 1):
            if not body[ws].isupper() or (ws and (body[ws - 1].isalnum() or body[ws - 1] in "-'’.")):
                continue
            m = rx.match(body, ws)
            if m and m.end() >= e and m.end() - ws > e - s:
                code = _GEO.country(m.group())
                if code:
                    return ws, m.end(), code
        return None

    def claim(self, a: int, b: int) -> None:
        self.claimed.append((a, b))

    def surname_in_text(self, word: str) -> bool:
        """``word`` ends a capitalised name of two words or more somewhere in the text ("Ana Gil" for "Gil")."""
        return re.search(rf"[A-Z][\w'’-]*[ \u00a0]{re.escape(word)}(?![\w'’-])", self.body) is not None

    def add_name(self, toks, evidence: float, *, forced: bool = False) -> _Name:
        start, end = toks[0][1], toks[-1][2]
        poss = bool(_POSS_RE.match(self.body, end))
        # the name's words: capitalised, or a capitalised word behind a glued article ("al-Tamimi")
        words = [t for t, _, _ in toks if t[0].isupper() or (t[2:3] == "-" and _APFX_RE.fullmatch(t))]
        if len(words) > 2 and words[-1].rstrip(".") in _GENERATION:
            words.pop()  # "Mario T. Velasco Jr.": known by the surname before the suffix
        n = _Name(start, end, self.body[start:end], words, evidence, possessive=poss, forced=forced)
        self.names.append(n)
        self.claim(start, end)
        nick = _NICK_RE.match(self.body, end)
        if nick and not self.non_name(nick.group("nick")):
            nt = self.tokens(nick.group("nick"), nick.start("nick"))
            nn = _Name(nt[0][1], nt[-1][2], nick.group("nick"), [t for t, _, _ in nt], evidence,
                       forced=True, nickname=True)
            self.names.append(nn)
            self.claim(nn.start, nn.end)
        return n

    def name_at(self, pos: int, *, strong: bool = True) -> list[tuple[str, int, int]]:
        h = _HONORIFIC_RE.match(self.body, pos)
        if h:
            pos = h.end()
        m = CHAIN_RE.match(self.body, pos)
        if not m:
            return []
        toks = self.tokens(m.group(), m.start())
        if not toks or toks[0][1] != pos:
            return []
        if strong and len(toks) == 2 and toks[0][0] in _COUNTRY_GIVEN_NAMES:
            # "President Jordan Ilkov": after a title a country's one-word name opening a name is a given name
            rest = self.valid_name(toks[1:], strong=True)
            if rest and rest[0][1] == toks[1][1] and len(rest) == len(toks) - 1 and not any(
                    _GEO.is_place(t) for t, _, _ in rest) and not self.institution_follows(rest[-1][2]):
                return [toks[0], *rest]
        # a title word or place at the start means this is not a name position ("Gao Jianfeng": a
        # city word opening a longer chain after a title is a surname)
        city_ok = strong and len(toks) >= 2
        if self.non_name(toks[0][0]) and not (city_ok and _city_only(toks[0][0])) and not _kept_lead(toks):
            return []
        valid = self.valid_name(toks, strong=strong, city_ok=city_ok)
        if not valid or valid[0][1] != pos:
            return []
        if self.institution_follows(m.end()) and valid[-1][2] == m.end():
            return []
        if valid[-1][2] < m.end() and any(t.casefold() in _INSTITUTION for t, s, _ in toks if s >= valid[-1][2]):
            return []  # "the King Tomislav Museum", "the King Faisal Centre": a place named after someone
        if self.country_around(valid[0][1], valid[-1][2]):
            return []  # "the ambassador, Papua New Guinea's ambassador to ...": a country, not a name
        return valid

    # -- stage 1: title phrases ------------------------------------------------------------
    def parse_left(self, hs: int):
        """Modifiers before a head: (phrase start, country, org, possessor name, adjectives, det)."""
        win_start = max(0, hs - 120)
        window = self.body[win_start:hs]
        m = _LEFT_RE.search(window, _left_cut(window))
        toks: list[tuple[str, int, int, bool]] = []
        if m and m.group("chain"):
            for t in _TOKEN_RE.finditer(m.group("chain")):
                s = win_start + m.start("chain") + t.start()
                e = s + len(t.group())
                toks.append((t.group(), s, e, bool(_POSS_RE.match(self.body, e))))
        start = hs
        country = org = None
        possessor = None
        adj = ""
        # the nearest possessive splits possessor from the rest
        pi = -1
        for i, t in enumerate(toks):
            if t[3]:
                pi = i
        if pi >= 0:
            # possessor = the tokens of the same run just before, without leading stopwords
            ptoks = [(t, s, e) for t, s, e, _ in toks[: pi + 1]]
            while ptoks and ptoks[0][0].casefold() in _POSSESSOR_SKIP:
                ptoks = ptoks[1:]
            full = self.country_around(ptoks[0][1], ptoks[-1][2]) if ptoks else None
            if full and full[1] == ptoks[-1][2]:
                country, start = full[2], full[0]  # "Saint Lucia's minister", "Bosnia and Herzegovina's"
            elif ptoks:
                ptext = self.body[ptoks[0][1]:ptoks[-1][2]]
                code = _GEO.country(ptext)
                if code:
                    country = code
                    start = ptoks[0][1]
                else:
                    nm = self.valid_name(list(ptoks), strong=True)
                    if nm and nm[0][1] == ptoks[0][1] and nm[-1][2] == ptoks[-1][2]:
                        possessor = self.add_name(nm, 0.85)  # not "Lake" of "the Lake Post's"
                        start = nm[0][1]
                    elif not any(self.ordinary(t) for t, _, _ in ptoks):
                        org = ptext
                        start = ptoks[0][1]
                    elif ptoks[-1][0].casefold() in _INSTITUTION:
                        # "the Islamic Development Bank's": an institution, its capitalised words all its own
                        lead = [(t, s, e) for t, s, e, _ in toks[: pi + 1]]
                        while lead and (not lead[0][0][:1].isupper() or lead[0][0] == "The"):
                            lead = lead[1:]
                        org, start = self.body[lead[0][1]:ptoks[-1][2]], lead[0][1]
            rest = toks[pi + 1:]
        else:
            rest = toks
        rest_t = [(t, s, e) for t, s, e, _ in rest]
        if org is not None and len(rest_t) == 1 and rest_t[0][0].casefold() in _OFFICE_SCOPE:
            adj = self.body[rest_t[0][1]:hs]  # "the Bank's Country Director", "the Fund's Regional Director"
            rest_t = []
        # adjectives just before the head ("Professional artist")
        while rest_t and rest_t[-1][0].casefold() in ADJECTIVES:
            adj = self.body[rest_t[-1][1]:hs]
            rest_t = rest_t[:-1]
        if not adj:
            # "Health Cabinet Secretary", "Commerce Adviser", "Migration minister": a portfolio written before
            # the head
            k = len(rest_t)
            while k and rest_t[k - 1][0].casefold() in _PORTFOLIO_PREFIX:
                k -= 1
            if k < len(rest_t) and (k == 0 or rest_t[k - 1][0].casefold() in _STOP or
                                    not _POSS_RE.match(self.body, rest_t[k - 1][2])):
                adj = self.body[rest_t[k][1]:hs]
                rest_t = rest_t[:k]
        if adj and rest_t and len(rest_t) <= 3 and adj.split(None, 1)[0].casefold() in _LOCAL_SCOPE and \
                (head := _WORD_ANY_RE.match(self.body, hs)) is not None and \
                head.group().casefold() in _LOCAL_HEADS and \
                _SPACES_RE.fullmatch(self.body, rest_t[-1][2], hs - len(adj)) is not None and \
                not _GEO.demonym(rest_t[0][0]) and not _GEO.country(rest_t[0][0]) and \
                all(t[:1].isupper() and not t.isupper() and t.casefold() not in _STOP
                    and t.casefold() not in _INSTITUTION and not _GEO.organization(t) for t, _, _ in rest_t):
            # "Kandal Provincial Governor": the province is part of the title as written, not a name
            adj = self.body[rest_t[0][1]:hs]
            rest_t = []
        if not adj and not rest_t and self.body[hs].islower() and _portfolio_head(self.body, hs):
            # "trade minister X", "Asylum and migration minister X": portfolios before a lower-case head
            words = list(_WORD_ANY_RE.finditer(self.body, max(0, hs - 60), hs))
            i = len(words)
            while i and (words[i - 1].group().casefold() in _PORTFOLIO_PREFIX or (
                    words[i - 1].group() == "and" and i < len(words))):
                i -= 1
            while i < len(words) and words[i].group() == "and":
                i += 1
            gap = self.body[words[i].start():hs] if i < len(words) else ""
            if gap and not _SENT_END_RE.search(gap) and all(c.isalpha() or c in " ,\u00a0" for c in gap):
                adj = gap
        a0 = hs - len(adj)
        first = _WORD_ANY_RE.match(self.body, a0)
        if not rest_t and first and first.group().casefold() in _PORTFOLIO_PREFIX:
            # "Energy, Water and Mining Minister": portfolios coordinated before the head
            pre = _PF_COORD_LEFT_RE.search(self.body, max(0, a0 - 80), a0)
            if pre:
                words = list(_WORD_ANY_RE.finditer(self.body, pre.start(), a0))
                i = len(words)
                while i and (words[i - 1].group() == "and" or words[i - 1].group().casefold() in _PORTFOLIO_PREFIX):
                    i -= 1
                while i < len(words) and words[i].group() == "and":
                    i += 1
                if i < len(words):
                    adj = self.body[words[i].start():hs]
        lead_dropped = False
        if rest_t and rest_t[0][0] == "The":
            rest_t = rest_t[1:]
            lead_dropped = True
        region = len(rest_t) >= 2 and rest_t[0][0] in _REGION_LEAD and rest_t[1][0][:1].isupper()
        while rest_t and not region and ((rest_t[0][0].casefold() in _STOP and
                                          rest_t[0][0].casefold() not in _INSTITUTION)
                          or rest_t[0][0].casefold() in
                          ("his", "her", "excellency", "majesty", "highness")):
            lead_dropped = True
            rest_t = rest_t[1:]
        dem = ""
        if rest_t and country is None:
            code = _GEO.demonym(rest_t[0][0]) or _GEO.country(rest_t[0][0])
            if code:
                if len(rest_t) == 1 and _GEO.demonym(rest_t[0][0]):
                    dem = rest_t[0][0]  # "the Korean leader": the demonym is part of the title as written
                country = code
                start = min(start, rest_t[0][1])
                rest_t = rest_t[1:]
            elif len(rest_t) >= 2 and (_GEO.country(self.body[rest_t[0][1]:rest_t[1][2]])):
                country = _GEO.country(self.body[rest_t[0][1]:rest_t[1][2]])
                start = min(start, rest_t[0][1])
                rest_t = rest_t[2:]
        if rest_t and org is None:
            text = self.body[rest_t[0][1]:rest_t[-1][2]]
            looks_org = any(t.casefold() in _INSTITUTION or _acronym(t) for t, _, _ in rest_t) or (
                not self.valid_name(list(rest_t), strong=False)) or region or (
                # "Keidanren chairman X": a capitalised word before a lower-case head modifies it
                self.body[hs].islower() and not adj and len(rest_t) <= 3 and
                _SPACES_RE.fullmatch(self.body, rest_t[-1][2], hs) is not None)
            if looks_org and not all(self.ordinary(t) and t.casefold() not in _INSTITUTION for t, _, _ in rest_t):
                org = text
                start = min(start, rest_t[0][1])
        if org is None and country is None and possessor is None and \
                self.body.find("whose", max(0, start - 8), start) != -1:
            # "the German Eastern Business Association, whose chairman X"
            w = _WHOSE_RE.search(self.body, max(0, start - 120), start)
            if w and any(t.casefold() in _INSTITUTION for t in _TOK_RE.findall(w.group("org"))):
                org = w.group("org")
        if country is None and self.body.find("delegation", max(0, start - 60), start) != -1:
            dl = _DELEGATION_RE.search(self.body, max(0, start - 60), start)
            if dl:
                country = _GEO.demonym(dl.group("dem")) or _GEO.country(dl.group("dem"))
        if not adj and start == hs and self.body[hs].islower():
            # "the football club president X", "Tashkent-based water expert X": noun modifiers
            lm = _LOWER_MOD_RE.search(self.body, max(0, hs - 50), hs)
            if lm and all(_modifier_word(w) for w in lm.group("mods").split()):
                adj = self.body[lm.start("based") if lm.group("based") else lm.start("mods"):hs]
        if not adj and start == hs:
            la = _LOWER_ADJ_RE.search(self.body, max(0, hs - 25), hs)
            if la:
                adj = self.body[la.start("adj"):hs]
        if adj:
            start = min(start, hs - len(adj))
        d = _DET_BEFORE_RE.search(self.body, max(0, start - 6), start)
        det = bool(d) or lead_dropped
        if not d and start == hs and self.body.find("s", max(0, hs - 4), hs) != -1:
            pn = _LOWER_POSS_RE.search(self.body, max(0, hs - 40), hs)
            if pn and pn.group(1) not in _STOP:
                det = True  # "the chamber's president, X"
                start = pn.start()
        if d:
            start = d.start()
        return start, country, org, possessor, adj, det, dem

    def parse_complement(self, info: TitleInfo, pos: int):
        """(end, portfolio, country, org, to_text, long_country) after a head.

        ``long_country`` is the country complement when written in a long official form ("of the
        People's Republic of China", "of the Kyrgyz Republic"): it then belongs to the title as written.
        """
        body = self.body
        portfolio = country = org = to = None
        long_country = None
        end = pos
        if info.complement == "portfolio" or (
                info.complement in ("org", "country") and body.startswith("for", end + 1)):
            # "Minister of Health"; "Director-General for Health", "Member for Health", "State Secretary for
            # Economic Affairs'
            m = _PORTFOLIO_RE.match(body, end)
            if m and (info.complement == "portfolio" or body.startswith("for", end + 1)):
                portfolio = m.group("pf")
                end = m.end()
                # "of Foreign Affairs, Migration and Tunisians Abroad", "... and Moroccan Expatriates"
                while (more := _PORTFOLIO_MORE_RE.match(body, end)) is not None:
                    words = more.group("words").split()
                    n = next((i for i, w in enumerate(words)
                              if not (w.casefold() in PORTFOLIO_WORDS or _GEO.demonym(w))), len(words))
                    if n == 0 or (more.group("the") and n < len(words)):
                        break  # (after "and the", only a whole item: not "Finance and the Central Bank Governor")
                    stop = more.start("words") + len(" ".join(words[:n]))
                    portfolio += body[end:stop]
                    end = stop
        if portfolio is None and info.official and info.complement == "portfolio" and \
                (ic := _IN_CHARGE_RE.match(body, end)) is not None:
            # "Minister Delegate to the Head of Government in charge of Digital Transition and Reform"
            portfolio = ic.group("pf")
            end = ic.end()
        if portfolio is None and info.official and info.complement in ("portfolio", "country"):
            # "Secretary of State for Ibero-America X", "Special Envoy for Syria X"
            f = _FOR_PLACE_RE.match(body, end)
            if f and not self.name_at(f.start("pl"), strong=True):
                portfolio = f.group("pl")
                end = f.end()
        if portfolio is None and info.official and info.complement == "org" and \
                (fp := _FOR_PLACE_TAIL_RE.match(body, end)) and body[fp.end():fp.end() + 1] in ",.;)" and \
                _GEO.country(fp.group("pl")):
            portfolio = fp.group("pl")  # "Country Director for Mongolia,": the country the office covers
            end = fp.end()
        if portfolio is None and info.official and info.complement == "org":
            # "Deputy Governor of the province for tourism and sport X": the area the text is about
            m = _LOWER_AREA_RE.match(body, end)
            if m:
                portfolio = m.group("pf")
                end = m.end()
        if portfolio is None and info.complement == "org" and (dept := _LOWER_DEPT_RE.match(body, end)):
            # "head of research at Kampala Capital": the department, then the organization it belongs to
            a = _AT_ORG_RE.match(body, dept.end())
            o, o_end = self.split_org(a.group("org"), a.start("org")) if a else (None, 0)
            if o:
                portfolio, org, end = dept.group("pf"), o, o_end
        cre = _GEO.country_re()
        m = _OF_RE.match(body, end)
        if m and cre is not None:
            c = cre.match(body, m.end())
            if c and _CAP_NEXT_RE.match(body, c.end()) and _GEO.demonym(c.group().split()[-1]):
                c = None  # "of the Russian Central Bank": a demonym opening an organization name
            if c and body[c.end():c.end() + 1] in ("–", "—") and body[c.end() + 1:c.end() + 2].isupper():
                c = None  # "of the Ghana–Chile Business Council": a country pair naming an organization
            if c and info.complement in ("org", "country") and _CAP_NEXT_RE.match(body, c.end()):
                # "of the Japan International Cooperation Agency": a country opening an organization name
                o = _ORG_CHAIN_RE.match(body, _CAP_NEXT_RE.match(body, c.end()).end() - 1)
                if o and any(t.casefold() in _INSTITUTION for t in _TOK_RE.findall(o.group())):
                    nm = self.name_at(o.start(), strong=True)
                    if not (nm and nm[-1][2] >= o.end()):  # "of Korea Han Ji-woo" is a name
                        c = None
            if c:
                country = _GEO.country(_COUNTRY_PREFIX_RE.sub("", c.group()))
                if country is None:
                    country = _GEO.country(c.group())
                if country:
                    end = c.end()
                    if _LONG_FORM_RE.search(c.group()):
                        long_country = body[m.start():c.end()].strip()
                    if info.complement in ("org", "country"):
                        # "Chairman of China's National Development and Reform Commission X"
                        po = _POSS_ORG_RE.match(body, end)
                        if po:
                            o2, o2_end = self.split_org(po.group("org"), po.start("org"))
                            if o2 and any(t.casefold() in _INSTITUTION for t in _TOK_RE.findall(o2)):
                                org, end = o2, o2_end
        if country is None and portfolio is None and info.complement in ("org", "country"):
            m = _ORG_COMPLEMENT_RE.match(body, end)
            if m:
                org_text = m.group("org")
                org, org_end = self.split_org(org_text, m.start("org"))
                if org and org_end == m.end() and (adm := _ADMIN_TAIL_RE.match(body, org_end)):
                    org, org_end = body[m.start("org"):adm.end()], adm.end()  # "of Samarkand region"
                if org:
                    end = org_end
                    # "head of the X Bureau at the Chancellery of the President": the body it belongs to
                    a = _AT_ORG_RE.match(body, end) if org_end == m.end() else None
                    if a and any(t.casefold() in _INSTITUTION for t in _TOK_RE.findall(a.group("org"))):
                        o3, o3_end = self.split_org(a.group("org"), a.start("org"))
                        if o3 and o3_end == a.end():
                            org, end = body[m.start("org"):o3_end], o3_end
                    # "the X Agency under the President of Y": the body it is attached to
                    u = _UNDER_ORG_RE.match(body, end)
                    if u:
                        o4, o4_end = self.split_org(u.group("org"), u.start("org"))
                        if o4:
                            org, end = body[m.start("org"):o4_end], o4_end
        if country is None and portfolio is None and org is None and info.complement == "portfolio":
            # "Minister of State at the Federal Foreign Office X"
            m = _AT_ORG_RE.match(body, end)
            if m:
                org, org_end = self.split_org(m.group("org"), m.start("org"))
                if org and any(t.casefold() in _INSTITUTION for t in _TOK_RE.findall(org)):
                    end = org_end
                else:
                    org = None
        if info.kind == "journalist" and not (country or org):
            # "correspondent in Europe", "correspondent in Moscow"
            m = _IN_PLACE_RE.match(body, end)
            if m and (m.group("pl").casefold() in _CONTINENTS or _GEO.is_place(m.group("pl"))):
                to = body[m.start():m.end()].strip()
                end = m.end()
        if info.complement == "to":
            m = _TO_RE.match(body, end)
            if m:
                to_text = m.group("to")
                c = cre.match(body, m.start("to")) if cre is not None else None
                code = _GEO.country(c.group()) if c else None
                if code:
                    to = body[m.start():c.end()].strip()
                    end = c.end()
                elif _GEO.organization(to_text) or len(to_text.split()) <= 3:
                    to = body[m.start():m.end()].strip()
                    end = m.end()
                    tail = _ref_module.CITY_TAIL.match(body, end)
                    if tail and _GEO.is_city(to_text + tail.group()):
                        to, end = to + tail.group(), tail.end()  # "High Commissioner in Dar es Salaam"
                else:
                    # "to the European Union Tamar Eliava": the organization, then the holder
                    o2, o2_end = self.split_org(to_text, m.start("to"))
                    if o2 and any(t.casefold() in _INSTITUTION for t in _TOK_RE.findall(o2)):
                        to = body[m.start():o2_end].strip()
                        end = o2_end
            elif country is None and org is None:
                # "Chief Representative of the X Office": a representative of an organization
                m = _ORG_COMPLEMENT_RE.match(body, end)
                if m and body.startswith("of", m.start() + 1):
                    o2, o2_end = self.split_org(m.group("org"), m.start("org"))
                    if o2 and any(t.casefold() in _INSTITUTION for t in _TOK_RE.findall(o2)):
                        org, end = o2, o2_end
        return end, portfolio, country, org, to, long_country

    def split_org(self, text: str, base: int) -> tuple[str | None, int]:
        """Split 'Gazprom Anna Petrova' -> 'Gazprom'; 'National Bank' stays whole."""
        for a in _AND_RE.finditer(text):
            h = match_head(self.body, base + a.end())
            if h and (found := lookup(h.group())) and not found[1] and found[0].official:
                text = text[:a.start()]  # "Ministry of Finance A B and Director of ...": the next title
                break
        toks = self.tokens(text, base)
        toks = [t for t in toks]
        if not toks:
            return None, base
        end_pos = base + len(text)
        follow = self.body[end_pos:end_pos + 2]
        last_inst = max((i for i, (t, _, _) in enumerate(toks) if t.casefold() in _INSTITUTION or
                         _acronym(t)), default=-1)
        if 0 <= last_inst < len(toks) - 1:
            # "Grand National Assembly of Türkiye Murat Yılmazer": institution [of country] + a name
            org_end = toks[last_inst][2]
            o = _OF_RE.match(self.body, org_end)
            cre = _GEO.country_re()
            if o and cre is not None:
                c = cre.match(self.body, o.end())
                if c and c.end() <= end_pos and _GEO.country(_COUNTRY_PREFIX_RE.sub("", c.group())):
                    org_end = c.end()
            sp = _SPACES_RE.match(self.body, org_end)
            if sp and sp.end() < end_pos:
                name = self.name_at(sp.end(), strong=True)
                if len(name) >= 2 and name[-1][2] == end_pos:
                    return self.body[base:org_end], org_end
                # "Ministry of Finance A B": the institution's complement, then the name
                for k in range(last_inst + 1, len(toks) - 1):
                    name = self.name_at(toks[k][1], strong=True)
                    if (len(name) >= 2 and name[0][1] == toks[k][1] and name[-1][2] == end_pos
                            and _SPACES_RE.fullmatch(self.body, toks[k - 1][2], toks[k][1])
                            and not any(self.ordinary(t) for t, _, _ in name)):
                        return self.body[base:toks[k - 1][2]], toks[k - 1][2]
            elif org_end == end_pos:
                return text, end_pos
        if last_inst < 0:
            # "Mayor of <city> A B": a place, then the holder's name
            for k in range(1, min(len(toks) - 1, 4)):
                if not _GEO.is_place(self.body[base:toks[k - 1][2]]):
                    continue
                name = self.name_at(toks[k][1], strong=True)
                if (len(name) >= 2 and name[0][1] == toks[k][1] and name[-1][2] == end_pos
                        and _SPACES_RE.fullmatch(self.body, toks[k - 1][2], toks[k][1])):
                    return self.body[base:toks[k - 1][2]], toks[k - 1][2]
        if follow[:1] in ",.;:)" or follow[:1] == "\n" or not follow:
            return text, end_pos
        if 0 <= last_inst < len(toks) - 1 and follow[0] == " " and (follow[1:2].islower() or follow[1:2] == "(") and \
                _ORG_LINK_RE.match(self.body, toks[last_inst][2]):
            return text, end_pos  # "the Agency for Land Registry under ...", "the Fund for Energy (FE)"
        if 0 <= last_inst < len(toks) - 1:
            return self.body[base:toks[last_inst][2]], toks[last_inst][2]
        if last_inst == len(toks) - 1:
            return text, end_pos  # "the Export Promotion Council (EPC)": ends on its institution word
        if len(toks) >= 3:
            return self.body[base:toks[-3][2]], toks[-3][2]
        if last_inst == len(toks) - 1 or len(toks) <= 2:
            return text, end_pos
        return None, base

    def scan_titles(self) -> None:
        body = self.body
        consumed_until = -1
        for pos in _head_positions(body, self.head_words):
            if pos < consumed_until:
                continue
            m = match_head(body, pos)
            if not m:
                continue
            found = lookup(m.group())
            if not found or _PATRO_NEXT_RE.match(body, m.end()):
                continue  # "Sultan bin Hamad": a given name before a patronymic particle
            if found[0].norm == "head of state" and body.startswith("head of state", pos) and \
                    _STATE_FIRM_RE.match(body, m.end()):
                m = _HEAD_WORD_RE.match(body, pos)  # "head of state oil company X": the head of that firm
                found = lookup("head")
                if m is None or not found:
                    continue
            info, plural = found
            if plural and info.family in _VERB_FAMILIES and _WHO_RE.search(body, max(0, pos - 12), pos):
                end = self.parse_verb(m, info)
                consumed_until = max(consumed_until, end)
                continue
            if plural:
                end = self.parse_plural(m, info)
                consumed_until = max(consumed_until, end)
                continue
            end = self.parse_title(m, info)
            consumed_until = max(consumed_until, end)

    def parse_title(self, m: re.Match, info: TitleInfo) -> int:
        body = self.body
        hs, he = m.span()
        # "President" inside a capitalised institution ("Presidential Palace" is already excluded)
        start, country, org, possessor, adj, det, dem = self.parse_left(hs)
        if possessor is not None and len(possessor.tokens) == 1 and info.family in _FIRM_OFFICES and org is None and \
                not self.surname_in_text(possessor.text):
            # "Acme's chief executive": a one-word possessor of a firm's office is the firm, not a person
            self.names = [n for n in self.names if n is not possessor]
            org, possessor = possessor.text, None
        parts = []  # (info, head_text, title_text, normalized, org, country_complement, t_start, t_end)
        if info.family == "head":
            he, info, country = self.head_of_government(he, info, country)
        end, portfolio, c_country, c_org, to, long_country = self.parse_complement(info, he)
        if info.family == "head" and c_country and not (c_org or portfolio):
            found = lookup("Head of State")  # "the head of Turkmenistan"
            if found:
                info = found[0]
        short_country = body[he:end].strip() if c_country and not (portfolio or c_org or to or long_country) else ""
        if not _SHORT_COUNTRY_RE.fullmatch(short_country):
            short_country = ""
        title_text = (adj + body[hs:he]) if adj else body[hs:he]
        if portfolio:
            title_text += body[he:end][: body[he:end].find(portfolio) + len(portfolio)]
        if to:
            title_text += " " + to
        if long_country:
            title_text += " " + long_country  # "Minister of Health of the Slovak Republic"
        elif short_country and info.complement == "country" and not (c_org or to):
            title_text += " " + short_country  # "President of Korea"
        elif c_org and info.family in ("speaker", "deputy_speaker") and not portfolio:
            title_text += body[he:end]  # "Speaker of the Sejm": the chamber is part of the title
        if dem and not adj:
            title_text = f"{dem} {title_text}"  # "Korean leader", "French Foreign Minister"
        if not portfolio and adj and info.complement == "portfolio" and _portfolio_words(adj):
            portfolio = adj.strip(" ,\u00a0")  # "Energy and Water Minister": the minister of energy and water
            title_text = title_text if title_text.startswith(adj) else adj + body[hs:he]
        parts.append((info, title_text, normalize_title(info, portfolio), c_org or org, c_country or country,
                      hs - len(adj), end))
        # coordination: "Deputy Prime Minister and Minister of National Economy"; with a bare comma
        # ("Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs X") only when a
        # name follows the last title
        comma_from = None
        # "X, Chief of Protocol of the Ministry, and Ambassador Y": after an appositive to X, ", and" opens
        # another person's title, not a second office of one holder
        appositive = body.rfind(",", max(0, start - 80), start)
        appositive = appositive != -1 and bool(_APPOS_TAIL_RE.match(body, appositive + 1, start)) and bool(
            _APPOS_LEFT_RE.search(body, max(0, start - 80), start))
        while True:
            c = _COORD_RE.match(body, end)
            if c and appositive and "," in c.group():
                break
            comma = False
            if not c:
                c = _COMMA_COORD_RE.match(body, end)
                comma = True
                if not c:
                    break
            h2 = match_head(body, c.end())
            if not h2 or not lookup(h2.group()) or lookup(h2.group())[1]:
                break
            if comma and comma_from is None:
                comma_from = len(parts)
            info2 = lookup(h2.group())[0]
            e2, pf2, cc2, co2, to2, _lc2 = self.parse_complement(info2, h2.end())
            t2 = body[h2.start():h2.end()]
            if pf2:
                t2 += body[h2.end():e2][: body[h2.end():e2].find(pf2) + len(pf2)]
            if to2:
                t2 += " " + to2
            parts.append((info2, t2, normalize_title(info2, pf2), co2, cc2 or country, h2.start(), e2))
            end = e2
            cl = _CLOSE_RE.match(body, end)
            if cl:
                end = cl.end()
        phrase_end = parts[-1][6]
        as_written = body[start:phrase_end].strip(" —–-,")
        # holder after the phrase
        holder = None
        if c_org or org:
            # "of the Export Promotion Council (EPC), Ms X": the organization's abbreviation, then the name
            ab = _ABBR_PAREN_RE.match(body, end)
            if ab:
                end = ab.end()
        sep = _NAME_SEP_RE.match(body, end)
        if sep:
            sep_text = body[end:sep.start("hon") if sep.group("hon") else sep.end()]
            loose = "," in sep_text or ":" in sep_text or any(d in sep_text for d in "—–-")
            ok_sep = not loose or det or country or possessor or org or len(parts) > 1 or portfolio or c_org or (
                # "Editor: A. B. Name" on a line of its own
                sep_text.strip() == ":" and (hs == 0 or body[hs - 1] == "\n"))
            if ok_sep and "," in sep_text and _OPENING_PARTICIPLE_RE.search(body, max(0, start - 40), start):
                ok_sep = False  # "Addressing the head of the Bank, X said": X speaks to the holder
            if ok_sep:
                toks = self.name_at(sep.end(), strong=True)
                if toks and not (body[hs].islower() and not (det or country or possessor or org or adj)
                                 and info.official and info.family in ("head", "deputy", "secretary", "aide",
                                                                       "adviser", "chairman", "commander")):
                    holder = self.add_name(toks, 0.9, forced=True)
        if holder is None and comma_from is not None:
            parts = parts[:comma_from]
            phrase_end = parts[-1][6]
            as_written = body[start:phrase_end].strip(" —–-,")
        post_country = None
        if holder is not None and info.complement == "country" and not (country or c_country):
            # "King X of Jordan"
            o = _OF_RE.match(body, holder.end)
            cre = _GEO.country_re()
            if o and cre is not None:
                c = cre.match(body, o.end())
                if c and not _CAP_NEXT_RE.match(body, c.end()):
                    post_country = _GEO.country(_COUNTRY_PREFIX_RE.sub("", c.group())) or _GEO.country(c.group())
        appos_comma = body.rfind(",", max(0, start - 80), start) if holder is None else -1
        if appos_comma != -1 and _APPOS_TAIL_RE.match(body, appos_comma + 1, start):
            # appositive: "Anna Petrova, head of Gazprom" (the comma is the last one before the phrase,
            # and only "the", "now"... come between: checked first, as most commas are not followed so)
            lm = _APPOS_LEFT_RE.search(body, max(0, start - 80), start)
            if lm:
                toks = self.valid_name(self.tokens(lm.group("name"), lm.start("name")), strong=True)
                tail = phrase_end
                if c_org or org:
                    # "X, chief economist at the Y Institute in Ulaanbaatar.": the seat of the organization
                    ip = _IN_PLACE_RE.match(body, phrase_end)
                    if ip and _GEO.is_place(ip.group("pl")):
                        tail = ip.end()
                    elif ab := _ABBR_PAREN_RE.match(body, phrase_end):
                        tail = ab.end()  # "X, Director-General of the Y Fund (YF), met ..."
                    elif (fp := _FOR_PLACE_TAIL_RE.match(body, phrase_end)) and _GEO.is_place(fp.group("pl")):
                        tail = fp.end()  # "X, the Y Bank's Director for Mongolia, signed"
                after = body[tail:tail + 1]
                if toks and _ends_at(body, toks, lm.end("name")) and (after in ",.;)\n" or not after or
                                                              body[phrase_end:phrase_end + 5] == " and "):
                    holder = self.add_name(toks, 0.9, forced=True)
        if holder is None and det and (body.find(" is ", max(0, start - 5), start) != -1 or
                                       body.find(" was ", max(0, start - 6), start) != -1):
            # "X is The Andes Post's correspondent in Europe."
            lm = _IS_LEFT_RE.search(body, max(0, start - 60), start)
            after = body[phrase_end:phrase_end + 1]
            if lm and (after in ",.;)\n" or not after):
                toks = self.valid_name(self.tokens(lm.group("name"), lm.start("name")), strong=True)
                if toks and toks[-1][2] == lm.end("name") and len(toks) >= 2:
                    holder = self.add_name(toks, 0.9, forced=True)
        conf = 0.9 if holder else 0.6
        # "the first visit of an Uzbek leader": an indefinite description names nobody
        generic = holder is None and bool(_INDEF_BEFORE_RE.search(body, max(0, start - 10), start))
        for info_i, title_i, norm_i, org_i, country_i, _ts, _te in parts:
            if info_i.requires_org and not org_i:
                continue
            # "the Speaker replied", "the monarch": no country; resolved only to a unique holder
            bare = (holder is None and not generic and det and info_i.official and not country_i and not org_i
                    and len(parts) == 1 and not self.in_headline(hs))
            if holder is None and not bare and (
                    generic or not (country_i and info_i.official and (det or country or c_country))):
                continue
            if holder is not None:
                r_start, r_end = min(start, holder.start), max(phrase_end, holder.end)
            else:
                r_start, r_end = start, phrase_end
            self.roles.append(_Role(holder, title_i, as_written, norm_i, info_i, org_i, country_i or post_country,
                                    r_start, r_end, conf, None if holder else (start, phrase_end), possessor,
                                    body[hs].isupper()))
        self.claim(start, phrase_end)
        return max(phrase_end, holder.end) if holder is not None else phrase_end

    def head_of_government(self, he: int, info: TitleInfo, country: str | None):
        """'head of the Georgian government', 'head of the Kazakh state': the office, not a 'head'."""
        g = _HEAD_GOV_RE.match(self.body, he)
        if not g:
            return he, info, country
        nxt = _NEXT_LOWER_RE.match(self.body, g.end())
        if (nxt and nxt.group(1) in _INSTITUTION) or _STATE_FIRM_RE.match(self.body, g.end()):
            return he, info, country  # "head of the state agency", "head of state oil company X"
        dem = g.group("dem")
        code = None
        if dem:
            code = _GEO.demonym(dem) or _GEO.country(dem)
            if not code:
                return he, info, country
        found = lookup("Head of State" if g.group("w").casefold() == "state" else "Head of Government")
        if not found:
            return he, info, country
        return g.end(), found[0], country or code

    def parse_verb(self, m: re.Match, info: TitleInfo) -> int:
        """'X, who chairs the Y League': a head used as a verb gives X that office in Y."""
        body = self.body
        hs, he = m.span()
        w = _WHO_BEFORE_RE.search(body, max(0, hs - 100), hs)
        o = _VERB_ORG_RE.match(body, he)
        if not w or not o:
            return he
        toks = self.valid_name(self.tokens(w.group("name"), w.start("name")), strong=True)
        org, org_end = self.split_org(o.group("org"), o.start("org"))
        if not toks or toks[-1][2] != w.end("name") or not org:
            return he
        holder = self.add_name(toks, 0.85, forced=True)
        self.roles.append(_Role(holder, info.head[0].lower() + info.head[1:], body[hs:org_end],
                                normalize_title(info), info, org, None, holder.start, org_end, 0.8))
        self.claim(hs, org_end)
        return org_end

    def parse_plural(self, m: re.Match, info: TitleInfo) -> int:
        """'The leaders of Belarus, Kyrgyzstan, and Tajikistan - A, B, and C'; 'the rectors of X, A, and Y, B'."""
        body = self.body
        hs, he = m.span()
        start, country, org, _possessor, adj, _det, _dem = self.parse_left(hs)
        sent = _SENT_END_RE.search(body, he)
        stop = sent.start() if sent else len(body)
        stop = min(stop, he + 300)
        pos = he
        has_of = False
        o = _OF_FROM_RE.match(body, pos)
        if o:
            has_of = True
            pos = o.end()
        else:
            s = _SPACES_RE.match(body, pos)
            if not s:
                return he
            pos = s.end()
        items: list[tuple[str, int, int, str]] = []  # (kind, text, start, end) kind: country|name|org
        seps: list[str] = []
        while pos < stop:
            det = _THE_RE.match(body, pos)
            p2 = det.end() if det else pos
            c = CHAIN_RE.match(body, p2)
            if not c or c.end() > stop:
                break
            text = c.group()
            code = _GEO.country(text)
            name_toks = self.name_at(p2, strong=True) if not code else []
            if code:
                items.append(("country", code, p2, c.end()))
            elif name_toks and name_toks[-1][2] == c.end() and len(name_toks) >= 2:
                items.append(("name", text, p2, c.end()))
            else:
                items.append(("org", text, p2, c.end()))
            sm = _PLURAL_SPLIT_RE.match(body, c.end()) or _LIST_DASH_RE.match(body, c.end())
            if not sm or sm.end() >= stop:
                pos = c.end()
                break
            seps.append(body[sm.start():sm.end()])
            pos = sm.end()
        kinds = [k for k, *_ in items]
        pairs: list[tuple[tuple, tuple]] = []
        n_names = kinds.count("name")
        if n_names >= 1 and has_of:
            ctx = [it for it in items if it[0] != "name"]
            names = [it for it in items if it[0] == "name"]
            alternating = all(kinds[i] != "name" and kinds[i + 1] == "name" for i in range(0, len(kinds) - 1, 2))
            if alternating and len(kinds) % 2 == 0:
                pairs = [(items[i], items[i + 1]) for i in range(0, len(items), 2)]
            elif len(ctx) == len(names) and kinds[len(ctx):] == ["name"] * len(names) and (
                    len({k for k in kinds[: len(ctx)]}) == 1):
                pairs = list(zip(ctx, names, strict=True))
        elif n_names >= 1 and not has_of and kinds == ["name"] * n_names:
            pairs = [(("none", None, 0, 0), it) for it in items]
        if not pairs:
            return he
        title = singular(body[hs:he])
        if adj:
            title = adj + title
        last_end = he
        for ctx_item, name_item in pairs:
            toks = self.name_at(name_item[2], strong=True)
            if not toks:
                continue
            holder = self.add_name(toks, 0.85, forced=True)
            r_country = ctx_item[1] if ctx_item[0] == "country" else country
            r_org = ctx_item[1] if ctx_item[0] == "org" else org
            if ctx_item[0] in ("country", "org"):
                written = f"{title} of {body[ctx_item[2]:ctx_item[3]]}"
            else:
                written = body[start:he]
            self.roles.append(_Role(holder, title, written, normalize_title(info), info, r_org, r_country,
                                    start, holder.end, 0.8))
            last_end = max(last_end, holder.end)
        self.claim(start, last_end)
        return last_end

    # -- stage 2: free capitalised chains --------------------------------------------------
    def scan_chains(self) -> None:
        self.role_orgs = {r.organization for r in self.roles if r.organization}
        claimed = sorted(self.claimed)
        cstarts = [a for a, _ in claimed]
        body = self.body
        for m in CHAIN_RE.finditer(body):
            g = m.group()
            if " " not in g and "\u00a0" not in g and (_non_name(g) or g in self.lower_upper_skip):
                continue  # one ordinary capitalised word: the common case, decided fast
            toks = self.tokens(g, m.start())
            # drop tokens inside claimed spans
            i = bisect.bisect_right(cstarts, m.end())
            spans = [c for c in claimed[max(0, i - 12):i] if c[1] > m.start()]
            if spans:
                toks = [t for t in toks if not any(a <= t[1] < b for a, b in spans)]
                runs: list[list] = []
                for t in toks:
                    if runs and not any(runs[-1][-1][2] <= a < t[1] for a, _ in spans) and \
                            _GAP_RE.fullmatch(body, runs[-1][-1][2], t[1]):
                        runs[-1].append(t)
                    else:
                        runs.append([t])
            else:
                runs = [toks]
            for run in runs:
                self.consider_run(run, chain_end=m.end())

    def consider_run(self, run, chain_end: int) -> None:
        body = self.body
        if not run:
            return
        inst = next((i for i, t in enumerate(run) if t[0].casefold() in _INSTITUTION), None)
        if inst is not None or (run[-1][2] == chain_end and self.institution_follows(chain_end)):
            lead = run[:inst] if inst is not None else run
            while lead and _non_name(lead[0][0]):
                lead = lead[1:]  # "The", a country word
            if len(lead) >= 2 and lead[0][0][0].isupper():
                self.thing_texts.update(body[lead[0][1]:t[2]] for t in lead[1:])
            return
        if run[0][0].casefold() in _PLACE_LEAD:
            return  # "Santa Cruz", "Cabo Delgado", "Puerto Montt": a place by its first word
        toks = self.valid_name(list(run), strong=False)
        if not toks:
            return
        s, e = toks[0][1], toks[-1][2]
        if self.country_around(s, e) or _GEO.country(body[s:e]):
            return  # a country name, or a word of one written in full ("Trinidad and Tobago")
        if s == run[0][1] and (s == 0 or body[s - 1] == "\n") and _LABEL_END_RE.match(body, e):
            return  # "Legal Notice:" alone on its line: a heading of the page, not a speaker
        if self.institution_name_before(run[0][1]):
            return  # "the Institute of Strategic Studies told ...": the rest of an institution's name
        if body[s:e].casefold() in _NOT_PERSONS:
            return
        if body.find("between", max(0, s - 60), s) != -1 and (bt := _BETWEEN_AND_RE.search(
                body, max(0, s - 60), s)) is not None and _GEO.is_place(bt.group("a")):
            return  # "the line between Dar es Salaam and Kapiri Mposhi": the other end is a place too
        if _PLACE_OF_RE.search(body, max(0, s - 40), s) or (
                body.find("between", max(0, s - 12), s) != -1 and _AND_PLACE_OF_RE.match(body, e)):
            self.thing_texts.add(body[s:e])  # its other mentions too ("in X", "X, May 4 (Agency)")
            return  # "the border post of X", "between X and the town of Y": places
        if (s == 0 or body[s - 1] == "\n") and _DATELINE_AFTER_RE.match(body, e):
            self.thing_texts.add(body[s:e])
            return  # "Port Elm, May 4 (Agency) -": the dateline's place
        if len(toks) >= 2 and body.endswith(" in ", max(0, s - 4), s) and not _POSS_RE.match(body, e) and \
                not _SPEECH_AFTER_RE.match(body, e) and not _IN_SOMEONE_RE.search(body, max(0, s - 24), s):
            self.thing_texts.add(body[s:e])
            return  # "a job in Port Elm", "talks in Villa Verde": a place of two words or more
        inst_quote = _INSTITUTION_QUOTE_RE.search(body, max(0, s - 24), s) if s and body[s - 1] in "\"“«„" else None
        if inst_quote and inst_quote.group(1).casefold() in _INSTITUTION:
            return  # 'Athens International Airport "Ann Lee"': the airport's name
        if _GEO.organization(body[s:e]) is not None:
            return  # "told Xinhua", "(Reuters)": a news agency or another known organization
        if _DOMAIN_TAIL_RE.match(body, e):
            return  # "told Outlet.kz": a site's domain name
        if len(toks) >= 2 and _GEO.is_city(body[s:e]):
            return  # a known city of two or more words ("flights to Port Elm and ...")
        if s > run[0][1] and any(_GEO.is_city(t) or (_GEO.country(t) and not _GEO.demonym(t))
                                 for t, ts, _ in run if ts < s):
            return  # "Seoul Air Base": a place name opening the chain makes it a place or a thing
        nl = _NEXT_LOWER_RE.match(body, e)
        if nl and nl.group(1) in _THING_AFTER:
            return
        if _ARTICLE_BEFORE_RE.search(body, max(0, s - 5), s):
            return
        if body[s:e] in self.role_orgs:
            return  # named elsewhere in the text as the organization of someone's title
        before = _PREV_WORD_RE.search(body, max(0, s - 16), s)
        if before and before.group(1) in _ORG_NOUNS:
            return
        speech = bool(_SPEECH_AFTER_RE.match(body, e + (2 if _POSS_RE.match(body, e) else 0))) and not \
            _POSS_RE.match(body, e)
        speech = speech or bool(_SPEECH_BEFORE_RE.search(body, max(0, s - 30), s))
        if not speech and not self.person_like_context(s, e):
            return
        if not speech and self.inside_long_name(run[0][1]):
            return  # "the Institute of Economics and Strategic Studies", "Cooperation in Geology and Mining"
        if not speech and len(toks) >= 2 and _ACRONYM_AFTER_RE.match(body, e):
            self.thing_texts.add(body[s:e])
            return  # "the Multiannual Macroeconomic Framework (MMM)": a thing with its abbreviation
        if not speech and any(self.common_noun(t) for t, ts, _ in run if ts < s or ts >= e):
            return  # "Trust Building Measures", "on Skilled Trade Workers": words of a Title-Case thing
        # a closing quote before the name: '" Ivanov said' is covered by speech; '"..." — X' too
        if len(toks) >= 2:
            ev = 0.85 if speech else 0.6
            if self.in_headline(s) and not speech:
                ev = 0.3
            self.add_name(toks, ev)
        else:
            n = self.add_name(toks, 0.85 if speech else 0.2)
            n.told = body[max(0, s - 5):s] == "told "

    def drop_non_people(self, outlets: Iterable[str]) -> None:
        """Drop one-word names that are organizations: the article's outlet or agency ("told Outlet",
        "A photo report by Outlet"), or a "told X" target no full name in the text ends in."""
        words = set()
        for o in outlets:
            o = o.strip()
            if o and " " not in o:
                words.add(o.casefold())
                words.add(_DOMAIN_SUFFIX_RE.sub("", o).casefold())
        surnames = {n.tokens[-1].casefold() for n in self.names if len(n.tokens) >= 2}
        told = {n.tokens[0].casefold() for n in self.names if n.told}
        held = {id(r.name) for r in self.roles if r.name is not None}
        told -= surnames | {n.tokens[0].casefold() for n in self.names if len(n.tokens) == 1 and id(n) in held}
        self.names = [n for n in self.names if len(n.tokens) != 1 or n.nickname or not (
            n.tokens[0].casefold() in words or n.tokens[0].casefold() in told)]
        # a name written elsewhere as the modifier of a place or institution ("the Port Elm Free
        # Zone") is that place, unless a title or a speech verb anchors some mention of it
        weak = {n.text for n in self.names if n.text in self.thing_texts}
        if weak:
            weak -= {n.text for n in self.names if n.evidence >= 0.85 or n.forced or id(n) in held}
            self.names = [n for n in self.names if n.text not in weak]

    def institution_name_before(self, s: int) -> bool:
        """An institution word and "of"/"for" written right before ``s`` ("the Agency for ...")."""
        before = _PREV_WORD_RE.search(self.body, max(0, s - 16), s)
        if before is None or before.group(1) not in _NOUN_PREPS:
            return False
        inst = _PREV_WORD_CAP_RE.search(self.body, max(0, s - 46), before.start())
        return bool(inst and inst.group(1).casefold() in _INSTITUTION)

    def inside_long_name(self, s: int) -> bool:
        """``s`` continues a Title-Case name opened by an institution or document word, across
        "of", "and", "in", "on", "for": "the Institute of International Relations and ...",
        "a Memorandum of Understanding on Cooperation in ..."."""
        body = self.body
        pos = s
        while True:
            joiner = _PREV_WORD_RE.search(body, max(0, pos - 12), pos)
            if joiner is None or joiner.group(1) not in _NAME_JOINERS:
                return False
            pos = joiner.start()
            walked = False
            while (cap := _PREV_WORD_CAP_RE.search(body, max(0, pos - 30), pos)) is not None:
                low = cap.group(1).casefold()
                if low in _INSTITUTION or low in _DOCUMENT_HEADS:
                    return True
                pos, walked = cap.start(), True
            if not walked:
                return False

    def person_like_context(self, s: int, e: int) -> bool:
        """False when a capitalised pair without other evidence reads as a place or a thing:
        after a place preposition ("a wreath at X Y", "a partner in X Y"), or as the modifier of a
        common noun after a preposition ("the number of X Y scholarships")."""
        body = self.body
        before = _PREV_WORD_RE.search(body, max(0, s - 16), s)
        prev = before.group(1) if before else ""
        if prev in _PLACE_PREPS:
            return False
        inst = _PREV_WORD_CAP_RE.search(body, max(0, s - 46), before.start()) if prev in _NOUN_PREPS else None
        if inst and inst.group(1).casefold() in _INSTITUTION:
            return False  # "the Agency for Rural Water Supply": the rest of its name
        if prev in _NOUN_PREPS:
            nxt = _NEXT_WORD_RE.match(body, e)
            if nxt:
                w = nxt.group(1)
                if not (w in _STOP or w in _AUX or w.endswith(("ed", "ly", "ing")) or _SPEECH_WORD_RE.fullmatch(w)):
                    return False
        return True

    # -- stage 3: clustering -----------------------------------------------------------------
    def cluster(self) -> tuple[list[list[_Name]], list[_Name]]:
        names = sorted(self.names, key=lambda n: n.start)
        full = [n for n in names if len(n.tokens) >= 2 and not n.nickname]
        singles = [n for n in names if len(n.tokens) == 1 or n.nickname]
        groups: list[list[_Name]] = []
        keys: list[tuple[str, str, str]] = []  # (skeleton, first, last)

        def skel_tokens(n: _Name) -> list[str]:
            return [_tok_skel(t) for t in n.tokens if t[0].isupper() or _APFX_RE.fullmatch(t)]

        strong_full = [n for n in full if n.evidence >= 0.6]
        weak_full = [n for n in full if n.evidence < 0.6]
        # keys indexed by skeleton, first and last token skeleton (group indices in order)
        by_sk: dict[str, list[int]] = {}
        by_first: dict[str, list[int]] = {}
        by_last: dict[str, list[int]] = {}

        def add_key(key: tuple[str, str, str]) -> None:
            gi = len(keys)
            keys.append(key)
            by_sk.setdefault(key[0], []).append(gi)
            by_first.setdefault(key[1], []).append(gi)
            by_last.setdefault(key[2], []).append(gi)

        pending_patronymic = []

        def initial_form(n: _Name) -> bool:  # "D. Smith": an initial and a surname
            return len(n.tokens) == 2 and len(name_key(n.tokens[0])) == 1

        # initial forms last, so that the full names they abbreviate are known by then
        for n in sorted(strong_full + weak_full, key=initial_form):
            st = skel_tokens(n)
            if not st:
                continue
            if len(st) == 2 and _patronymic(n.tokens[-1]):
                pending_patronymic.append(n)
                continue
            hit = None
            joined, st0, st_last = " ".join(st), st[0], st[-1]
            # only a key sharing the skeleton, the first or the last token can match
            cands = by_sk.get(joined, []) + by_first.get(st0, []) + by_last.get(st_last, [])
            for gi in sorted(set(cands)):
                sk, first, last = keys[gi]
                if sk == joined:
                    hit = gi
                    break
                if last == st_last and (first == st0 or fuzz.ratio(first, st0) >= 80):
                    hit = gi
                    break
                if first == st0 and fuzz.ratio(last, st_last) >= 88:
                    hit = gi
                    break
            if hit is None and initial_form(n):
                # "D. Smith" after "Dana Smith": the one full name with that initial and surname
                # (the initial as written or as folded: "T." of "Tsetseg", whose skeleton opens with "c")
                letter = name_key(n.tokens[0])[:1]

                initialled = {gi for gi, (_, first, _) in enumerate(keys) if len(first) > 1 and (
                    first[0] == st0 or name_key(groups[gi][0].tokens[0])[:1] == letter)}
                ini = [gi for gi in dict.fromkeys(by_last.get(st_last, [])) if gi in initialled]
                if not ini and len(st_last) >= 6:
                    # "E. Batbaiar" after "Enkhjargal Batbayar": a surname transliterated apart
                    ini = [gi for gi in sorted(initialled) if fuzz.ratio(keys[gi][2], st_last) >= 80]
                if len(ini) == 1:
                    hit = ini[0]
            if hit is None and n.evidence < 0.6:
                # weak chain built around a known surname ("Ivanov Meets"): keep only the surname
                surn = [i for i, s in enumerate(st) if s in by_last]
                if surn:
                    i = surn[0]
                    tok = n.tokens[i]
                    off = n.text.find(tok)
                    singles.append(_Name(n.start + off, n.start + off + len(tok), tok, [tok], 0.2,
                                         possessive=n.possessive and i == len(st) - 1))
                    continue
                if n.evidence < 0.5:
                    continue
            if hit is None:
                groups.append([n])
                add_key((joined, st0, st_last))
            else:
                groups[hit].append(n)
        self.merge_short_forms(groups, keys, by_first, by_sk, by_last)
        for n in pending_patronymic:
            st = skel_tokens(n)
            firsts = by_first.get(st[0])
            hit = firsts[0] if firsts else None
            if hit is None:
                groups.append([n])
                add_key((" ".join(st), st[0], st[-1]))
            else:
                groups[hit].append(n)
        # singles: surname (or given name) of a known person; else a person on strong evidence
        fam_of = {id(r.name): r.info.family for r in self.roles if r.name is not None}
        leftovers: list[_Name] = []
        by_penult: dict[str, list[int]] | None = None  # second-to-last words of longer names, read when needed
        for n in sorted(singles, key=lambda x: x.start):
            parts = [p for p in n.tokens[0].split("-") if p] if not n.nickname else [n.text]
            if n.nickname:
                # attach to the name right before the parenthesis
                prev = [g for g in groups if any(x.end <= n.start and n.start - x.end <= 3 for x in g)]
                if prev:
                    prev[0].append(n)
                    continue
            sk = _tok_skel(n.tokens[0])
            hit = by_last.get(sk, [])
            fam = fam_of.get(id(n))
            if fam is not None:
                # "King Idris": a title + given name or surname; the title tells which person
                hit = list(dict.fromkeys(hit + by_first.get(sk, [])))
            elif not hit and n.evidence >= 0.85:
                hit = by_first.get(sk, [])
            elif not hit and len(by_first.get(sk, [])) == 1 and (
                    _WHO_AFTER_RE.match(self.body, n.end) or len(groups[by_first[sk][0]]) >= 2):
                # "Azman, who arrived ...", or a given name the text uses for the one person so named
                # more than once (Thai and Icelandic usage): that person
                hit = by_first[sk]
            if not hit and not by_first.get(sk):
                if by_penult is None:
                    by_penult = {}
                    for gi, (joined, _f, _l) in enumerate(keys):
                        toks = joined.split(" ")
                        if len(toks) >= 3 and groups[gi] and toks[-2] not in _PARTICLES:
                            by_penult.setdefault(toks[-2], []).append(gi)
                if len(by_penult.get(sk, [])) == 1:
                    hit = by_penult[sk]  # "Ruiz" of "Ana Ruiz Soto": the first of a double surname
            if hit and len(set(hit)) > 1 and fam is None and n.tokens[0][:3].lower() in ("al-", "el-"):
                continue  # "al-Hajri" alone, two al-Hajris named: a family name several relatives share
            if hit:
                groups[self.pick_group(groups, hit, n, fam, fam_of)].append(n)
                continue
            if len(parts) > 1:
                # "Ivanov-Petrov": every part a known surname
                subs = []
                off = 0
                for p in parts:
                    psk = token_skeleton(name_key(p))
                    h = by_last.get(psk, [])
                    idx = n.text.find(p, off)
                    off = idx + len(p)
                    if h:
                        subs.append((h[0], _Name(n.start + idx, n.start + idx + len(p), p, [p], 0.5)))
                if len(subs) == len(parts):
                    for h, sub in subs:
                        groups[h].append(sub)
                    continue
            leftovers.append(n)
        # single-token persons on strong evidence; their other occurrences join them
        solo: dict[str, list[_Name]] = {}
        for n in leftovers:
            solo.setdefault(token_skeleton(name_key(n.text).replace(" ", "")), []).append(n)
        for ns in solo.values():
            if max(x.evidence for x in ns) >= 0.85:
                groups.append(ns)
        return [g for g in groups if g], []

    @staticmethod
    def merge_short_forms(groups: list[list[_Name]], keys: list[tuple[str, str, str]],
                          by_first: dict[str, list[int]], by_sk: dict[str, list[int]],
                          by_last: dict[str, list[int]]) -> None:
        """A shorter form of a full name joins it: its leading part ("Faisal bin Hamad" of "Faisal bin
        Hamad Al Zaabi") or its surname with particles ("Van den Bossche", "Al Kindi") or a two-word
        compound surname ("Mota Pereira"), when one full name alone has that form."""
        sks = [k[0].split(" ") for k in keys]
        by_tail: dict[str, list[int]] = {}
        by_tail_any: dict[str, list[int]] = {}
        for gi, st in enumerate(sks):
            by_tail_any.setdefault(st[-1], []).append(gi)
            if len(st) >= 3:
                by_tail.setdefault(st[-1], []).append(gi)
        into: dict[int, int] = {}
        by_initial: dict[str, list[int]] = {}  # (a transliteration rarely changes a name's first letter)
        for gi, st in enumerate(sks):
            if len(st) >= 3:
                by_initial.setdefault(st[0][:1], []).append(gi)
        for gi, st in enumerate(sks):
            if len(st) < 2 or not groups[gi]:
                continue
            longer = [gj for gj in by_first.get(st[0], []) if len(sks[gj]) > len(st) and sks[gj][:len(st)] == st]
            if not longer:
                # "Ana Ruiz Soto" of "Ana Maria Ruiz Soto" (a middle name left out), "Gedeon Worku" of
                # "Gedion Worku Tesfaye" (a given name transliterated apart)
                longer = [gj for gj in by_initial.get(st[0][:1], ()) if len(sks[gj]) > len(st) and gj != gi
                          and groups[gj] and _shorter_form(st, sks[gj])]
            lead = groups[gi][0].tokens[0].casefold()
            if not longer and (lead in _PARTICLES or len(st) == 2):
                # "Van den Bossche"; a compound surname alone ("Mota Pereira" of "Jose Mota Pereira")
                longer = [gj for gj in by_tail.get(st[-1], []) if len(sks[gj]) > len(st)
                          and sks[gj][-len(st):] == st]
            if not longer and lead in _PARTICLES:
                # "Van Haaften" opening a sentence, of "Bram van Haaften": the particle written
                # in lower case inside the full name, so not among its skeleton words
                longer = [gj for gj in by_tail_any.get(st[-1], []) if gj != gi and groups[gj] and len(sks[gj]) >= 2
                          and _ends_with_words(groups[gj], groups[gi][0].text)]
            longer = [_root(into, gj) for gj in longer]
            if len(set(longer)) != 1 or longer[0] == gi:
                continue
            target = longer[0]
            groups[target].extend(groups[gi])
            groups[gi] = []
            into[gi] = target
        if not into:
            return
        for index in (by_first, by_sk, by_last):
            for k, gis in index.items():
                index[k] = list(dict.fromkeys(_root(into, g) for g in gis))

    def pick_group(self, groups: list[list[_Name]], hit: list[int], n: _Name, fam: str | None,
                   fam_of: dict[int, str]) -> int:
        """The person a one-word mention stands for among those sharing that word.

        A title in front picks the holder of the same title and avoids a holder of another one
        ("President Almeida" is not "First Lady Clara Almeida"); without one, the person the text
        introduced first (its principal) is meant, a nearer mention breaking ties.
        """
        if len(hit) == 1:
            return hit[0]

        def key(gi: int):
            fams = {fam_of[id(x)] for x in groups[gi] if id(x) in fam_of}
            same = fam is not None and fam in fams
            conflict = fam is not None and bool(fams) and fam not in fams
            first = min(x.start for x in groups[gi])
            return (not same, conflict, first)

        best = min(key(gi) for gi in hit)
        tied = [gi for gi in hit if key(gi)[:2] == best[:2]]
        if fam is None:
            return min(tied, key=lambda gi: min(x.start for x in groups[gi]))
        return tied[self.nearest_group([groups[gi] for gi in tied], n.start)]

    @staticmethod
    def nearest_group(groups: list[list[_Name]], pos: int) -> int:
        best, best_d = 0, None
        for i, g in enumerate(groups):
            d = min((pos - x.start if x.start <= pos else 10 * (x.start - pos)) for x in g)
            if best_d is None or d < best_d:
                best, best_d = i, d
        return best


def _portfolio_head(body: str, hs: int) -> bool:
    """Whether the title head at ``hs`` takes a portfolio ("minister", not "analyst")."""
    w = _WORD_ANY_RE.match(body, hs)
    found = lookup(w.group()) if w else None
    return bool(found) and found[0].complement == "portfolio"


def _portfolio_words(text: str) -> bool:
    """Whether ``text`` is only portfolio words, "and" and commas ("Energy, Water and Mining ")."""
    words = _WORD_ANY_RE.findall(text)
    return bool(words) and all(w == "and" or w.casefold() in _PORTFOLIO_PREFIX for w in words)


def _ends_with_words(group: list[_Name], short: str) -> bool:
    """Whether a name of the group ends with the words of ``short``, case aside ("Bram van Haaften" and
    "Van Haaften")."""
    key = " " + name_key(short)
    return any(name_key(n.text).endswith(key) for n in group)


def _shorter_form(short: list[str], full: list[str]) -> bool:
    """``short`` (token skeletons) is ``full`` with words left out: the same first word (or one
    transliterated apart), the rest in order, and either the same last word or a leading part."""
    if short[0] != full[0] and (len(short[0]) < 5 or fuzz.ratio(short[0], full[0]) < 80):
        return False
    if full[1:len(short)] == short[1:]:
        return True  # a leading part
    if short[-1] != full[-1]:
        return False
    it = iter(full[1:-1])
    return all(any(w == x for x in it) for w in short[1:-1])


def _root(into: dict[int, int], g: int) -> int:
    while g in into:
        g = into[g]
    return g


def _org_kind(name: str, info: TitleInfo | None) -> tuple[str, str | None]:
    ref = _GEO.organization(name)
    if ref is not None:
        return ref.kind or "international", ref.country or None
    low = name.casefold()
    if "ministry" in low or "department" in low:
        return "ministry", None
    if any(w in low for w in ("university", "institute", "academy", "college", "school")):
        return "university", None
    if info is not None and info.family.startswith("occupation:rector"):
        return "university", None
    if any(w in low for w in ("bank", "council", "committee", "agency", "service", "parliament", "senate",
                              "government", "administration", "assembly", "duma", "mazhilis", "court",
                              "office", "commission", "chamber")):
        return "government_body", None
    if any(w in low for w in ("news", "times", "tv", "radio", "agency", "press", "post", "journal")):
        return "media", None
    if info is not None and info.family in ("head", "ceo", "director", "chairman") and len(name.split()) <= 2:
        return "company", None
    return "other", None


# "(?<![\w\-])[A-Z]{2,}[a-z]{0,2}[A-Z]*(?![\w\-])" with the lookbehind moved after the first capital,
# so the engine scans for capitals instead of trying the lookbehind at every offset
_ORG_ABBR_RE = re.compile(r"[A-Z](?<![\w\-].)[A-Z]+[a-z]{0,2}[A-Z]*(?![\w\-])")


def _resolve_bare(r: _Role, roles: list[ExtractedRole], countries: dict[int, Counter],
                  kinds: dict[int, Counter], starts_sorted: list[tuple[int, int]]):
    """'the Speaker', 'the monarch' (no country): the only holder of that office in the text; with no
    holder, a capitalised title stands for the only person named shortly before (official or unknown)."""
    fam = r.info.family
    royal = r.info.norm in _ROYAL_TITLES
    holders = {rr.person for rr in roles if (_title_info(rr.title_normalized) or r.info).family == fam and
               (not royal or rr.title_normalized in _ROYAL_TITLES)}
    if len(holders) == 1:
        return holders.pop(), 0.6
    if holders or not r.capital:
        return None, 0.0
    lo = bisect.bisect_left(starts_sorted, (r.start - 500, -1))
    hi = bisect.bisect_left(starts_sorted, (r.start, -1))
    # people without another office and not of another kind (a journalist is no Speaker)
    with_role = {rr.person for rr in roles}
    cands = {cand for _s, cand in starts_sorted[lo:hi]
             if cand not in with_role and (cand not in kinds or "official" in kinds[cand])}
    if len(cands) != 1:
        return None, 0.0
    return cands.pop(), 0.5


def _resolve_description(r: _Role, roles: list[ExtractedRole], countries: dict[int, Counter],
                         kinds: dict[int, Counter], starts_sorted: list[tuple[int, int]]):
    """The person a title phrase without a name stands for, and the confidence; (None, 0) if unclear.

    First the holder of the same title family and country stated elsewhere in the text; else the
    only person named in the ~500 characters before whose country and titles do not conflict.
    """
    fam = r.info.family
    if r.country is None:
        return _resolve_bare(r, roles, countries, kinds, starts_sorted)
    holders = Counter(rr.person for rr in roles if rr.country == r.country and
                      (_title_info(rr.title_normalized) or r.info).family == fam)
    lo = bisect.bisect_left(starts_sorted, (r.start - 500, -1))
    hi = bisect.bisect_left(starts_sorted, (r.start, -1))
    if len(holders) > 1:
        # two Korean ministers: "the Korean minister said" is the one named last before it
        for _s, cand in reversed(starts_sorted[max(0, hi - 40):hi]):
            if cand in holders:
                return cand, 0.7
    if holders:
        return holders.most_common(1)[0][0], 0.8
    cands = []
    for _s, cand in reversed(starts_sorted[lo:hi]):
        if cand in cands:
            continue
        c = countries.get(cand)
        if c is not None and r.country not in c:
            continue
        if any(rr.person == cand and not _same_office((_title_info(rr.title_normalized) or r.info).family, r.info)
               for rr in roles):
            continue
        if r.info.official and cand in kinds and "official" not in kinds[cand]:
            continue
        cands.append(cand)
    if len(cands) == 1:
        return cands[0], 0.5
    return None, 0.0


def _same_office(family: str, info: TitleInfo) -> bool:
    """A title of ``family`` is the office ``info`` describes: the same family, or a head of state or
    government when the description says "leader" ("the Cambodian leader" of a prime minister)."""
    return family == info.family or (info.norm == "leader" and family in ("head_of_state", "head_of_government"))


def _whole_word_spans(text: str, body: str) -> list[tuple[int, int]]:
    r"""The spans ``re.finditer(r"(?<![\w\-])TEXT(?![\w\-])", body)`` finds, ``TEXT`` being ``re.escape(text)``.

    Found by literal search with the neighbours checked (a regex word character is one for which
    ``isalnum()`` is true, or "_"), so no pattern is compiled for each new spelling.
    """
    n = len(text)
    if not n:
        return [m.span() for m in re.finditer(r"(?<![\w\-])(?![\w\-])", body)]
    out: list[tuple[int, int]] = []
    find, end = body.find, len(body)
    i = find(text)
    while i != -1:
        if (i == 0 or not _wordish(body[i - 1])) and (i + n == end or not _wordish(body[i + n])):
            out.append((i, i + n))
            i = find(text, i + n)  # matches do not overlap
        else:
            i = find(text, i + 1)
    return out


def _wordish(c: str) -> bool:
    r"""``c`` matches ``[\w\-]``."""
    return c.isalnum() or c == "_" or c == "-"


def _drop_repeated_bare_titles(roles: list[ExtractedRole], body: str) -> list[ExtractedRole]:
    """"Nigeria's Ambassador to Ghana, Ambassador X": the bare title right after the full one is how
    the holder is addressed, not a second office."""
    out = []
    # only roles of the same person and canonical title can repeat one another: compared within those groups
    same: dict[tuple[int, str], list[ExtractedRole]] = {}
    for r in roles:
        same.setdefault((r.person, r.title_normalized), []).append(r)
    for r in roles:
        group = same[(r.person, r.title_normalized)]
        repeated = False
        if r.span is not None and len(group) > 1:
            words = set(r.title.casefold().split())
            repeated = any(
                o is not r and o.span is not None and words < set(o.title.casefold().split())
                and (o.span == r.span or (0 <= r.span.start - o.span.end <= 3
                                          and body[o.span.end:r.span.start].strip() in ("", ",")))
                for o in group)
        if not repeated:
            out.append(r)
    return out


def _article_surname_mentions(body: str, person: ExtractedPerson) -> list[Span]:
    """'al-Qassimi' alone, the surname of 'Saif Ahmed al-Qassimi' with its article: the chain scan
    reads capitalised words only, so this lower-case form is looked for once the full name is known."""
    last = person.name.split()[-1]
    if not _APFX_RE.fullmatch(last) or last[0].isupper():
        return []
    rx = re.compile(r"(?<![\w\-'’.])(?:[Aa]l|[Ee]l)-" + re.escape(last[3:]) + r"(?![\w\-])")
    taken = person.mentions
    return [Span(m.start(), m.end()) for m in rx.finditer(body)
            if not any(sp.start <= m.start() < sp.end for sp in taken)]


def _particle_surnames(body: str, people: list[ExtractedPerson], mentions: list[Mention]) -> None:
    """"Mr de Montigny said": the surname alone keeps the lower-case particle the full name writes before
    it ("Jean-Luc de Montigny"), the spelling by which the text refers to that person."""
    for i, m in enumerate(mentions):
        if m.kind != "name" or " " in m.text:
            continue
        words = people[m.person].name.split()
        if len(words) < 3 or words[-1] != m.text or words[-2] not in _PARTICLES:
            continue
        lead = words[-2] + " "
        start = m.span.start - len(lead)
        if start < 0 or body[start:m.span.start] != lead:
            continue
        person = people[m.person]
        person.mentions = [Span(start, sp.end) if sp == m.span else sp for sp in person.mentions]
        mentions[i] = Mention(Span(start, m.span.end), m.person, lead + m.text, "name")
        if lead + m.text not in person.variants:
            person.variants.append(lead + m.text)


def _add_first_surname_form(person: ExtractedPerson) -> None:
    """"Given First Second" whose text also writes "First Second" alone carries a double surname
    (Spanish, Portuguese): "Given First", how other reports name the same person, is a spelling too."""
    words = person.name.split()
    if len(words) != 3 or not all(w[:1].isupper() and w.casefold() not in _PARTICLES for w in words):
        return
    if f"{words[1]} {words[2]}" not in person.variants:
        return
    short = f"{words[0]} {words[1]}"
    if short not in person.variants:
        person.variants.append(short)


# "his New Zealand counterpart X": X is the guest's counterpart of that country (visit.py reads it too)
COUNTERPART_RE = re.compile(r"\b(?:his|her|their|its)[ \u00a0]+(?P<who>[A-Z][\w’'-]+(?:[ \u00a0][A-Z][\w’'-]+)?)"
                            r"(?:['’]s)?[ \u00a0]+counterparts?[ \u00a0]*,?[ \u00a0]*")
_COURTESY_ALONE_RE = re.compile(r"(?<![\w\-])(?:" + _COURTESY_HON + r")(?![\w\-])(?![ \u00a0]+[A-Z])")
_COURTESY_BEFORE_RE = re.compile(r"(?<![\w\-])(?P<hon>" + _COURTESY_HON + r")[ \u00a0]+\Z")


def _honorific_references(body: str, people: list[ExtractedPerson], mentions: list[Mention]) -> None:
    """"Samdech Thipadei said": a conferred title used alone for the one person the text writes it
    before in full ("Samdech Thipadei Chea Vannak") is a mention of that person."""
    if not _COURTESY_ALONE_RE.search(body):
        return
    holders: dict[str, set[int]] = {}
    for m in mentions:
        h = _COURTESY_BEFORE_RE.search(body, max(0, m.span.start - 60), m.span.start)
        if h:
            holders.setdefault(" ".join(h.group("hon").split()), set()).add(m.person)
    taken = {(m.span.start, m.span.end) for m in mentions}
    for m in _COURTESY_ALONE_RE.finditer(body):
        who = holders.get(" ".join(m.group().split()))
        if who and len(who) == 1 and (m.start(), m.end()) not in taken:
            idx = next(iter(who))
            people[idx].mentions.append(Span(m.start(), m.end()))
            mentions.append(Mention(Span(m.start(), m.end()), idx, m.group(), "name"))


def find_people(body: str, *, outlets: Iterable[str] = ()) -> PeopleFinding:
    """People, their roles and role organizations in a cleaned article body.

    ``outlets``: the article's outlet and agency names (from the metadata), never people.
    """
    p = _Parser(body)
    p.scan_titles()
    p.scan_chains()
    p.drop_non_people(outlets)
    groups, _ = p.cluster()

    people: list[ExtractedPerson] = []
    mentions: list[Mention] = []
    name_person: dict[int, int] = {}
    for g in groups:
        g.sort(key=lambda n: n.start)
        idx = len(people)
        fulls = [n for n in g if len(n.tokens) >= 2 and not _patronymic(n.tokens[-1]) and not n.nickname]
        if fulls:
            cnt = Counter(n.text for n in fulls)
            best = max(cnt, key=lambda t: (len(t.split()), not _INITIAL_LEAD_RE.match(t), cnt[t],
                                            -[n.text for n in fulls].index(t)))
        else:
            best = g[0].text
        variants: list[str] = []
        for n in g:
            if n.text not in variants:
                variants.append(n.text)
        if best in variants:
            variants.remove(best)
        variants.insert(0, best)
        ev = max(n.evidence for n in g)
        conf = min(0.97, max(0.3, ev) + 0.03 * (len(g) - 1))
        people.append(ExtractedPerson(name=best, variants=variants, mentions=[Span(n.start, n.end) for n in g],
                                      confidence=round(conf, 2)))
        for n in g:
            n.person = idx
            name_person[id(n)] = idx
            mentions.append(Mention(Span(n.start, n.end), idx, n.text, "name"))

    last_words = Counter(person.name.split()[-1].casefold() for person in people)
    for idx, person in enumerate(people):
        _add_first_surname_form(person)
        if last_words[person.name.split()[-1].casefold()] > 1:
            continue  # "al-Thani" alone could be either of two
        for span in _article_surname_mentions(body, person):
            text = body[span.start:span.end]
            person.mentions.append(span)
            mentions.append(Mention(span, idx, text, "name"))
            if text not in person.variants:
                person.variants.append(text)

    _honorific_references(body, people, mentions)
    _particle_surnames(body, people, mentions)

    # "King Idris", "Prime Minister Sakai": a title written right before a one-word name (or any
    # royal title, part of how royals are named) is a spelling of that person
    for r in p.roles:
        n = r.name
        if n is None or id(n) not in name_person or n.nickname:
            continue
        if len(n.tokens) > 1 and r.info.norm not in _ROYAL_TITLES:
            continue
        head = r.title.split(" of ")[0].split(" for ")[0].split(" to ")[0]
        if not head or not head[0].isupper() or body[max(0, n.start - len(head) - 1):n.start] != head + " ":
            continue
        person = people[name_person[id(n)]]
        variant = f"{head} {n.text}"
        if variant not in person.variants:
            person.variants.append(variant)

    # "Sheikh Mansour bin Saud Al Marri": an Arabic honorific is part of how the person is named
    malay = any(w in body for w in _MALAY_HON_WORDS)
    for g in groups:
        for n in g:
            hm = _NAME_HONORIFIC_RE.search(body, max(0, n.start - 14), n.start)
            if hm is None and malay and any(body.find(w, max(0, n.start - 24), n.start) != -1
                                            for w in _MALAY_HON_WORDS):
                hm = _MALAY_HON_BEFORE_RE.search(body, max(0, n.start - 24), n.start)
            if hm and n.person >= 0:
                variant = f"{hm.group(1)} {n.text}"
                if variant not in people[n.person].variants:
                    people[n.person].variants.append(variant)

    # roles with a named holder
    roles: list[ExtractedRole] = []
    kinds: dict[int, Counter] = {}
    countries: dict[int, Counter] = {}
    descriptions: list[_Role] = []
    possessed: list[tuple[int, _Name]] = []
    for r in p.roles:
        if r.name is None:
            descriptions.append(r)
            continue
        pi = name_person.get(id(r.name))
        if pi is None:
            continue
        roles.append(ExtractedRole(pi, r.title, r.title_as_written, r.normalized, r.organization, r.country,
                                   Span(r.start, r.end), r.confidence))
        kinds.setdefault(pi, Counter())[r.info.kind] += 1
        if r.country:
            countries.setdefault(pi, Counter())[r.country] += 1
        if r.possessor is not None:
            possessed.append((pi, r.possessor))
    for pi, poss in possessed:
        owner = name_person.get(id(poss))
        if owner is not None and pi not in countries and owner in countries:
            countries[pi] = Counter({countries[owner].most_common(1)[0][0]: 1})

    # "his New Zealand counterpart X", "her Kazakh counterpart, X": the counterpart's country
    if "counterpart" in body:
        at_start = {m.span.start: m.person for m in mentions}
        for m in COUNTERPART_RE.finditer(body):
            pi = at_start.get(m.end())
            code = _GEO.demonym(m.group("who")) or _GEO.country(m.group("who"))
            if pi is not None and code and pi not in countries:
                countries[pi] = Counter({code: 1})
                kinds.setdefault(pi, Counter())["official"] += 1

    # descriptions: "the Russian leader", "the President of Kazakhstan"
    starts_sorted = sorted((m.span.start, m.person) for m in mentions)
    pending = list(descriptions)
    for _round in range(3):
        left: list[_Role] = []
        for r in pending:
            pi, conf = _resolve_description(r, roles, countries, kinds, starts_sorted)
            if pi is None:
                left.append(r)
                continue
            text = body[r.start:r.end]
            new_words = set(r.title.casefold().split())
            if r.country is not None or not any(
                    rr.person == pi and (_title_info(rr.title_normalized) or r.info).family == r.info.family
                    for rr in roles) or (r.info.norm in _ROYAL_TITLES and not any(
                    rr.person == pi and new_words <= set(rr.title.casefold().split()) for rr in roles)):
                # a country-less "the Chancellor" only repeats an office already known: a mention, no role
                roles.append(ExtractedRole(pi, r.title, r.title_as_written, r.normalized, r.organization,
                                           r.country, Span(r.start, r.end), conf))
            mentions.append(Mention(Span(r.start, r.end), pi, text, "description"))
            people[pi].mentions.append(Span(r.start, r.end))
            kinds.setdefault(pi, Counter())[r.info.kind] += 1
            if r.country:
                countries.setdefault(pi, Counter())[r.country] += 1
        if len(left) == len(pending):
            break
        pending = left

    roles = _drop_repeated_bare_titles(roles, body)
    outlet_names = [o.strip() for o in outlets if o and len(o.strip()) >= 5]
    if outlet_names:
        # "told The Gulf Diplomat": the outlet's name holds a title word, and is no title
        roles = [r for r in roles if not any(o in body[max(0, r.span.start - len(o)):r.span.end + len(o)]
                                             and r.title in o for o in outlet_names)]

    for pi, person in enumerate(people):
        if pi in countries:
            person.country = countries[pi].most_common(1)[0][0]
        if pi in kinds:
            person.kind = max(kinds[pi], key=lambda k: (_KIND_RANK.get(k, 0), kinds[pi][k]))
            person.confidence = max(person.confidence, 0.9)
        own = [r for r in roles if r.person == pi]
        if own:
            person.description = own[0].title_as_written
        person.mentions.sort(key=lambda s: s.start)

    # organizations: role organizations and reference organizations by name/abbreviation
    orgs: dict[str, ExtractedOrganization] = {}
    for r, src in ((rr, p.roles) for rr in roles):
        del src
        if not r.organization:
            continue
        key = name_key(r.organization)
        if key not in orgs:
            info = _title_info(r.title_normalized)
            kind, oc = _org_kind(r.organization, info)
            oc = oc or _GEO.demonym(r.organization.split()[0])
            orgs[key] = ExtractedOrganization(r.organization, kind, oc or r.country, confidence=0.7)
    for m in _ORG_ABBR_RE.finditer(body):
        ref = _GEO.organization(m.group())
        if ref is None:
            continue
        nm = ref.name
        key = name_key(nm)
        org = orgs.get(key)
        if org is None:
            kind, oc = _org_kind(nm, None)
            org = orgs[key] = ExtractedOrganization(nm, kind, oc, confidence=0.8)
        if m.group() != nm and m.group() not in org.aliases:
            org.aliases.append(m.group())
        org.mentions.append(Span(m.start(), m.end()))
    for key, org in orgs.items():
        if not org.mentions:
            org.mentions = [Span(a, b) for a, b in _whole_word_spans(org.name, body)]
        del key

    return PeopleFinding(people, roles, list(orgs.values()), mentions)


__all__ = ["Mention", "PeopleFinding", "find_people", "name_skeleton"]
