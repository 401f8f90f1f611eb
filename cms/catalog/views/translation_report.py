"""The translation status report: every product against every locale."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from cms.catalog.models import Product
from cms.catalog.selectors import TranslationStatus, product_translation_status


def _locale_choices():
    return [
        (code, code) for code in Locale.objects.values_list("language_code", flat=True)
    ]


class TranslationStatusFilterSet(django_filters.FilterSet):
    locale = django_filters.ChoiceFilter(label="Locale", choices=_locale_choices)
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=[(status.value, status.label) for status in TranslationStatus],
    )


def _edit_url(row) -> str:
    pk = row.translation_id or row.source_id
    return reverse("wagtailsnippets_catalog_product:edit", args=[pk])


class TranslationStatusReportView(ReportView):
    page_title = "Product translations"
    header_icon = "site"
    index_url_name = "catalog_translation_report"
    index_results_url_name = "catalog_translation_report_results"
    filterset_class = TranslationStatusFilterSet
    export_filename = "product-translations"
    list_export = [
        "code",
        "name",
        "source_locale",
        "locale",
        "status",
        "source_changed_at",
        "translated_at",
    ]
    export_headings = {
        "code": "Code",
        "name": "Product",
        "source_locale": "Source locale",
        "locale": "Locale",
        "status": "Status",
        "source_changed_at": "Source changed",
        "translated_at": "Translated",
    }
    columns = [
        TitleColumn("name", label="Product", get_url=_edit_url),
        Column("code", label="Code"),
        Column("source_locale", label="Source"),
        Column("locale", label="Locale"),
        Column("status_label", label="Status", accessor="status.label"),
        DateColumn("source_changed_at", label="Source changed"),
        DateColumn("translated_at", label="Translated"),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("catalog.view_product"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        # The filter set only builds the form; rows come from the selector.
        return {**super().get_filterset_kwargs(), "queryset": Product.objects.none()}

    def get_queryset(self):
        data = {}
        if self.filters and self.filters.is_valid():
            data = self.filters.form.cleaned_data
        return product_translation_status(
            locales=[data["locale"]] if data.get("locale") else None,
            status=data.get("status") or None,
        )

    def filter_queryset(self, queryset):
        # The selector has filtered already (filters are not querysets here).
        return queryset
