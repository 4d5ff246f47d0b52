"""Page-number pagination with a client-chosen page size (``?page_size=``, at most 500)."""

from rest_framework.pagination import PageNumberPagination


class ArchivePagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 500
