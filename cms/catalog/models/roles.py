from django.contrib.auth.models import Group
from django.db import models
from wagtail.models import Locale


class GroupLocale(models.Model):
    """Limits a group's catalog edits to one locale (a Translators group).

    A group with no rows here is not limited by locale.
    """

    group = models.ForeignKey(
        Group, on_delete=models.CASCADE, related_name="locale_scopes"
    )
    locale = models.ForeignKey(
        Locale, on_delete=models.CASCADE, related_name="group_scopes"
    )

    class Meta:
        verbose_name = "group locale"
        constraints = [
            models.UniqueConstraint(
                fields=["group", "locale"], name="catalog_grouplocale_unique"
            )
        ]

    def __str__(self):
        return f"{self.group} → {self.locale}"
