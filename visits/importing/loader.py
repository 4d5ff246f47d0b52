"""Write extracted articles into the archive: a batch of them in one transaction.

The loader respects what editors decided: a locked field is never overwritten, a merged
person's old spelling lands on the survivor, a rejected record stays rejected (it is found
again by its deterministic key and left as it is), and records shared across articles
(people, organizations, visits) only have their blanks filled.

Each kind of record is looked up with one query and written with one statement (history
included) for the whole batch, so fifty articles cost about thirty queries. The articles are
still read in order, each against the archive and what the batch's earlier articles added:
the archive comes out as if they had been loaded one by one. ``run.load_batch`` loads a
failed batch's articles again one at a time, so one bad article costs no other.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import models, transaction
from django.db.models import Q

from people.models import Person, PersonName
from visits.extraction.normalize import name_key
from visits.extraction.reference import country_mention
from visits.extraction.types import ExtractedArticle, ExtractedVisit, PartialDate, Span
from visits.importing import resolve
from visits.importing.history import create_all, update_all
from visits.importing.rows import insert_rows
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
VISIT_SLACK = datetime.timedelta(days=VISIT_DAYS_APART)
VISIT_NOTICE = datetime.timedelta(days=VISIT_NOTICE_DAYS)
VISIT_LONGEST = datetime.timedelta(days=92)  # no visit lasts a season: one begun longer before is not the one reported

UNSHARED_EVENTS = ("other", "meeting", "talks")  # several of these a visit may well have on one day


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
    m2m = model._meta.get_field(relation)
    through, src, dst = m2m.remote_field.through, m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
    insert_rows(through, [f"{src}_id", f"{dst}_id"], list(dict.fromkeys(pairs)), ignore_conflicts=True)


class _Article:
    """One article of a batch, and what loading it has found so far."""

    def __init__(self, extracted: ExtractedArticle, source_file: str):
        self.x = extracted
        self.source_file = source_file
        self.result = LoadResult(status="created")
        self.existing: Article | None = None
        self.article: Article | None = None
        self.same_as: _Article | None = None  # the same text earlier in the batch
        self.people: dict[int, Person] = {}
        self.visits: list[Visit] = []
        self.own_visit: Visit | None = None  # the visit the article reports, not an earlier one it recalls
        self.evidence: list[tuple[models.Model, Span]] = []

    @property
    def published(self) -> datetime.date | None:
        return self.article.published if self.article else None

    def person(self, index: int | None) -> Person | None:
        return self.people.get(index) if index is not None else None

    def persons(self, indexes) -> list[Person]:
        return [p for p in map(self.person, indexes) if p is not None]

    def cite(self, record, span: Span | None) -> None:
        if span is not None and span.end > span.start:
            self.evidence.append((record, span))

    def author(self) -> Person | None:
        author = self.x.metadata.author
        if author:
            for i, xp in enumerate(self.x.people):
                if author in (xp.name, *xp.variants):
                    return self.people[i]
        return None

    @property
    def reported_visit(self) -> Visit | None:
        """The visit the article's facts belong to: its only visit, or the one it reports among several."""
        return self.visits[0] if len(self.visits) == 1 else self.own_visit

    def visit_for(self, date: datetime.date | None) -> Visit | None:
        """The article's visit a fact belongs to; none when its date lies far outside it."""
        visit = self.reported_visit
        if visit is None:
            return None
        end = visit.end_date or visit.start_date
        if date and visit.start_date and not (visit.start_date - VISIT_SLACK <= date <= end + VISIT_SLACK):
            return None
        return visit

    def cited(self, role: Role) -> bool:
        """Widen the role's cited dates to this article's date; True if anything changed."""
        changed = False
        if role.first_cited is None or self.published < role.first_cited:
            role.first_cited, changed = self.published, True
        if role.last_cited is None or self.published > role.last_cited:
            role.last_cited, role.last_cited_article, changed = self.published, self.article, True
        return changed


