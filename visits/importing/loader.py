"""Write one extracted article into the archive, in one transaction.

The loader respects what editors decided: a locked field is never overwritten, a merged
person's old spelling lands on the survivor, a rejected record stays rejected (it is found
again by its deterministic key and left as it is), and records shared across articles
(people, organizations, visits) only have their blanks filled.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q

from people.models import Person
from visits.extraction.types import ExtractedArticle, ExtractedVisit, PartialDate, Span
from visits.importing import resolve
from visits.models import (
    Agreement,
    Article,
    Evidence,
    Photo,
    PublishedBasis,
    Quote,
    Role,
    Visit,
    VisitEvent,
)

MAX_EVIDENCE_PER_RECORD = 5  # per article: enough to review, without one row per passing mention
VISIT_DAYS_APART = 7  # two reports of one guest and host this close in time are one visit


@dataclass
class LoadResult:
    status: str  # created | updated | unchanged
    article_id: int | None = None
    created: Counter = field(default_factory=Counter)


def _clamp(x: float) -> float:
    return max(0.0, min(1.0, float(x)))


def fill_blanks(record, values: dict) -> list[str]:
    """Set the fields that are empty and not locked; return the names of those changed."""
    locked = set(record.locked_fields or [])
    changed = []
    for name, value in values.items():
        if name in locked or value in (None, "", []):
            continue
        if getattr(record, name) in (None, "", []):
            setattr(record, name, value)
            changed.append(name)
    return changed


def overwrite_unlocked(record, values: dict) -> list[str]:
    """Set every value that differs, except locked fields (records owned by one article)."""
    locked = set(record.locked_fields or [])
    changed = []
    for name, value in values.items():
        if name not in locked and getattr(record, name) != value:
            setattr(record, name, value)
            changed.append(name)
    return changed


class ArticleLoader:
    """Loads one ExtractedArticle; a new instance per article."""

    def __init__(self, extracted: ExtractedArticle, *, source_file: str, countries: resolve.CountryIndex):
        self.x = extracted
        self.source_file = source_file
        self.countries = countries
        self.result = LoadResult(status="created")
        self.people: dict[int, Person] = {}
        self.article: Article | None = None
        self.visits: list[Visit] = []
        self._evidence: list[Evidence] = []
        self._evidence_seen: set[tuple] = set()

    # ---------------------------------------------------------------- entry point
    def load(self) -> LoadResult:
        existing = Article.objects.filter(content_hash=self.x.content_hash).first()
        if existing and existing.extractor_version == self.x.extractor_version:
            return LoadResult(status="unchanged", article_id=existing.pk)
        with transaction.atomic():
            self.article = self._article(existing)
            self._people()
            self._roles()
            self._visits()
            self._agreements()
            self._photos()
            self._quotes()
            Evidence.objects.bulk_create(self._evidence, ignore_conflicts=True)
        self.result.article_id = self.article.pk
        if existing:
            self.result.status = "updated"
        return self.result

    # ---------------------------------------------------------------- helpers
    @property
    def published(self) -> datetime.date | None:
        return self.article.published if self.article else None

    def _evidence_for(self, record, span: Span | None) -> None:
        if span is None or span.end <= span.start:
            return
        ct = ContentType.objects.get_for_model(type(record))
        per_record = sum(1 for k in self._evidence_seen if k[0] == ct.pk and k[1] == record.pk)
        key = (ct.pk, record.pk, span.start, span.end)
        if key in self._evidence_seen or per_record >= MAX_EVIDENCE_PER_RECORD:
            return
        self._evidence_seen.add(key)
        self._evidence.append(
            Evidence(
                content_type=ct,
                object_id=record.pk,
                article=self.article,
                start=span.start,
                end=span.end,
                snippet=self.x.body[span.start : span.end],
            )
        )

    def _count(self, kind: str, created: bool) -> None:
        if created:
            self.result.created[kind] += 1

    def _person(self, index: int | None) -> Person | None:
        return self.people.get(index) if index is not None else None

    def _get_or_create(self, model, key: str, defaults: dict, kind: str):
        """A record owned by this article, found by its deterministic key (rejected ones too)."""
        record = model.objects.filter(key=key).first()
        if record is None:
            record = model.objects.create(key=key, **defaults)
            self._count(kind, True)
            return record, True
        if record.review_status != "rejected" and overwrite_unlocked(record, defaults):
            record.save()
        return record, False

    # ---------------------------------------------------------------- article
    def _article(self, existing: Article | None) -> Article:
        meta = self.x.metadata
        published = meta.published.to_date() if meta.published else None
        values = {
            "title": meta.title,
            "author": meta.author or "",
            "published": published,
            "published_precision": (meta.published.precision or "") if published else "",
            "published_basis": meta.published_basis if published else (meta.published_basis or PublishedBasis.NONE),
            "published_note": meta.published_note,
            "language": meta.language,
            "source_file": self.source_file,
            "raw_text": self.x.raw_text,
            "body": self.x.body,
            "general_credits": self.x.general_credits,
            "extractor_version": self.x.extractor_version,
        }
        if meta.outlet:
            values["outlet"], _ = resolve.organization_find_or_create(name=meta.outlet, kind="media", country=None)
        if meta.aggregator:
            values["aggregator"], _ = resolve.organization_find_or_create(
                name=meta.aggregator,
                kind="media",
                country=None,
            )
        if existing:
            if overwrite_unlocked(existing, values):
                existing.save()
            return existing
        article = Article.objects.create(
            key=resolve.fact_key("ar", self.x.content_hash), content_hash=self.x.content_hash, **values
        )
        self._count("articles", True)
        return article

    # ---------------------------------------------------------------- people
    def _people(self) -> None:
        for index, xp in enumerate(self.x.people):
            variants = list(dict.fromkeys([xp.name, *xp.variants]))
            person = resolve.person_find(name=xp.name, variants=variants, country=xp.country)
            created = person is None
            if created:
                person = resolve.person_create(
                    name=xp.name,
                    kind=xp.kind,
                    country=self.countries.get(xp.country),
                    description=xp.description,
                    confidence=xp.confidence,
                )
            else:
                changed = fill_blanks(
                    person,
                    {
                        "country": self.countries.get(xp.country),
                        "description": xp.description,
                        "kind": xp.kind if person.kind == "other" and xp.kind != "other" else None,
                    },
                )
                fuller = len(xp.name.split()) > len(person.name.split())
                if fuller and "name" not in (person.locked_fields or []):
                    person.name, person.sort_name = xp.name, resolve.sort_name(xp.name)
                    changed.append("name")
                if changed:
                    person.save()
            resolve.person_add_names(person, variants)
            self._count("people", created)
            self.people[index] = person
            for span in xp.mentions:
                self._evidence_for(person, span)
        author = self.x.metadata.author
        if author:
            match = next(
                (p for i, p in self.people.items() if author in (self.x.people[i].name, *self.x.people[i].variants)),
                None,
            )
            if match and not self.article.author_person_id:
                self.article.author_person = match
                self.article.save(update_fields=["author_person"])

    # ---------------------------------------------------------------- roles
    def _roles(self) -> None:
        for xr in self.x.roles:
            person = self._person(xr.person)
            if person is None or not xr.title:
                continue
            org = None
            if xr.organization:
                org, created = resolve.organization_find_or_create(
                    name=xr.organization,
                    kind="other",
                    country=self.countries.get(xr.country),
                )
                self._count("organizations", created)
            country = self.countries.get(xr.country)
            role = (
                Role.objects.filter(person=person, title__iexact=xr.title, organization=org, country=country)
                .order_by("id")
                .first()
            )
            created = role is None
            if created:
                role = Role.objects.create(
                    key=resolve.fact_key(
                        "ro", person.key, xr.title.casefold(), org.key if org else "", country.code if country else ""
                    ),
                    person=person,
                    title=xr.title[:300],
                    title_normalized=xr.title_normalized[:300],
                    organization=org,
                    country=country,
                    confidence=_clamp(xr.confidence),
                    first_cited=self.published,
                    last_cited=self.published,
                    last_cited_article=self.article,
                )
            elif self.published and role.review_status != "rejected":
                if role.first_cited is None or self.published < role.first_cited:
                    role.first_cited = self.published
                if role.last_cited is None or self.published >= role.last_cited:
                    role.last_cited, role.last_cited_article = self.published, self.article
                role.save()
            self._count("roles", created)
            self._evidence_for(role, xr.span)

    # ---------------------------------------------------------------- visits
    def _visits(self) -> None:
        for xv in self.x.visits:
            guest, host = self._person(xv.guest), self._person(xv.host)
            if guest is None:
                continue
            visit = self._visit_match(xv, guest, host)
            created = visit is None
            start = xv.start.to_date() if xv.start else None
            end = xv.end.to_date() if xv.end else start
            if created:
                visit = Visit.objects.create(
                    key=self._visit_key(xv, guest),
                    guest=guest,
                    host=host if host != guest else None,
                    guest_country=self.countries.get(xv.guest_country),
                    host_country=self.countries.get(xv.host_country),
                    visit_type=xv.visit_type,
                    start_date=start,
                    end_date=end,
                    cities=xv.cities,
                    confidence=_clamp(xv.confidence),
                )
            elif visit.review_status != "rejected":
                self._visit_widen(visit, xv, host, start, end)
            self._count("visits", created)
            self.article.visits.add(visit)
            self.visits.append(visit)
            self._evidence_for(visit, xv.span)
            self._events(visit, xv)
        self._infer_article_year()

    def _visit_match(self, xv: ExtractedVisit, guest: Person, host: Person | None) -> Visit | None:
        """The visit already in the archive that this report is about, if one clearly is."""
        own = Visit.objects.filter(key=self._visit_key(xv, guest)).first()
        if own is not None:
            return own
        candidates = Visit.objects.filter(guest=guest)
        host_country = self.countries.get(xv.host_country)
        if host_country is not None:
            candidates = candidates.filter(Q(host_country=host_country) | Q(host_country__isnull=True, host=host))
        elif host is not None:
            candidates = candidates.filter(host=host)
        candidates = list(candidates)
        start = xv.start.to_date() if xv.start else None
        if start:
            end = (xv.end.to_date() if xv.end else None) or start
            slack = datetime.timedelta(days=VISIT_DAYS_APART)
            near = [
                v
                for v in candidates
                if v.start_date and v.start_date - slack <= end and start <= (v.end_date or v.start_date) + slack
            ]
            return near[0] if near else None
        if xv.start and xv.start.month:  # a day and month without a year: the visit on that day
            same_day = [v for v in candidates if v.start_date and _covers(v, xv.start)]
            return same_day[0] if len(same_day) == 1 else None
        return candidates[0] if len(candidates) == 1 else None

    def _visit_key(self, xv: ExtractedVisit, guest: Person) -> str:
        return resolve.fact_key("vi", self.x.content_hash, guest.key, xv.host_country)

    def _visit_widen(self, visit: Visit, xv: ExtractedVisit, host, start, end) -> None:
        changed = fill_blanks(
            visit,
            {
                "host": host if host and host != visit.guest else None,
                "guest_country": self.countries.get(xv.guest_country),
                "host_country": self.countries.get(xv.host_country),
                "visit_type": xv.visit_type,
                "cities": xv.cities,
            },
        )
        locked = set(visit.locked_fields or [])
        if start and "start_date" not in locked and (visit.start_date is None or start < visit.start_date):
            visit.start_date = start
            changed.append("start_date")
        if end and "end_date" not in locked and (visit.end_date is None or end > visit.end_date):
            visit.end_date = end
            changed.append("end_date")
        if visit.start_date and visit.end_date and visit.end_date < visit.start_date:
            visit.end_date = visit.start_date
        new_cities = [c for c in xv.cities if c not in visit.cities]
        if new_cities and "cities" not in locked:
            visit.cities = [*visit.cities, *new_cities]
            changed.append("cities")
        if changed:
            visit.save()

    def _infer_article_year(self) -> None:
        """A yearless article date takes its year from the visit it reports on that day."""
        meta = self.x.metadata
        if self.article.published or not meta.published or not meta.published.month:
            return
        if "published" in (self.article.locked_fields or []):
            return
        for visit in self.visits:
            if visit.start_date and _covers(visit, meta.published):
                day = _on_year(meta.published, visit)
                if day is None:
                    continue
                self.article.published = day
                self.article.published_precision = "day" if meta.published.day else "month"
                self.article.published_basis = PublishedBasis.RELATED_ARTICLE
                self.article.published_note = (
                    f"{meta.published_note} Year taken from the visit it reports ({visit.start_date:%Y})."
                ).strip()
                self.article.save()
                return

    def _events(self, visit: Visit, xv: ExtractedVisit) -> None:
        for position, xe in enumerate(xv.events):
            date = xe.date.to_date() if xe.date else None
            shared = xe.kind not in ("other", "meeting", "talks")
            event = None
            if shared:
                event = VisitEvent.objects.filter(visit=visit, kind=xe.kind, date=date).first()
            created = event is None
            if created:
                event, created = self._get_or_create(
                    VisitEvent,
                    resolve.fact_key("ev", self.x.content_hash, position, xe.kind),
                    {
                        "visit": visit,
                        "kind": xe.kind,
                        "description": xe.description,
                        "date": date,
                        "place": xe.place or "",
                        "position": position,
                        "confidence": _clamp(xe.confidence),
                    },
                    "events",
                )
            participants = [self._person(i) for i in xe.participants]
            event.participants.add(*[p for p in participants if p])
            self._evidence_for(event, xe.span)

    def _visit_for(self, date: datetime.date | None) -> Visit | None:
        """The article's visit a fact belongs to; none when its date lies far outside it."""
        if len(self.visits) != 1:
            return self.visits[0] if self.visits and date is None else None
        visit = self.visits[0]
        if date and visit.start_date:
            slack = datetime.timedelta(days=VISIT_DAYS_APART)
            if not (visit.start_date - slack <= date <= (visit.end_date or visit.start_date) + slack):
                return None
        return visit

    # ---------------------------------------------------------------- agreements, photos, quotes
    def _agreements(self) -> None:
        for position, xa in enumerate(self.x.agreements):
            date = xa.date.to_date() if xa.date else None
            agreement, _ = self._get_or_create(
                Agreement,
                resolve.fact_key("ag", self.x.content_hash, position, xa.title, xa.count),
                {
                    "visit": self._visit_for(date),
                    "article": self.article,
                    "title": xa.title,
                    "kind": xa.kind,
                    "level": xa.level,
                    "field": xa.field,
                    "date": date,
                    "status": xa.status,
                    "count": xa.count,
                    "confidence": _clamp(xa.confidence),
                },
                "agreements",
            )
            agreement.parties.add(*[c for c in map(self.countries.get, xa.parties) if c])
            agreement.signatories.add(*[p for p in map(self._person, xa.signatories) if p])
            agreement.in_presence_of.add(*[p for p in map(self._person, xa.in_presence_of) if p])
            self._evidence_for(agreement, xa.span)

    def _photos(self) -> None:
        for xp in self.x.photos:
            creator = self._person(xp.creator_person)
            photo, _ = self._get_or_create(
                Photo,
                resolve.fact_key("ph", self.x.content_hash, xp.position),
                {
                    "article": self.article,
                    "position": xp.position,
                    "caption": xp.caption,
                    "credit_line": xp.credit_line[:500],
                    "creator": creator,
                    "credit": (xp.credit or "")[:300],
                    "copyright_holder": (xp.copyright_holder or "")[:300],
                    "confidence": _clamp(xp.confidence),
                },
                "photos",
            )
            photo.people_shown.add(*[p for p in map(self._person, xp.people_shown) if p])
            self._evidence_for(photo, xp.span)

    def _quotes(self) -> None:
        visit = self.visits[0] if len(self.visits) == 1 else None
        for xq in self.x.quotes:
            quote, _ = self._get_or_create(
                Quote,
                resolve.fact_key("qu", self.x.content_hash, xq.span.start if xq.span else "", xq.text),
                {
                    "article": self.article,
                    "speaker": self._person(xq.speaker),
                    "text": xq.text,
                    "visit": visit,
                    "confidence": _clamp(xq.confidence),
                },
                "quotes",
            )
            self._evidence_for(quote, xq.span)


def _covers(visit: Visit, day: PartialDate) -> bool:
    """Does the visit span the given month/day (in any year it covers)?"""
    date = _on_year(day, visit)
    if date is None:
        return False
    return visit.start_date <= date <= (visit.end_date or visit.start_date)


def _on_year(day: PartialDate, visit: Visit) -> datetime.date | None:
    try:
        return datetime.date(visit.start_date.year, day.month, day.day or visit.start_date.day)
    except (TypeError, ValueError):
        return None


def article_load(
    extracted: ExtractedArticle, *, source_file: str, countries: resolve.CountryIndex | None = None
) -> LoadResult:
    """Write one article and its facts in one transaction; unchanged if already imported."""
    return ArticleLoader(extracted, source_file=source_file, countries=countries or resolve.CountryIndex()).load()
