from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from cms.catalog.fields import CurrencyField
from cms.catalog.money import MoneyError, quantize, validate_currency

gtin_validator = RegexValidator(
    r"^(\d{8}|\d{12}|\d{13}|\d{14})$", "A GTIN has 8, 12, 13 or 14 digits."
)
hs_code_validator = RegexValidator(
    r"^\d{4}(\.?\d{2}){0,3}$", "An HS code has 6 to 10 digits, e.g. 6109.10."
)
country_validator = RegexValidator(
    r"^[A-Z]{2}$", "Use an ISO 3166-1 alpha-2 code, e.g. PT."
)


class Variant(index.Indexed, ClusterableModel):
    """A sellable unit (SKU): the facts shared by every locale of its product."""

    class WeightUnit(models.TextChoices):
        G = "g", "grams"
        KG = "kg", "kilograms"
        LB = "lb", "pounds"
        OZ = "oz", "ounces"

    class DimensionUnit(models.TextChoices):
        CM = "cm", "centimetres"
        M = "m", "metres"
        IN = "in", "inches"

    class StockStatus(models.TextChoices):
        IN_STOCK = "in_stock", "In stock"
        OUT_OF_STOCK = "out_of_stock", "Out of stock"
        BACKORDER = "backorder", "On backorder"

    product = models.ForeignKey(
        "catalog.Product", on_delete=models.CASCADE, related_name="variants"
    )
    sku = models.CharField(max_length=127, verbose_name="SKU")
    gtin = models.CharField(
        max_length=14, blank=True, validators=[gtin_validator], verbose_name="GTIN"
    )
    mpn = models.CharField(max_length=70, blank=True, verbose_name="MPN")
    option_values = ParentalManyToManyField(
        "catalog.AttributeValue", blank=True, related_name="variants"
    )
    position = models.PositiveIntegerField(default=0)

    weight = models.DecimalField(max_digits=12, decimal_places=3, null=True, blank=True)
    weight_unit = models.CharField(
        max_length=2, choices=WeightUnit.choices, default=WeightUnit.G
    )
    length = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    width = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    height = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    dimension_unit = models.CharField(
        max_length=2, choices=DimensionUnit.choices, default=DimensionUnit.CM
    )
    hs_code = models.CharField(
        max_length=13,
        blank=True,
        validators=[hs_code_validator],
        verbose_name="HS code",
    )
    country_of_origin = models.CharField(
        max_length=2, blank=True, validators=[country_validator]
    )
    requires_shipping = models.BooleanField(
        default=True, help_text="Virtual and downloadable goods do not ship."
    )
    is_virtual = models.BooleanField(default=False)
    is_downloadable = models.BooleanField(default=False)
    tax_class = models.CharField(max_length=50, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    stock_status = models.CharField(
        max_length=20, choices=StockStatus.choices, default=StockStatus.IN_STOCK
    )
    # Until the ERP stock ledger exists, this is the quantity the import recorded.
    # TODO(erp): replace with the ledger's on-hand figure when the ERP lands.
    # SILK-2
    opening_stock = models.IntegerField(null=True, blank=True)

    # Private: never exposed by the public API.
    cost_price = models.DecimalField(
        max_digits=14, decimal_places=4, null=True, blank=True
    )
    cost_currency = models.CharField(max_length=3, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("product"),
        FieldRowPanel([FieldPanel("sku"), FieldPanel("gtin"), FieldPanel("mpn")]),
        FieldPanel("option_values"),
        InlinePanel("prices", heading="Prices", label="Price"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("weight"), FieldPanel("weight_unit")]),
                FieldRowPanel(
                    [
                        FieldPanel("length"),
                        FieldPanel("width"),
                        FieldPanel("height"),
                        FieldPanel("dimension_unit"),
                    ]
                ),
            ],
            heading="Weight and size",
        ),
        MultiFieldPanel(
            [
                FieldPanel("requires_shipping"),
                FieldPanel("is_virtual"),
                FieldPanel("is_downloadable"),
                FieldRowPanel([FieldPanel("hs_code"), FieldPanel("country_of_origin")]),
                FieldPanel("tax_class"),
            ],
            heading="Shipping and customs",
        ),
        MultiFieldPanel(
            [FieldPanel("stock_status"), FieldPanel("opening_stock")], heading="Stock"
        ),
        MultiFieldPanel(
            [FieldPanel("cost_price"), FieldPanel("cost_currency")],
            heading="Cost (private)",
        ),
        FieldPanel("image"),
        FieldPanel("position"),
    ]
    search_fields = [
        index.SearchField("sku", boost=5),
        index.AutocompleteField("sku"),
        index.SearchField("gtin"),
        index.SearchField("mpn"),
        index.FilterField("product_id"),
    ]

    class Meta:
        ordering = ["product_id", "position", "id"]
        verbose_name = "SKU"
        verbose_name_plural = "SKUs"
        constraints = [
            models.UniqueConstraint(Lower("sku"), name="catalog_variant_sku_ci_unique")
        ]

    def __str__(self):
        return self.sku

    @property
    def price_summary(self) -> str:
        return ", ".join(str(price) for price in self.prices.all())

    def clean(self):
        self.sku = self.sku.strip()
        if not self.sku:
            raise ValidationError({"sku": "A SKU cannot be empty."})
        clash = Variant.objects.filter(sku__iexact=self.sku).exclude(pk=self.pk)
        if clash.exists():
            raise ValidationError(
                {"sku": f"SKU {self.sku} is already used (SKUs ignore case)."}
            )
        if self.is_virtual or self.is_downloadable:
            self.requires_shipping = False