class BatchLoader:
    """Loads a batch of extracted articles in one transaction; a new instance per batch.

    Each kind of record is looked up with one query and written with one bulk insert (history
    included) for the whole batch, so a batch of fifty articles costs about as many queries as
    one article did alone. The articles are still read in order: a later one sees the people,
    spellings, roles, visits and events an earlier one added, as if each had been loaded alone.
    """

    def __init__(self, items: list[tuple[ExtractedArticle, str]], *, lookups: resolve.Lookups):
        self.arts = [_Article(x, source_file) for x, source_file in items]
        self.lookups = lookups
        self.orgs: dict[str, tuple] = {}  # organization match key -> (Organization, created)
        self.events: dict[int, dict] = {}  # id(visit) -> (kind, date) -> VisitEvent, or its index in event_items
        self.event_items: list[tuple[_Article, str, dict]] = []
        self.event_refs: list[tuple[_Article, object, VisitEvent | int]] = []
        self.new_visits: list[Visit] = []
        self.widened: dict[int, Visit] = {}  # visit pk -> a stored visit this batch changed
        self.widened_fields: set[str] = set()
        self.dated: list[Article] = []  # articles whose year this batch took from their visit

    # ---------------------------------------------------------------- entry point
    def load(self) -> list[LoadResult]:
        with transaction.atomic():
            work = self._sort_out()
            if work:
                self._people(work)
                self._organizations(work)
                self._articles(work)
                self._roles(work)
                self._visits(work)
                self._events_write()
                self._agreements(work)
                self._photos(work)
                self._quotes(work)
                self._write_evidence(work)
        for a in self.arts:
            if a.article is not None:
                a.result.article_id = a.article.pk
            elif a.same_as is not None:
                a.result.article_id = a.same_as.article.pk
        return [a.result for a in self.arts]

    def _sort_out(self) -> list[_Article]:
        """The articles to write: not those already imported by this extractor, nor a repeat within the batch."""
        stored = {
            r.content_hash: r
            for r in Article.objects.filter(content_hash__in={a.x.content_hash for a in self.arts}).only(
                "pk", "content_hash", "extractor_version"
            )
        }
        work, first = [], {}
        for a in self.arts:
            old = stored.get(a.x.content_hash)
            if old and old.extractor_version == a.x.extractor_version:
                a.result = LoadResult(status="unchanged", article_id=old.pk)
            elif a.x.content_hash in first:
                a.result, a.same_as = LoadResult(status="unchanged"), first[a.x.content_hash]
            else:
                first[a.x.content_hash] = a
                a.existing = old
                work.append(a)
        locked = Article.objects.select_for_update().in_bulk([a.existing.pk for a in work if a.existing])
        for a in work:
            if a.existing:
                a.existing, a.result.status = locked[a.existing.pk], "updated"
        return work

    def _owned(self, model, kind: str, items: list[tuple[_Article, str, dict]], *, cascades: bool = False,
               keep_longer: tuple[str, ...] = ()) -> list:
        """Records owned by their article, by deterministic key: one lookup, one bulk insert.

        An existing record (the text was read before by another extractor version) keeps its
        locked fields and, if rejected, everything. Records deleted with their article
        (``cascades``) are looked up only for articles already stored: a new article has none.
        """
        if not items:
            return []
        asked = [k for a, k, _ in items if a.existing or not cascades]
        existing = {r.key: r for r in model.objects.filter(key__in=asked)} if asked else {}
        new = {}
        for a, key, values in items:
            if key not in existing and key not in new:
                new[key] = model(key=key, **values)
                a.result.created[kind] += 1
        create_all(model, list(new.values()))
        for _, key, values in items:
            record = existing.get(key)
            if record is not None and keep_longer:
                # (a fuller wording another article gave the record stays)
                values = {k: v for k, v in values.items() if k not in keep_longer or len(v) >= len(getattr(record, k))}
            if record is not None and record.review_status != "rejected" and overwrite_unlocked(record, values):
                record.save()
        return [existing.get(k) or new[k] for _, k, _ in items]

    def _write_evidence(self, work: list[_Article]) -> None:
        rows = []
        for a in work:
            seen, per_record = set(), Counter()
            for record, span in a.evidence:
                ct = self.lookups.content_type(type(record)).pk
                key = (ct, record.pk, span.start, span.end)
                if key in seen or per_record[(ct, record.pk)] >= MAX_EVIDENCE_PER_RECORD:
                    continue
                seen.add(key)
                per_record[(ct, record.pk)] += 1
                rows.append((*key, a.article.pk, a.x.body[span.start : span.end]))
        insert_rows(
            Evidence,
            ["content_type_id", "object_id", "start", "end", "article_id", "snippet"],
            rows,
            ignore_conflicts=True,
        )

    # ---------------------------------------------------------------- people
    def _people(self, work: list[_Article]) -> None:
        """Match every extracted person to a known one or a new one, article by article; then write."""
        asked = [[resolve.PersonQuery(xp.name, xp.variants, xp.country) for xp in a.x.people] for a in work]
        index = resolve.PeopleIndex([q for queries in asked for q in queries], self.lookups.countries())
        fresh: list[tuple[Person, str, str]] = []  # new people, with the name and the place their key is made from
        changed: dict[int, Person] = {}
        fields: set[str] = set()
        spellings: list[tuple[Person, str]] = []
        for a, queries in zip(work, asked, strict=True):
            for i, (xp, person) in enumerate(zip(a.x.people, index.find(queries), strict=True)):
                if person is None:
                    person = Person(
                        name=xp.name[:200],
                        sort_name=resolve.sort_name(xp.name)[:200],
                        kind=xp.kind,
                        country=self.lookups.country(xp.country),
                        description=xp.description,
                        confidence=_clamp(xp.confidence),
                    )
                    fresh.append((person, xp.name, f"{a.x.content_hash}:{i}"))
                    a.result.created["people"] += 1
                elif (names := self._person_update(person, xp)) and person.pk is not None:
                    changed[person.pk] = person  # (one new in this batch is written with its final values)
                    fields.update(names)
                a.people[i] = person
                for span in xp.mentions:
                    a.cite(person, span)
            for i, xp in enumerate(a.x.people):  # (after the article's own lookups: its people do not match each other)
                for spelling in dict.fromkeys([xp.name, *xp.variants]):
                    if spelling and name_key(spelling):
                        spellings.append((a.people[i], spelling[:200]))
                        index.add(a.people[i], spelling[:200])
        keys = resolve.person_keys([name for _, name, _ in fresh], [source for _, _, source in fresh])
        for (person, _, _), key in zip(fresh, keys, strict=True):
            person.key = key
        create_all(Person, [person for person, _, _ in fresh])
        update_all(Person, list(changed.values()), fields)
        names = {}
        for person, spelling in spellings:
            names.setdefault((person.pk, spelling), (person.pk, spelling, *resolve.spelling_keys(spelling)))
        # (a spelling already stored is left alone by its unique constraint: no query to find the new ones)
        insert_rows(PersonName, ["person_id", "name", "match_key", "skeleton", "last_skeleton"], list(names.values()),
                    ignore_conflicts=True)

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

    # ---------------------------------------------------------------- organizations, articles
    def _organizations(self, work: list[_Article]) -> None:
        wanted, by_role = [], []
        for a in work:
            meta = a.x.metadata
            wanted += [(name, "media", None) for name in (meta.outlet, meta.aggregator) if name]
            for xr in a.x.roles:
                if xr.organization and xr.title and a.person(xr.person) is not None:
                    wanted.append((xr.organization, "other", self.lookups.country(xr.country)))
                    by_role.append((a, name_key(xr.organization)))
        self.orgs = self.lookups.organizations(wanted)
        counted = set()
        # a new organization counts for the article whose role named it first (outlets are not counted)
        media = {name_key(name) for name, kind, _ in wanted if kind == "media"}
        for a, key in by_role:
            if self.orgs[key][1] and key not in counted and key not in media:
                counted.add(key)
                a.result.created["organizations"] += 1

    def _org(self, name: str | None):
        return self.orgs[name_key(name)][0] if name else None

    def _articles(self, work: list[_Article]) -> None:
        fresh = []
        for a in work:
            meta = a.x.metadata
            published = _date(meta.published)
            values = {
                "title": meta.title,
                "author": meta.author or "",
                "published": published,
                "published_precision": (meta.published.precision or "") if published else "",
                "published_basis": meta.published_basis if published else (meta.published_basis or PublishedBasis.NONE),
                "published_note": meta.published_note,
                "language": meta.language,
                "source_file": a.source_file,
                "raw_text": a.x.raw_text,
                "body": a.x.body,
                "general_credits": a.x.general_credits,
                "extractor_version": a.x.extractor_version,
            }
            values.update(
                {role: self._org(getattr(meta, role)) for role in ("outlet", "aggregator") if getattr(meta, role)}
            )
            author = a.author()
            if a.existing:
                changed = overwrite_unlocked(a.existing, values)
                if author and not a.existing.author_person_id:
                    a.existing.author_person = author
                    changed.append("author_person")
                if changed:
                    a.existing.save()
                a.article = a.existing
            else:
                a.article = Article(
                    key=resolve.fact_key("ar", a.x.content_hash),
                    content_hash=a.x.content_hash,
                    author_person=author,
                    **values,
                )
                fresh.append(a.article)
                a.result.created["articles"] += 1
        create_all(Article, fresh)

    # ---------------------------------------------------------------- roles
    def _roles(self, work: list[_Article]) -> None:
        asked = []  # (article, extracted role, person, organization, country, identity)
        for a in work:
            for xr in a.x.roles:
                person = a.person(xr.person)
                if person is None or not xr.title:
                    continue
                country = self.lookups.country(xr.country)
                org = self._org(xr.organization)
                identity = (person.pk, xr.title.casefold(), org.pk if org else None, country.pk if country else None)
                asked.append((a, xr, person, org, country, identity))
        # the roles these people hold, as bare rows first: only those the batch cites again become objects
        stored = Role.objects.filter(person__in={row[2].pk for row in asked}).order_by("-id")
        ids = {
            (person, title.casefold(), org, country): pk
            for pk, person, title, org, country in stored.values_list(
                "pk", "person_id", "title", "organization_id", "country_id"
            )
        }
        wanted = {ids[row[5]] for row in asked if row[5] in ids}
        objects = Role.objects.in_bulk(wanted) if wanted else {}
        known = {identity: objects[pk] for identity, pk in ids.items() if pk in objects}
        fresh, touched = [], {}
        for a, xr, person, org, country, identity in asked:
            role = known.get(identity)
            if role is None:
                role = Role(
                    key=resolve.fact_key(
                        "ro",
                        person.key,
                        xr.title.casefold(),
                        org.key if org else "",
                        country.code if country else "",
                    ),
                    person=person,
                    title=xr.title[:300],
                    title_normalized=xr.title_normalized[:300],
                    organization=org,
                    country=country,
                    confidence=_clamp(xr.confidence),
                    first_cited=a.published,
                    last_cited=a.published,
                    last_cited_article=a.article,
                )
                known[identity] = role
                fresh.append((role, a))
                a.result.created["roles"] += 1
            elif a.published and role.review_status != "rejected" and a.cited(role) and role.pk:
                touched[role.pk] = role
            a.cite(role, xr.span)
        if fresh:
            # Role keys hash the person's key: a rare clash (same wording, merged people) reuses the record.
            clashing = set(Role.objects.filter(key__in=[r.key for r, _ in fresh]).values_list("key", flat=True))
            for role, a in fresh:
                if role.key in clashing:
                    role.key = resolve.fact_key("ro", role.key, a.x.content_hash)
            create_all(Role, [role for role, _ in fresh])
        update_all(Role, list(touched.values()), {"first_cited", "last_cited", "last_cited_article"})

    # ---------------------------------------------------------------- visits
    def _visits(self, work: list[_Article]) -> None:
        """Match or create each article's visits, in order, against the archive's and the batch's own.

        The visits of every guest in the batch are read once; new visits, links, widened dates and
        inferred article years are written once for the batch at the end.
        """
        self._visits_read(work)
        for a in work:
            for xv in a.x.visits:
                self._visit(a, xv)
            self._infer_article_year(a)
        create_all(Visit, self.new_visits)
        update_all(Visit, list(self.widened.values()), self.widened_fields)
        update_all(Article, self.dated, {"published", "published_precision", "published_basis", "published_note"})
        link(Article, "visits", [(a.article.pk, v.pk) for a in work for v in a.visits])

    def _visits_read(self, work: list[_Article]) -> None:
        """Read the visits the batch's reports could be: by key, and each guest's that could match.

        A report with a full date can only join a visit within days of it, or one announced
        without dates whose articles appeared shortly before; a report with a day and month but
        no year, a visit under way on that day of some year. Only a report with no date at all
        reads the guest's whole record. (Plain conditions per guest, so the database answers
        from its guest index; the announcements are sorted out from bare rows.)
        """
        keys: set[str] = set()
        wanted: dict[int, Q | None] = {}  # guest pk -> the visits to read, or None for all
        notice: dict[int, list[tuple]] = defaultdict(list)  # guest pk -> windows its announcements' articles fit
        for a in work:
            for xv in a.x.visits:
                guest = a.person(xv.guest)
                if guest is None:
                    continue
                keys.add(self._visit_key(a, xv, guest))
                near = self._could_match(xv)
                if near is None or wanted.get(guest.pk, Q()) is None:
                    wanted[guest.pk] = None
                else:
                    wanted[guest.pk] = wanted.get(guest.pk, Q(pk__in=[])) | near
                if (start := _date(xv.start)) is not None:
                    notice[guest.pk].append((start - VISIT_NOTICE, max(start, _date(xv.end) or start) + VISIT_SLACK))
        which = Q(key__in=keys)
        for guest, near in wanted.items():
            which |= Q(guest=guest) if near is None else Q(guest=guest) & near
        stored = {v.pk: v for v in Visit.objects.filter(which)} if keys else {}
        announced, days = self._announcements({g: w for g, w in notice.items() if wanted[g] is not None}, stored)
        stored.update(announced)
        self.by_key = {v.key: v for v in stored.values()}
        self.by_guest: dict[int, list[Visit]] = {}
        for v in stored.values():
            self.by_guest.setdefault(v.guest_id, []).append(v)
        # the dates of the articles about a visit announced without dates (the match below asks for them)
        days.update(_report_days([v.pk for v in stored.values() if v.start_date is None and v.pk not in days]))
        self.reports: dict[int, list] = {id(v): list(days.get(v.pk, [])) for v in stored.values()}

    @staticmethod
    def _announcements(windows: dict[int, list[tuple]], stored: dict[int, Visit]) -> tuple[dict[int, Visit], dict]:
        """The guests' visits announced without dates whose dated articles all fit one of a report's windows,
        and the article dates read for that (visit pk -> dates, one per article)."""
        if not windows:
            return {}, {}
        undated = Visit.objects.filter(guest__in=list(windows), start_date__isnull=True)
        guests = {pk: guest for pk, guest in undated.values_list("pk", "guest_id") if pk not in stored}
        days = _report_days(list(guests))
        fit = [
            pk
            for pk, guest in guests.items()
            if any(all(lo <= d <= hi for d in days[pk] if d) for lo, hi in windows[guest])
        ]
        return (Visit.objects.in_bulk(fit) if fit else {}), days

    @staticmethod
    def _could_match(xv: ExtractedVisit) -> Q | None:
        """The dated visits this report could be (see ``_visit_match``); None when any of the guest's could."""
        start = _date(xv.start)
        if start is not None:
            end = max(start, _date(xv.end) or start)
            return Q(start_date__range=(start - VISIT_LONGEST - VISIT_SLACK, end + VISIT_SLACK))
        if xv.start and xv.start.month:  # that day and month in some year: begun in that month or shortly before
            back = -(-VISIT_LONGEST.days // 31)
            return Q(start_date__month__in=sorted({(xv.start.month - 1 - n) % 12 + 1 for n in range(back + 1)}))
        return None

    def _visit(self, a: _Article, xv: ExtractedVisit) -> None:
        guest, host = a.person(xv.guest), a.person(xv.host)
        if guest is None:
            return
        host = host if host != guest else None
        visit = self._visit_match(a, xv, guest, host)
        start = _date(xv.start)
        end = _date(xv.end) or start
        if visit is None:
            visit = Visit(
                key=self._visit_key(a, xv, guest),
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
            self.new_visits.append(visit)
            a.result.created["visits"] += 1
            self.by_key[visit.key] = visit
            self.by_guest.setdefault(guest.pk, []).append(visit)
            self.reports[id(visit)] = []
        elif visit.review_status != "rejected":
            self._visit_widen(visit, xv, host, start, end)
        a.visits.append(visit)
        self.reports[id(visit)].append(a.article)
        pub = a.published
        if a.own_visit is None and not (end and pub and end < pub - VISIT_SLACK):
            a.own_visit = visit
        a.cite(visit, xv.span)
        self._events(a, visit, xv)

    def _visit_key(self, a: _Article, xv: ExtractedVisit, guest: Person) -> str:
        return resolve.fact_key("vi", a.x.content_hash, guest.key, xv.host_country)

    def _candidates(self, guest: Person, host: Person | None, host_country) -> list[Visit]:
        """The guest's visits to this country (or host), newest first, as the archive would list them."""
        out = []
        for v in self.by_guest.get(guest.pk, []):
            if host_country is not None:
                if not (
                    v.host_country_id == host_country.pk
                    or (v.host_country_id is None and v.host_id == (host.pk if host else None))
                ):
                    continue
            elif host is not None and v.host_id != host.pk:
                continue
            out.append(v)
        # (PostgreSQL's order for ["-start_date", "id"]: undated first; visits new in this batch last)
        return sorted(
            out,
            key=lambda v: (
                v.start_date is not None,
                -v.start_date.toordinal() if v.start_date else 0,
                v.pk if v.pk is not None else float("inf"),
            ),
        )

    def _visit_match(self, a: _Article, xv: ExtractedVisit, guest: Person, host: Person | None) -> Visit | None:
        """The visit already in the archive (or the batch) that this report is about, if one clearly is."""
        own = self.by_key.get(self._visit_key(a, xv, guest))
        if own is not None:
            return own
        candidates = self._candidates(guest, host, self.lookups.country(xv.host_country))
        start = _date(xv.start)
        if start:
            end = _date(xv.end) or start
            near = [
                v
                for v in candidates
                if v.start_date
                and v.start_date - VISIT_SLACK <= end
                and start <= (v.end_date or v.start_date) + VISIT_SLACK
            ]
            if near:
                return near[0]
            # an earlier article that only announced the visit, without its dates ("expected next week")
            undated = [
                v
                for v in candidates
                if v.start_date is None
                # (an article without a date does not rule it out, as for an undated report below)
                and all(start - VISIT_NOTICE <= day <= end + VISIT_SLACK for day in self._report_dates(v) if day)
            ]
            return undated[0] if len(undated) == 1 else None
        if xv.start and xv.start.month:  # a day and month without a year: the visit on that day
            same_day = [v for v in candidates if v.start_date and _covers(v, xv.start)]
            return same_day[0] if len(same_day) == 1 else None
        return candidates[0] if len(candidates) == 1 else None

    def _report_dates(self, visit: Visit) -> list:
        return [r.published if isinstance(r, Article) else r for r in self.reports[id(visit)]]

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
        known = {name_key(c) for c in visit.cities}  # "Chișinău" and "Chisinau" are one city
        new_cities = [c for c in xv.cities if name_key(c) not in known]
        if new_cities and "cities" not in locked:
            visit.cities = [*visit.cities, *new_cities]
            changed.append("cities")
        if changed and visit.pk is not None:  # (one new in this batch is written with its final values)
            self.widened[visit.pk] = visit
            self.widened_fields.update(changed)

    def _infer_article_year(self, a: _Article) -> None:
        """A yearless article date takes its year from the visit it reports on that day."""
        meta = a.x.metadata
        if a.article.published or not meta.published or not meta.published.month:
            return
        if "published" in (a.article.locked_fields or []):
            return
        for visit in a.visits:
            if visit.start_date and _covers(visit, meta.published):
                a.article.published = _on_year(meta.published, visit)
                a.article.published_precision = "day" if meta.published.day else "month"
                a.article.published_basis = PublishedBasis.RELATED_ARTICLE
                a.article.published_note = (
                    f"{meta.published_note} Year taken from the visit it reports ({visit.start_date:%Y})."
                ).strip()
                self.dated.append(a.article)
                return

    def _events(self, a: _Article, visit: Visit, xv: ExtractedVisit) -> None:
        """Queue the visit's programme; a programme item that several articles report (one arrival) is one event."""
        if id(visit) not in self.events:
            stored = visit.events.exclude(kind__in=UNSHARED_EVENTS) if visit.pk is not None else []
            self.events[id(visit)] = {(e.kind, e.date): e for e in stored}
        shared = self.events[id(visit)]
        refs = []
        for position, xe in enumerate(xv.events):
            date = _date(xe.date)
            ref = shared.get((xe.kind, date)) if xe.kind not in UNSHARED_EVENTS else None
            if ref is None:
                values = {
                    "visit": visit,
                    "kind": xe.kind,
                    "description": xe.description,
                    "date": date,
                    "place": (xe.place or "")[:300],
                    "position": position,
                    "confidence": _clamp(xe.confidence),
                }
                self.event_items.append((a, resolve.fact_key("ev", a.x.content_hash, position, xe.kind), values))
                ref = len(self.event_items) - 1
            refs.append((a, xe, ref))
        for _, xe, ref in refs:  # (after the visit's own items: two arrivals in one article stay two)
            shared.setdefault((xe.kind, _date(xe.date)), ref)
        self.event_refs += refs

    def _events_write(self) -> None:
        created = self._owned(VisitEvent, "events", self.event_items)
        pairs = []
        for a, xe, ref in self.event_refs:
            event = created[ref] if isinstance(ref, int) else ref
            pairs += [(event.pk, p.pk) for p in a.persons(xe.participants)]
            a.cite(event, xe.span)
        link(VisitEvent, "participants", pairs)

    # ---------------------------------------------------------------- agreements, photos, quotes
    def _agreements(self, work: list[_Article]) -> None:
        items, xs = [], []
        for a in work:
            for position, xa in enumerate(a.x.agreements):
                values = {
                    "visit": a.visit_for(_date(xa.date)),
                    "article": a.article,
                    "title": xa.title,
                    "kind": xa.kind,
                    "level": xa.level,
                    "field": xa.field,
                    "date": _date(xa.date),
                    "status": xa.status,
                    "count": xa.count,
                    "confidence": _clamp(xa.confidence),
                }
                items.append((a, resolve.fact_key("ag", a.x.content_hash, position, xa.title, xa.count), values))
                xs.append(xa)
        same = self._reported_before(items)
        own = [i for i in range(len(items)) if i not in same]
        records = dict(zip(own, self._owned(Agreement, "agreements", [items[i] for i in own], keep_longer=("title",)),
                           strict=True))
        fuller = {}
        for i, first in same.items():
            record = records[first] if isinstance(first, int) else first
            records[i] = record
            title = items[i][2]["title"]
            if record.count is None and len(title.split()) > len(record.title.split()) and (
                    record.review_status != "rejected" and overwrite_unlocked(record, {"title": title})):
                fuller[record.pk] = record  # the fuller wording of the same instrument
        update_all(Agreement, list(fuller.values()), {"title"})
        parties, signatories, witnesses = [], [], []
        for i, ((a, _, _), xa) in enumerate(zip(items, xs, strict=True)):
            agreement = records[i]
            parties += [(agreement.pk, c.pk) for c in map(self.lookups.country, xa.parties) if c]
            signatories += [(agreement.pk, p.pk) for p in a.persons(xa.signatories)]
            witnesses += [(agreement.pk, p.pk) for p in a.persons(xa.in_presence_of)]
            a.cite(agreement, xa.span)
        link(Agreement, "parties", parties)
        link(Agreement, "signatories", signatories)
        link(Agreement, "in_presence_of", witnesses)

    def _reported_before(self, items: list[tuple[_Article, str, dict]]) -> dict[int, int | Agreement]:
        """The agreements another article of the same visit reported already: item -> that record
        (stored, or the index of an earlier item of the batch).

        One instrument is one record however many articles report it. Two reports are the same
        instrument when they belong to one visit, are of one kind and status, and the subject words
        of one title are all in the other ("the energy memorandum", "the Memorandum of Understanding
        on Cooperation in the Field of Energy"), each the other's only such match; or when each is the
        only instrument of its kind and status its report names and the two share a subject word; or
        when they count the same number of documents. An item whose own record exists (its article was
        imported before) keeps it.
        """
        wanted = {i: (v["visit"].pk, v["kind"] if v["count"] is None else "count", v["status"])
                  for i, (_, _, v) in enumerate(items) if v["visit"] is not None and v["visit"].pk is not None}
        if not wanted:
            return {}
        stored_keys = set(Agreement.objects.filter(key__in=[items[i][1] for i in wanted]).values_list("key", flat=True))
        # (source article, record or item index, title, count, date) of the reports seen so far, by identity:
        # the stored ones first, those of this batch's articles too (whatever order they come in again)
        earlier: dict[tuple, list[tuple[object, Agreement | int, str, int | None, object]]] = defaultdict(list)
        stored = Agreement.objects.filter(visit__in={key[0] for key in wanted.values()}).only(
            "id", "article_id", "visit_id", "kind", "status", "title", "count", "date", "locked_fields",
            "review_status")
        for record in stored:
            key = (record.visit_id, record.kind if record.count is None else "count", record.status)
            earlier[key].append((record.article_id, record, record.title, record.count, record.date))

        def alike(i: int, title: str, count: int | None, date) -> bool:
            values = items[i][2]
            if values["count"] is not None:  # the same count on the same day (when both are dated)
                return count == values["count"] and (date is None or values["date"] is None or date == values["date"])
            return _same_subject(title, values["title"])

        out: dict[int, int | Agreement] = {}
        for i, key in wanted.items():
            a, own_key, values = items[i]
            if own_key in stored_keys:
                continue  # its own record, among the stored ones
            same = [(record, title, count, date) for source, record, title, count, date in earlier[key]
                    if source is not a and source != a.article.pk and alike(i, title, count, date)]
            if len(same) == 1 and [j for j, k in wanted.items() if k == key and items[j][0] is a
                                   and alike(j, *same[0][1:])] == [i]:
                out[i] = same[0][0]
                continue
            # worded apart ("the memorandum on a new gas pipeline" / "the Memorandum of Understanding on the
            # gas interconnector"): the one instrument of its kind and status each report names, sharing a
            # subject word (not its date: a later report dates it by its own day)
            others = earlier[key]
            if values["count"] is None and len(others) == 1 and others[0][0] is not a and \
                    others[0][0] != a.article.pk and others[0][3] is None and \
                    [j for j, k in wanted.items() if k == key and items[j][0] is a] == [i] and \
                    _shared_subject(values["title"], others[0][2]):
                out[i] = others[0][1]
                continue
            earlier[key].append((a, i, values["title"], values["count"], values["date"]))
        return out

    def _photos(self, work: list[_Article]) -> None:
        items, xs = [], []
        for a in work:
            for xp in a.x.photos:
                values = {
                    "article": a.article,
                    "position": xp.position,
                    "caption": xp.caption,
                    "credit_line": xp.credit_line[:500],
                    "creator": a.person(xp.creator_person),
                    "credit": (xp.credit or "")[:300],
                    "copyright_holder": (xp.copyright_holder or "")[:300],
                    "confidence": _clamp(xp.confidence),
                }
                items.append((a, resolve.fact_key("ph", a.x.content_hash, xp.position), values))
                xs.append(xp)
        shown = []
        for photo, (a, _, _), xp in zip(self._owned(Photo, "photos", items, cascades=True), items, xs, strict=True):
            shown += [(photo.pk, p.pk) for p in a.persons(xp.people_shown)]
            a.cite(photo, xp.span)
        link(Photo, "people_shown", shown)

    def _quotes(self, work: list[_Article]) -> None:
        items, xs = [], []
        for a in work:
            for xq in a.x.quotes:
                values = {
                    "article": a.article,
                    "speaker": a.person(xq.speaker),
                    "text": xq.text,
                    "visit": a.reported_visit,
                    "confidence": _clamp(xq.confidence),
                }
                key = resolve.fact_key("qu", a.x.content_hash, xq.span.start if xq.span else "", xq.text)
                items.append((a, key, values))
                xs.append(xq)
        for quote, (a, _, _), xq in zip(self._owned(Quote, "quotes", items, cascades=True), items, xs, strict=True):
            a.cite(quote, xq.span)


# words of an agreement's title that name no subject: what it is, between whom, in what form
_NOT_SUBJECT = frozenset([
    "agreement", "agreements", "memorandum", "memoranda", "understanding", "programme", "program", "protocol",
    "treaty", "declaration", "accord", "convention", "plan", "cooperation", "field", "fields", "area", "areas",
    "sphere", "spheres", "government", "governments", "republic", "kingdom", "state", "states", "between",
    "signed", "joint", "bilateral", "document", "documents", "intergovernmental", "interstate", "mutual", "with",
    "from", "that", "this", "their", "years", "the", "and", "for",
    "worth", "million", "millions", "billion", "billions", "dollars", "euros", "year", "three", "four", "five",
    "seven", "eight", "nine",
    # words of who signed and of any project, no subject of their own
    "ministers", "minister", "heads", "presidents", "leaders", "countries", "construction", "development", "new",
    "second", "first", "project", "projects", "support", "implementation", "establishment", "creation",
])


@lru_cache(maxsize=4096)
def _subject_words(title: str) -> frozenset[str]:
    """(Cached: a batch compares each title with every other report of its visit.)"""
    words = (w.casefold() for w in re.findall(r"[^\W\d_]{4,}", title))
    return frozenset(w for w in words if w not in _NOT_SUBJECT and not country_mention(w))


def _one_word(a: str, b: str) -> bool:
    """'cultural' and 'culture', 'defence' and 'defense': one word in two forms (a shared start of five
    letters or more, all but the last two letters of the shorter, and lengths at most three apart);
    'transport' and 'transparency', 'trade' and 'trademarks' are two words."""
    if a == b:
        return True
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return shared >= max(5, min(len(a), len(b)) - 2) and abs(len(a) - len(b)) <= 3


def _same_subject(first: str, second: str) -> bool:
    """Whether every subject word of the shorter title is in the longer one ("cultural programme" and
    "Programme for Cooperation in Education, Science and Culture"); the parties' names are no subject."""
    a, b = _subject_words(first), _subject_words(second)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and all(any(_one_word(w, v) for v in long) for w in short)


def _shared_subject(first: str, second: str) -> bool:
    """Whether the two titles share a subject word."""
    a, b = _subject_words(first), _subject_words(second)
    return any(_one_word(w, v) for w in a for v in b)


def _report_days(visit_pks: list[int]) -> defaultdict:
    """The publication date (or None) of every article about each of these visits, in one query."""
    days = defaultdict(list)
    if visit_pks:
        rows = Article.visits.through.objects.filter(visit__in=visit_pks)
        for visit_id, published in rows.values_list("visit_id", "article__published"):
            days[visit_id].append(published)
    return days


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
    return batch_load([(extracted, source_file)], lookups=lookups)[0]


def batch_load(
    items: list[tuple[ExtractedArticle, str]], *, lookups: resolve.Lookups | None = None
) -> list[LoadResult]:
    """Write several articles (extracted, source file) in one transaction, in order; one result each."""
    return BatchLoader(items, lookups=lookups or resolve.Lookups()).load()
