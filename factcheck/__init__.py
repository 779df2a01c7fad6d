"""factcheck: find unsourced claims, anonymous sources, conflicting figures and
quote variants in news articles before publication."""

__version__ = "0.1.0"
