"""Write one extracted article into the archive, in one transaction.

The loader respects what editors decided: a locked field is never overwritten, a merged
person's old spelling lands on the survivor, a rejected record stays rejected (it is found
again by its deterministic key and left as it is), and records shared across articles
(people, organizations, visits) only have their blanks filled.

It works in batches: each kind of record is looked up with one query and created with one
bulk insert (history included), so an article costs a few dozen queries, not hundreds.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db import models, transaction
from django.db.models import Q

from people.models import Person
from visits.extraction.types import ExtractedArticle, ExtractedVisit, PartialDate, Span
from visits.importing import resolve
from visits.importing.history import create_all, update_all
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

MAX_EVIDENCE_PER_RECORD = 3  # per article: enough to review, without one row per passing mention
VISIT_DAYS_APART = 7  # two reports of one guest and host this close in time are one visit
VISIT_NOTICE_DAYS = 31  # an undated announcement of a visit this long before a dated report of it is the same visit


@dataclass
class LoadResult:
    status: str  # created | updated | unchanged
    article_id: int | None = None
    created: Counter = field(default_factory=Counter)


def _clamp(x: float) -> float:
    return max(0.0, min(1.0, float(x)))


def _date(value: PartialDate | None) -> datetime.date | None:
    return value.to_date() if value else None


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


def link(model: type[models.Model], relation: str, pairs: list[tuple[int, int]]) -> None:
    """Add many-to-many rows in one insert; rows already there are left alone."""
    if not pairs:
        return
    m2m = model._meta.get_field(relation)
    through, src, dst = m2m.remote_field.through, m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
    rows = [through(**{f"{src}_id": a, f"{dst}_id": b}) for a, b in dict.fromkeys(pairs)]
    through.objects.bulk_create(rows, ignore_conflicts=True)


class ArticleLoader:
    """Loads one ExtractedArticle; a new instance per article."""

    def __init__(self, extracted: ExtractedArticle, *, source_file: str, lookups: resolve.Lookups):
        self.x = extracted
        self.source_file = source_file
        self.lookups = lookups
        self.result = LoadResult(status="created")
        self.people: dict[int, Person] = {}
        self.article: Article | None = None
        self.visits: list[Visit] = []
        self.own_visit: Visit | None = None  # the visit the article reports, not an earlier one it recalls
        self._evidence: list[tuple[models.Model, Span]] = []

    # ---------------------------------------------------------------- entry point
    def load(self) -> LoadResult:
        existing = Article.objects.filter(content_hash=self.x.content_hash).only("pk", "extractor_version").first()
        if existing and existing.extractor_version == self.x.extractor_version:
            return LoadResult(status="unchanged", article_id=existing.pk)
        with transaction.atomic():
            if existing:
                existing = Article.objects.select_for_update().get(pk=existing.pk)
            self.article = self._article(existing)
            self._people()
            self._roles()
            self._visits()
            self._agreements()
            self._photos()
            self._quotes()
            self._write_evidence()
        self.result.article_id = self.article.pk
        if existing:
            self.result.status = "updated"
        return self.result

    # ---------------------------------------------------------------- helpers
    @property
    def published(self) -> datetime.date | None:
        return self.article.published if self.article else None

    def _person(self, index: int | None) -> Person | None:
        return self.people.get(index) if index is not None else None

    def _persons(self, indexes) -> list[Person]:
        return [p for p in map(self._person, indexes) if p is not None]

    def _cite(self, record, span: Span | None) -> None:
        if span is not None and span.end > span.start:
            self._evidence.append((record, span))

    def _write_evidence(self) -> None:
        rows, seen, per_record = [], set(), Counter()
        for record, span in self._evidence:
            ct = self.lookups.content_type(type(record))
            key = (ct.pk, record.pk, span.start, span.end)
            if key in seen or per_record[(ct.pk, record.pk)] >= MAX_EVIDENCE_PER_RECORD:
                continue
            seen.add(key)
            per_record[(ct.pk, record.pk)] += 1
            rows.append(
                Evidence(
                    content_type=ct,
                    object_id=record.pk,
                    article=self.article,
                    start=span.start,
                    end=span.end,
                    snippet=self.x.body[span.start : span.end],
                )
            )
        Evidence.objects.bulk_create(rows, ignore_conflicts=True)

    def _owned(self, model, kind: str, items: list[tuple[str, dict]]) -> list:
        """Records owned by this article, by deterministic key: one lookup, one bulk insert.

        An existing record (the text was read before by another extractor version) keeps its
        locked fields and, if rejected, everything.
        """
        if not items:
            return []
        existing = {r.key: r for r in model.objects.filter(key__in=[k for k, _ in items])}
        new = {k: model(key=k, **values) for k, values in items if k not in existing}
        if new:
            create_all(model, list(new.values()))
            self.result.created[kind] += len(new)
        for key, values in items:
            record = existing.get(key)
            if record is not None and record.review_status != "rejected" and overwrite_unlocked(record, values):
                record.save()
        return [existing.get(k) or new[k] for k, _ in items]

    # ---------------------------------------------------------------- article
    def _article(self, existing: Article | None) -> Article:
        meta = self.x.metadata
        published = _date(meta.published)
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
        for role in ("outlet", "aggregator"):
            name = getattr(meta, role)
            if name:
                values[role], _ = self.lookups.organization(name=name, kind="media", country=None)
        if existing:
            if overwrite_unlocked(existing, values):
                existing.save()
            return existing
        article = Article.objects.create(
            key=resolve.fact_key("ar", self.x.content_hash),
            content_hash=self.x.content_hash,
            **values,
        )
        self.result.created["articles"] += 1
        return article

    # ---------------------------------------------------------------- people
    def _people(self) -> None:
        xs = self.x.people
        queries = [resolve.PersonQuery(xp.name, xp.variants, xp.country) for xp in xs]
        found = resolve.people_find(queries)
        new_index = [i for i, person in enumerate(found) if person is None]
        keys = resolve.person_keys([xs[i].name for i in new_index])
        fresh = [
            Person(
                key=key,
                name=xs[i].name[:200],
                sort_name=resolve.sort_name(xs[i].name)[:200],
                kind=xs[i].kind,
                country=self.lookups.country(xs[i].country),
                description=xs[i].description,
                confidence=_clamp(xs[i].confidence),
            )
            for i, key in zip(new_index, keys, strict=True)
        ]
        if fresh:
            create_all(Person, fresh)
            self.result.created["people"] += len(fresh)
        for i, person in zip(new_index, fresh, strict=True):
            found[i] = person
        changed: dict[int, Person] = {}
        fields: set[str] = set()
        old = set(range(len(xs))) - set(new_index)
        for i, (xp, person) in enumerate(zip(xs, found, strict=True)):
            self.people[i] = person
            if i in old and (names := self._person_update(person, xp)):
                changed[person.pk] = person
                fields.update(names)
            for span in xp.mentions:
                self._cite(person, span)
        update_all(Person, list(changed.values()), fields)
        resolve.names_add(
            [(self.people[i], s) for i, xp in enumerate(xs) for s in dict.fromkeys([xp.name, *xp.variants])]
        )
        self._author()

    def _person_update(self, person: Person, xp) -> list[str]:
        """Fill the person's blanks (and a fuller name) from this article; the fields changed."""
        changed = fill_blanks(
            person,
            {
                "country": self.lookups.country(xp.country),
                "description": xp.description,
                "kind": xp.kind if person.kind == "other" and xp.kind != "other" else None,
            },
        )
        fuller = len(xp.name.split()) > len(person.name.split())
        if fuller and "name" not in (person.locked_fields or []):
            person.name, person.sort_name = xp.name[:200], resolve.sort_name(xp.name)[:200]
            changed += ["name", "sort_name"]
        return changed

    def _author(self) -> None:
        author = self.x.metadata.author
        if not author or self.article.author_person_id:
            return
        for i, xp in enumerate(self.x.people):
            if author in (xp.name, *xp.variants):
                self.article.author_person = self.people[i]
                self.article.save(update_fields=["author_person"])
                return

    # ---------------------------------------------------------------- roles
    def _roles(self) -> None:
        people = {p.pk for p in self.people.values()}
        known = {
            (r.person_id, r.title.casefold(), r.organization_id, r.country_id): r
            for r in Role.objects.filter(person__in=people).order_by("-id")
        }
        fresh, touched = [], {}
        for xr in self.x.roles:
            person = self._person(xr.person)
            if person is None or not xr.title:
                continue
            country = self.lookups.country(xr.country)
            org = None
            if xr.organization:
                org, created = self.lookups.organization(name=xr.organization, kind="other", country=country)
                self.result.created["organizations"] += created
            identity = (person.pk, xr.title.casefold(), org.pk if org else None, country.pk if country else None)
            role = known.get(identity)
            if role is None:
                role = Role(
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
                known[identity] = role
                fresh.append(role)
            elif role.pk and self.published and role.review_status != "rejected" and self._cited(role):
                touched[role.pk] = role
            self._cite(role, xr.span)
        if fresh:
            # Role keys hash the person's key: a rare clash (same wording, merged people) reuses the record.
            clashing = set(Role.objects.filter(key__in=[r.key for r in fresh]).values_list("key", flat=True))
            for role in fresh:
                if role.key in clashing:
                    role.key = resolve.fact_key("ro", role.key, self.x.content_hash)
            create_all(Role, fresh)
            self.result.created["roles"] += len(fresh)
        update_all(Role, list(touched.values()), {"first_cited", "last_cited", "last_cited_article"})

    def _cited(self, role: Role) -> bool:
        """Widen the role's cited dates to this article's date; True if anything changed."""
        changed = False
        if role.first_cited is None or self.published < role.first_cited:
            role.first_cited, changed = self.published, True
        if role.last_cited is None or self.published > role.last_cited:
            role.last_cited, role.last_cited_article, changed = self.published, self.article, True
        return changed

    # ---------------------------------------------------------------- visits
    def _visits(self) -> None:
        for xv in self.x.visits:
            guest, host = self._person(xv.guest), self._person(xv.host)
            if guest is None:
                continue
            host = host if host != guest else None
            visit = self._visit_match(xv, guest, host)
            start = _date(xv.start)
            end = _date(xv.end) or start
            if visit is None:
                visit = Visit.objects.create(
                    key=self._visit_key(xv, guest),
                    guest=guest,
                    host=host,
                    guest_country=self.lookups.country(xv.guest_country),
                    host_country=self.lookups.country(xv.host_country),
                    visit_type=xv.visit_type,
                    start_date=start,
                    end_date=end,
                    cities=xv.cities,
                    confidence=_clamp(xv.confidence),
                )
                self.result.created["visits"] += 1
            elif visit.review_status != "rejected":
                self._visit_widen(visit, xv, host, start, end)
            self.article.visits.add(visit)
            self.visits.append(visit)
            pub = self.published
            if self.own_visit is None and not (end and pub and end < pub - datetime.timedelta(days=VISIT_DAYS_APART)):
                self.own_visit = visit
            self._cite(visit, xv.span)
            self._events(visit, xv)
        self._infer_article_year()

    def _visit_key(self, xv: ExtractedVisit, guest: Person) -> str:
        return resolve.fact_key("vi", self.x.content_hash, guest.key, xv.host_country)

    def _visit_match(self, xv: ExtractedVisit, guest: Person, host: Person | None) -> Visit | None:
        """The visit already in the archive that this report is about, if one clearly is."""
        own = Visit.objects.filter(key=self._visit_key(xv, guest)).first()
        if own is not None:
            return own
        candidates = Visit.objects.filter(guest=guest)
        host_country = self.lookups.country(xv.host_country)
        if host_country is not None:
            candidates = candidates.filter(Q(host_country=host_country) | Q(host_country__isnull=True, host=host))
        elif host is not None:
            candidates = candidates.filter(host=host)
        candidates = list(candidates)
        start = _date(xv.start)
        if start:
            end = _date(xv.end) or start
            slack = datetime.timedelta(days=VISIT_DAYS_APART)
            near = [
                v
                for v in candidates
                if v.start_date and v.start_date - slack <= end and start <= (v.end_date or v.start_date) + slack
            ]
            if near:
                return near[0]
            # an earlier article that only announced the visit, without its dates ("expected next week")
            ahead = datetime.timedelta(days=VISIT_NOTICE_DAYS)
            undated = [
                v
                for v in candidates
                if v.start_date is None
                # (an article without a date does not rule it out, as for an undated report below)
                and all(start - ahead <= a.published <= end + slack for a in v.articles.all() if a.published)
            ]
            return undated[0] if len(undated) == 1 else None
        if xv.start and xv.start.month:  # a day and month without a year: the visit on that day
            same_day = [v for v in candidates if v.start_date and _covers(v, xv.start)]
            return same_day[0] if len(same_day) == 1 else None
        return candidates[0] if len(candidates) == 1 else None

    def _visit_widen(self, visit: Visit, xv: ExtractedVisit, host, start, end) -> None:
        locked = set(visit.locked_fields or [])
        changed = []
        if visit.start_date is None and start and "host" not in locked and host and host.pk != visit.host_id:
            # the report of the visit itself names its host better than an article that only announced it
            visit.host = host
            changed.append("host")
        changed += fill_blanks(
            visit,
            {
                "host": host,
                "guest_country": self.lookups.country(xv.guest_country),
                "host_country": self.lookups.country(xv.host_country),
                "visit_type": xv.visit_type,
                "cities": xv.cities,
            },
        )
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
                self.article.published = day
                self.article.published_precision = "day" if meta.published.day else "month"
                self.article.published_basis = PublishedBasis.RELATED_ARTICLE
                self.article.published_note = (
                    f"{meta.published_note} Year taken from the visit it reports ({visit.start_date:%Y})."
                ).strip()
                self.article.save()
                return

    def _events(self, visit: Visit, xv: ExtractedVisit) -> None:
        # A programme item that several articles report (one arrival, one signing) is one event.
        shared = {(e.kind, e.date): e for e in visit.events.exclude(kind__in=["other", "meeting", "talks"])}
        items, found = [], {}
        for position, xe in enumerate(xv.events):
            date = _date(xe.date)
            event = shared.get((xe.kind, date)) if xe.kind not in ("other", "meeting", "talks") else None
            if event is not None:
                found[position] = event
                continue
            items.append(
                (
                    resolve.fact_key("ev", self.x.content_hash, position, xe.kind),
                    {
                        "visit": visit,
                        "kind": xe.kind,
                        "description": xe.description,
                        "date": date,
                        "place": (xe.place or "")[:300],
                        "position": position,
                        "confidence": _clamp(xe.confidence),
                    },
                )
            )
            found[position] = len(items) - 1
        created = self._owned(VisitEvent, "events", items)
        pairs = []
        for position, xe in enumerate(xv.events):
            event = found[position] if isinstance(found[position], VisitEvent) else created[found[position]]
            shared.setdefault((event.kind, event.date), event)
            pairs += [(event.pk, p.pk) for p in self._persons(xe.participants)]
            self._cite(event, xe.span)
        link(VisitEvent, "participants", pairs)

    @property
    def _reported_visit(self) -> Visit | None:
        """The visit the article's facts belong to: its only visit, or the one it reports among several."""
        return self.visits[0] if len(self.visits) == 1 else self.own_visit

    def _visit_for(self, date: datetime.date | None) -> Visit | None:
        """The article's visit a fact belongs to; none when its date lies far outside it."""
        visit = self._reported_visit
        if visit is None:
            return None
        if date and visit.start_date:
            slack = datetime.timedelta(days=VISIT_DAYS_APART)
            if not (visit.start_date - slack <= date <= (visit.end_date or visit.start_date) + slack):
                return None
        return visit

    # ---------------------------------------------------------------- agreements, photos, quotes
    def _agreements(self) -> None:
        xs = self.x.agreements
        records = self._owned(
            Agreement,
            "agreements",
            [
                (
                    resolve.fact_key("ag", self.x.content_hash, position, xa.title, xa.count),
                    {
                        "visit": self._visit_for(_date(xa.date)),
                        "article": self.article,
                        "title": xa.title,
                        "kind": xa.kind,
                        "level": xa.level,
                        "field": xa.field,
                        "date": _date(xa.date),
                        "status": xa.status,
                        "count": xa.count,
                        "confidence": _clamp(xa.confidence),
                    },
                )
                for position, xa in enumerate(xs)
            ],
        )
        parties, signatories, witnesses = [], [], []
        for agreement, xa in zip(records, xs, strict=True):
            parties += [(agreement.pk, c.pk) for c in map(self.lookups.country, xa.parties) if c]
            signatories += [(agreement.pk, p.pk) for p in self._persons(xa.signatories)]
            witnesses += [(agreement.pk, p.pk) for p in self._persons(xa.in_presence_of)]
            self._cite(agreement, xa.span)
        link(Agreement, "parties", parties)
        link(Agreement, "signatories", signatories)
        link(Agreement, "in_presence_of", witnesses)

    def _photos(self) -> None:
        xs = self.x.photos
        records = self._owned(
            Photo,
            "photos",
            [
                (
                    resolve.fact_key("ph", self.x.content_hash, xp.position),
                    {
                        "article": self.article,
                        "position": xp.position,
                        "caption": xp.caption,
                        "credit_line": xp.credit_line[:500],
                        "creator": self._person(xp.creator_person),
                        "credit": (xp.credit or "")[:300],
                        "copyright_holder": (xp.copyright_holder or "")[:300],
                        "confidence": _clamp(xp.confidence),
                    },
                )
                for xp in xs
            ],
        )
        shown = []
        for photo, xp in zip(records, xs, strict=True):
            shown += [(photo.pk, p.pk) for p in self._persons(xp.people_shown)]
            self._cite(photo, xp.span)
        link(Photo, "people_shown", shown)

    def _quotes(self) -> None:
        visit = self._reported_visit
        records = self._owned(
            Quote,
            "quotes",
            [
                (
                    resolve.fact_key("qu", self.x.content_hash, xq.span.start if xq.span else "", xq.text),
                    {
                        "article": self.article,
                        "speaker": self._person(xq.speaker),
                        "text": xq.text,
                        "visit": visit,
                        "confidence": _clamp(xq.confidence),
                    },
                )
                for xq in self.x.quotes
            ],
        )
        for quote, xq in zip(records, self.x.quotes, strict=True):
            self._cite(quote, xq.span)


def _on_year(day: PartialDate, visit: Visit) -> datetime.date | None:
    try:
        return datetime.date(visit.start_date.year, day.month, day.day or visit.start_date.day)
    except (TypeError, ValueError):
        return None


def _covers(visit: Visit, day: PartialDate) -> bool:
    """Does the visit span the given month/day (in the year it starts)?"""
    date = _on_year(day, visit)
    return date is not None and visit.start_date <= date <= (visit.end_date or visit.start_date)


def article_load(
    extracted: ExtractedArticle, *, source_file: str, lookups: resolve.Lookups | None = None
) -> LoadResult:
    """Write one article and its facts in one transaction; unchanged if already imported."""
    lookups = lookups or resolve.Lookups()
    return ArticleLoader(extracted, source_file=source_file, lookups=lookups).load()
