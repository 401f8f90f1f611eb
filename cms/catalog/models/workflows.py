"""Workflow tasks that run by themselves, without a reviewer."""

import logging

from wagtail.models import Task

logger = logging.getLogger(__name__)


class MarketReadinessTask(Task):
    """Approve a product when every market it is listed in can sell it.

    The task decides as soon as it starts: it approves, or it rejects with the
    reasons as the task comment, which the editor sees in the edit view and in
    the workflow history. Content types without a readiness rule pass.
    """

    def start(self, workflow_state, user=None):
        # Import cycle: selectors import the catalog models.
        from cms.catalog.editorial.readiness import readiness_issues_for_object

        task_state = super().start(workflow_state, user=user)
        obj = task_state.revision.as_object() if task_state.revision else None
        issues = readiness_issues_for_object(obj=obj) if obj is not None else []
        extra = {
            "task_state_id": task_state.pk,
            "object_id": workflow_state.object_id,
            "issue_count": len(issues),
        }
        if issues:
            comment = "\n".join(issue.message for issue in issues)
            task_state.reject(user=None, update=False, comment=comment)
            logger.info("Market readiness rejected %s", obj, extra=extra)
        else:
            task_state.approve(user=None, update=False)
            logger.info("Market readiness approved %s", obj, extra=extra)
        return task_state

    def get_actions(self, obj, user):
        return []

    class Meta:
        verbose_name = "market readiness check"
        verbose_name_plural = "market readiness checks"
