"""Read-only endpoints of articles, visits and the facts read from them."""

from django.db.models import Prefetch
from rest_framework import viewsets

from people.models import Person
from visits.api import filters, serializers
from visits.models import Agreement, Article, Photo, Quote, Role, Visit, VisitEvent

PEOPLE = Person.objects.only("id", "name")


class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
    filterset_class = filters.ArticleFilter
    search_fields = ["title", "author", "body"]
    ordering_fields = ["id", "published", "title", "source_file"]
    ordering = ["-published", "id"]

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.ArticleDetailSerializer
        return serializers.ArticleSerializer

    def get_queryset(self):
        queryset = Article.objects.public().select_related("outlet", "aggregator", "author_person")
        if self.action != "retrieve":
            queryset = queryset.defer("raw_text", "body")
        return queryset.prefetch_related("visits")


class VisitViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.VisitSerializer
    filterset_class = filters.VisitFilter
    search_fields = ["guest__name", "host__name", "summary", "cities"]
    ordering_fields = ["id", "start_date", "end_date"]
    ordering = ["-start_date", "id"]

    def get_queryset(self):
        events = VisitEvent.objects.prefetch_related(Prefetch("participants", queryset=PEOPLE))
        return (
            Visit.objects.public()
            .select_related("guest", "host", "guest_country", "host_country")
            .prefetch_related(Prefetch("events", queryset=events), "articles")
        )


class RoleViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.RoleSerializer
    filterset_class = filters.RoleFilter
    search_fields = ["title", "person__name", "organization__name"]
    ordering_fields = ["id", "title", "first_cited", "last_cited"]
    ordering = ["id"]

    def get_queryset(self):
        return (
            Role.objects.public()
            .filter(person__merged_into__isnull=True)
            .select_related("person", "organization", "country")
            .prefetch_related("evidence")
        )


class AgreementViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.AgreementSerializer
    filterset_class = filters.AgreementFilter
    search_fields = ["title"]
    ordering_fields = ["id", "date", "kind", "status"]
    ordering = ["id"]

    def get_queryset(self):
        return Agreement.objects.public().prefetch_related(
            "parties",
            Prefetch("signatories", queryset=PEOPLE),
            Prefetch("in_presence_of", queryset=PEOPLE),
            "evidence",
        )


class PhotoViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.PhotoSerializer
    filterset_class = filters.PhotoFilter
    search_fields = ["caption", "credit_line"]
    ordering_fields = ["id", "article", "position"]
    ordering = ["article_id", "position"]

    def get_queryset(self):
        return (
            Photo.objects.public()
            .select_related("creator")
            .prefetch_related(Prefetch("people_shown", queryset=PEOPLE), "evidence")
        )


class QuoteViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = serializers.QuoteSerializer
    filterset_class = filters.QuoteFilter
    search_fields = ["text", "speaker__name"]
    ordering_fields = ["id", "article"]
    ordering = ["id"]

    def get_queryset(self):
        return Quote.objects.public().select_related("speaker").prefetch_related("evidence")
