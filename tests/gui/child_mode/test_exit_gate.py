"""The gate out of child mode while the adult's passphrase is being checked (the real
key derivation, held at its start by the test so the check is still running)."""

from __future__ import annotations

from shiboken6 import delete

from hjulet import services
from hjulet.app.tasks import work_in_progress
from hjulet.gui.child_mode.exit_gate import ExitGate
from tests.conftest import PASS
from tests.gate import Gate

TIMEOUT = 15_000


def _checking(qtbot, vault, secret: str) -> tuple[ExitGate, Gate, list[str]]:  # type: ignore[no-untyped-def]
    gate = Gate()
    exit_gate = ExitGate(gate(lambda s: services.verify_passphrase(vault, s)))
    qtbot.addWidget(exit_gate)
    said: list[str] = []
    exit_gate.accepted.connect(lambda: said.append("accepted"))
    exit_gate.cancelled.connect(lambda: said.append("cancelled"))
    exit_gate.show()
    exit_gate.secret.setText(secret)
    exit_gate.leave_button.click()
    gate.wait_started()
    assert exit_gate.checking
    return exit_gate, gate, said


def test_back_while_checking_stays_with_the_child_even_if_the_passphrase_was_right(qtbot, vault):  # type: ignore[no-untyped-def]
    exit_gate, gate, said = _checking(qtbot, vault, PASS)
    exit_gate.back_button.click()
    gate.open()
    qtbot.waitUntil(lambda: not exit_gate.checking, timeout=TIMEOUT)
    assert said == ["cancelled"]  # never "accepted": the child is at the keys again
    assert exit_gate.leave_button.isEnabled() and exit_gate.message.text() == ""
    exit_gate.secret.setText(PASS)  # the adult tries again, and stays to the end
    with qtbot.waitSignal(exit_gate.accepted, timeout=TIMEOUT):
        exit_gate.leave_button.click()


def test_back_while_checking_a_wrong_passphrase_still_counts_it(qtbot, vault):  # type: ignore[no-untyped-def]
    exit_gate, gate, said = _checking(qtbot, vault, "fel lösenfras")
    exit_gate.back_button.click()
    gate.open()
    qtbot.waitUntil(lambda: not exit_gate.checking, timeout=TIMEOUT)
    assert exit_gate.failures == 1 and exit_gate.waiting  # the next try still waits
    assert said == ["cancelled"]


def test_a_gate_deleted_while_checking_takes_nothing(qtbot, vault):  # type: ignore[no-untyped-def]
    exit_gate, gate, said = _checking(qtbot, vault, PASS)
    delete(exit_gate)  # child mode closed (the vault locking) while checking
    gate.open()
    # its result or failure delivered (or discarded) on the GUI thread
    qtbot.waitUntil(lambda: not work_in_progress(), timeout=TIMEOUT)
    assert said == []
