"""What extraction returns: plain dataclasses, no Django.

Every span is a half-open ``[start, end)`` range of character offsets into
``ExtractedArticle.body`` (the cleaned text). People are referred to by their
index in ``ExtractedArticle.people``; countries by ISO 3166 alpha-2 code.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def snippet(self, body: str) -> str:
        return body[self.start : self.end]


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date as precise as the text makes it: the year may be unknown ("November 27")."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str | None:
        """'day', 'month' or 'year' when a full calendar value is known, else None."""
        if self.year is None:
            return None
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    def to_date(self) -> datetime.date | None:
        """The first day the value can stand for, or None when the year is unknown."""
        if self.year is None:
            return None
        try:
            return datetime.date(self.year, self.month or 1, self.day or 1)
        except ValueError:
            return None

    def with_year(self, year: int | None) -> PartialDate:
        return self if self.year is not None or year is None else PartialDate(year, self.month, self.day)


@dataclass(slots=True)
class ArticleMetadata:
    title: str | None = None
    outlet: str | None = None  # "Example.kz"
    aggregator: str | None = None  # "news24.example": the site the text was scraped from, if not the outlet
    author: str | None = None  # as written in the byline ("Text: ...", "Writer: ...")
    published: PartialDate | None = None
    # How `published` was determined: explicit | byline | calendar_header | context_year |
    # related_article | none. A null date always comes with a note saying why.
    published_basis: str = "none"
    published_note: str = ""
    language: str = "en"


@dataclass(slots=True)
class ExtractedPerson:
    name: str  # the fullest form seen ("Anna-Maria Kowalska")
    variants: list[str] = field(default_factory=list)  # every spelling as written, name included
    country: str | None = None  # ISO alpha-2, where the text tells
    kind: str = "other"  # official | journalist | photographer | expert | artist | other
    description: str = ""
    mentions: list[Span] = field(default_factory=list)
    confidence: float = 0.5


@dataclass(slots=True)
class ExtractedRole:
    person: int
    title: str  # the title as written, country words included ("Russian President", "Minister of Health")
    title_as_written: str  # the whole phrase ("Russia's Finance Minister")
    title_normalized: str  # canonical lower-case form from the title vocabulary ("minister of finance")
    organization: str | None = None  # "National Bank", "Gazprom"
    country: str | None = None  # ISO alpha-2 of the state the title belongs to
    span: Span | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class ExtractedOrganization:
    name: str
    kind: str = "other"  # government_body | ministry | company | university | media | international | other
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    confidence: float = 0.5


@dataclass(slots=True)
class ExtractedEvent:
    kind: str  # arrival | welcome_ceremony | talks_narrow | talks_expanded | talks | signing |
    #            wreath_laying | forum | meeting | summit | press_conference | departure | other
    description: str
    date: PartialDate | None = None
    place: str | None = None
    participants: list[int] = field(default_factory=list)
    span: Span | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class ExtractedVisit:
    guest: int | None
    host: int | None
    guest_country: str | None = None
    host_country: str | None = None
    visit_type: str = ""  # state | official | working | informal | "" when not stated
    cities: list[str] = field(default_factory=list)
    start: PartialDate | None = None
    end: PartialDate | None = None
    events: list[ExtractedEvent] = field(default_factory=list)
    span: Span | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class ExtractedAgreement:
    title: str  # as written: "intergovernmental agreement on cooperation in healthcare"
    kind: str = "agreement"  # agreement | memorandum | declaration | treaty | protocol | programme |
    #                          decision | document
    level: str = ""  # interstate | intergovernmental | interdepartmental | ""
    field: str = ""  # health | education | energy | ... | ""
    # `field` is shadowed by the attribute above inside this class body: use the module path.
    parties: list[str] = dataclasses.field(default_factory=list)  # ISO alpha-2
    signatories: list[int] = dataclasses.field(default_factory=list)
    in_presence_of: list[int] = dataclasses.field(default_factory=list)
    date: PartialDate | None = None
    status: str = "signed"  # expected | signed | ratified | in_force
    count: int | None = None  # "20 agreements were signed"
    span: Span | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class ExtractedPhoto:
    position: int  # 0-based order of the credit in the article
    caption: str  # verbatim, "" when the credit has none
    credit_line: str  # verbatim: "Photo by the presidential press service"
    creator: str | None = None  # photographer's name as written
    creator_person: int | None = None
    credit: str | None = None  # agency or press service
    copyright_holder: str | None = None
    people_shown: list[int] = field(default_factory=list)
    span: Span | None = None  # the caption's span in body, when the caption is in body
    confidence: float = 0.5


@dataclass(slots=True)
class ExtractedQuote:
    text: str  # the words between the marks, line breaks folded to one space
    speaker: int | None
    span: Span | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class ExtractedArticle:
    source: str  # the file name or path it came from
    raw_text: str  # decoded, otherwise verbatim
    body: str  # cleaned text; every span points into it
    content_hash: str  # sha256 of the raw bytes: the idempotency key
    metadata: ArticleMetadata
    people: list[ExtractedPerson] = field(default_factory=list)
    roles: list[ExtractedRole] = field(default_factory=list)
    organizations: list[ExtractedOrganization] = field(default_factory=list)
    visits: list[ExtractedVisit] = field(default_factory=list)
    agreements: list[ExtractedAgreement] = field(default_factory=list)
    photos: list[ExtractedPhoto] = field(default_factory=list)
    quotes: list[ExtractedQuote] = field(default_factory=list)
    general_credits: list[str] = field(default_factory=list)  # "Photos: Example.kz, ..."
    extractor_version: str = ""
