"""Photo records from the credit lines found by ``clean`` (no Django).

A credit line is split after IPTC: "© Outlet / Photographer" gives copyright holder and credit
(the outlet) and creator (the photographer); "Photographer/POOL/TASS" gives creator and credit;
"Photo by X press service" gives a credit only; "Photo: Firstname Lastname" gives a creator.
People shown are left to the caller, who links caption mentions to people.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cleaning import Cleaned
from .reference import country_by_name
from .types import ExtractedPhoto

_LEAD = re.compile(
    r"^\(?\s*(?:(?P<copy>©\ufe0f?|\(c\)|copyright\s*©?\ufe0f?)"
    r"|(?:Photo|Photograph|Photography|Image|Picture|Pic|Illustration|Фото|Фотография|Снимок|Иллюстрация"
    r"|Сурет|Суреттер|Foto)(?:\s+credits?)?\s*(?:by\b|from\b|courtesy of\b|:|/|—|–|\||-\s)"
    r"|(?:Image\s+)?Credits?\s*:|Source\s+of\s+photo\s*:?|Courtesy(?:\s+of)?\s*:|Фото\s+предоставлено)\s*",
    re.I,
)
_SPLIT = re.compile(r"\s*/\s*|\s+\|\s+|\s*;\s*")
# a capitalised name token in any alphabet ("Ádám", "Łukasz", "Ерлан") or an initial ("A.")
_NAME_TOKEN = re.compile(r"^(?=[^\W\d_])(?:[^\W\d_](?:[^\W\d_]|['’-])+\.?|[^\W\d_]\.)$")
_NOT_PERSON = frozenset(
    [
        "press",
        "service",
        "office",
        "agency",
        "news",
        "images",
        "image",
        "photo",
        "photos",
        "pool",
        "getty",
        "reuters",
        "associated",
        "afp",
        "epa",
        "ap",
        "tass",
        "ria",
        "novosti",
        "sputnik",
        "xinhua",
        "anadolu",
        "shutterstock",
        "archive",
        "archives",
        "ministry",
        "government",
        "presidential",
        "president's",
        "administration",
        "embassy",
        "department",
        "council",
        "committee",
        "university",
        "media",
        "tv",
        "television",
        "radio",
        "channel",
        "staff",
        "studio",
        "group",
        "company",
        "corporation",
        "foundation",
        "center",
        "centre",
        "official",
        "website",
        "site",
        "open",
        "sources",
        "social",
        "networks",
        "courtesy",
        "handout",
        "kremlin",
        "screenshot",
        "daily",
        "times",
        "herald",
        "courier",
        "gazette",
        "tribune",
        "post",
        "journal",
        "wire",
        "review",
        "weekly",
        "observer",
        "telegraph",
        "chronicle",
        "express",
        "magazine",
        "bureau",
        "desk",
        # the same words in the languages of press offices that credit in their own language
        "prensa", "presse", "imprensa", "stampa", "presidencia", "presidência", "présidence", "presidenza",
        "präsidialamt", "gobierno", "governo", "gouvernement", "regierung", "ministerio", "ministério",
        "ministère", "ministero", "agencia", "agência", "agence", "agenzia", "servicio", "serviço", "oficina",
        "gabinete", "cancillería", "palacio", "palácio", "palais", "palazzo", "noticias", "notícias",
        "nachrichten", "diario", "jornal", "zeitung",
        # offices that credit their photos ("President's Secretariat", "Administrația Guvernului")
        "secretariat", "secretaría", "secretaria", "secrétariat", "presidency", "chancellery", "parliament",
        "cabinet", "pm", "pmo", "administrația", "administratia", "prezidențială", "prezidentiala", "guvernul",
        "ministerul", "președinției", "presedintiei",
        # newspapers and broadcasters credited in capitals ("PHOTO: NEW VISION"), and what is no photographer
        "vision", "times", "daily", "post", "herald", "tribune", "monitor", "observer", "nation", "standard",
        "television", "tv", "radio", "grab", "screen", "video", "file", "handout", "courtesy",
    ]
)

# the seat of a presidency or government credited like a photographer ("Elm Castle", "Government House")
_SEAT_WORDS = frozenset(["castle", "palace", "house", "hall", "kremlin", "residence", "administration", "government",
                         "presidency", "chancellery", "parliament", "ministry", "embassy", "secretariat", "council"])


_POSSESSIVE = re.compile(r"['’]s$")


def _person_shaped(part: str) -> bool:
    """'Ann Lee', 'A. Smith': 2–4 capitalised name tokens, no organisation words or domains."""
    tokens = part.split()
    if not 2 <= len(tokens) <= 4 or "." in part.replace(". ", " ").rstrip("."):
        return False
    if any(_POSSESSIVE.sub("", t.casefold().strip(".,")) in _NOT_PERSON for t in tokens):
        return False
    if any(sum(c.isupper() for c in t[1:]) >= 2 for t in tokens):
        return False  # "MoFA": an acronym in mixed case, not a name
    if not all(_NAME_TOKEN.match(t) and t[0].isupper() and not t.isupper() for t in tokens if len(t) > 2):
        return False
    return all(_NAME_TOKEN.match(t) and t[0].isupper() for t in tokens) and not all(len(t) <= 2 for t in tokens)


_PARENTHESISED = re.compile(r"(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)?")


def _capitalised_name(part: str) -> bool:
    """'ANA RUIZ': two or three words in capitals, none an organisation's, a building's or a country's."""
    words = part.split()
    return 2 <= len(words) <= 3 and part.isupper() and all(w.isalpha() and len(w) >= 2 for w in words) and not any(
        w.casefold() in _NOT_PERSON or w.casefold() in _SEAT_WORDS or country_by_name(w) for w in words)


