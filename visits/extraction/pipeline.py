"""The whole extraction: raw bytes in, an ExtractedArticle out (no Django)."""

from __future__ import annotations

import hashlib
import re

from visits.extraction import EXTRACTOR_VERSION, reference
from visits.extraction.agreements import find_agreements
from visits.extraction.cleaning import STAFF_BYLINE, clean, decode
from visits.extraction.metadata import extract_metadata
from visits.extraction.normalize import name_key
from visits.extraction.people import INSTITUTION_WORDS, NAME_PARTICLES, PeopleFinding, find_people
from visits.extraction.photos import find_photos, split_credit
from visits.extraction.quotes import Discourse, find_quotes
from visits.extraction.titles import lookup
from visits.extraction.types import ExtractedArticle, ExtractedPerson, ExtractedRole, PartialDate
from visits.extraction.visit import find_visits

_CREW = re.compile(r"\b(?:[Ee]diting|[Ee]dited|[Aa]dditional\s+reporting|[Rr]eporting|[Ww]riting)\s+by\s+"
                   r"(?P<who>[^;,()\n]+?)(?=\s*(?:[;,()]|$))")
_PERSON_SHAPED = re.compile(r"^(?:[^\W\d_]\.|[^\W\d_][\w'’-]*)(?: [^\W\d_][\w'’-]*){1,3}$")


def _person_shaped(text: str) -> bool:
    """Two to four capitalised words ('Ádám Szalai', 'D. Szalai'), a name particle between them ('Anna de
    Vries'), nothing else: a credit or byline naming a person."""
    words = text.split()
    return bool(_PERSON_SHAPED.match(text)) and words[0][0].isupper() and words[-1][0].isupper() and all(
        word[0].isupper() or word in NAME_PARTICLES for word in words)


def extract(data: bytes | str, *, source: str = "") -> ExtractedArticle:
    """Read one press text. Raises ``ExtractionError`` for input that is not a usable text."""
    raw = data if isinstance(data, bytes) else data.encode("utf-8")
    text = decode(raw)
    cleaned = clean(text)
    metadata = extract_metadata(cleaned)
    body = cleaned.body
    found = find_people(body, outlets=[o for o in (metadata.outlet, metadata.aggregator) if o])
    year = metadata.published.year if metadata.published else None

    _complete_roles(found)
    photos = find_photos(cleaned)
    by_key = _people_by_key(found)
    for photo in photos:
        if photo.span is not None:
            photo.people_shown = sorted({m.person for m in found.mentions_between(photo.span.start, photo.span.end)})
        if photo.creator and _person_shaped(photo.creator):
            photo.creator_person = _person_index(found, by_key, photo.creator, kind="photographer")

    for line in cleaned.general_credits:
        if (creator := _credited_photographer(line)) is not None:
            _person_index(found, by_key, creator, kind="photographer")

    if metadata.author and _person_shaped(metadata.author) and metadata.author != metadata.outlet:
        # "By JANE ROE": the person as names are written, the byline as printed
        author = metadata.author.title() if metadata.author.isupper() else metadata.author
        index = _person_index(found, by_key, author, kind="journalist")
        _staff_role(found, index, cleaned.bylines, metadata)

    for byline in cleaned.bylines:
        # "Reporting by X; Editing by Y", "Additional reporting by Z": the others who wrote the story
        for m in _CREW.finditer(byline):
            for name in re.split(r"\s+(?:and|&)\s+", m.group("who").strip()):
                if _person_shaped(name) and name != metadata.author:
                    _person_index(found, by_key, name, kind="journalist")

    discourse = Discourse(body, found)  # sentences and who each phrase refers to, read once for all three
    visits = find_visits(body, found, published=metadata.published, discourse=discourse)
    for visit in visits:
        visit.start, visit.end = _with_year(visit.start, year), _with_year(visit.end, year)
        for event in visit.events:
            event.date = _with_year(event.date, year)
    agreements = find_agreements(body, found, default_date=metadata.published, discourse=discourse)
    for agreement in agreements:
        agreement.date = _with_year(agreement.date, year)

    return ExtractedArticle(
        source=source,
        raw_text=text,
        body=body,
        content_hash=hashlib.sha256(raw).hexdigest(),
        metadata=metadata,
        people=found.people,
        roles=found.roles,
        organizations=found.organizations,
        visits=visits,
        agreements=agreements,
        photos=photos,
        quotes=find_quotes(body, found, discourse=discourse),
        general_credits=cleaned.general_credits,
        extractor_version=EXTRACTOR_VERSION,
    )


# the opening of a whole-article credit ("Photos:", "Photos by", "Photographs:")
_GENERAL_LEAD = re.compile(r"^\s*(?:Photos|Photographs|Images|Pictures)\s*(?:by\b|:)?\s*", re.I)
_PAST_OFFICE = re.compile(r"(?i)\b(?:former|ex-|then|late|outgoing|acting|interim)\b")


