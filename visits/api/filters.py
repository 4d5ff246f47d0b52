"""Filters of the visits app's endpoints; their help texts become the API docs."""

import django_filters

from visits.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    Photo,
    Quote,
    Role,
    Visit,
    VisitType,
)


def person_filters(field: str, label: str):
    """A pair of filters on a person relation: by id and by any spelling of the name."""
    return (
        django_filters.NumberFilter(field_name=f"{field}__id", help_text=f"Id of the {label}."),
        django_filters.CharFilter(
            field_name=f"{field}__names__name",
            lookup_expr="icontains",
            distinct=True,
            help_text=f"Any spelling of the {label}'s name contains this text.",
        ),
    )


class ArticleFilter(django_filters.FilterSet):
    published = django_filters.DateFromToRangeFilter(
        help_text="Publication date range: published_after, published_before."
    )
    outlet = django_filters.CharFilter(
        field_name="outlet__name", lookup_expr="icontains", help_text="Outlet name contains."
    )
    visit = django_filters.NumberFilter(field_name="visits__id", help_text="Id of a visit the article covers.")
    source_file = django_filters.CharFilter(lookup_expr="icontains", help_text="Source file name contains.")

    class Meta:
        model = Article
        fields = ["published", "outlet", "visit", "source_file", "language"]


class VisitFilter(django_filters.FilterSet):
    guest, guest_name = person_filters("guest", "guest")
    host, host_name = person_filters("host", "host")
    guest_country = django_filters.CharFilter(
        field_name="guest_country__code",
        lookup_expr="iexact",
        help_text="ISO alpha-2 code of the guest's country.",
    )
    host_country = django_filters.CharFilter(
        field_name="host_country__code",
        lookup_expr="iexact",
        help_text="ISO alpha-2 code of the host country.",
    )
    visit_type = django_filters.ChoiceFilter(choices=VisitType.choices, help_text="Type of visit.")
    start_date = django_filters.DateFromToRangeFilter(
        help_text="Start date range: start_date_after, start_date_before."
    )
    city = django_filters.CharFilter(field_name="cities", lookup_expr="icontains", help_text="A city visited.")

    class Meta:
        model = Visit
        fields = ["guest", "host", "guest_country", "host_country", "visit_type", "start_date"]


class RoleFilter(django_filters.FilterSet):
    person, person_name = person_filters("person", "holder")
    title = django_filters.CharFilter(lookup_expr="icontains", help_text="Title contains this text.")
    title_normalized = django_filters.CharFilter(help_text="Exact canonical title, e.g. 'president'.")
    country = django_filters.CharFilter(field_name="country__code", lookup_expr="iexact", help_text="ISO alpha-2 code.")
    organization = django_filters.NumberFilter(field_name="organization__id", help_text="Id of the organization.")
    as_of = django_filters.DateFromToRangeFilter(
        field_name="last_cited", help_text="Last cited between as_of_after and as_of_before."
    )

    class Meta:
        model = Role
        fields = ["person", "title", "title_normalized", "country", "organization"]


class AgreementFilter(django_filters.FilterSet):
    visit = django_filters.NumberFilter(field_name="visit__id", help_text="Id of the visit.")
    kind = django_filters.ChoiceFilter(choices=AgreementKind.choices, help_text="Kind of instrument.")
    status = django_filters.ChoiceFilter(choices=AgreementStatus.choices, help_text="Status as stated.")
    date = django_filters.DateFromToRangeFilter(help_text="Date range: date_after, date_before.")
    party = django_filters.CharFilter(
        field_name="parties__code", lookup_expr="iexact", help_text="ISO code of a party."
    )
    signatory, signatory_name = person_filters("signatories", "signatory")

    class Meta:
        model = Agreement
        fields = ["visit", "kind", "status", "field", "level"]


class PhotoFilter(django_filters.FilterSet):
    article = django_filters.NumberFilter(field_name="article__id", help_text="Id of the article.")
    photographer, photographer_name = person_filters("creator", "photographer")
    shows, shows_name = person_filters("people_shown", "person shown")
    credit = django_filters.CharFilter(lookup_expr="icontains", help_text="Agency or press service contains.")

    class Meta:
        model = Photo
        fields = ["article"]


class QuoteFilter(django_filters.FilterSet):
    article = django_filters.NumberFilter(field_name="article__id", help_text="Id of the article.")
    visit = django_filters.NumberFilter(field_name="visit__id", help_text="Id of the visit.")
    speaker, speaker_name = person_filters("speaker", "speaker")

    class Meta:
        model = Quote
        fields = ["article", "visit"]
