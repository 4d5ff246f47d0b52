"""Admin of articles, visits and the facts read from them, each with its evidence."""

from django.contrib import admin
from django.utils.html import format_html

from people.admin import CuratedAdmin, EvidenceInline
from visits.models import Agreement, Article, Evidence, Photo, Quote, Role, Visit, VisitEvent


@admin.register(Article)
class ArticleAdmin(CuratedAdmin):
    list_display = ["__str__", "outlet", "published", "published_basis", "source_file", "review_status"]
    list_filter = ["review_status", "published_basis", "language"]
    list_select_related = ("outlet",)
    search_fields = ["title", "source_file", "author", "body"]
    autocomplete_fields = ["outlet", "aggregator", "author_person"]
    filter_horizontal = ["visits"]
    readonly_fields = [*CuratedAdmin.readonly_fields, "content_hash", "extractor_version", "raw_text", "source_file"]


class VisitEventInline(admin.TabularInline):
    model = VisitEvent
    extra = 0
    fields = ["position", "kind", "date", "place", "description", "review_status"]


@admin.register(Visit)
class VisitAdmin(CuratedAdmin):
    list_display = ["__str__", "host", "visit_type", "start_date", "end_date", "review_status"]
    list_filter = ["review_status", "visit_type", "host_country"]
    list_select_related = ("guest", "host", "host_country")
    search_fields = ["guest__name", "host__name", "summary"]
    autocomplete_fields = ["guest", "host", "guest_country", "host_country"]
    inlines = [VisitEventInline, EvidenceInline]


@admin.register(Role)
class RoleAdmin(CuratedAdmin):
    list_display = ["person", "title", "organization", "country", "first_cited", "last_cited", "review_status"]
    list_filter = ["review_status", "country"]
    list_select_related = ("person", "organization", "country")
    search_fields = ["title", "title_normalized", "person__name"]
    autocomplete_fields = ["person", "organization", "country", "last_cited_article"]
    inlines = [EvidenceInline]


@admin.register(Agreement)
class AgreementAdmin(CuratedAdmin):
    list_display = ["__str__", "kind", "status", "count", "date", "visit", "review_status"]
    list_filter = ["review_status", "kind", "status", "level"]
    list_select_related = ("visit", "visit__guest", "visit__host_country")
    search_fields = ["title"]
    autocomplete_fields = ["visit", "article", "parties", "signatories", "in_presence_of"]
    inlines = [EvidenceInline]


@admin.register(Photo)
class PhotoAdmin(CuratedAdmin):
    list_display = ["credit_line", "short_caption", "creator", "credit", "article", "review_status"]
    list_filter = ["review_status"]
    list_select_related = ("creator", "article")
    search_fields = ["caption", "credit_line"]
    autocomplete_fields = ["article", "creator", "people_shown"]
    inlines = [EvidenceInline]

    @admin.display(description="caption")
    def short_caption(self, photo):
        return format_html("{}", photo.caption[:80])


@admin.register(Quote)
class QuoteAdmin(CuratedAdmin):
    list_display = ["__str__", "speaker", "article", "review_status"]
    list_filter = ["review_status"]
    list_select_related = ("speaker", "article")
    search_fields = ["text", "speaker__name"]
    autocomplete_fields = ["article", "speaker", "visit"]
    inlines = [EvidenceInline]


@admin.register(VisitEvent)
class VisitEventAdmin(CuratedAdmin):
    list_display = ["__str__", "visit", "kind", "date", "place", "review_status"]
    list_filter = ["review_status", "kind"]
    list_select_related = ("visit", "visit__guest", "visit__host_country")
    search_fields = ["description", "place"]
    autocomplete_fields = ["visit", "participants"]
    inlines = [EvidenceInline]


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["content_type", "object_id", "article", "start", "end", "snippet"]
    list_select_related = ("content_type", "article")
    list_filter = ["content_type"]
    search_fields = ["snippet"]
    readonly_fields = ["content_type", "object_id", "article", "start", "end", "snippet"]