def _credited_photographer(line: str) -> str | None:
    """The photographer a whole-article credit names beside the agency ("Photos: Ana Ruiz / Press Service",
    "Photos: Ana Ruiz, Agency"); not a credit of one name alone ("Photos: Royal Palace", "Photos: Daily Star"
    name no one for sure), nor a name-shaped office or place ("Bureau GN", "State House", "Port Elm")."""
    creator, credit, _holder = split_credit(_GENERAL_LEAD.sub("", line))
    if not creator or not credit or not _person_shaped(creator):
        return None
    words = creator.split()
    if any(w.isupper() or w.casefold() in INSTITUTION_WORDS for w in words) or reference.country_mention(
            creator) or reference.country_by_city(creator) or reference.organization_by_name(creator):
        return None
    return creator


def _complete_roles(found: PeopleFinding) -> None:
    """Give a bare title ("President Novak", "Minister Novak") the state or portfolio its holder's fuller
    citation names.

    Within one text, "President X" and "President of Kazakhstan X" are one office: the bare
    citation takes the country (or organization) of a sibling with the same canonical title,
    else, for an office of state, the holder's own country.
    """
    # "Minister X" after "the Minister of Energy, X", "High Commissioner X" after "the High Commissioner to Y,
    # X": the one office of that kind the holder is cited in (or the fullest, whose words hold the others':
    # "Minister of Energy and Mines" over "Energy Minister"). Options are told apart by their canonical title,
    # or for an envoy's posting ("High Commissioner to Y", canonically "high commissioner") by its wording.
    fuller: dict[tuple[int, str], dict[str, ExtractedRole]] = {}
    for role in found.roles:
        head = role.title_normalized.split(" of ", 1)[0]
        if head != role.title_normalized:
            fuller.setdefault((role.person, head), {}).setdefault(role.title_normalized, role)
        elif (written := role.title.casefold()).startswith(head + " to "):
            fuller.setdefault((role.person, head), {}).setdefault(written, role)
    for role in found.roles:
        if role.title.casefold() == role.title_normalized and (
                full := _fullest(fuller.get((role.person, role.title_normalized), {}))) is not None:
            if full.title_as_written == role.title_as_written or _PAST_OFFICE.search(full.title_as_written or ""):
                continue  # "Cabinet Secretary and Cabinet Secretary for X": two offices; "a former Minister of X"
            role.title, role.title_normalized = full.title, full.title_normalized
            role.country, role.organization = role.country or full.country, role.organization or full.organization
    specific: dict[tuple[int, str], tuple[str | None, str | None]] = {}
    for role in found.roles:
        if role.country or role.organization:
            specific.setdefault((role.person, role.title_normalized), (role.country, role.organization))
    for role in found.roles:
        if role.country or role.organization:
            continue
        sibling = specific.get((role.person, role.title_normalized))
        if sibling:
            role.country, role.organization = sibling
            continue
        info = lookup(role.title)
        holder = found.people[role.person] if 0 <= role.person < len(found.people) else None
        if info and info[0].official and info[0].complement == "country" and holder and holder.country:
            role.country = holder.country


def _fullest(options: dict[str, ExtractedRole]) -> ExtractedRole | None:
    """The one option, or the one whose title's words hold every other's; None when they name apart."""
    if len(options) == 1:
        return next(iter(options.values()))
    words = {key: set(role.title.casefold().replace("-", " ").split()) for key, role in options.items()}
    best = max(words, key=lambda key: len(words[key]), default=None)
    if best is not None and all(w <= words[best] for w in words.values()):
        return options[best]
    return None


def _staff_role(found: PeopleFinding, person: int, bylines: list[str], metadata) -> None:
    """"Ana Ruiz | Staff Writer": the writer's post at the outlet is a role, as of the article's date."""
    if not metadata.outlet:
        return
    for byline in bylines:
        m = STAFF_BYLINE.match(byline)
        if m and name_key(m.group("who")) == name_key(metadata.author):
            post = " ".join(m.group("post").split()).removeprefix("Our ")
            if post == "Contributor":
                return  # writes for the outlet, holds no post there
            found.roles.append(ExtractedRole(person=person, title=post, title_as_written=byline,
                                             title_normalized=post.casefold(), organization=metadata.outlet,
                                             confidence=0.7))
            return


def _with_year(date: PartialDate | None, year: int | None) -> PartialDate | None:
    return date.with_year(year) if date is not None else None


def _people_by_key(found: PeopleFinding) -> dict[str, int]:
    """The match key of every spelling of every person -> the first person written so."""
    by_key: dict[str, int] = {}
    for index, person in enumerate(found.people):
        for variant in (person.name, *person.variants):
            by_key.setdefault(name_key(variant), index)
    return by_key


def _person_index(found: PeopleFinding, by_key: dict[str, int], name: str, *, kind: str) -> int:
    """The person of that name in the text, added (with that kind) when the body never names them.

    ``by_key`` is ``_people_by_key(found)``, kept up to date here.
    """
    key = name_key(name)
    index = by_key.get(key)
    if index is not None:
        person = found.people[index]
        if person.kind == "other":
            person.kind = kind
        return index
    found.people.append(ExtractedPerson(name=name, variants=[name], kind=kind, confidence=0.8))
    by_key[key] = len(found.people) - 1
    return len(found.people) - 1
