import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale

from cms.catalog.models import GroupLocale


def _codenames(name: str) -> set[str]:
    return set(
        Permission.objects.filter(group__name=name).values_list("codename", flat=True)
    )


@pytest.mark.parametrize(
    ("group", "granted", "refused"),
    [
        (
            "Editors",
            {"add_product", "change_product", "add_variant", "submit_translation"},
            {"publish_product", "unlock_product", "delete_product"},
        ),
        (
            "Reviewers",
            {
                "publish_product",
                "publish_brand",
                "unlock_product",
                "change_restrictedterm",
            },
            {"add_product", "delete_product"},
        ),
        ("Marketers", {"view_product", "view_market"}, {"change_product"}),
        ("Warehouse", {"access_admin"}, {"view_product", "change_variant"}),
        ("Finance", {"access_admin"}, {"view_product", "view_variantprice"}),
    ],
)
def test_default_roles_least_privilege(db, group, granted, refused):
    codenames = _codenames(group)

    assert granted <= codenames
    assert not refused & codenames


def test_default_roles_one_translators_group_per_locale(db):
    for locale in Locale.objects.all():
        group = Group.objects.get(name=f"Translators ({locale.language_code})")
        scopes = GroupLocale.objects.filter(group=group)

        assert [scope.locale_id for scope in scopes] == [locale.pk]
        assert "change_product" in _codenames(group.name)
        assert "publish_product" not in _codenames(group.name)


def test_default_roles_administrators_hold_every_permission(db):
    assert _codenames("Administrators") >= set(
        Permission.objects.values_list("codename", flat=True).filter(
            content_type__app_label="catalog"
        )
    )


def test_default_roles_no_page_permissions_in_a_headless_cms(db):
    assert not GroupPagePermission.objects.filter(
        group__name__in=["Editors", "Reviewers", "Marketers"]
    ).exists()
