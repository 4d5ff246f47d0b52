"""Every admin page opens for an editor, and an edit locks what it changed."""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.factories import (
    AgreementFactory,
    ArticleFactory,
    EvidenceFactory,
    PersonFactory,
    PhotoFactory,
    QuoteFactory,
    RoleFactory,
    VisitEventFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", password="not-a-secret-123")
    client.force_login(user)
    return client


@pytest.fixture
def archive():
    article = ArticleFactory()
    event = VisitEventFactory()
    article.visits.add(event.visit)
    RoleFactory(person=event.visit.guest)
    AgreementFactory(visit=event.visit, article=article)
    PhotoFactory(article=article)
    QuoteFactory(article=article)


@pytest.mark.parametrize("model", list(admin.site._registry), ids=lambda m: m._meta.label)
def test_changelist_and_change_page_open(editor, archive, model):
    opts = model._meta
    assert editor.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")).status_code == 200
    record = model.objects.first()
    if record is not None:
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])
        assert editor.get(url).status_code == 200


def test_review_queue_lists_proposed_records_first(editor):
    confirmed = PersonFactory(name="Zed Confirmed", review_status="confirmed")
    proposed = PersonFactory(name="Amy Proposed", review_status="proposed")
    page = editor.get(reverse("admin:people_person_changelist")).content.decode()
    assert page.index(proposed.name) < page.index(confirmed.name)


def test_person_page_shows_its_evidence(editor):
    person = PersonFactory(name="Ann Example")
    EvidenceFactory(record=person, start=0, end=11, snippet="Ann Example")
    page = editor.get(reverse("admin:people_person_change", args=[person.pk])).content.decode()
    assert "Ann Example" in page and "visits-evidence-content_type-object_id" in page


def test_admin_edit_locks_changed_fields(editor):
    person = PersonFactory(name="Ann Example", kind="other")
    url = reverse("admin:people_person_change", args=[person.pk])
    form = {
        "name": "Ann B. Example",
        "sort_name": person.sort_name,
        "kind": "official",
        "description": "",
        "review_status": "proposed",
        "names-TOTAL_FORMS": "0",
        "names-INITIAL_FORMS": "0",
        "visits-evidence-content_type-object_id-TOTAL_FORMS": "0",
        "visits-evidence-content_type-object_id-INITIAL_FORMS": "0",
    }
    response = editor.post(url, form)
    assert response.status_code == 302, response.context["adminform"].form.errors
    person.refresh_from_db()
    assert person.name == "Ann B. Example"
    assert set(person.locked_fields) == {"name", "kind"}
