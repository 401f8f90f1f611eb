"""Development: debug on; a local secret key kept in a git-ignored file."""

from pathlib import Path

from django.core.management.utils import get_random_secret_key

from .base import *  # noqa: F403
from .base import BASE_DIR, env_bool

DEBUG = env_bool("DEBUG", True)
if not SECRET_KEY:  # noqa: F405
    # A per-checkout key that survives restarts (a new key per process would
    # sign everyone out on each reload); production refuses to start without one.
    key_file = Path(BASE_DIR) / ".dev-secret-key"
    if not key_file.exists():
        key_file.write_text(get_random_secret_key())
        key_file.chmod(0o600)
    SECRET_KEY = key_file.read_text().strip()
