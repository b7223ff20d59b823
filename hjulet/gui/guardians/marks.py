"""The family's own views as wheel marks and timeline text, for the professional's screens.

Each guardian's view is its own mark (badge, name, line pattern and colour:
``gui.wheel.state.GuardianMark``), never averaged with another's or the child's.
The professional switches them on in the conversation view, the overlay
compare and the per-area timeline.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from hjulet.core.guardian import GuardianRole, GuardianView
from hjulet.gui.language_names import language_in_ui
from hjulet.gui.wheel.state import GuardianMark


def guardian_badge(role: GuardianRole) -> str:
    badges = {
        GuardianRole.GUARDIAN_1: QCoreApplication.translate(
            "GuardianMarks", "G1", "badge on guardian 1's mark in the wheel"
        ),
        GuardianRole.GUARDIAN_2: QCoreApplication.translate(
            "GuardianMarks", "G2", "badge on guardian 2's mark in the wheel"
        ),
        GuardianRole.OTHER: QCoreApplication.translate(
            "GuardianMarks", "C", "badge on another caregiver's mark in the wheel"
        ),
    }
    return badges[role]


def guardian_name(view: GuardianView) -> str:
    """ "Guardian 1 (Arabic)": by role, with the language they answered in."""
    from hjulet.gui.guardians.window import role_name

    return QCoreApplication.translate("GuardianMarks", "{role} ({language})").format(
        role=role_name(view.role), language=language_in_ui(view.language)
    )


def guardian_marks(views: Sequence[GuardianView]) -> tuple[GuardianMark, ...]:
    return tuple(GuardianMark(guardian_badge(v.role), guardian_name(v), v.answers()) for v in views)
