"""Browser fixtures: Debian's Chromium driven by Playwright against live_server.

The tests skip, saying why, when /usr/bin/chromium is missing (``make e2e``
and ``.ci/run`` install it). Screenshots go to
``test-artifacts/e2e/<test name>/NN-step.png`` (git-ignored).
"""

import re
import shutil
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.db import connections

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def browser(monkeypatch):
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: run .ci/install-browser (or make e2e)")
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the
    # test makes between browser steps are still plain synchronous calls.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        )
        yield browser
        browser.close()
        # While Playwright's loop runs, Django keeps a separate connection for
        # this context; close it, or PostgreSQL cannot drop the test database.
        connections.close_all()


class Screenshots:
    """Numbered screenshots of one test, in a folder named after it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.count = 0

    def take(self, page, step: str) -> Path:
        self.count += 1
        path = self.folder / f"{self.count:02d}-{step}.png"
        page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture
def screenshots(request) -> Screenshots:
    folder = ARTIFACTS / re.sub(r"[^\w.-]+", "_", request.node.name)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return Screenshots(folder)


def _user(username: str, group: str) -> User:
    user = User.objects.create_user(username, f"{username}@example.com", PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def e2e_editor(transactional_db) -> User:
    return _user("edna", "Editors")


@pytest.fixture
def e2e_reviewer(transactional_db) -> User:
    return _user("rita", "Reviewers")
