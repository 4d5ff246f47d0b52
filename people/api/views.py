"""Read-only endpoints of people and organizations."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from rest_framework import viewsets
from rest_framework.response import Response

from people.api.filters import OrganizationFilter, PersonFilter
from people.api.serializers import OrganizationSerializer, PersonSerializer
from people.models import Organization, Person
from visits.models import Role


class MergeRedirectMixin:
    """A merged-away record answers 301 with the address of the survivor."""

    def retrieve(self, request, *args, **kwargs):
        model = self.get_queryset().model
        record = get_object_or_404(model.objects.public(), pk=kwargs["pk"])
        if record.merged_into_id is not None:
            survivor = record.merged_into
            while survivor.merged_into_id is not None:
                survivor = survivor.merged_into
            url = request.build_absolute_uri(request.path.replace(f"/{record.pk}/", f"/{survivor.pk}/"))
            return Response(status=301, headers={"Location": url})
        return super().retrieve(request, *args, **kwargs)


class PersonViewSet(MergeRedirectMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = PersonSerializer
    filterset_class = PersonFilter
    search_fields = ["name", "names__name", "description"]
    ordering_fields = ["id", "name", "sort_name", "created_at"]
    ordering = ["sort_name", "id"]

    def get_queryset(self):
        roles = Role.objects.select_related("organization", "country").order_by("first_cited", "id")
        return (
            Person.objects.public()
            .filter(merged_into__isnull=True)
            .select_related("country")
            .prefetch_related("names", Prefetch("roles", queryset=roles))
        )


class OrganizationViewSet(MergeRedirectMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = OrganizationSerializer
    filterset_class = OrganizationFilter
    search_fields = ["name", "abbreviation", "names__name"]
    ordering_fields = ["id", "name", "kind"]
    ordering = ["name", "id"]

    def get_queryset(self):
        return (
            Organization.objects.public()
            .filter(merged_into__isnull=True)
            .select_related("country")
            .prefetch_related("names")
        )
