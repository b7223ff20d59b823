"""Application-wide rules for every window: fit the screen, no accidental wheel input.

Installed once on the QApplication (:func:`install_app_rules`), so no window or
dialog needs code of its own:

* **Fit**: when any dialog is shown it is kept inside the available area of
  its screen (the screen minus the taskbar). A dialog whose content needs
  more room than the screen has gets a scroll area around its content, with its
  button row kept outside so Save / Close always stay reachable. Big windows
  use :func:`fit_window` for their first size, which takes the screen's size
  into account, restores the remembered geometry and opens maximised on a small
  screen.
* **No accidental input**: a combo box, spin box or slider only reacts to the
  mouse wheel when it has the keyboard focus. Otherwise the wheel event goes on
  to the scroll area around it, so scrolling a form never changes an answer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

# Screens smaller than this (in logical pixels) get big windows maximised: a
# 1366x768 laptop, or any screen at 150 % scaling.
SMALL_SCREEN = QSize(1500, 900)

_installed: tuple[QObject, AppRules] | None = None
_SCROLLED_PROPERTY = "hjulet_scrolled"


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (or the primary screen) windows may use."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def is_small_screen(area: QRect) -> bool:
    return area.width() < SMALL_SCREEN.width() or area.height() < SMALL_SCREEN.height()


def fit_window(
    window: QWidget,
    preferred: QSize,
    *,
    saved: QByteArray | None = None,
    maximise_when_small: bool = True,
) -> bool:
    """First size of a big window: the remembered geometry if it still fits the
    screen, else the preferred size capped to the screen (maximised on a small one).

    Returns whether the window is best maximised: a small screen and nothing
    remembered. ``maximise_when_small=False`` leaves that to the caller, which can
    then show it with ``showMaximized()`` (the main window does: that needs no
    ``Qt`` enum before the first frame, see :func:`clamp_to_screen`).
    """
    area = available_area(window)
    if saved is not None and not saved.isEmpty() and window.restoreGeometry(saved):
        clamp_to_screen(window)
        return False
    # a big screen gives a big window: at least the preferred size, up to 85 % of it
    width = min(max(preferred.width(), int(area.width() * 0.85)), area.width())
    height = min(max(preferred.height(), int(area.height() * 0.85)), area.height())
    window.resize(width, height)
    window.move(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
    )
    small = is_small_screen(area)
    if maximise_when_small and small:
        from PySide6.QtCore import Qt

        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return small


def clamp_to_screen(window: QWidget, *, move: bool = True) -> None:
    """Keep a window inside its screen's available area (never bigger, never off it).

    ``move=False``: only its size (Qt places it later, see :func:`fit_dialog`)."""
    # isMaximized()/isFullScreen(), not windowState(): these rules run for the first
    # screen, and any ``Qt`` enum makes PySide build the whole Qt namespace's ~80
    # enum types (~14 ms of the start)
    if window.isMaximized() or window.isFullScreen():
        return
    area = available_area(window)
    frame = window.frameGeometry()
    extra_w = max(0, frame.width() - window.width())
    extra_h = max(0, frame.height() - window.height())
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.setMinimumSize(
            min(window.minimumWidth(), width), min(window.minimumHeight(), height)
        )
        window.resize(width, height)
    if not move:
        return
    x = min(max(frame.x(), area.x()), area.right() + 1 - width - extra_w)
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - height - extra_h)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def make_scrollable(widget: QWidget) -> QScrollArea | None:
    """Put the widget's content in a scroll area, keeping a button row outside it.

    Returns the scroll area, or None when the widget has no layout or is done.
    """
    from PySide6.QtCore import Qt

    if widget.property(_SCROLLED_PROPERTY):
        return None
    layout = widget.layout()
    if layout is None:
        return None
    widget.setProperty(_SCROLLED_PROPERTY, True)
    buttons = _take_button_box(layout)
    inner = QWidget()
    inner.setObjectName("scrolledContent")
    inner.setLayout(layout)  # Qt moves the layout and its widgets over
    scroll = QScrollArea()
    scroll.setObjectName("fitScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setWidget(inner)
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll, 1)
    if buttons is not None:
        row = QWidget()
        row_layout = QVBoxLayout(row)
        margins = layout.contentsMargins()
        row_layout.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
        row_layout.addWidget(buttons)
        outer.addWidget(row)
    return scroll


def scroll_wrapped(widget: QWidget) -> QScrollArea:
    """The widget in a frameless scroll area (for pages and tabs that may not fit)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class PageTabs(QTabWidget):
    """Tabs whose pages each scroll on their own.

    Wrapping the whole tab widget in one scroll area makes every page as tall as
    the tallest (a tab widget's minimum is its biggest page's), so a short page
    scrolls for a long one's sake. Pages are added with :meth:`add_page` and
    addressed by the page itself (``setCurrentWidget(page)``), not its wrapper.
    """

    def add_page(self, page: QWidget, title: str) -> int:
        return self.addTab(scroll_wrapped(page), title)

    def indexOf(self, page: QWidget) -> int:
        for i in range(self.count()):
            holder = self.widget(i)
            if holder is page or (isinstance(holder, QScrollArea) and holder.widget() is page):
                return i
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)

    def current_page(self) -> QWidget | None:
        holder = self.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else holder


