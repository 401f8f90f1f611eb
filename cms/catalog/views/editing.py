"""Edit views for catalog snippets, with the workflow and lock rules added."""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail.snippets.views.snippets import EditView


class WorkflowLockAwareEditView(EditView):
    """Let a reviewer act on a workflow task even when an editor holds the lock.

    Wagtail refuses the whole edit form when the item is locked by someone
    else, which also blocks the reviewer's Approve / Request changes buttons.
    The lock protects the content, not the review: the action is applied to
    the revision under review and nothing of the form is saved.
    """

    def form_invalid(self, form):
        if self.action == "workflow-action" and self.produced_error_code == "locked":
            self.workflow_action_action()
            messages.success(
                self.request,
                f"{self.object} — workflow action “{self.workflow_action}” done. "
                f"It stays locked by {self.object.locked_by}.",
            )
            return redirect(self.get_edit_url())
        return super().form_invalid(form)
