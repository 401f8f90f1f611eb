from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale

from cms.catalog.fields import CurrencyField
from cms.catalog.money import MoneyError, validate_currency


class Market(models.Model):
    """A destination: countries, currency, locales and tax mode; its price list is its currency."""

    code = models.CharField(
        max_length=8,
        unique=True,
        help_text="Short code used by the API, e.g. US or DE.",
    )
    name = models.CharField(max_length=100)
    countries = models.CharField(
        max_length=500,
        help_text="ISO 3166-1 alpha-2 codes, comma-separated, e.g. DE,AT.",
    )
    currency = CurrencyField(help_text="ISO 4217 code, e.g. EUR.")
    default_locale = models.ForeignKey(
        Locale, on_delete=models.PROTECT, related_name="default_for_markets"
    )
    locales = models.ManyToManyField(
        Locale,
        blank=True,
        related_name="markets",
        help_text="Further locales a storefront in this market may ask for.",
    )
    tax_inclusive = models.BooleanField(
        default=False, help_text="Prices shown to customers include tax (VAT)."
    )
    is_active = models.BooleanField(default=True)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("countries"),
        FieldPanel("currency"),
        FieldPanel("default_locale"),
        FieldPanel("locales"),
        FieldPanel("tax_inclusive"),
        FieldPanel("is_active"),
    ]

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} ({self.currency})"

    @property
    def country_list(self) -> list[str]:
        return [c.strip().upper() for c in self.countries.split(",") if c.strip()]

    def clean(self):
        self.code = self.code.strip().upper()
        try:
            self.currency = validate_currency(self.currency)
        except MoneyError as exc:
            raise ValidationError({"currency": str(exc)}) from exc
        bad = [c for c in self.country_list if len(c) != 2 or not c.isalpha()]
        if bad:
            raise ValidationError(
                {"countries": f"not ISO 3166-1 alpha-2 codes: {', '.join(bad)}"}
            )
        self.countries = ",".join(self.country_list)


class RestrictedTerm(models.Model):
    """A word or phrase a market forbids in product text (e.g. a health claim)."""

    market = models.ForeignKey(
        Market, on_delete=models.CASCADE, related_name="restricted_terms"
    )
    term = models.CharField(
        max_length=100,
        help_text="Matched as a whole word or phrase, ignoring case.",
    )
    reason = models.CharField(
        max_length=255, blank=True, help_text="Why the term is not allowed."
    )

    panels = [FieldPanel("market"), FieldPanel("term"), FieldPanel("reason")]

    class Meta:
        ordering = ["market__code", "term"]
        constraints = [
            models.UniqueConstraint(
                "market", Lower("term"), name="catalog_restrictedterm_unique"
            )
        ]

    def __str__(self):
        return f"{self.term} ({self.market.code})"

    def clean(self):
        self.term = " ".join(self.term.split())
        if not self.term:
            raise ValidationError({"term": "A restricted term cannot be empty."})
