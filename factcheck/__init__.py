"""factcheck: find unsourced claims, anonymous sources, conflicting figures and
quote variants in news articles before publication.

The Python API (``factcheck.api``, documented in docs/api.md)::

    import factcheck
    report = factcheck.check_paths(["drafts/"])
"""

from factcheck.version import __version__
__all__ = ["__version__", "check_paths", "load_settings", "render_report"]


def __getattr__(name: str) -> object:
    # The API is imported on first use, so that `import factcheck` (and the
    # command line's start-up) stays light.
    if name in ("check_paths", "load_settings", "render_report"):
        from factcheck import api

        return getattr(api, name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
