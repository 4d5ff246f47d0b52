"""Serializers of people, organizations and countries (read-only)."""

from rest_framework import serializers

from people.models import Country, Organization, Person


class CountrySerializer(serializers.ModelSerializer):
    class Meta:
        model = Country
        fields = ["code", "name"]


class PersonRefSerializer(serializers.ModelSerializer):
    """A person as other resources point at them: ``{id, name}``."""

    class Meta:
        model = Person
        fields = ["id", "name"]


class OrganizationRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organization
        fields = ["id", "name"]


class PersonRoleSerializer(serializers.Serializer):
    """A role as embedded in a person (the full record lives at /roles/)."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    title_normalized = serializers.CharField()
    organization = OrganizationRefSerializer(allow_null=True)
    country = CountrySerializer(allow_null=True)
    first_cited = serializers.DateField(allow_null=True)
    last_cited = serializers.DateField(allow_null=True)


class PersonSerializer(serializers.ModelSerializer):
    aliases = serializers.SerializerMethodField(help_text="Every spelling the person was written under.")
    country = CountrySerializer(allow_null=True)
    roles = serializers.SerializerMethodField()

    class Meta:
        model = Person
        fields = [
            "id",
            "name",
            "sort_name",
            "aliases",
            "country",
            "kind",
            "description",
            "roles",
            "review_status",
            "confidence",
            "created_at",
            "updated_at",
        ]

    def get_aliases(self, person) -> list[str]:
        return [n.name for n in person.names.all()]

    def get_roles(self, person) -> list[dict]:
        roles = [r for r in person.roles.all() if r.review_status != "rejected"]
        return PersonRoleSerializer(roles, many=True).data


class OrganizationSerializer(serializers.ModelSerializer):
    aliases = serializers.SerializerMethodField()
    country = CountrySerializer(allow_null=True)

    class Meta:
        model = Organization
        fields = ["id", "name", "abbreviation", "aliases", "kind", "country", "review_status", "confidence"]

    def get_aliases(self, organization) -> list[str]:
        return [n.name for n in organization.names.all()]
