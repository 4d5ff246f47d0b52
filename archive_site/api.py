"""The one router of the read-only API at /api/v1/."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from people.api.views import OrganizationViewSet, PersonViewSet
from visits.api.views import (
    AgreementViewSet,
    ArticleViewSet,
    PhotoViewSet,
    QuoteViewSet,
    RoleViewSet,
    VisitViewSet,
)

router = DefaultRouter()
router.register("articles", ArticleViewSet, basename="article")
router.register("visits", VisitViewSet, basename="visit")
router.register("people", PersonViewSet, basename="person")
router.register("roles", RoleViewSet, basename="role")
router.register("organizations", OrganizationViewSet, basename="organization")
router.register("agreements", AgreementViewSet, basename="agreement")
router.register("photos", PhotoViewSet, basename="photo")
router.register("quotes", QuoteViewSet, basename="quote")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
    path("", include(router.urls)),
]
