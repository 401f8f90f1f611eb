"""Admin views: the translation status report, and the lock-aware edit view."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.snippets.views.snippets import EditView

from cms.catalog.editorial.translation_status import (
    TranslationStatus,
    product_translation_status,
)
from cms.catalog.models import Product


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


class WorkflowLockAwareEditView(EditView):
    """Let a reviewer act on a workflow task even when an editor holds the lock.

    Wagtail refuses the whole edit form when the item is locked by someone
    else, which also blocks the reviewer's Approve / Request changes buttons.
    The lock protects the content, not the review: the action is applied to
    the revision under review and nothing of the form is saved.
    """

    def form_invalid(self, form):
        if self.action == "workflow-action" and self.produced_error_code == "locked":
            self.workflow_action_action()
            messages.success(
                self.request,
                f"{self.object} — workflow action “{self.workflow_action}” done. "
                f"It stays locked by {self.object.locked_by}.",
            )
            return redirect(self.get_edit_url())
        return super().form_invalid(form)
