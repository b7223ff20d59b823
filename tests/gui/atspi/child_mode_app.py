"""Child mode on a real display, for the screen-reader walk (run as a subprocess).

    python -m tests.gui.atspi.child_mode_app BASEDIR LANG SCALE_ID

Creates a vault under BASEDIR (fast key derivation), a child and a conversation,
and opens child mode full screen. It quits when child mode is left, or after
three minutes at the latest so a failed walk never leaves it running.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    basedir, lang, scale_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([sys.argv[0]])
    app.setApplicationName("hjulet-child-mode-walk")
    from hjulet import services
    from hjulet.core.catalog import load_catalog
    from hjulet.core.model import AgeTier
    from hjulet.gui.child_mode import ChildModeWindow
    from hjulet.gui.conversation.controller import ConversationController
    from hjulet.gui.fonts import register_fonts
    from hjulet.storage.keyslots import FAST_KDF

    register_fonts()
    catalog = load_catalog()
    vault, _ = services.create_vault(basedir / "vault", "walk passphrase", kdf=FAST_KDF)
    tier = {"faces3": AgeTier.YOUNG, "steps4": AgeTier.MIDDLE, "steps5": AgeTier.TEEN}[scale_id]
    child = services.add_child(vault, name="Walk", languages=(lang,), age_tier=tier)
    assert child.id is not None
    conv = services.start_conversation(
        vault,
        child.id,
        definition=catalog.definition(),
        scale=catalog.scale(scale_id),
        language=lang,
    )
    assert conv.id is not None
    window = ChildModeWindow(vault, ConversationController(vault, conv.id), tier=tier)
    window.left.connect(app.quit)
    window.show_full_screen()
    QTimer.singleShot(180_000, app.quit)
    code = app.exec()
    vault.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
