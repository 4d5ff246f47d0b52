"""Hand-built ExtractedArticle values, so loader tests do not depend on the extractor."""

import hashlib

from visits.extraction.types import (
    ArticleMetadata,
    ExtractedAgreement,
    ExtractedArticle,
    ExtractedEvent,
    ExtractedPerson,
    ExtractedPhoto,
    ExtractedQuote,
    ExtractedRole,
    ExtractedVisit,
    PartialDate,
    Span,
)

BODY = (
    "President of Uzbekistan Aziz Karimov arrived in Berlin on a state visit. "
    "Chancellor Greta Vogel welcomed Karimov at the airport.\n\n"
    "“We are ready for a new stage,” Karimov said."
)


def span_of(text: str, body: str = BODY) -> Span | None:
    start = body.find(text)
    return Span(start, start + len(text)) if start >= 0 else None


def article(*, body: str = BODY, day=(2024, 3, 4), people=None, version="t1", title="Karimov in Berlin", **extra):
    """A small two-person article about one visit; pass overrides as keyword arguments."""
    people = people or [
        ExtractedPerson(
            name="Aziz Karimov",
            variants=["Aziz Karimov", "Karimov"],
            country="UZ",
            kind="official",
            mentions=[span_of("Aziz Karimov", body)],
            confidence=0.9,
        ),
        ExtractedPerson(
            name="Greta Vogel",
            variants=["Greta Vogel"],
            country="DE",
            kind="official",
            mentions=[span_of("Greta Vogel", body)],
            confidence=0.9,
        ),
    ]
    published = PartialDate(*day) if day else None
    values = {
        "source": "t.txt",
        "raw_text": body,
        "body": body,
        "content_hash": hashlib.sha256(body.encode()).hexdigest(),
        "metadata": ArticleMetadata(
            title=title,
            outlet="Example.uz",
            published=published,
            published_basis="explicit" if published and published.year else "none",
        ),
        "people": people,
        "roles": [
            ExtractedRole(
                person=0,
                title="President",
                title_as_written="President of Uzbekistan",
                title_normalized="president",
                country="UZ",
                span=span_of("President of Uzbekistan Aziz Karimov", body),
                confidence=0.9,
            ),
            ExtractedRole(
                person=1,
                title="Chancellor",
                title_as_written="Chancellor",
                title_normalized="chancellor",
                country="DE",
                span=span_of("Chancellor Greta Vogel", body),
            ),
        ],
        "visits": [
            ExtractedVisit(
                guest=0,
                host=1,
                guest_country="UZ",
                host_country="DE",
                visit_type="state",
                cities=["Berlin"],
                start=published,
                end=published,
                span=span_of("arrived in Berlin on a state visit", body),
                events=[
                    ExtractedEvent(
                        kind="arrival",
                        description="arrived in Berlin",
                        date=published,
                        place="Berlin",
                        participants=[0],
                        span=span_of("arrived in Berlin", body),
                    )
                ],
            )
        ],
        "agreements": [
            ExtractedAgreement(
                title="20 agreements",
                kind="agreement",
                count=20,
                status="expected",
                parties=["UZ", "DE"],
                span=span_of("a new stage", body),
            )
        ],
        "photos": [
            ExtractedPhoto(
                position=0,
                caption="Chancellor Greta Vogel welcomed Karimov at the airport.",
                credit_line="Photo by the press service",
                credit="the press service",
                people_shown=[0, 1],
                span=span_of("Chancellor Greta Vogel welcomed Karimov at the airport.", body),
            )
        ],
        "quotes": [
            ExtractedQuote(
                text="We are ready for a new stage", speaker=0, span=span_of("We are ready for a new stage", body)
            )
        ],
        "extractor_version": version,
    }
    values.update(extra)
    return ExtractedArticle(**values)
