"""Create the editorial groups with least privilege (see docs/workflow.md).

Permissions normally appear after migrate (post_migrate), so this migration
creates the ones it grants first. Running it again resets each group's
permissions to the list below.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

WORDS = ["product", "brand", "shopcategory", "attribute"]
FACTS = ["variant", "variantprice"]
REFERENCE = ["market", "googlecategory", "restrictedterm"]
PUBLISHABLE = ["product", "brand"]

# group name -> list of (app_label, codename)
ADMIN = [("wagtailadmin", "access_admin")]


def _perms(actions, models, app="catalog"):
    return [(app, f"{action}_{model}") for model in models for action in actions]


GROUPS = {
    "Editors": ADMIN
    + _perms(["add", "change", "view"], WORDS + FACTS)
    + _perms(["lock"], PUBLISHABLE)
    + _perms(["view"], REFERENCE)
    + [("wagtail_localize", "submit_translation")],
    "Reviewers": ADMIN
    + _perms(["change", "view"], WORDS + FACTS)
    + _perms(["publish", "lock", "unlock"], PUBLISHABLE)
    + _perms(["view"], ["market", "googlecategory"])
    + _perms(["add", "change", "delete", "view"], ["restrictedterm"]),
    "Marketers": ADMIN
    # TODO(marketing): grant boards, pins and channel settings when those
    # models exist (no issue filed yet); until then Marketers only read.
    + _perms(["view"], WORDS + FACTS + REFERENCE),
    # TODO(erp): grant the ERP models to Warehouse and Finance when they
    # exist (SILK-2); until then they may only sign in.
    "Warehouse": ADMIN,
    "Finance": ADMIN,
}
TRANSLATOR = ADMIN + _perms(["change", "view"], WORDS) + _perms(["view"], FACTS)
IMAGE_ACTIONS = {
    "Editors": ["add_image", "change_image", "choose_image"],
    "Reviewers": ["choose_image"],
    "Translators": ["choose_image"],
}


def _ensure_permissions(apps):
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, apps=apps, verbosity=0)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    # Wagtail adds these to snippets after migrate; grant them now.
    for model in PUBLISHABLE:
        content_type, _ = ContentType.objects.get_or_create(
            app_label="catalog", model=model
        )
        for action in ["publish", "lock", "unlock"]:
            Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )


def _grant(apps, group, wanted):
    Permission = apps.get_model("auth", "Permission")
    permissions = []
    for app_label, codename in wanted:
        permissions.append(
            Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
        )
    group.permissions.set(permissions)


def _grant_images(apps, group, codenames):
    """Reset the group's collection permissions: images only, no documents.

    Page permissions go too: the CMS is headless and has no pages to edit.
    """
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(group=group).delete()
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Permission = apps.get_model("auth", "Permission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    GroupCollectionPermission.objects.filter(group=group).delete()
    for codename in codenames:
        GroupCollectionPermission.objects.create(
            group=group,
            collection=root,
            permission=Permission.objects.get(
                content_type__app_label="wagtailimages", codename=codename
            ),
        )


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Locale = apps.get_model("wagtailcore", "Locale")
    GroupLocale = apps.get_model("catalog", "GroupLocale")
    Permission = apps.get_model("auth", "Permission")
    _ensure_permissions(apps)

    for name, wanted in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        _grant(apps, group, wanted)
        _grant_images(apps, group, IMAGE_ACTIONS.get(name, []))

    for locale in Locale.objects.order_by("language_code"):
        group, _ = Group.objects.get_or_create(
            name=f"Translators ({locale.language_code})"
        )
        _grant(apps, group, TRANSLATOR)
        _grant_images(apps, group, IMAGE_ACTIONS["Translators"])
        GroupLocale.objects.get_or_create(group=group, locale=locale)

    administrators, _ = Group.objects.get_or_create(name="Administrators")
    administrators.permissions.set(Permission.objects.all())
    _grant_images(
        apps,
        administrators,
        ["add_image", "change_image", "choose_image", "delete_image"],
    )


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__startswith="Translators (").delete()
    Group.objects.filter(
        name__in=["Reviewers", "Marketers", "Warehouse", "Finance", "Administrators"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0003_workflow_readiness_and_roles"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
