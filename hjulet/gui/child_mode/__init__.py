"""Child mode: the child's own screens (see :mod:`hjulet.gui.child_mode.window`).

One file, one job: ``window`` (the coordinator: the flow per age tier, pause,
cover and leaving), ``pages/`` (one module a page: who sees what, practice, one
area a screen, the whole wheel, what is important to me, the sharing step, thank
you, pause), ``kit`` (what a page is built from and the base of a page),
``corner`` (pause, cover and the adult's round button), ``start`` (child mode
opened for a child by code; the scripted start), ``handover`` (the adult's
screen before handing over), ``faces`` (answering by touching a big face),
``exit_gate`` (leaving needs the adult's secret), ``cover`` (the neutral
picture), ``pictures`` (an area's picture and name, a step's face) and
``parts`` (the small widgets shared with the conversation window: big buttons,
hold buttons, readable text, the scale legend).

The window's names are loaded on first use, so that a module needing only
``parts`` (the conversation window's scale legend) does not load child mode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hjulet.gui.child_mode.start import (
        adult_language,
        conversation_for_child_mode,
        start_child_mode,
    )
    from hjulet.gui.child_mode.window import FLOWS, PRACTICE_ID, ChildModeWindow, size_factor

__all__ = [
    "FLOWS",
    "PRACTICE_ID",
    "ChildModeWindow",
    "adult_language",
    "conversation_for_child_mode",
    "size_factor",
    "start_child_mode",
]


START_NAMES = ("adult_language", "conversation_for_child_mode", "start_child_mode")


def __getattr__(name: str) -> Any:
    if name in START_NAMES:
        from hjulet.gui.child_mode import start  # plain imports: freezing tools see them

        return getattr(start, name)
    if name in __all__:
        from hjulet.gui.child_mode import window

        return getattr(window, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