class VariantPrice(models.Model):
    """A variant's price in one currency, with an optional, optionally timed, sale."""

    variant = ParentalKey(Variant, on_delete=models.CASCADE, related_name="prices")
    currency = CurrencyField(help_text="ISO 4217 code, e.g. USD.")
    amount = models.DecimalField(max_digits=14, decimal_places=4)
    sale_amount = models.DecimalField(
        max_digits=14, decimal_places=4, null=True, blank=True
    )
    sale_starts_at = models.DateTimeField(null=True, blank=True)
    sale_ends_at = models.DateTimeField(null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("currency"), FieldPanel("amount")]),
        FieldRowPanel(
            [
                FieldPanel("sale_amount"),
                FieldPanel("sale_starts_at"),
                FieldPanel("sale_ends_at"),
            ]
        ),
    ]

    class Meta:
        ordering = ["currency"]
        constraints = [
            models.UniqueConstraint(
                fields=["variant", "currency"], name="catalog_variantprice_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(amount__gte=0), name="catalog_price_not_negative"
            ),
        ]

    def __str__(self):
        text = f"{quantize(self.amount, self.currency)} {self.currency}"
        if self.sale_amount is not None:
            text += f" (sale {quantize(self.sale_amount, self.currency)})"
        return text

    def save(self, *args, **kwargs):
        self.currency = (self.currency or "").strip().upper()
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        try:
            self.currency = validate_currency(self.currency)
        except MoneyError as exc:
            raise ValidationError({"currency": str(exc)}) from exc
        if self.amount is not None and self.amount < 0:
            errors["amount"] = "A price cannot be negative."
        if self.sale_amount is not None and self.sale_amount < 0:
            errors["sale_amount"] = "A sale price cannot be negative."
        if errors:
            raise ValidationError(errors)
        if self.amount is not None:
            self.amount = quantize(self.amount, self.currency)
        if self.sale_amount is not None:
            self.sale_amount = quantize(self.sale_amount, self.currency)
            if self.amount is not None and self.sale_amount >= self.amount:
                errors["sale_amount"] = "A sale price must be lower than the price."
        if (
            self.sale_starts_at
            and self.sale_ends_at
            and self.sale_ends_at <= self.sale_starts_at
        ):
            errors["sale_ends_at"] = "The sale must end after it starts."
        if errors:
            raise ValidationError(errors)

    def sale_is_on(self, at) -> bool:
        if self.sale_amount is None:
            return False
        if self.sale_starts_at and at < self.sale_starts_at:
            return False
        return not (self.sale_ends_at and at >= self.sale_ends_at)
