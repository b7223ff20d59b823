"""Background jobs deliver only to an owner that still wants the result; a result
nobody takes is closed (an opened vault: keys wiped, lock released) or zeroed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from shiboken6 import delete

from hjulet import services
from hjulet.app.tasks import discard_result, jobs_running, run_in_background
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS
from tests.gate import Gate

TIMEOUT = 15_000
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def closed_vault(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    vault, _key = services.create_vault(path, PASS, name="Testvalv", kdf=FAST_KDF)
    vault.close()
    return path


def _unlock(qtbot, path: Path, owner: QObject) -> tuple[object, Gate, list[object]]:  # type: ignore[no-untyped-def]
    gate = Gate()
    said: list[object] = []
    job = run_in_background(
        lambda: gate(services.open_vault)(path, PASS), said.append, said.append, owner=owner
    )
    gate.wait_started()
    assert job.running
    return job, gate, said


def test_an_owner_that_is_alive_gets_the_result(qtbot, closed_vault):  # type: ignore[no-untyped-def]
    owner = QObject()
    job, gate, said = _unlock(qtbot, closed_vault, owner)
    gate.open()
    qtbot.waitUntil(lambda: bool(said), timeout=TIMEOUT)
    assert said == gate.results and said[0].is_open and not job.running
    said[0].close()


def test_a_vault_opened_for_an_owner_that_is_gone_is_closed(qtbot, closed_vault):  # type: ignore[no-untyped-def]
    owner = QObject()
    _job, gate, said = _unlock(qtbot, closed_vault, owner)
    delete(owner)
    gate.open()
    qtbot.waitUntil(lambda: not jobs_running(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not gate.results[0].is_open, timeout=TIMEOUT)
    assert said == []
    with services.open_vault(closed_vault, PASS):  # its lock was released
        pass


def test_a_cancelled_job_delivers_neither_result_nor_failure(qtbot, closed_vault):  # type: ignore[no-untyped-def]
    owner = QObject()
    opened: list[object] = []
    for secret in (PASS, "fel lösenfras"):
        gate = Gate()
        gate.results = opened
        said: list[object] = []
        job = run_in_background(
            lambda s=secret, g=gate: g(services.open_vault)(closed_vault, s),  # type: ignore[misc]
            said.append,
            said.append,
            owner=owner,
        )
        gate.wait_started()
        job.cancel()
        gate.open()
        qtbot.waitUntil(lambda j=job: not j.running, timeout=TIMEOUT)  # type: ignore[misc]
        assert said == [] and job.cancelled
    assert len(opened) == 1 and not opened[0].is_open  # type: ignore[attr-defined]
    with services.open_vault(closed_vault, PASS):
        pass


def test_discarding_closes_what_a_tuple_holds_and_zeroes_a_buffer(closed_vault) -> None:  # type: ignore[no-untyped-def]
    vault = services.open_vault(closed_vault, PASS)
    key = bytearray(b"secret key bytes")
    discard_result((vault, "RECOVERY-KEY", [key]))
    assert not vault.is_open
    assert key == bytearray(len(key))


@pytest.mark.parametrize("when", ["queued", "running", "late"])
def test_a_result_in_flight_when_the_application_quits_is_closed_and_wiped(  # type: ignore[no-untyped-def]
    closed_vault, when
):
    """A real application's event loop ends while a job's opened vault and derived key
    are on their way back (already queued, or still being made): the owner is alive
    but nothing will ever deliver them, so they are closed and zeroed, not left open.

    Still running at quit: ``finish_jobs`` (run by ``aboutToQuit``) waits for the job,
    so none runs once the loop has returned; past the quit's time limit ("late") the
    loop returns with the job running, and the second ``finish_jobs`` waits for it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "tests.app.quit_while_busy", str(closed_vault), when],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    said = json.loads(run.stdout.strip().splitlines()[-1])
    assert said == {
        "delivered": 0,
        "running_after_loop": 1 if when == "late" else 0,
        "finished": True if when == "late" else None,
        "vault_open": False,
        "key_zeroed": True,
    }
    if when == "late":  # the quit's wait gave up, and said so
        assert "background work still running at quit" in run.stderr
    with services.open_vault(closed_vault, PASS):  # its lock was released
        pass


@pytest.mark.parametrize("fails", [False, True])
def test_every_end_is_heard_even_when_its_owner_is_gone(qtbot, fails):  # type: ignore[no-untyped-def]
    """A lock may close the dialog that would have said how the work ended: the end is
    still heard, with the job's own lines (or None), whether or not anyone took it."""
    from hjulet.app.tasks import hear_endings, stop_hearing

    heard: list[tuple[object, bool]] = []

    def listener(told: object, failed: bool) -> None:
        heard.append((told, failed))

    gate = Gate()

    def work() -> str:
        if fails:
            raise OSError("the folder is gone")
        return "written"

    taken: list[object] = []
    hear_endings(listener)
    try:
        owner, other = QObject(), QObject()
        told = ("saved", "not saved")
        run_in_background(gate(work), taken.append, taken.append, owner=owner, told=told)
        run_in_background(lambda: None, taken.append, taken.append, owner=other)
        gate.wait_started()
        delete(owner)  # the dialog closed with its window
        gate.open()
        qtbot.waitUntil(lambda: len(heard) == 2 and jobs_running() == 0, timeout=10_000)
    finally:
        stop_hearing(listener)
    assert sorted(heard, key=repr) == sorted([(told, fails), (None, False)], key=repr)
    assert taken == [None]  # only the owner still there took its result
