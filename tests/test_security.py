"""Login lockout, password rules and the production deploy check."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

ROOT = Path(__file__).resolve().parent.parent


def test_check_deploy_production_settings_no_issues():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "example.com",
    }
    env.pop("DATABASE_URL", None)

    result = subprocess.run(  # noqa: S603 (fixed argv, our own manage.py)
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_without_secret_key_refuse_to_start():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.production"}
    env.pop("SECRET_KEY", None)

    result = subprocess.run(  # noqa: S603 (fixed argv, our own manage.py)
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


@pytest.mark.parametrize("password", ["short", "password123", "1234567890123"])
def test_validate_password_weak_password_rejected(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_admin_login_repeated_failures_lock_the_account_out(client, db):
    User.objects.create_user("ed", "ed@example.com", "correct horse battery")
    url = reverse("wagtailadmin_login")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, {"username": "ed", "password": "wrong guess"})

    response = client.post(url, {"username": "ed", "password": "correct horse battery"})

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_admin_login_correct_password_after_few_failures_signs_in(client, db):
    User.objects.create_user("ed", "ed@example.com", "correct horse battery")
    User.objects.filter(username="ed").update(is_staff=True)
    url = reverse("wagtailadmin_login")
    client.post(url, {"username": "ed", "password": "wrong guess"})

    response = client.post(url, {"username": "ed", "password": "correct horse battery"})

    assert response.status_code == 302
    assert "_auth_user_id" in client.session
