"""A child's conversations over time: two wheels compared, and one area's timeline.

Only the child's own earlier pictures are compared: no totals, no targets, no
other children. The per-area timeline puts the child's own words beside each
answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hjulet.core.guardian import GuardianView
from hjulet.core.model import Answer, AnswerKind, Conversation
from hjulet.gui.wheel.state import WheelState, answer_text
from hjulet.gui.wheel.widget import WheelWidget

Index = QModelIndex | QPersistentModelIndex
CONVERSATION_ID_ROLE = Qt.ItemDataRole.UserRole + 2


def describe_answer(conv: Conversation, answer: Answer, lang: str) -> str:
    """The answer in words, in ``lang`` where the scale has it."""
    if answer.kind is AnswerKind.NOT_ASKED:
        return QCoreApplication.translate("Compare", "Not asked")
    text = answer_text(WheelState(conv.definition, conv.scale, lang), answer)
    return text or QCoreApplication.translate("Compare", "Not asked")


def conversation_label(conv: Conversation) -> str:
    if conv.place:
        return (
            QCoreApplication.translate("Compare", "%1 – %2")
            .replace("%1", conv.held_on.isoformat())
            .replace("%2", conv.place)
        )
    return conv.held_on.isoformat()


class ReadOnlyWheel(WheelWidget):
    """A wheel to look at: no clicks, drags, keys or context menu change it."""

    def __init__(self, conv: Conversation, language: str, parent: QWidget | None = None) -> None:
        super().__init__(conv.definition, conv.scale, language, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # no touch targets to keep: the wheel gives way so every area's name stands whole
        self.set_fit_labels(True)
        self.show_conversation(conv)

    def show_conversation(self, conv: Conversation, previous: Conversation | None = None) -> None:
        self.set_definition(conv.definition, conv.scale, self.state.language)
        child = {a: e.answer for a, e in conv.entries.items()}
        adult = {a: e.adult_answer for a, e in conv.entries.items()}
        prev: dict[str, Answer] = {}
        if previous is not None:
            prev = {
                a: e.answer
                for a, e in previous.entries.items()
                if a in conv.definition.area_ids
                and not (e.answer.level is not None and e.answer.level > conv.scale.size)
            }
        self.set_answers(child=child, adult=adult, previous=prev)
        self.set_show_previous(previous is not None)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.ignore()

    # Looking needs no 44 px touch targets: let comparisons fit a 1366x768 screen.
    def minimumSizeHint(self) -> QSize:
        return QSize(220, 220)

    def hasHeightForWidth(self) -> bool:
        # drawn square in whatever it gets: a wide pair must not grow taller than the page
        return False

    def sizeHint(self) -> QSize:
        return QSize(380, 380)


class CompareView(QWidget):
    """Pick two conversations; see them side by side or as an outline overlay."""

    def __init__(self, language: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._convs: list[Conversation] = []
        self.first = QComboBox()
        self.first.setAccessibleName(self.tr("Earlier conversation"))
        self.second = QComboBox()
        self.second.setAccessibleName(self.tr("Later conversation"))
        self.side_by_side = QRadioButton(self.tr("Side by side"))
        self.overlay = QRadioButton(self.tr("Outline overlay"))
        self.side_by_side.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.side_by_side)
        self.mode.addButton(self.overlay)
        for combo in (self.first, self.second):
            # never narrower than its longest date and place: a cut date misleads
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        # Two rows: how to show, then what: each picker stands over its own wheel, so
        # it names that wheel (one row pushed the page sideways at 150 %, and a
        # caption under each picker repeating it pushed the page down).
        pick = QGridLayout()
        for column, (words, combo) in enumerate(
            ((self.tr("Compare"), self.first), (self.tr("with"), self.second))
        ):
            half = QHBoxLayout()
            half.addWidget(QLabel(words))
            half.addWidget(combo)
            half.addStretch(1)
            pick.addLayout(half, 0, column)
            pick.setColumnStretch(column, 1)
        how = QHBoxLayout()
        how.addWidget(self.side_by_side)
        how.addWidget(self.overlay)
        # the family's own views: one labelled mark per guardian, switched on by the professional
        self._guardian_views: dict[int, list[GuardianView]] = {}
        self.family_toggle = QCheckBox(self.tr("Guardians' views"))
        self.family_toggle.setToolTip(self.tr("Show each guardian's own view as a mark of its own"))
        self.family_toggle.setEnabled(False)
        how.addWidget(self.family_toggle)
        how.addStretch(1)
        self.stack = QStackedWidget()
        self.pair = QWidget()
        grid = QGridLayout(self.pair)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.left: ReadOnlyWheel | None = None
        self.right: ReadOnlyWheel | None = None
        self.pair_grid = grid
        self.single = QWidget()
        single_layout = QVBoxLayout(self.single)
        single_layout.setContentsMargins(0, 0, 0, 0)
        self.overlay_caption = QLabel()
        self.overlay_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overlay_caption.setWordWrap(True)
        self.overlay_wheel: ReadOnlyWheel | None = None
        self.single_layout = single_layout
        single_layout.addWidget(self.overlay_caption)
        self.stack.addWidget(self.pair)
        self.stack.addWidget(self.single)
        self.empty = QLabel(
            self.tr("There is nothing to compare yet: a comparison needs two conversations.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(how)
        layout.addLayout(pick)
        layout.addWidget(self.stack, 1)
        self.first.currentIndexChanged.connect(self.update_view)
        self.second.currentIndexChanged.connect(self.update_view)
        self.side_by_side.toggled.connect(self.update_view)
        self.family_toggle.toggled.connect(self.update_view)

    def set_guardian_views(self, by_conversation: Mapping[int, list[GuardianView]]) -> None:
        """The guardians' own views per conversation id (before ``set_conversations``)."""
        self._guardian_views = {k: list(v) for k, v in by_conversation.items()}
        self.family_toggle.setEnabled(any(self._guardian_views.values()))

    def _family_marks(self, wheel: ReadOnlyWheel, conv: Conversation) -> None:
        from hjulet.gui.guardians.marks import guardian_marks

        views = self._guardian_views.get(conv.id or 0, [])
        wheel.set_guardian_views(guardian_marks(views))
        wheel.set_show_guardian_views(self.family_toggle.isChecked())

    def set_conversations(self, convs: list[Conversation]) -> None:
        """Oldest first. Preselects the two most recent."""
        self._convs = list(convs)
        for combo in (self.first, self.second):
            combo.blockSignals(True)
            combo.clear()
            for c in self._convs:
                combo.addItem(conversation_label(c), c.id)
            combo.blockSignals(False)
        if len(self._convs) >= 2:
            self.first.setCurrentIndex(len(self._convs) - 2)
            self.second.setCurrentIndex(len(self._convs) - 1)
        self.update_view()

    def select(self, first_id: int, second_id: int) -> None:
        self.first.setCurrentIndex(self.first.findData(first_id))
        self.second.setCurrentIndex(self.second.findData(second_id))

    def _conv(self, combo: QComboBox) -> Conversation | None:
        i = combo.currentIndex()
        return self._convs[i] if 0 <= i < len(self._convs) else None

    def _wheel(self, current: ReadOnlyWheel | None, conv: Conversation) -> ReadOnlyWheel:
        if current is None:
            current = ReadOnlyWheel(conv, self.language)
        else:
            current.show_conversation(conv)
        self._family_marks(current, conv)
        return current

    def update_view(self, *_args: object) -> None:
        a, b = self._conv(self.first), self._conv(self.second)
        if len(self._convs) == 1:
            self._show_only(self._convs[0])
            return
        if len(self._convs) < 2 or a is None or b is None:
            self.stack.setCurrentWidget(self.empty)
            return
        for combo in (self.first, self.second, self.side_by_side, self.overlay):
            combo.setEnabled(True)
        if self.side_by_side.isChecked():
            new_left = self.left is None
            self.left = self._wheel(self.left, a)
            self.right = self._wheel(self.right, b)
            if new_left:
                self.pair_grid.addWidget(self.left, 0, 0)
                self.pair_grid.addWidget(self.right, 0, 1)
            self.left.setAccessibleName(
                QCoreApplication.translate("Compare", "Wheel of %1").replace(
                    "%1", a.held_on.isoformat()
                )
            )
            self.right.setAccessibleName(
                QCoreApplication.translate("Compare", "Wheel of %1").replace(
                    "%1", b.held_on.isoformat()
                )
            )
            self.stack.setCurrentWidget(self.pair)
            return
        if self.overlay_wheel is None:
            self.overlay_wheel = ReadOnlyWheel(b, self.language)
            self.single_layout.addWidget(self.overlay_wheel, 1)
        same_scale = a.scale.size == b.scale.size
        self.overlay_wheel.show_conversation(b, a if same_scale else None)
        self._family_marks(self.overlay_wheel, b)
        if same_scale:
            text = (
                self.tr("Filled: %1. Dashed outline: %2.")
                .replace("%1", b.held_on.isoformat())
                .replace("%2", a.held_on.isoformat())
            )
        else:
            text = self.tr(
                "These two conversations used different scales, so no outline is drawn. "
                "Compare them side by side instead."
            )
        self.overlay_caption.setText(text)
        self.overlay_wheel.setAccessibleName(text)
        self.stack.setCurrentWidget(self.single)

    def _show_only(self, conv: Conversation) -> None:
        """One conversation: its wheel, and a word on what a comparison needs."""
        for w in (self.first, self.second, self.side_by_side, self.overlay):
            w.setEnabled(False)
        if self.overlay_wheel is None:
            self.overlay_wheel = ReadOnlyWheel(conv, self.language)
            self.single_layout.addWidget(self.overlay_wheel, 1)
        self.overlay_wheel.show_conversation(conv)
        text = self.tr(
            "The latest wheel, %1. A comparison appears here after the next conversation."
        ).replace("%1", conversation_label(conv))
        self.overlay_caption.setText(text)
        self.overlay_wheel.setAccessibleName(text)
        self.stack.setCurrentWidget(self.single)

    def clear(self) -> None:
        self.set_conversations([])


