"""Page furniture shared by every Hjulet PDF: "page X of Y", marking, metadata.

``numbered_canvas`` makes a canvas class that holds each page until the end so
the footer can say "Sida 2 av 5", and draws a caller's header/footer on every
page. ``make_doc`` builds a document whose metadata carries no personal data:
a generic title, the organisation (or nothing) as author, no subject, no
keywords.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

PageHook = Callable[[Canvas, int, int], None]  # (canvas, page, pages)


def numbered_canvas(hook: PageHook) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                hook(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def make_doc(
    out: Path | BinaryIO,
    *,
    title: str,
    author: str,
    pagesize: tuple[float, float] = A4,
    margins: tuple[float, float, float, float] = (50.0, 50.0, 56.0, 56.0),
) -> BaseDocTemplate:
    """A one-frame document; margins are (left, right, top, bottom) in points."""
    left, right, top, bottom = margins
    target: str | BinaryIO = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        subject="",
        keywords="",
        creator="Hjulet",
        producer="Hjulet (reportlab)",
    )
    frame = Frame(
        left,
        bottom,
        pagesize[0] - left - right,
        pagesize[1] - top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
