"""A typing box's text starts on the side its writing starts.

Qt's ``QPlainTextEdit`` lays every paragraph out from the left, even Arabic, Persian
or Dari in a right-to-left window (measured: its document's default alignment is
left, and the plain-text layout does not turn it by a paragraph's direction, as
``QTextEdit`` does). A child typing Arabic then saw their words and the cursor
start at the wrong edge of the box.

``follow_writing(edit)`` aligns the box by its text's first strong character (the
paragraph direction of the Unicode bidirectional algorithm, which Qt also uses to
order the letters): Arabic text sits on the right, Swedish text on the left. An
empty box (or one with only digits and punctuation) follows the window's direction,
so the cursor waits on the side where the child's language starts. The alignment is
absolute, and set only when it changes (no relayout per keystroke).

The box also never holds more than a text field can keep (``MAX_TEXT`` characters):
a paste past that is cut at the limit, as a one-line box's maximum length does. The
vault would refuse the whole text with a message in the adult's language, on a
child's or guardian's screen, and the guardian's box would go back to what was saved.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from hjulet.core.constants import MAX_TEXT
from hjulet.core.text import first_strong_is_rtl

# how far into the text the first strong character is looked for (a box may hold
# 50,000 characters; a run of that many digits and spaces decides nothing anyway)
LOOK_CHARS = 2_000


def writing_is_rtl(text: str, default_rtl: bool) -> bool:
    """Whether a box holding ``text`` reads right to left (``default_rtl`` when its
    start has no strong character)."""
    found = first_strong_is_rtl(text[:LOOK_CHARS])
    return default_rtl if found is None else found


class _Follower(QObject):
    def __init__(self, edit: QPlainTextEdit, limit: int) -> None:
        super().__init__(edit)
        self.edit = edit
        self.limit = limit
        self.rtl: bool | None = None
        edit.textChanged.connect(self.apply)
        edit.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        edit = self.edit
        text = edit.toPlainText()
        if len(text) > self.limit:  # cut at the limit (its textChanged comes back here)
            cursor = QTextCursor(edit.document())
            cursor.setPosition(len(text[: self.limit].encode("utf-16-le")) // 2)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            return
        rtl = writing_is_rtl(text, edit.isRightToLeft())
        if rtl == self.rtl:
            return
        self.rtl = rtl
        document = edit.document()
        option = document.defaultTextOption()
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        document.setDefaultTextOption(option)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.apply()  # an empty box follows the window's new direction
        return False


def follow_writing(edit: QPlainTextEdit, limit: int = MAX_TEXT) -> QPlainTextEdit:
    """Keep ``edit``'s text on the side its writing starts, and at most ``limit``
    characters long (returns ``edit``)."""
    if edit.findChild(_Follower, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        _Follower(edit, limit)
    return edit
