"""Load the reference data in ``fixtures/`` (countries, international organizations, agencies).

Rows are matched by natural key (country code, organization key), so loading again updates
what changed and never duplicates. Used by a data migration and by ``load_reference``.
"""

import json
from pathlib import Path

from django.conf import settings

from visits.extraction.normalize import name_key


def fixtures_dir() -> Path:
    return Path(settings.FIXTURES_DIR)


def _read(name: str, top: str) -> list[dict]:
    path = fixtures_dir() / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)[top]


def reference_data_load(*, apps=None) -> dict[str, int]:
    """Create or update every country and reference organization; return how many of each.

    ``apps`` is a migration's app registry (historical models); the live models otherwise.
    """
    if apps is None:
        from django.apps import apps
    Country = apps.get_model("people", "Country")
    Organization = apps.get_model("people", "Organization")
    OrganizationName = apps.get_model("people", "OrganizationName")

    countries = {}
    for row in _read("countries.json", "countries"):
        country, _ = Country.objects.update_or_create(
            code=row["code"],
            defaults={
                "code3": row.get("code3", ""),
                "name": row["name"],
                "names": row.get("names", []),
                "demonyms": row.get("demonyms", []),
                "capital": row.get("capital") or "",
                "cities": row.get("cities", []),
            },
        )
        countries[country.code] = country

    organizations = 0
    for row in _read("organizations.json", "organizations"):
        org, _ = Organization.objects.update_or_create(
            key=f"ref:{row['key']}",
            defaults={
                "name": row["name"],
                "abbreviation": row.get("abbreviation") or "",
                "kind": row.get("kind", "international"),
                "country": countries.get(row.get("country") or ""),
                "review_status": "confirmed",
                "confidence": 1.0,
            },
        )
        organizations += 1
        spellings = {row["name"], *(row.get("aliases") or [])}
        if row.get("abbreviation"):
            spellings.add(row["abbreviation"])
        for spelling in spellings:
            OrganizationName.objects.get_or_create(
                organization=org,
                name=spelling,
                defaults={"match_key": name_key(spelling), "source": "editor"},
            )
    return {"countries": len(countries), "organizations": organizations}