def _take_button_box(layout: QLayout) -> QDialogButtonBox | None:
    """The dialog's last button box, taken out of its layout (top level only)."""
    for i in range(layout.count() - 1, -1, -1):
        item = layout.itemAt(i)
        w = item.widget() if item is not None else None
        if isinstance(w, QDialogButtonBox):
            layout.takeAt(i)
            return w
    return None


def needs_scrolling(widget: QWidget, area: QRect) -> bool:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return hint.height() > area.height() - 40 or hint.width() > area.width()


def fit_dialog(dialog: QWidget) -> None:
    """Scroll rather than clip, then keep the dialog on screen.

    A dialog that nobody has placed yet is not moved: QDialog centres it on its
    parent in its own show event, after the application's filters, and keeps it
    inside the available area (moving it here would pin it to the corner).
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    area = available_area(dialog)
    if isinstance(dialog, QWizard):
        if needs_scrolling(dialog, area):
            for page_id in dialog.pageIds():
                page = dialog.page(page_id)
                if page is not None:
                    make_scrollable(page)
    elif needs_scrolling(dialog, area):
        make_scrollable(dialog)
    # never smaller than its content needs (an explicit minimum width can hide that)
    hint = dialog.minimumSizeHint()
    grow_w = min(max(dialog.width(), hint.width()), area.width())
    grow_h = min(max(dialog.height(), hint.height()), area.height())
    if (grow_w, grow_h) != (dialog.width(), dialog.height()):
        dialog.resize(grow_w, grow_h)
    if needs_scrolling(dialog, area) or dialog.height() > area.height():
        dialog.setMinimumSize(
            min(dialog.minimumWidth(), area.width()), min(dialog.minimumHeight(), area.height())
        )
        dialog.resize(min(dialog.width(), area.width()), min(dialog.height(), area.height() - 40))
    clamp_to_screen(dialog, move=dialog.testAttribute(Qt.WidgetAttribute.WA_Moved))


def size_fits(dialog: QWidget) -> bool:
    """The dialog's size needs no fitting: no scrolling, not smaller than its content
    needs, not bigger (with its frame) than the available area."""
    area = available_area(dialog)
    hint = dialog.minimumSizeHint()
    frame = dialog.frameGeometry()
    return (
        not needs_scrolling(dialog, area)
        and hint.width() <= dialog.width()
        and hint.height() <= dialog.height()
        and max(frame.width(), dialog.width()) <= area.width()
        and max(frame.height(), dialog.height()) <= area.height()
    )


def _is_dialog_type(widget: QWidget) -> bool:
    """A dialog window, not a plain window made of a QDialog (child mode, guardians)."""
    # Reading a window type makes PySide build every ``Qt`` enum type (~14 ms): done
    # only for a dialog that needs fitting, so the first screen (the unlock dialog,
    # which fits) is painted without it.
    from PySide6.QtCore import Qt

    return widget.windowType() in (Qt.WindowType.Dialog, Qt.WindowType.Sheet)


class AppRules(QObject):
    """The one application event filter behind the rules in this module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            return self._wheel(watched, event)
        # dialogs: big windows size themselves with fit_window; child mode is full screen
        if (
            kind == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and watched.isWindow()
            and not size_fits(watched)  # first: the window type is a ``Qt`` enum
            and _is_dialog_type(watched)
        ):
            fit_dialog(watched)
        return False

    @staticmethod
    def _wheel(watched: QObject, event: Any) -> bool:
        from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar

        if not isinstance(watched, QComboBox | QAbstractSpinBox | QAbstractSlider):
            return False
        if isinstance(watched, QScrollBar):
            return False
        if watched.hasFocus():
            return False
        # not ours to change: hand the wheel on to the scroll area around it
        event.ignore()
        return True


def install_app_rules(app: QApplication | None = None) -> AppRules | None:
    """Install the rules once per application (later calls do nothing)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        return None
    global _installed
    if _installed is not None and _installed[0] is app:
        return _installed[1]
    rules = AppRules(app)
    app.installEventFilter(rules)
    _installed = (app, rules)
    return rules


def scroll_to_top(area: QAbstractScrollArea) -> None:
    area.verticalScrollBar().setValue(0)
    area.horizontalScrollBar().setValue(0)


__all__ = [
    "AppRules",
    "PageTabs",
    "available_area",
    "clamp_to_screen",
    "fit_dialog",
    "fit_window",
    "install_app_rules",
    "is_small_screen",
    "make_scrollable",
    "scroll_to_top",
    "scroll_wrapped",
    "size_fits",
]
