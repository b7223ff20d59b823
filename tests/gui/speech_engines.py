"""Stand-in speech engines for the read-aloud tests, each run in the real worker loop.

Run as ``python tests/gui/speech_engines.py NAME``: the worker protocol, pipes and
process are the real ones (:func:`hjulet.app.speech_worker.serve`); only the engine
behind them is replaced, by one that behaves like a broken engine does:

* ``stop-blocks``: voices for sv and en; ``say`` starts, ``stop`` never returns (what
  libspeechd does with no sound device).
* ``speak-blocks``: ``say`` never returns.
* ``start-blocks``: the engine never comes up.
* ``crashes``: the process dies inside ``say`` (a plug-in that segfaults).
* ``fails``: the engine raises when it starts (no voices at all).
* ``speaks``: a well-behaved engine with a voice for every shipped language; ``say``
  starts speaking and goes on until ``stop`` (so a test sees the reading state).
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hjulet.app.speech_worker import StateCallback, serve


def _forever() -> None:
    threading.Event().wait()


class StandIn:
    def __init__(self, name: str) -> None:
        self.name = name
        self.on_state: StateCallback = lambda _i, _s: None

    def start(self, on_state: StateCallback) -> tuple[list[str], str]:
        self.on_state = on_state
        if self.name == "start-blocks":
            _forever()
        if self.name == "fails":
            raise RuntimeError("no engine")
        if self.name == "speaks":
            return ["sv", "en", "ar", "so", "ti", "fa", "uk", "fi"], self.name
        return ["en", "sv"], self.name

    def speak(self, cmd_id: int, text: str, lang: str) -> None:
        if self.name == "speak-blocks":
            _forever()
        if self.name == "crashes":
            os._exit(3)
        self.on_state(cmd_id, "speaking")

    def play(self, cmd_id: int, path: str) -> None:
        self.speak(cmd_id, path, "")

    def stop(self) -> None:
        if self.name == "stop-blocks":
            _forever()


def command(name: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), name]


if __name__ == "__main__":
    sys.exit(serve(StandIn(sys.argv[1])))
