from django.db import models
from django.db.models.functions import Lower
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Attribute(TranslatableMixin, index.Indexed, ClusterableModel):
    """A product property such as Color or Size; its name is translated per locale."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, allow_unicode=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), InlinePanel("values")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        TranslatableField("values"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("slug"), "locale", name="catalog_attribute_slug_ci_unique"
            )
        ]

    def __str__(self):
        return self.name


class AttributeValue(TranslatableMixin, Orderable):
    """One value of an attribute; unique per attribute by case-insensitive slug."""

    attribute = ParentalKey(Attribute, on_delete=models.CASCADE, related_name="values")
    name = models.CharField(max_length=255)
    slug = models.SlugField(max_length=255, allow_unicode=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["attribute_id", "sort_order"]
        constraints = [
            models.UniqueConstraint(
                "attribute",
                Lower("slug"),
                "locale",
                name="catalog_attributevalue_slug_ci_unique",
            )
        ]

    def __str__(self):
        return f"{self.attribute.name}: {self.name}"