def _agency_name(part: str) -> bool:
    """An acronym and a country's name ("IP Bolivia"): an agency's name, not a person's ("Jordan Ruiz")."""
    words = part.split()
    return any(len(w) >= 2 and w.isalpha() and w.isupper() for w in words) and any(
        country_by_name(w) is not None for w in words)


_COMMA_OR_DASH = re.compile(r"\s*,\s+|\s+[–—-]\s+")


def _by_comma_or_dash(part: str) -> list[str]:
    """The part split at commas and spaced dashes when that sets a person's name apart, else whole."""
    pieces = [q.strip(" .,") for q in _COMMA_OR_DASH.split(part)]
    if len(pieces) == 2 and all(pieces) and sum(map(_person_shaped, pieces)) == 1:
        other = next(q for q in pieces if not _person_shaped(q))
        if other[0].isupper() and other.casefold() not in _CREDIT_NOTES and "photographer" not in other.casefold():
            return pieces  # (not "Ana Ruiz, 2024", "Ana Ruiz – file", "Ana Ruiz, Staff Photographer")
    return [part]


_CREDIT_NOTES = frozenset({"file", "archive", "archives", "handout", "jr", "sr", "ii", "iii", "pool", "courtesy"})


@lru_cache(maxsize=8192)
def split_credit(line: str) -> tuple[str | None, str | None, str | None]:
    """(creator, credit, copyright holder) of one credit line (cached: an outlet's credits recur)."""
    text = line.strip()
    copyright_mark = False
    m = _LEAD.match(text)
    if m:
        copyright_mark = bool(m.group("copy"))
        text = text[m.end() :]
    text = text.strip(" ().")
    if text.endswith(")") and "(" not in text:
        text = text[:-1]
    parts = [p.strip(" .,") for p in _SPLIT.split(text) if p.strip(" .,")]
    if not parts:
        return None, None, None
    if len(parts) == 1 and (inner := _PARENTHESISED.fullmatch(parts[0])):
        outer, within = inner.group("outer").strip(), inner.group("inner").strip()
        if _person_shaped(within):
            parts = [outer, within]  # "Agency (Photographer)"
        elif _person_shaped(outer):
            parts = [outer]  # "Ana Ruiz (file)", "Ana Ruiz (2024)": a note on the photo
    # "Ana Ruiz, Agency", "AGENCY – Ana Ruiz": a comma or a spaced dash between a name and its agency
    parts = [q for p in parts for q in _by_comma_or_dash(p)]
    # a name in capitals ("PIC: ANA RUIZ") is read as names are written
    parts = [p.title() if _capitalised_name(p) else p for p in parts]
    people = [p for p in parts if _person_shaped(p)]
    if len(people) > 1:
        # "Photo: Elm Castle / Ann Lee": of two name-shaped parts, one naming a building or an office is the holder
        people = [p for p in people if not any(t.casefold() in _SEAT_WORDS for t in p.split())] or people
    if len(people) > 1:
        # "IP Bolivia/Ana Ruiz": an agency named by an acronym and its country is not the photographer
        people = [p for p in people if not _agency_name(p)] or people
    # "© Holder / Photographer": the holder comes first, the photographer last
    creator = (people[-1] if copyright_mark else people[0]) if people else None
    rest = [p for p in parts if p != creator]
    credit = "/".join(rest) if rest else None
    holder = (credit or creator) if copyright_mark else None
    return creator, credit, holder


def find_photos(cleaned: Cleaned) -> list[ExtractedPhoto]:
    """One photo per credit line, in order, with its caption and the credit split into its parts."""
    photos = []
    for i, c in enumerate(cleaned.credits):
        creator, credit, holder = split_credit(c.text)
        photos.append(
            ExtractedPhoto(
                position=i,
                caption=c.caption,
                credit_line=c.text,
                creator=creator,
                credit=credit,
                copyright_holder=holder,
                span=c.caption_span,
                confidence=0.9 if c.caption else 0.6,
            )
        )
    return photos
