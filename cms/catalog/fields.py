"""Model fields with catalog-specific input rules."""

from django import forms
from django.db import models


class UpperCaseFormField(forms.CharField):
    def to_python(self, value):
        return super().to_python(value).strip().upper()


class CurrencyField(models.CharField):
    """An ISO 4217 code, upper-cased as it is entered.

    Upper-casing in the form field (not only in ``clean()``) lets formsets see
    "usd" and "USD" as the same currency before they check for duplicates.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 3)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        kwargs.setdefault("form_class", UpperCaseFormField)
        return super().formfield(**kwargs)
