import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, WorkflowState

from cms.catalog.models import Brand, Product


def _submit(product, user):
    product.get_workflow().start(product, user)
    product.refresh_from_db()
    return product.current_workflow_task_state


def _approve(product, user):
    task_state = product.current_workflow_task_state
    task_state.task.specific.on_action(task_state, user, "approve")
    product.refresh_from_db()


def _actions(product):
    return list(
        ModelLogEntry.objects.for_instance(product)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def _edit_url(product):
    return reverse("wagtailsnippets_catalog_product:edit", args=[product.pk])


def test_product_workflow_default_reviewers_then_market_check(product):
    workflow = product.get_workflow()

    assert workflow.name == "Product approval"
    assert [task.name for task in workflow.tasks] == [
        "Reviewers approval",
        "Market readiness",
    ]


def test_roles_editor_cannot_publish_reviewer_can(editor, reviewer):
    assert editor.has_perm("catalog.change_product")
    assert not editor.has_perm("catalog.publish_product")
    assert reviewer.has_perm("catalog.publish_product")


def test_product_workflow_ready_product_approved_published_and_logged(
    product, editor, reviewer
):
    _submit(product, editor)
    assert not product.live

    _approve(product, reviewer)

    assert product.live
    state = WorkflowState.objects.get(object_id=str(product.pk))
    assert state.status == WorkflowState.STATUS_APPROVED
    actions = _actions(product)
    for action in (
        "wagtail.workflow.start",
        "wagtail.workflow.approve",
        "wagtail.publish",
    ):
        assert action in actions


def test_product_workflow_no_alt_text_rejected_with_reason(product, editor, reviewer):
    product.images.update(alt_text="")
    Product.objects.get(pk=product.pk).save_revision(user=editor)
    _submit(product, editor)

    _approve(product, reviewer)

    assert not product.live
    state = WorkflowState.objects.get(object_id=str(product.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "The main image has no alt text."
    assert "wagtail.workflow.reject" in _actions(product)


def test_product_edit_view_rejected_by_market_check_shows_each_reason(
    client, product, editor, reviewer
):
    product.images.update(alt_text="")
    product.variants.update(hs_code="")
    Product.objects.get(pk=product.pk).save_revision(user=editor)
    _submit(product, editor)
    _approve(product, reviewer)
    client.force_login(editor)

    response = client.get(_edit_url(product))

    assert response.status_code == 200
    (message,) = [str(m) for m in response.context["messages"]]
    assert message.startswith("The market readiness check sent this product back")
    assert "<li>The main image has no alt text.</li>" in message
    assert "<li>SKU MUG-1-BLUE ships but has no HS code.</li>" in message


def test_product_edit_view_reviewer_approves_item_locked_by_editor(
    client, product, editor, reviewer
):
    task_state = _submit(product, editor)
    Product.objects.filter(pk=product.pk).update(
        locked=True, locked_by=editor, locked_at=timezone.now()
    )
    client.force_login(reviewer)
    form = client.get(_edit_url(product)).context["form"]
    data = {
        key: value
        for key, value in form.initial.items()
        if isinstance(value, str | int)
    }

    response = client.post(
        _edit_url(product),
        {
            **data,
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "images-TOTAL_FORMS": "0",
            "images-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 302
    product.refresh_from_db()
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_APPROVED
    assert product.live
    assert product.locked_by == editor


def test_workflow_cancel_releases_lock_at_once(product, editor):
    _submit(product, editor)
    Product.objects.filter(pk=product.pk).update(
        locked=True, locked_by=editor, locked_at=timezone.now()
    )
    product.refresh_from_db()

    product.current_workflow_state.cancel(user=editor)

    product.refresh_from_db()
    assert not product.locked
    assert product.locked_by is None
    assert "wagtail.unlock" in _actions(product)


def test_publish_scheduled_product_goes_live_then_expires(product, reviewer):
    product.go_live_at = timezone.now() + timedelta(hours=1)
    revision = product.save_revision(user=reviewer)
    revision.publish(user=reviewer)
    product.refresh_from_db()
    assert not product.live
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None

    # An hour passes: the scheduled time is now in the past.
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", stdout=io.StringIO())
    product.refresh_from_db()
    assert product.live

    Product.objects.filter(pk=product.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    call_command("publish_scheduled", stdout=io.StringIO())
    product.refresh_from_db()
    assert not product.live
    assert product.expired


@pytest.mark.parametrize("user_fixture", ["editor", "reviewer"])
def test_product_history_view_lists_workflow_actions(
    request, client, product, editor, reviewer, user_fixture
):
    _submit(product, editor)
    _approve(product, reviewer)
    client.force_login(request.getfixturevalue(user_fixture))

    response = client.get(
        reverse("wagtailsnippets_catalog_product:history", args=[product.pk])
    )

    assert response.status_code == 200
    body = response.content.decode()
    assert "Published" in body
    assert "Approved" in body


def test_workflow_action_view_reviewer_rejects_item_locked_by_editor(
    client, product, editor, reviewer
):
    task_state = _submit(product, editor)
    Product.objects.filter(pk=product.pk).update(
        locked=True, locked_by=editor, locked_at=timezone.now()
    )
    client.force_login(reviewer)
    url = reverse(
        "wagtailsnippets_catalog_product:workflow_action",
        args=[product.pk, "reject", task_state.pk],
    )

    response = client.post(url, {"comment": "Say what the mug is made of."})

    assert response.status_code == 302
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_REJECTED
    assert task_state.comment == "Say what the mug is made of."


def test_brand_workflow_same_review_and_check_passes_brands(
    locale_en, editor, reviewer
):
    brand = Brand.objects.create(name="Acme", slug="acme", locale=locale_en, live=False)
    brand.save_revision(user=editor)

    brand.get_workflow().start(brand, editor)
    task_state = brand.current_workflow_task_state
    task_state.task.specific.on_action(task_state, reviewer, "approve")

    brand.refresh_from_db()
    assert brand.get_workflow().name == "Product approval"
    assert brand.live
