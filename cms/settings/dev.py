"""Development: debug on, a local secret invented when none is set."""

from django.core.management.utils import get_random_secret_key

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
if not SECRET_KEY:  # noqa: F405
    # A throwaway key is fine for one developer's machine; production refuses.
    SECRET_KEY = get_random_secret_key()
