from django.db import models
from django.db.models.functions import Lower
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class GoogleCategory(models.Model):
    """A node of Google's product taxonomy; the numeric id is Google's own.

    Google publishes the tree as flat ``id - A > B`` lines, so we keep a parent
    link plus a materialised ``id_path`` ("/1/2/3/") instead of a treebeard tree:
    loading 5,595 nodes is one bulk insert, and "this node and its descendants"
    is a single indexed prefix match.
    """

    id = models.PositiveBigIntegerField(primary_key=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    depth = models.PositiveSmallIntegerField()
    id_path = models.CharField(max_length=255, db_index=True)
    version = models.CharField(max_length=40)

    class Meta:
        ordering = ["id_path"]
        verbose_name = "Google category"
        verbose_name_plural = "Google categories"

    def __str__(self):
        name = self.names.filter(locale__in=["en-US", "en"]).first()
        return f"{self.id} - {name.path if name else '?'}"


class GoogleCategoryName(models.Model):
    """The name and full path of a Google category in one taxonomy locale (e.g. en-US)."""

    category = models.ForeignKey(
        GoogleCategory, on_delete=models.CASCADE, related_name="names"
    )
    locale = models.CharField(max_length=20)
    name = models.CharField(max_length=255)
    path = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["category", "locale"], name="catalog_googlename_unique"
            )
        ]

    def __str__(self):
        return f"{self.category_id} - {self.path} [{self.locale}]"


class ShopCategory(TranslatableMixin, index.Indexed, models.Model):
    """The merchant's own category tree, per locale, optionally mapped to Google's."""

    name = models.CharField(max_length=255)
    slug = models.SlugField(max_length=255, allow_unicode=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    path = models.CharField(
        max_length=1000,
        help_text="Slugs from the root joined by '/', e.g. clothing/hoodies.",
    )
    google_category = models.ForeignKey(
        GoogleCategory,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="shop_categories",
    )
    position = models.PositiveIntegerField(default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("parent"),
        FieldPanel("google_category"),
        FieldPanel("position"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("path", overridable=False),
        TranslatableField("parent"),
        SynchronizedField("google_category"),
        SynchronizedField("position"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["path"]
        verbose_name = "shop category"
        verbose_name_plural = "shop categories"
        constraints = [
            models.UniqueConstraint(
                Lower("path"), "locale", name="catalog_shopcategory_path_unique"
            )
        ]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self) -> str:
        names, node, seen = [], self, set()
        while node is not None and node.pk not in seen:
            seen.add(node.pk)
            names.append(node.name)
            node = node.parent
        return " > ".join(reversed(names))
