"""A real background job held at its start until the test lets it go.

Closing a window "while it is busy" needs the work to still be running when the
window closes, however fast the machine: :class:`Gate` wraps the real work (a real
key derivation, a real vault being created) so it waits on a ``threading.Event``
first. Nothing is mocked: the wrapped function runs in full once released.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

WAIT_S = 20


class Gate:
    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.results: list[Any] = []

    def __call__(self, fn: Callable[P, R]) -> Callable[P, R]:
        """``fn``, made to wait for :meth:`open` when it starts; its results are kept."""

        def gated(*args: P.args, **kwargs: P.kwargs) -> R:
            self.started.set()
            if not self.release.wait(WAIT_S):
                raise TimeoutError("the test never released the job")
            result = fn(*args, **kwargs)
            self.results.append(result)
            return result

        return gated

    def wait_started(self) -> None:
        assert self.started.wait(WAIT_S), "the job never started"

    def open(self) -> None:
        self.release.set()
