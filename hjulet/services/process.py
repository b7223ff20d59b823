"""Process hardening done once at start, before any secret is in memory.

A crash dump (core file) of Hjulet could hold the vault's data key and decrypted
words, so the process refuses them where the operating system lets a process do
so without admin rights:

- Linux: ``RLIMIT_CORE`` is set to 0 (no core file), and ``prctl(PR_SET_DUMPABLE, 0)``
  makes the process non-dumpable, which also keeps ``systemd-coredump`` (a pipe in
  ``core_pattern`` ignores RLIMIT_CORE) and ptrace by other users' processes away.
- macOS: ``RLIMIT_CORE`` 0 (cores are off by default anyway).
- Windows has no per-process switch that an unprivileged program can rely on:
  ``SetErrorMode`` only hides the crash dialog, and Windows Error Reporting keeps
  its own dumps as configured by the machine's policy. SECURITY.md says so.
"""

from __future__ import annotations

import contextlib
import os
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PR_SET_PDEATHSIG = 1
SIGKILL = 9


def refuse_core_dumps() -> None:
    """Best effort: never raises; each step that the OS refuses is skipped."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def die_with_parent() -> None:
    """Linux: this (worker) process is killed when the process that started it ends,
    however it ends (a crash, ``os._exit``): a worker holding a child's pages for a
    printer that never answers must not outlive the app and print them later. Best
    effort, never raises; elsewhere the app kills its workers itself when it can."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent ended before the signal was asked for
        os._exit(1)


def is_dumpable() -> bool:
    """Linux: the process's dumpable flag (elsewhere True: not known)."""
    if not sys.platform.startswith("linux"):
        return True
    import ctypes

    return bool(ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def own_command(*args: str) -> list[str]:
    """The command line that starts Hjulet itself with ``args`` (a worker process);
    works frozen too, where the executable is the app."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "hjulet", *args]
