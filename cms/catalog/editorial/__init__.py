"""Editorial rules for catalog content: readiness, translation status, locale
permissions and the admin hooks that apply them.

The modules here read (selectors); the writes they need live in
``cms.catalog.services``.
"""
