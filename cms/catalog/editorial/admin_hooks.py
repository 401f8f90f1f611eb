"""Admin hooks for the editorial rules.

Translators edit only their locales; a translator is told when the source has
changes the translation lacks; an editor sees each reason the market check
gave; the Reports menu has the product translation status report.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import TaskState, TranslatableMixin
from wagtail_localize.models import Translation

from cms.catalog.editorial.permissions import user_can_edit_locale
from cms.catalog.editorial.views import TranslationStatusReportView
from cms.catalog.models import MarketReadinessTask


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    view = TranslationStatusReportView
    return [
        path(
            "reports/product-translations/",
            view.as_view(),
            name="catalog_translation_report",
        ),
        path(
            "reports/product-translations/results/",
            view.as_view(results_only=True),
            name="catalog_translation_report_results",
        ),
    ]


class _ProductReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("catalog.view_product")


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return _ProductReportMenuItem(
        "Product translations",
        reverse("catalog_translation_report"),
        icon_name="site",
        order=8000,
    )


def _refuse_other_locales(request, instance):
    if isinstance(instance, TranslatableMixin) and not user_can_edit_locale(
        user=request.user, model=type(instance), locale_id=instance.locale_id
    ):
        raise PermissionDenied(f"You may not edit content in {instance.locale}.")


# Runs before wagtail-localize's hook, which replaces the edit view of a
# translation with its side-by-side editor.
@hooks.register("before_edit_snippet", order=-10)
def check_locale_and_explain(request, instance):
    _refuse_other_locales(request, instance)
    if request.method != "GET":
        return
    _warn_source_changes(request, instance)
    _show_readiness_reasons(request, instance)


@hooks.register("before_delete_snippet", order=-10)
def check_locale_before_delete(request, instances):
    for instance in instances:
        _refuse_other_locales(request, instance)


def _warn_source_changes(request, instance):
    """Tell a translator when the source has changes the translation lacks."""
    if not isinstance(instance, TranslatableMixin):
        return
    translation = (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
        )
        .select_related("source")
        .first()
    )
    if translation is None:
        return
    source = (
        type(instance)
        .objects.filter(
            translation_key=instance.translation_key,
            locale_id=translation.source.locale_id,
        )
        .first()
    )
    if source is None:
        return
    language = source.locale.get_display_name()
    if getattr(source, "has_unpublished_changes", False):
        messages.warning(
            request,
            f"The {language} source has unpublished changes. You are translating "
            "its published version; the changes reach this translation once "
            "they are published and synced.",
        )
    if _source_synced_before_last_publish(translation.source, source):
        messages.warning(
            request,
            f"The {language} source was published after this translation was last "
            "synced. Use “Sync translated snippets” on the source to bring the "
            "changes here.",
        )


def _source_synced_before_last_publish(translation_source, source) -> bool:
    published_at = getattr(source, "last_published_at", None)
    return bool(published_at and published_at > translation_source.last_updated_at)


def _show_readiness_reasons(request, instance):
    """Show each reason the market readiness check gave for its last rejection."""
    workflow_state = getattr(instance, "current_workflow_state", None)
    if workflow_state is None or workflow_state.status != "needs_changes":
        return
    task_state = workflow_state.current_task_state
    if (
        task_state is None
        or task_state.status != TaskState.STATUS_REJECTED
        or not isinstance(task_state.task.specific, MarketReadinessTask)
    ):
        return
    reasons = [line for line in task_state.comment.splitlines() if line.strip()]
    messages.error(
        request,
        format_html(
            "The market readiness check sent this product back:<ul>{}</ul>",
            format_html_join("", "<li>{}</li>", ((reason,) for reason in reasons)),
        ),
    )
