"""A guardian's screens on a real display, for the screen-reader walk (run as a subprocess).

    python -m tests.gui.atspi.guardian_app BASEDIR LANG SCALE_ID

Creates a vault under BASEDIR (fast key derivation), a child, a conversation and
guardian 1's view in LANG, and opens the guardian's screens full screen. It quits
when they are left, or after three minutes at the latest so a failed walk never
leaves it running.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    basedir, lang, scale_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([sys.argv[0]])
    app.setApplicationName("hjulet-guardian-walk")
    from hjulet import services
    from hjulet.app.translations import install_translators
    from hjulet.core.catalog import load_catalog
    from hjulet.core.guardian import GuardianRole
    from hjulet.gui.fonts import register_fonts
    from hjulet.gui.guardians.window import open_guardian_mode
    from hjulet.storage.keyslots import FAST_KDF

    install_translators("sv")  # the professional's way out, in the professional's language
    register_fonts()
    catalog = load_catalog()
    vault, _ = services.create_vault(basedir / "vault", "walk passphrase", kdf=FAST_KDF)
    child = services.add_child(vault, name="Walk", languages=("sv",))
    assert child.id is not None
    conv = services.start_conversation(
        vault,
        child.id,
        definition=catalog.definition(),
        scale=catalog.scale(scale_id),
        language="sv",
    )
    assert conv.id is not None
    window = open_guardian_mode(vault, conv.id, GuardianRole.GUARDIAN_1, lang)
    assert window is not None
    window.left.connect(app.quit)
    QTimer.singleShot(180_000, app.quit)
    code = app.exec()
    vault.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
