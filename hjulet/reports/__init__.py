"""PDFs: the SIP summary, the child's own copy and the blank wheel sheet (reportlab only)."""

from hjulet.reports.blank_sheet import render_blank_sheet
from hjulet.reports.child_copy import render_child_copy
from hjulet.reports.labels import EN, SV, SummaryLabels, labels_for
from hjulet.reports.sharing import SharedView, shareable_view
from hjulet.reports.summary import SummaryData, render_summary

__all__ = [
    "EN",
    "SV",
    "SharedView",
    "SummaryData",
    "SummaryLabels",
    "labels_for",
    "render_blank_sheet",
    "render_child_copy",
    "render_summary",
    "shareable_view",
]
