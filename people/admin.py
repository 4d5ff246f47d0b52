"""Admin of countries, people and organizations, and the base every curated admin uses."""

from django.contrib import admin, messages
from django.contrib.contenttypes.admin import GenericTabularInline
from django.db.models import Case, When
from simple_history.admin import SimpleHistoryAdmin

from people.base import ReviewStatus
from people.models import Country, MatchDecision, Organization, OrganizationName, Person, PersonName
from people.services import record_edit, review_set
from visits.models import Evidence


class EvidenceInline(GenericTabularInline):
    """The articles and exact spans a record was read from, shown beside the record."""

    model = Evidence
    ct_field = "content_type"
    ct_fk_field = "object_id"
    extra = 0
    can_delete = False
    fields = ["article", "start", "end", "snippet"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


class CuratedAdmin(SimpleHistoryAdmin):
    """Review status first, bulk confirm/reject, and edits that lock what they change."""

    actions = ["confirm", "reject"]
    # The review queue: what the importer proposed comes first, least confident first.
    ordering = [
        Case(
            When(review_status=ReviewStatus.PROPOSED, then=0),
            When(review_status=ReviewStatus.CONFIRMED, then=1),
            default=2,
        ).asc(),
        "confidence",
        "-id",
    ]
    readonly_fields = ["key", "confidence", "locked_fields", "created_at", "updated_at"]
    list_filter = ["review_status"]

    def save_model(self, request, obj, form, change):
        if change:
            record_edit(record=obj, changed=list(form.changed_data))
        super().save_model(request, obj, form, change)

    @admin.action(description="Confirm selected records")
    def confirm(self, request, queryset):
        count = review_set(queryset=queryset, status=ReviewStatus.CONFIRMED)
        self.message_user(request, f"{count} confirmed.", messages.SUCCESS)

    @admin.action(description="Reject selected records")
    def reject(self, request, queryset):
        count = review_set(queryset=queryset, status=ReviewStatus.REJECTED)
        self.message_user(request, f"{count} rejected.", messages.SUCCESS)


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "capital"]
    search_fields = ["code", "name", "names", "demonyms"]


class PersonNameInline(admin.TabularInline):
    model = PersonName
    extra = 0
    fields = ["name", "match_key", "skeleton", "source"]
    readonly_fields = ["match_key", "skeleton"]


@admin.register(Person)
class PersonAdmin(CuratedAdmin):
    list_display = ["name", "country", "kind", "review_status", "confidence", "merged_into"]
    list_filter = ["review_status", "kind", "country"]
    list_select_related = ("country", "merged_into")
    search_fields = ["name", "names__name"]
    autocomplete_fields = ["country", "merged_into"]
    inlines = [PersonNameInline, EvidenceInline]


class OrganizationNameInline(admin.TabularInline):
    model = OrganizationName
    extra = 0
    fields = ["name", "match_key", "source"]
    readonly_fields = ["match_key"]


@admin.register(Organization)
class OrganizationAdmin(CuratedAdmin):
    list_display = ["name", "abbreviation", "kind", "country", "review_status"]
    list_filter = ["review_status", "kind"]
    list_select_related = ("country",)
    search_fields = ["name", "abbreviation", "names__name"]
    autocomplete_fields = ["country", "merged_into"]
    inlines = [OrganizationNameInline, EvidenceInline]


@admin.register(MatchDecision)
class MatchDecisionAdmin(admin.ModelAdmin):
    list_display = ["content_type", "left_id", "right_id", "verdict", "decided_by", "decided_at"]
    list_filter = ["verdict", "content_type"]
    list_select_related = ("content_type", "decided_by")
    readonly_fields = ["decided_by", "decided_at"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.decided_by = request.user
        super().save_model(request, obj, form, change)
