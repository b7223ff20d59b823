"""Every text is shown as plain text unless our code marks a label as rich text.

Qt guesses the format of label, message-box and tooltip text (``Qt.AutoText``):
anything that looks like HTML is rendered, so a child's name such as
``<font size=1 color=white>x</font><b>Sara</b>`` would hide part of itself and
``<img src=…>`` would load a local file. Rather than trusting each of many call
sites to remember ``setTextFormat``, one application-wide event filter sets
``Qt.PlainText`` on every QLabel when it is polished (before it is first shown).
That covers our labels and the labels inside QMessageBox, QInputDialog,
QProgressDialog, QFormLayout and Qt's tooltip (so widget tooltips and item-view
ToolTipRole data read exactly as the data says); QWizard's title formats are set
to plain as well. Buttons, window titles, tabs, menus, line edits and item views
never interpret markup.

A label that our code fills with deliberate markup opts out with
:func:`mark_rich_text`; any data in that markup must pass :func:`escape` first.
Qt's own About Qt box keeps its markup when opened through :func:`about_qt`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget

RICH_PROPERTY = "hjulet_rich_text"
# Every label passes through here before the first frame. Reading ``Qt`` (the
# namespace) would make PySide build its ~80 enum types then (~14 ms of a start),
# so the label's format is set through its Qt property, by the key's name: the same
# ``setTextFormat`` call inside Qt (tests/gui/test_plain_text.py reads it back).
_PLAIN = "PlainText"


def escape(text: str) -> str:
    """Data made safe for a rich-text context (kept line breaks)."""
    import html  # here: the first screen escapes nothing

    return html.escape(text, quote=True).replace("\n", "<br>")


def mark_rich_text(label: QLabel) -> None:
    """Our code's deliberate markup: this label keeps rich text."""
    from PySide6.QtCore import Qt

    label.setProperty(RICH_PROPERTY, True)
    label.setTextFormat(Qt.TextFormat.RichText)


_qt_own_box = False


def about_qt(parent: QWidget | None = None) -> None:
    """Qt's About box: Qt's own trusted markup, the one box left as rich text."""
    from PySide6.QtWidgets import QMessageBox

    global _qt_own_box
    _qt_own_box = True
    try:
        QMessageBox.aboutQt(parent)  # modal: its labels are polished inside
    finally:
        _qt_own_box = False


def _make_plain(widget: QWidget) -> None:
    if _qt_own_box and widget.window().inherits("QMessageBox"):
        return
    if isinstance(widget, QLabel):
        if widget.property(RICH_PROPERTY) is not True:
            widget.setProperty("textFormat", _PLAIN)
    elif widget.inherits("QWizard"):  # not isinstance: the first screen has no wizard
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QWizard

        assert isinstance(widget, QWizard)
        widget.setTitleFormat(Qt.TextFormat.PlainText)
        widget.setSubTitleFormat(Qt.TextFormat.PlainText)


class PlainTextFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QWidget):
            _make_plain(watched)
        return False


_installed: list[PlainTextFilter] = []


def install() -> None:
    """Install the filter on the running application (once; later calls do nothing)."""
    app = QCoreApplication.instance()
    if app is None or (_installed and _installed[0].parent() is app):
        return
    _installed.clear()
    filt = PlainTextFilter(app)
    app.installEventFilter(filt)
    _installed.append(filt)
    for widget in QApplication.allWidgets():  # any polished before the filter existed
        _make_plain(widget)
