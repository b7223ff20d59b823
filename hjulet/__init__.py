"""Hjulet: a child-led conversation aid for Barnets bästa-hjulet."""

__version__ = "0.1.0"