TIMELINE_COLUMNS = ("date", "answer", "words", "good", "hard", "wish", "adult", "family")


class TimelineModel(QAbstractTableModel):
    """One area across all conversations, newest first (like the conversation list):
    answer and the child's words."""

    def __init__(self, language: str = "sv", parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self._convs: list[Conversation] = []
        self.area_id = ""
        self.guardian_views: dict[int, list[GuardianView]] = {}

    def _family_text(self, conv: Conversation) -> str:
        """Each guardian's own answer and words for the area, one line each, never merged."""
        from hjulet.gui.guardians.marks import guardian_badge

        lines = []
        for view in self.guardian_views.get(conv.id or 0, []):
            entry = view.entry(self.area_id)
            parts = []
            if entry.answer.is_given:
                parts.append(describe_answer(conv, entry.answer, self.language))
            if entry.words:
                parts.append(entry.words)
            if parts:
                lines.append(f"{guardian_badge(view.role)}: " + " – ".join(parts))
        return "\n".join(lines)

    def set_data(self, convs: list[Conversation], area_id: str) -> None:
        self.beginResetModel()
        self._convs = [c for c in convs if area_id in c.definition.area_ids][::-1]
        self.area_id = area_id
        self.endResetModel()

    def clear(self) -> None:
        self.set_data([], "")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._convs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TIMELINE_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(TIMELINE_COLUMNS):
            return None
        return (
            QCoreApplication.translate("Compare", "Date"),
            QCoreApplication.translate("Compare", "How it is (child)"),
            QCoreApplication.translate("Compare", "The child's own words"),
            QCoreApplication.translate("Compare", "What is good"),
            QCoreApplication.translate("Compare", "What is hard"),
            QCoreApplication.translate("Compare", "Wants to happen"),
            QCoreApplication.translate("Compare", "Adult's view (separate)"),
            QCoreApplication.translate("Compare", "Guardians' views (each apart)"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._convs):
            return None
        conv = self._convs[index.row()]
        entry = conv.entry(self.area_id)
        column = TIMELINE_COLUMNS[index.column()]
        if role == CONVERSATION_ID_ROLE:
            return conv.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "family":
                return self._family_text(conv)
            if column == "adult":
                parts = []
                if entry.adult_answer.is_given:
                    parts.append(describe_answer(conv, entry.adult_answer, self.language))
                if entry.adult_note:
                    parts.append(entry.adult_note)
                return " – ".join(parts)
            return {
                "date": conv.held_on.isoformat(),
                "answer": describe_answer(conv, entry.answer, self.language),
                "words": entry.words,
                "good": entry.good,
                "hard": entry.hard,
                "wish": entry.wish,
            }[column]
        return None


class TimelineView(QWidget):
    """One small chart per area across the conversations (newest at the right); pick
    an area (click its chart, or the list) to read every answer and word below."""

    def __init__(self, language: str = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from hjulet.gui.workspace.area_chart import AreaCharts

        self.language = language
        self.charts = AreaCharts(language)
        self.charts.area_chosen.connect(self.select_area)
        self.area = QComboBox()
        self.area.setAccessibleName(self.tr("Area"))
        self.model = TimelineModel(language, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Timeline of the area"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Area")))
        top.addWidget(self.area, 1)
        self.family_toggle = QCheckBox(self.tr("Guardians' views"))
        self.family_toggle.setToolTip(self.tr("Show each guardian's own answer and words, apart"))
        self.family_toggle.setEnabled(False)
        self.family_toggle.toggled.connect(self._show_family)
        top.addWidget(self.family_toggle)
        self._show_family(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.charts, 2)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._convs: list[Conversation] = []
        self.area.currentIndexChanged.connect(self._area_changed)

    def set_guardian_views(self, by_conversation: Mapping[int, list[GuardianView]]) -> None:
        """The guardians' own views per conversation id; a column the professional switches on."""
        self.model.guardian_views = {k: list(v) for k, v in by_conversation.items()}
        self.family_toggle.setEnabled(any(self.model.guardian_views.values()))
        self._show_family(self.family_toggle.isChecked())

    def _show_family(self, on: bool) -> None:
        self.table.setColumnHidden(TIMELINE_COLUMNS.index("family"), not on)

    def set_conversations(self, convs: list[Conversation]) -> None:
        """Oldest first."""
        self._convs = list(convs)
        self.charts.set_conversations(self._convs)
        current = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        if convs:
            definition = convs[-1].definition
            for a in definition.areas:
                self.area.addItem(a.label_in(self.language), a.id)
        self.area.blockSignals(False)
        i = self.area.findData(current)
        self.area.setCurrentIndex(max(i, 0) if self.area.count() else -1)
        self._area_changed()

    def select_area(self, area_id: str) -> None:
        self.area.setCurrentIndex(self.area.findData(area_id))

    def _area_changed(self, *_args: object) -> None:
        area_id = self.area.currentData()
        if area_id is None:
            self.model.clear()
        else:
            self.model.set_data(self._convs, str(area_id))
            self.charts.select(str(area_id))

    def clear(self) -> None:
        self.set_conversations([])
