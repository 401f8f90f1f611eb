"""The catalog in the Wagtail admin: one menu, a list view per model."""

from wagtail.admin.ui.tables import (
    BooleanColumn,
    Column,
    LiveStatusTagColumn,
    LocaleColumn,
    UpdatedAtColumn,
)
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.catalog.editorial.views import WorkflowLockAwareEditView
from cms.catalog.models import (
    Attribute,
    Brand,
    GoogleCategory,
    Market,
    Product,
    RestrictedTerm,
    ShopCategory,
    Variant,
)


class ProductViewSet(SnippetViewSet):
    model = Product
    icon = "tag"
    menu_label = "Products"
    menu_order = 100
    list_display = [
        "name",
        Column("code", label="Code / parent SKU", sort_key="code"),
        "kind",
        Column("brand", label="Brand"),
        LocaleColumn(),
        LiveStatusTagColumn(),
        UpdatedAtColumn(),
    ]
    list_filter = ["kind", "live", "brand", "categories", "condition"]
    list_per_page = 50
    # Searches the product's whole search index (name, code, descriptions).
    ordering = ["name"]
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_view_class = WorkflowLockAwareEditView

    def get_queryset(self, request):
        return Product.objects.select_related("brand", "locale", "latest_revision")


class CatalogSnippetViewSet(SnippetViewSet):
    """Admin search by plain SQL over ``search_fields``.

    Wagtail's SQLite full-text backend cannot restrict a search to named fields,
    and these lookups (SKU, code, path) are exact-ish strings anyway.
    """

    search_backend_name = None


class VariantViewSet(CatalogSnippetViewSet):
    model = Variant
    icon = "list-ul"
    menu_label = "SKUs"
    menu_order = 110
    list_display = [
        "sku",
        Column("product", label="Product"),
        Column("price_summary", label="Prices"),
        "stock_status",
        BooleanColumn("requires_shipping", label="Ships"),
    ]
    list_filter = ["stock_status", "requires_shipping", "is_virtual"]
    list_per_page = 50
    search_fields = ["sku", "gtin", "mpn"]
    ordering = ["sku"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Variant.objects.select_related("product").prefetch_related("prices")


class BrandViewSet(CatalogSnippetViewSet):
    model = Brand
    icon = "pick"
    edit_view_class = WorkflowLockAwareEditView
    menu_order = 120
    list_display = ["name", "slug", UpdatedAtColumn()]
    search_fields = ["name"]


class ShopCategoryViewSet(CatalogSnippetViewSet):
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


class AttributeViewSet(CatalogSnippetViewSet):
    model = Attribute
    icon = "list-ol"
    menu_order = 140
    list_display = ["name", "slug"]
    search_fields = ["name"]


class GoogleCategoryViewSet(CatalogSnippetViewSet):
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


class MarketViewSet(CatalogSnippetViewSet):
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
    search_fields = ["code", "name", "countries"]


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

# The editorial rules (locale scopes, translator and readiness messages, the
# translation report) register their own hooks.
from cms.catalog.editorial import admin_hooks  # noqa: E402, F401
