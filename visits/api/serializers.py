"""Serializers of articles, visits and the facts read from them (read-only)."""

from rest_framework import serializers

from people.api.serializers import CountrySerializer, OrganizationRefSerializer, PersonRefSerializer
from visits.models import Agreement, Article, Evidence, Photo, Quote, Role, Visit, VisitEvent


class EvidenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Evidence
        fields = ["article", "start", "end", "snippet"]


class ArticleSerializer(serializers.ModelSerializer):
    outlet = OrganizationRefSerializer(allow_null=True)
    aggregator = OrganizationRefSerializer(allow_null=True)
    author_person = PersonRefSerializer(allow_null=True)
    visits = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "outlet",
            "aggregator",
            "author",
            "author_person",
            "published",
            "published_precision",
            "published_basis",
            "published_note",
            "language",
            "source_file",
            "content_hash",
            "general_credits",
            "visits",
            "extractor_version",
            "review_status",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "raw_text"]


class VisitEventSerializer(serializers.ModelSerializer):
    participants = PersonRefSerializer(many=True)

    class Meta:
        model = VisitEvent
        fields = ["id", "kind", "description", "date", "place", "participants", "review_status"]


class VisitSerializer(serializers.ModelSerializer):
    guest = PersonRefSerializer(allow_null=True)
    host = PersonRefSerializer(allow_null=True)
    guest_country = CountrySerializer(allow_null=True)
    host_country = CountrySerializer(allow_null=True)
    events = serializers.SerializerMethodField()
    articles = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Visit
        fields = [
            "id",
            "guest",
            "host",
            "guest_country",
            "host_country",
            "visit_type",
            "start_date",
            "end_date",
            "cities",
            "summary",
            "events",
            "articles",
            "review_status",
            "confidence",
        ]

    def get_events(self, visit) -> list[dict]:
        events = [e for e in visit.events.all() if e.review_status != "rejected"]
        return VisitEventSerializer(events, many=True).data


class RoleSerializer(serializers.ModelSerializer):
    person = PersonRefSerializer()
    organization = OrganizationRefSerializer(allow_null=True)
    country = CountrySerializer(allow_null=True)
    as_of = serializers.DateField(
        source="last_cited", allow_null=True, help_text="The latest date an article cites it."
    )
    article = serializers.PrimaryKeyRelatedField(
        source="last_cited_article",
        read_only=True,
        help_text="The latest article that cites it.",
    )
    evidence = EvidenceSerializer(many=True)

    class Meta:
        model = Role
        fields = [
            "id",
            "person",
            "title",
            "title_normalized",
            "organization",
            "country",
            "as_of",
            "article",
            "first_cited",
            "last_cited",
            "start_date",
            "start_precision",
            "end_date",
            "end_precision",
            "evidence",
            "review_status",
            "confidence",
        ]


class AgreementSerializer(serializers.ModelSerializer):
    parties = CountrySerializer(many=True)
    signatories = PersonRefSerializer(many=True)
    in_presence_of = PersonRefSerializer(many=True)
    evidence = EvidenceSerializer(many=True)

    class Meta:
        model = Agreement
        fields = [
            "id",
            "visit",
            "article",
            "title",
            "kind",
            "level",
            "field",
            "parties",
            "signatories",
            "in_presence_of",
            "date",
            "status",
            "count",
            "evidence",
            "review_status",
            "confidence",
        ]


class PhotoSerializer(serializers.ModelSerializer):
    photographer = PersonRefSerializer(source="creator", allow_null=True)
    agency = serializers.CharField(source="credit", help_text="The agency or press service credited.")
    people_shown = PersonRefSerializer(many=True)
    evidence = EvidenceSerializer(many=True)

    class Meta:
        model = Photo
        fields = [
            "id",
            "article",
            "position",
            "caption",
            "credit_line",
            "photographer",
            "agency",
            "copyright_holder",
            "people_shown",
            "image",
            "evidence",
            "review_status",
            "confidence",
        ]


class QuoteSerializer(serializers.ModelSerializer):
    speaker = PersonRefSerializer(allow_null=True)
    evidence = EvidenceSerializer(many=True)

    class Meta:
        model = Quote
        fields = ["id", "speaker", "text", "article", "visit", "evidence", "review_status", "confidence"]
