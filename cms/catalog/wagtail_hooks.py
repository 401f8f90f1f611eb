"""The catalog in the Wagtail admin: one menu, a list view per model.

Also the editorial rules the admin enforces: locale-scoped editing for
translators, what a translator and an editor are told when they open an item,
and the translation status report.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, UpdatedAtColumn
from wagtail.models import TaskState, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_localize.models import Translation

from cms.catalog.models import (
    Attribute,
    Brand,
    GoogleCategory,
    Market,
    MarketReadinessTask,
    Product,
    RestrictedTerm,
    ShopCategory,
    Variant,
)
from cms.catalog.selectors import user_can_edit_locale
from cms.catalog.views.editing import WorkflowLockAwareEditView
from cms.catalog.views.translation_report import TranslationStatusReportView


class ProductViewSet(SnippetViewSet):
    model = Product
    icon = "tag"
    menu_label = "Products"
    menu_order = 100
    list_display = [
        "name",
        Column("code", label="Code / parent SKU", sort_key="code"),
        Column("kind", label="Kind", sort_key="kind"),
        Column("brand", label="Brand"),
        UpdatedAtColumn(),
    ]
    list_filter = ["kind", "live", "brand", "categories", "condition"]
    list_per_page = 50
    search_fields = ["name", "code", "description"]
    ordering = ["name"]
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_view_class = WorkflowLockAwareEditView

    def get_queryset(self, request):
        return Product.objects.select_related("brand", "locale", "latest_revision")


class VariantViewSet(SnippetViewSet):
    model = Variant
    icon = "list-ul"
    menu_label = "SKUs"
    menu_order = 110
    list_display = [
        "sku",
        Column("product", label="Product"),
        Column("price_summary", label="Prices"),
        Column("stock_status", label="Stock", sort_key="stock_status"),
        BooleanColumn("requires_shipping", label="Ships"),
    ]
    list_filter = ["stock_status", "requires_shipping", "is_virtual"]
    list_per_page = 50
    search_fields = ["sku", "gtin", "mpn"]
    ordering = ["sku"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Variant.objects.select_related("product").prefetch_related("prices")


class BrandViewSet(SnippetViewSet):
    model = Brand
    icon = "pick"
    edit_view_class = WorkflowLockAwareEditView
    menu_order = 120
    list_display = ["name", "slug", UpdatedAtColumn()]
    search_fields = ["name"]


class ShopCategoryViewSet(SnippetViewSet):
    model = ShopCategory
    icon = "folder-open-inverse"
    menu_label = "Shop categories"
    menu_order = 130
    list_display = [
        Column("full_name", label="Category"),
        "path",
        Column("google_category", label="Google category"),
    ]
    search_fields = ["name", "path"]
    ordering = ["path"]

    def get_queryset(self, request):
        return ShopCategory.objects.select_related("parent__parent", "google_category")


class AttributeViewSet(SnippetViewSet):
    model = Attribute
    icon = "list-ol"
    menu_order = 140
    list_display = ["name", "slug"]
    search_fields = ["name"]


class GoogleCategoryViewSet(SnippetViewSet):
    model = GoogleCategory
    icon = "site"
    menu_label = "Google taxonomy"
    menu_order = 150
    list_display = [Column("id", label="Google id", sort_key="id"), "__str__", "depth"]
    list_filter = ["depth"]
    search_fields = ["names__path"]
    list_per_page = 100
    inspect_view_enabled = True

    def get_queryset(self, request):
        return GoogleCategory.objects.prefetch_related("names")


class MarketViewSet(SnippetViewSet):
    model = Market
    icon = "globe"
    menu_order = 160
    list_display = [
        "code",
        "name",
        "currency",
        Column("default_locale", label="Default locale"),
        "countries",
        BooleanColumn("tax_inclusive", label="Tax inclusive"),
        BooleanColumn("is_active", label="Active"),
    ]
    list_filter = ["is_active", "currency"]


class RestrictedTermViewSet(SnippetViewSet):
    model = RestrictedTerm
    icon = "warning"
    menu_label = "Restricted terms"
    menu_order = 170
    list_display = ["term", Column("market", label="Market"), "reason"]
    list_filter = ["market"]
    search_fields = ["term"]


class CatalogGroup(SnippetViewSetGroup):
    menu_label = "Catalog"
    menu_icon = "tag"
    menu_order = 200
    items = (
        ProductViewSet,
        VariantViewSet,
        BrandViewSet,
        ShopCategoryViewSet,
        AttributeViewSet,
        GoogleCategoryViewSet,
        MarketViewSet,
        RestrictedTermViewSet,
    )


register_snippet(CatalogGroup)


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
