"""Constants that the model, the wheel catalogue, the settings and the PDFs share.

They live apart so that reading the settings (the first thing the app's start
does) imports neither the model nor the catalogue, and ``hjulet --help`` can
name the summary's languages and papers without the PDF labels (and the model
they pull in); those modules re-export them.
"""

from __future__ import annotations

from typing import Literal

MAX_TEXT = 50_000  # characters per text field
MAX_SHORT = 200  # names, codes, places
DEFAULT_DEFINITION = "barnets-basta-hjulet"  # the wheel definition a new vault uses

SUMMARY_LANGUAGES: tuple[str, ...] = ("sv", "en")  # the languages a SIP summary is printed in
Paper = Literal["A4", "A3"]
PAPERS: tuple[Paper, ...] = ("A4", "A3")
