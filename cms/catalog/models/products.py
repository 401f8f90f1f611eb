from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.text import slugify
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PublishingPanel,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.catalog.error_codes import CatalogErrorCode
from cms.catalog.models.drafts import DraftTranslationMixin
from cms.catalog.panels import VariantsPanel
from cms.core.html import clean_html


class ProductTag(TaggedItemBase):
    content_object = ParentalKey(
        "catalog.Product", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Product(
    DraftTranslationMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A product's words in one locale, plus the descriptors every locale shares.

    Products are snippets, not pages: a catalog of 100,000 products is a flat
    table with indexes, not 100,000 nodes in the page tree, and storefronts
    address them by slug within a market rather than by URL path. Snippets
    still get drafts, revisions, locking, previews, workflows and i18n.

    The sellable units (``Variant``) hang off the product row in the locale the
    product was created in and are shared by every translation through
    ``translation_key``.
    """

    class Kind(models.TextChoices):
        SIMPLE = "simple", "Simple"
        VARIABLE = "variable", "With variants"
        GROUPED = "grouped", "Grouped"
        EXTERNAL = "external", "External"

    class Condition(models.TextChoices):
        NEW = "new", "New"
        USED = "used", "Used"
        REFURBISHED = "refurbished", "Refurbished"

    # Shared descriptors (the same in every locale).
    code = models.CharField(
        max_length=127,
        blank=True,
        help_text=(
            "The parent SKU or handle that identifies the product in imports. "
            "Left empty, it is taken from the slug."
        ),
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.SIMPLE)
    condition = models.CharField(
        max_length=20, choices=Condition.choices, default=Condition.NEW
    )
    brand = models.ForeignKey(
        "catalog.Brand",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="products",
    )
    categories = ParentalManyToManyField(
        "catalog.ShopCategory", blank=True, related_name="products"
    )
    google_category = models.ForeignKey(
        "catalog.GoogleCategory",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="products",
    )
    attribute_values = ParentalManyToManyField(
        "catalog.AttributeValue",
        blank=True,
        related_name="products",
        help_text="Descriptive attribute values, e.g. Material: Cotton.",
    )
    variant_axes = ParentalManyToManyField(
        "catalog.Attribute",
        blank=True,
        related_name="+",
        help_text="Attributes the variants differ by, e.g. Color and Size.",
    )
    grouped_products = ParentalManyToManyField(
        "self",
        blank=True,
        symmetrical=False,
        related_name="groups",
        help_text="For grouped products: the products sold together.",
    )
    external_url = models.URLField(max_length=2048, blank=True)
    button_text = models.CharField(max_length=100, blank=True)
    tags = ClusterTaggableManager(through=ProductTag, blank=True)

    # Words (translated per locale).
    name = models.CharField(max_length=255)
    slug = models.SlugField(
        max_length=255,
        allow_unicode=True,
        blank=True,
        help_text="Left empty, it is made from the name.",
    )
    short_description = RichTextField(blank=True)
    description = RichTextField(blank=True)
    seo_title = models.CharField(max_length=255, blank=True)
    seo_description = models.TextField(max_length=1000, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="product")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="product",
        for_concrete_model=False,
    )

    content_panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("short_description"),
        FieldPanel("description"),
        InlinePanel("images", label="Images", heading="Images (first is the main one)"),
        # Go-live and expiry times; Wagtail shows them in the status side panel.
        PublishingPanel(),
    ]
    catalog_panels = [
        MultiFieldPanel(
            [FieldPanel("code"), FieldPanel("kind"), FieldPanel("condition")],
            heading="Identity",
        ),
        FieldPanel("brand"),
        FieldPanel("categories"),
        FieldPanel("google_category"),
        FieldPanel("attribute_values"),
        FieldPanel("variant_axes"),
        FieldPanel("grouped_products"),
        MultiFieldPanel(
            [FieldPanel("external_url"), FieldPanel("button_text")],
            heading="External product",
        ),
        FieldPanel("tags"),
    ]
    seo_panels = [FieldPanel("seo_title"), FieldPanel("seo_description")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList([VariantsPanel(heading="SKUs and prices")], heading="SKUs"),
            ObjectList(catalog_panels, heading="Catalog"),
            ObjectList(seo_panels, heading="SEO"),
        ]
    )

    # wagtail-localize: words are translated, descriptors are copied from the
    # source on every sync. Variants hang off the source row by a plain FK (not
    # a child relation), so SKUs and prices are never copied into translations.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("slug"),
        TranslatableField("short_description"),
        TranslatableField("description"),
        TranslatableField("seo_title"),
        TranslatableField("seo_description"),
        TranslatableField("images"),
        SynchronizedField("code", overridable=False),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("condition", overridable=False),
        SynchronizedField("brand"),
        SynchronizedField("categories"),
        SynchronizedField("google_category"),
        SynchronizedField("attribute_values"),
        SynchronizedField("variant_axes"),
        SynchronizedField("grouped_products"),
        SynchronizedField("external_url"),
        SynchronizedField("tagged_items"),
    ]

    search_fields = [
        index.SearchField("name", boost=5),
        index.AutocompleteField("name"),
        index.SearchField("code", boost=3),
        index.AutocompleteField("code"),
        index.SearchField("short_description"),
        index.SearchField("description"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
        index.FilterField("kind"),
        index.FilterField("brand_id"),
        index.FilterField("translation_key"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("code"), "locale", name="catalog_product_code_ci_unique"
            ),
            models.UniqueConstraint(
                fields=["slug", "locale"], name="catalog_product_slug_unique"
            ),
        ]
        indexes = [models.Index(fields=["live", "locale"])]

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        if not self.slug:
            self.slug = slugify(self.name, allow_unicode=True)[:240]
        if not self.code:
            self.code = self.slug
        self.short_description = clean_html(self.short_description)
        self.description = clean_html(self.description)
        same_locale = Product.objects.filter(locale_id=self.locale_id).exclude(
            pk=self.pk
        )
        errors = {}
        if self.slug and same_locale.filter(slug=self.slug).exists():
            errors["slug"] = ValidationError(
                "Another product in this locale already uses this slug.",
                code=CatalogErrorCode.SLUG_TAKEN,
            )
        if self.code and same_locale.filter(code__iexact=self.code).exists():
            errors["code"] = ValidationError(
                "Another product in this locale already uses this code "
                "(codes ignore case).",
                code=CatalogErrorCode.CODE_TAKEN,
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # wagtail-localize saves a translation with save() and no full_clean(),
        # so a translated slug that is taken in its locale would be a 500.
        # Give it the next free "-N" variant instead (import cycle: services
        # import models).
        from cms.catalog.services.slugs import product_slug_free

        self.slug = product_slug_free(
            slug=self.slug, locale_id=self.locale_id, exclude_pk=self.pk
        )
        super().save(*args, **kwargs)

    def get_preview_template(self, request, mode_name):
        return "catalog/product_preview.html"


class ProductImage(TranslatableMixin, Orderable):
    """An image of a product, with alt text in the product's locale.

    ``source_url`` records where an imported image came from; when it could not
    be fetched, ``image`` stays empty, ``fetch_error`` says why, and the next
    import run tries again.
    """

    product = ParentalKey(Product, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    alt_text = models.CharField(max_length=500, blank=True)
    source_url = models.URLField(max_length=2048, blank=True)
    fetch_error = models.CharField(max_length=500, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("source_url")]
    translatable_fields = [
        TranslatableField("alt_text"),
        SynchronizedField("image"),
        SynchronizedField("source_url", overridable=False),
        SynchronizedField("fetch_error", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    def __str__(self):
        return self.alt_text or self.source_url or f"image {self.pk}"
