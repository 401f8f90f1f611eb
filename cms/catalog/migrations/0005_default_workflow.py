"""The default product workflow: Reviewers approve, then the market check runs.

Assigned to the Product and Brand snippets. Publishing happens when the last
task approves.
"""

from django.db import migrations

WORKFLOW = "Product approval"
REVIEW_TASK = "Reviewers approval"
READINESS_TASK = "Market readiness"


def _task(apps, model_name, app_label, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    model = apps.get_model(app_label, model_name)
    content_type, _ = ContentType.objects.get_or_create(
        app_label=app_label, model=model_name.lower()
    )
    task = model.objects.filter(name=name).first()
    if task is None:
        task = model.objects.create(name=name, content_type=content_type, active=True)
    return task


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    review = _task(apps, "GroupApprovalTask", "wagtailcore", REVIEW_TASK)
    review.groups.set([Group.objects.get(name="Reviewers")])
    readiness = _task(apps, "MarketReadinessTask", "catalog", READINESS_TASK)

    workflow, _ = Workflow.objects.get_or_create(
        name=WORKFLOW, defaults={"active": True}
    )
    for position, task in enumerate([review, readiness]):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task_id=task.pk, defaults={"sort_order": position}
        )
    for model in ["product", "brand"]:
        content_type, _ = ContentType.objects.get_or_create(
            app_label="catalog", model=model
        )
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=WORKFLOW).delete()
    Task.objects.filter(name__in=[REVIEW_TASK, READINESS_TASK]).delete()


class Migration(migrations.Migration):
    dependencies = [("catalog", "0004_default_roles")]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
