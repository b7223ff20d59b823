"""The scripted start (``--vault V --child CODE --child-mode``) and child mode opened
for a child by code: today's conversation (or a new one) in a window of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from hjulet import services
from hjulet.gui.child_mode.window import ChildModeWindow
from hjulet.gui.conversation.controller import ConversationController
from hjulet.gui.errors import show_error

if TYPE_CHECKING:
    from hjulet.gui.vault_session import VaultSession


def conversation_for_child_mode(ctx: Any, vault: services.Vault, child_code: str) -> int:
    """Today's latest conversation for the child, or a new one; returns its id."""
    basedir = getattr(ctx, "basedir", None)
    text_dirs = (basedir,) if basedir else ()
    conv = services.todays_conversation(vault, ctx.catalog, child_code, text_dirs)
    assert conv.id is not None
    return conv.id


def adult_language(ctx: Any) -> str:
    settings = getattr(ctx, "settings", None)
    lang = getattr(settings, "language", "sv") if settings is not None else "sv"
    return lang if isinstance(lang, str) else "sv"


def start_child_mode(
    ctx: Any,
    vault: services.Vault,
    child_code: str,
    parent: QWidget | None = None,
    *,
    session: VaultSession | None = None,
) -> QWidget | None:
    """Open child mode for the child with ``child_code`` (after unlock). None if no such child.
    ``session`` owns the window: it saves and closes when the vault locks."""
    no_windows = bool(getattr(ctx, "no_err_windows", False))
    try:
        conversation_id = conversation_for_child_mode(ctx, vault, child_code)
        window = ChildModeWindow(
            vault,
            ConversationController(vault, conversation_id),
            basedir=getattr(ctx, "basedir", None),
            no_err_windows=no_windows,
            adult_lang=adult_language(ctx),
        )
    except Exception as exc:
        show_error(parent, exc, no_windows=no_windows)
        return None
    window.controller.setParent(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    # a top-level window with no Qt parent: keep it alive until it closes
    _open_windows.add(window)
    window.left.connect(lambda: _open_windows.discard(window))
    if session is not None:
        session.own(window, window.leave)
    window.show_full_screen()
    return window


_open_windows: set[QWidget] = set()


__all__ = ["adult_language", "conversation_for_child_mode", "start_child_mode"]
