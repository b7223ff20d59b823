"""Constants that the model, the wheel catalogue and the settings share.

They live apart so that reading the settings (the first thing the app's start
does) imports neither the model nor the catalogue; those modules re-export them.
"""

from __future__ import annotations

MAX_TEXT = 50_000  # characters per text field
MAX_SHORT = 200  # names, codes, places
DEFAULT_DEFINITION = "barnets-basta-hjulet"  # the wheel definition a new vault uses
