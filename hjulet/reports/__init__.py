"""PDFs: the SIP summary, the child's own copy and the blank wheel sheet (reportlab only).

The names below are loaded on first use (PEP 562), so that importing a light
part such as ``hjulet.reports.labels`` does not start reportlab.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hjulet.reports.blank_sheet import render_blank_sheet
    from hjulet.reports.child_copy import render_child_copy
    from hjulet.reports.labels import EN, SV, SummaryLabels, labels_for
    from hjulet.reports.summary import SummaryData, render_summary

# name -> the module of ours that defines it
_WHERE = {
    "render_blank_sheet": "blank_sheet",
    "render_child_copy": "child_copy",
    "EN": "labels",
    "SV": "labels",
    "SummaryLabels": "labels",
    "labels_for": "labels",
    "SummaryData": "summary",
    "render_summary": "summary",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


__all__ = [
    "EN",
    "SV",
    "SummaryData",
    "SummaryLabels",
    "labels_for",
    "render_blank_sheet",
    "render_child_copy",
    "render_summary",
]
