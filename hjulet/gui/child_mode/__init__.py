"""Child mode: the child's own screens (see :mod:`hjulet.gui.child_mode.window`).

One file, one job: ``window`` (the screens and the flow per age tier),
``handover`` (the adult's screen before handing over), ``faces`` (answering by
touching a big face), ``exit_gate`` (leaving needs the adult's secret) and
``cover`` (the neutral picture).
"""

from hjulet.gui.child_mode.window import (
    FLOWS,
    PRACTICE_ID,
    ChildModeWindow,
    adult_language,
    conversation_for_child_mode,
    size_factor,
    start_child_mode,
)

__all__ = [
    "FLOWS",
    "PRACTICE_ID",
    "ChildModeWindow",
    "adult_language",
    "conversation_for_child_mode",
    "size_factor",
    "start_child_mode",
]
