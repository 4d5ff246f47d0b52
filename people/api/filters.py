"""Filters of the people and organizations endpoints; their help texts become the API docs."""

import django_filters

from people.models import Organization, OrganizationKind, Person, PersonKind


class PersonFilter(django_filters.FilterSet):
    name = django_filters.CharFilter(
        field_name="names__name",
        lookup_expr="icontains",
        distinct=True,
        help_text="Any spelling of the name contains this text.",
    )
    country = django_filters.CharFilter(
        field_name="country__code",
        lookup_expr="iexact",
        help_text="ISO 3166 alpha-2 code of the person's country.",
    )
    kind = django_filters.ChoiceFilter(choices=PersonKind.choices, help_text="Kind of person.")
    review_status = django_filters.CharFilter(help_text="proposed or confirmed.")

    class Meta:
        model = Person
        fields = ["name", "country", "kind", "review_status"]


class OrganizationFilter(django_filters.FilterSet):
    name = django_filters.CharFilter(
        field_name="names__name",
        lookup_expr="icontains",
        distinct=True,
        help_text="Any name or abbreviation contains this text.",
    )
    kind = django_filters.ChoiceFilter(choices=OrganizationKind.choices, help_text="Kind of organization.")
    country = django_filters.CharFilter(
        field_name="country__code",
        lookup_expr="iexact",
        help_text="ISO 3166 alpha-2 code.",
    )

    class Meta:
        model = Organization
        fields = ["name", "kind", "country"]
