"""Crash harness: SIGKILL a process writing through services at random moments.

    python -m benchmarks.stress [--cycles 500] [--seed N] [--keep DIR]

Each cycle starts a worker process (``python -m benchmarks.stress worker ...``)
that opens a vault and performs one kind of operation in a loop, printing a line
to stdout only *after* each operation returned (committed). The harness kills it
with SIGKILL after a random delay, then checks, in this process:

* the vault unlocks (with the passphrase it must have, or the one being set),
* SQLCipher's and SQLite's integrity checks and the audit MAC chain pass,
* every confirmed write is present (answers: the stored sequence number of each
  slot is at least the last confirmed one; imports: all children of a confirmed
  import are there and no import is half there; backups: a confirmed backup file
  restores; restores: a target folder either does not exist or is a complete,
  verified vault).

Operations: answers, passphrase change, recovery, backup, restore, import, plus
two aimed kills: ``restore-swap`` (killed within milliseconds of restore's final
rename, the target an empty folder beforehand: it must be that empty folder or the
whole restored vault, never neither) and ``import-file`` (an import from a file,
as the CLI and GUI do it).

Recovery keys: a new key is pending until confirmed. After each kill the key the
person holds (the last confirmed one, or the one shown whose confirmation was under
way) must open the vault; a kill where it does not counts as a lost recovery key.
Prints the counts: cycles, confirmed commits checked, losses, corruptions.
The fast version runs in the test suite (tests/test_proof_crash.py).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OPS = (
    "answers",
    "passphrase",
    "recover",
    "backup",
    "restore",
    "import",
    "restore-swap",
    "import-file",
)
# Kill windows (seconds after the worker says READY), per operation.
WINDOWS = {
    "answers": 0.25,
    "passphrase": 0.25,
    "recover": 0.25,
    "backup": 0.4,
    "restore": 0.5,
    "import": 0.3,
    "restore-swap": 0.03,  # after the worker says SWAP (1 ms before the final rename)
    "import-file": 0.3,
}
AIMED = {"restore-swap": "SWAP"}  # ops whose kill is timed from a marker line
CONVERSATIONS = 6
IMPORT_CHILDREN = 5


# --------------------------------------------------------------------------- worker


def _worker(op: str, work: Path, argv: Sequence[str]) -> None:
    from hjulet import services
    from hjulet.core.model import Answer, AreaEntry
    from hjulet.services.backup import PARTIAL_INFIX, backup_vault, restore_vault
    from hjulet.services.exchange import import_children, import_valid, validate_export
    from hjulet.storage.keyslots import FAST_KDF

    state = json.loads((work / "state.json").read_text())
    vault_dir = work / "vault"

    def say(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    if op == "answers":
        seq = int(argv[0])
        vault = services.open_vault(vault_dir, state["passphrase"])
        convs, areas = state["conversations"], state["areas"]
        say("READY")
        while True:
            slot = seq % (len(convs) * len(areas))
            conv, area = convs[slot // len(areas)], areas[slot % len(areas)]
            entry = AreaEntry(area, answer=Answer.at(1 + seq % 4), words=f"seq-{seq}")
            services.save_entry(vault, conv, entry)
            say(f"C {seq}")
            seq += 1
    elif op == "passphrase":
        current = state["passphrase"]
        say("READY")
        n = int(argv[0])
        while True:
            new = f"stress-pass-{n}"
            say(f"PENDING {new}")
            services.change_passphrase(vault_dir, current, new, kdf=FAST_KDF)
            say(f"P {new}")
            current, n = new, n + 1
    elif op == "recover":
        key, n = state["recovery_key"], int(argv[0])
        say("READY")
        while True:
            new = f"stress-pass-{n}"
            say(f"PENDING {new}")
            shown = services.recover_vault(vault_dir, key, new, kdf=FAST_KDF)
            say(f"SHOWN {new} {shown}")  # the person sees it and confirms it
            services.confirm_recovery_key(vault_dir, shown)
            key = shown
            say(f"R {new} {key}")
            n += 1
    elif op == "backup":
        vault = services.open_vault(vault_dir, state["passphrase"])
        say("READY")
        n = 0
        while True:
            backup_vault(vault, work / "backup.hbk", passphrase=state["passphrase"], kdf=FAST_KDF)
            say(f"B {n}")
            n += 1
    elif op == "restore":
        n = int(argv[0])
        say("READY")
        while True:
            target = work / "restored" / f"r{n}"
            restore_vault(
                work / "source.hbk", target, passphrase=state["source_passphrase"], kdf=FAST_KDF
            )
            say(f"S {n}")
            n += 1
    elif op == "restore-swap":
        n = int(argv[0])
        target = work / "restored" / f"r{n}"
        target.mkdir()  # an empty folder, as a person might prepare it
        real_replace = os.replace

        def traced(src: Any, dst: Any) -> None:
            if Path(dst) == target and PARTIAL_INFIX in Path(src).name:  # the final swap
                say("SWAP")
                time.sleep(0.001)
            real_replace(src, dst)

        os.replace = traced  # type: ignore[assignment]
        say("READY")
        restore_vault(
            work / "source.hbk", target, passphrase=state["source_passphrase"], kdf=FAST_KDF
        )
        say(f"S {n}")
        time.sleep(60)
    elif op == "import-file":
        n = int(argv[0])
        vault = services.open_vault(vault_dir, state["passphrase"])
        template = json.loads((work / "import.json").read_text())
        say("READY")
        while True:
            doc = json.loads(json.dumps(template))
            for k, child in enumerate(doc["children"]):
                child["code"] = f"IMP-{n}-{k}"
            source = work / f"import-{n}.json"
            source.write_text(json.dumps(doc, ensure_ascii=False))
            import_children(vault, source)
            say(f"I {n}")
            source.unlink()
            n += 1
    elif op == "import":
        n = int(argv[0])
        vault = services.open_vault(vault_dir, state["passphrase"])
        template = json.loads((work / "import.json").read_text())
        say("READY")
        while True:
            doc = json.loads(json.dumps(template))
            for k, child in enumerate(doc["children"]):
                child["code"] = f"IMP-{n}-{k}"
            import_valid(vault, validate_export(doc))
            say(f"I {n}")
            n += 1
    else:  # pragma: no cover - harness misuse
        raise SystemExit(f"unknown op {op}")


# --------------------------------------------------------------------------- harness


@dataclass
class Counts:
    cycles: int = 0
    by_op: dict[str, int] = field(default_factory=dict)
    confirmed: int = 0  # confirmed commits checked
    losses: int = 0
    corruptions: int = 0
    lost_recovery_keys: int = 0  # the key the person holds no longer opens the vault
    unconfirmed_keys: int = 0  # killed with a new key pending (the old one still in force)
    swap_kills: int = 0  # restore-swap cycles killed before the restore said it was done
    partial_folders: int = 0  # scratch folders of killed restores (encrypted; cleaned later)
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        ops = ", ".join(f"{k} {v}" for k, v in sorted(self.by_op.items()))
        return (
            f"cycles {self.cycles} ({ops}); confirmed commits checked {self.confirmed}; "
            f"losses = {self.losses}; corruptions = {self.corruptions}"
        )


class Harness:
    def __init__(self, work: Path, seed: int) -> None:
        self.work = work
        self.rng = random.Random(seed)
        self.counts = Counts()
        self.seq = 0
        self.best: dict[int, int] = {}  # answer slot -> last confirmed seq
        self.pass_n = 0
        self.imports_confirmed: set[int] = set()
        self.imports_started = 0
        self.restore_n = 0
        self.backup_passphrases: set[str] = set()
        self.state: dict[str, Any] = {}
        self._setup()

    # -- fixture ----------------------------------------------------------
    def _setup(self) -> None:
        from hjulet import services
        from hjulet.core.catalog import load_catalog
        from hjulet.services.backup import backup_vault
        from hjulet.services.demo import populate_demo
        from hjulet.services.exchange import build_export
        from hjulet.storage.keyslots import FAST_KDF

        catalog = load_catalog()
        passphrase = "stress-pass-start"
        vault, recovery = services.create_vault(
            self.work / "vault", passphrase, name="Stress", kdf=FAST_KDF
        )
        with vault:
            child = services.add_child(vault, name="Krasch", code="STRESS-1")
            convs = [
                services.start_conversation(
                    vault,
                    child.id or 0,
                    definition=catalog.definition(),
                    scale=catalog.scale("steps4"),
                ).id
                for _ in range(CONVERSATIONS)
            ]
            areas = list(catalog.definition().area_ids)
        # A source vault for restores, and a template for imports.
        source, _ = services.create_vault(
            self.work / "source", "stress-source-pass", name="Source", kdf=FAST_KDF
        )
        with source:
            populate_demo(source, catalog)
            backup_vault(
                source, self.work / "source.hbk", passphrase="stress-source-pass", kdf=FAST_KDF
            )
            doc = build_export(source)
        doc["children"] = doc["children"][:IMPORT_CHILDREN]
        (self.work / "import.json").write_text(json.dumps(doc, ensure_ascii=False))
        (self.work / "restored").mkdir()
        self.state = {
            "passphrase": passphrase,
            "recovery_key": recovery,
            "conversations": convs,
            "areas": areas,
            "source_passphrase": "stress-source-pass",
        }
        self._save_state()

    def _save_state(self) -> None:
        (self.work / "state.json").write_text(json.dumps(self.state))

    # -- one cycle ----------------------------------------------------------
    def cycle(self, op: str) -> None:
        arg = {
            "answers": self.seq,
            "passphrase": self.pass_n,
            "recover": self.pass_n,
            "restore": self.restore_n,
            "restore-swap": self.restore_n,
            "import": self.imports_started,
            "import-file": self.imports_started,
        }.get(op, 0)
        lines = self._run_and_kill(op, [str(arg)])
        self.counts.cycles += 1
        self.counts.by_op[op] = self.counts.by_op.get(op, 0) + 1
        getattr(self, f"_check_{op.replace('-', '_')}")(lines)

    def _run_and_kill(self, op: str, argv: list[str]) -> list[str]:
        cmd = [sys.executable, "-m", "benchmarks.stress", "worker", op, str(self.work), *argv]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        root = Path(__file__).resolve().parent.parent
        with tempfile.TemporaryFile() as errors:
            proc = subprocess.Popen(cmd, cwd=root, stdout=subprocess.PIPE, stderr=errors, env=env)
            assert proc.stdout is not None
            # Read everything through the same buffered file: lines that arrived with
            # READY sit in its buffer (communicate() would read past them).
            first = proc.stdout.readline().decode().strip()
            if first != "READY":
                proc.kill()
                proc.wait()
                errors.seek(0)
                raise RuntimeError(f"worker {op} did not start: {errors.read().decode()[-2000:]}")
            early: list[bytes] = []
            marker = AIMED.get(op)
            if marker is not None:  # wait for the marker, then kill within the window
                while True:
                    line = proc.stdout.readline()
                    early.append(line)
                    if not line or line.decode().strip() == marker:
                        break
            time.sleep(self.rng.uniform(0.0, WINDOWS[op]))
            proc.send_signal(signal.SIGKILL)
            out = b"".join(early) + proc.stdout.read()
            proc.stdout.close()
            proc.wait()
        return [line for line in out.decode().splitlines() if line]

    # -- verification --------------------------------------------------------
    def _open(self, candidates: Sequence[str]) -> tuple[Any, str] | None:
        from hjulet import services
        from hjulet.core.errors import HjuletError, WrongPassphrase
        from hjulet.storage.db import integrity_problems

        for passphrase in candidates:
            try:
                vault = services.open_vault(self.work / "vault", passphrase)
            except WrongPassphrase:
                continue
            except HjuletError as exc:
                self.counts.corruptions += 1
                self.counts.notes.append(f"vault does not open: {type(exc).__name__}: {exc}")
                return None
            problems = integrity_problems(vault.engine)
            broken = services.verify_audit(vault)
            if problems or broken is not None:
                self.counts.corruptions += 1
                self.counts.notes.append(f"integrity: {problems[:3]} audit {broken}")
            return vault, passphrase
        self.counts.corruptions += 1
        self.counts.notes.append("vault opens with none of the expected passphrases")
        return None

    def _check_answers(self, lines: list[str]) -> None:
        from hjulet import services

        slots = len(self.state["conversations"]) * len(self.state["areas"])
        for line in lines:
            if line.startswith("C "):
                seq = int(line[2:])
                self.counts.confirmed += 1
                self.best[seq % slots] = max(self.best.get(seq % slots, -1), seq)
                self.seq = max(self.seq, seq + 2)
        opened = self._open([self.state["passphrase"]])
        if opened is None:
            return
        vault, _ = opened
        with vault:
            stored: dict[int, int] = {}
            areas = self.state["areas"]
            for ci, conv_id in enumerate(self.state["conversations"]):
                conv = services.get_conversation(vault, conv_id)
                for ai, area in enumerate(areas):
                    words = conv.entry(area).words
                    stored[ci * len(areas) + ai] = int(words[4:]) if words else -1
        for slot, seq in self.best.items():
            if stored.get(slot, -1) < seq:
                self.counts.losses += 1
                self.counts.notes.append(
                    f"answer slot {slot}: seq {seq} confirmed, found {stored.get(slot)}"
                )

    def _check_passphrase(self, lines: list[str]) -> None:
        confirmed, pending = None, None
        for line in lines:
            if line.startswith("PENDING "):
                pending = line.split()[1]
            elif line.startswith("P "):
                confirmed = line.split()[1]
                self.counts.confirmed += 1
        self.pass_n += len(lines) + 1
        candidates = [p for p in (pending, confirmed, self.state["passphrase"]) if p]
        if confirmed is not None:  # a confirmed change must have taken effect
            candidates = [p for p in (pending, confirmed) if p]
        opened = self._open(candidates)
        if opened is None:
            return
        vault, passphrase = opened
        vault.close()
        if confirmed is not None and passphrase not in (confirmed, pending):
            self.counts.losses += 1
        self.state["passphrase"] = passphrase
        self._save_state()

    def _check_recover(self, lines: list[str]) -> None:
        from hjulet.core.errors import WrongRecoveryKey

        key, confirmed, pending, shown = self.state["recovery_key"], None, None, None
        for line in lines:
            if line.startswith("PENDING "):
                pending, shown = line.split()[1], None
            elif line.startswith("SHOWN "):
                shown = line.split()[2]
            elif line.startswith("R "):
                _r, confirmed, key = line.split(" ", 2)
                shown = None
                self.counts.confirmed += 1
        self.pass_n += len(lines) + 1
        candidates = (
            [p for p in (pending, confirmed) if p]
            if confirmed
            else [p for p in (pending, self.state["passphrase"]) if p]
        )
        opened = self._open(candidates)
        if opened is None:
            return
        vault, passphrase = opened
        vault.close()
        self.state["passphrase"] = passphrase
        # Does the last known recovery key still open it? (Not if the kill came after
        # the new key was written and before it was shown.)
        from hjulet.storage import keyslots

        slots = keyslots.read_slot_file(self.work / "vault")
        self.counts.unconfirmed_keys += int(slots.pending_recovery is not None)
        held = [k for k in (key, shown) if k]  # on paper: the confirmed key, maybe the shown one
        working = []
        for candidate in held:
            try:
                keyslots.unlock_with_recovery_key(slots, candidate)
                working.append(candidate)
            except WrongRecoveryKey:
                pass
        if not working:
            if confirmed is not None and passphrase == confirmed:
                self.counts.losses += 1  # a confirmed key must work
            self.counts.lost_recovery_keys += 1
            self.counts.notes.append("no recovery key the person holds opens the vault")
            key = self._reissue_recovery_key(passphrase)
        elif shown in working and slots.recovery_slot is not None and slots.confirmed:
            key = shown  # the confirmation was written before the kill
        else:
            key = working[0]
        self.state["recovery_key"] = key
        self._save_state()

    def _reissue_recovery_key(self, passphrase: str) -> str:
        """What a person would need after a lost key: a new one, via the passphrase."""
        from hjulet import services

        with services.open_vault(self.work / "vault", passphrase) as vault:
            key = services.new_recovery_key(vault, passphrase)
            services.confirm_recovery_key(vault, key)
        return key

    def _check_backup(self, lines: list[str]) -> None:
        from hjulet.core.errors import HjuletError, WrongPassphrase
        from hjulet.storage.container import read_container

        confirmed = any(line.startswith("B ") for line in lines)
        # A backup opens with the passphrase the vault had when it was made (SECURITY.md).
        self.backup_passphrases.add(self.state["passphrase"])
        opened = self._open([self.state["passphrase"]])
        if opened is not None:
            opened[0].close()
        out = self.work / "backup.hbk"
        if not (confirmed or out.exists()):
            return
        self.counts.confirmed += int(confirmed)
        candidates = [self.state["passphrase"]] if confirmed else sorted(self.backup_passphrases)
        for passphrase in candidates:
            try:
                read_container(out, passphrase=passphrase, sink=io.BytesIO())
                return
            except WrongPassphrase:
                continue
            except HjuletError as exc:
                self.counts.losses += 1
                self.counts.notes.append(f"backup file unreadable: {type(exc).__name__}")
                return
        self.counts.losses += 1
        self.counts.notes.append("backup file opens with no passphrase it was made with")

    def _check_restore(self, lines: list[str]) -> None:
        from hjulet import services
        from hjulet.core.errors import HjuletError
        from hjulet.services.backup import PARTIAL_INFIX
        from hjulet.storage.db import integrity_problems

        confirmed = {int(line[2:]) for line in lines if line.startswith("S ")}
        self.restore_n += len(lines) + 1
        for target in sorted((self.work / "restored").iterdir()):
            if PARTIAL_INFIX in target.name:
                continue  # a killed restore's scratch folder: never at a target name
            number = int(target.name[1:])
            self.counts.confirmed += int(number in confirmed)
            # An unconfirmed one may exist too: restored then killed before printing.
            try:
                with services.open_vault(target, self.state["source_passphrase"]) as vault:
                    problems = integrity_problems(vault.engine)
                    n = len(services.list_children(vault, include_archived=True))
                if problems or n != 8:
                    self.counts.corruptions += 1
                    self.counts.notes.append(f"restored {target.name}: {problems[:2]} {n}")
            except HjuletError as exc:
                self.counts.corruptions += 1
                self.counts.notes.append(f"restored {target.name}: {type(exc).__name__}")
        for number in confirmed:
            if not (self.work / "restored" / f"r{number}").exists():
                self.counts.losses += 1
                self.counts.notes.append(f"confirmed restore r{number} missing")
        for target in (self.work / "restored").iterdir():
            if PARTIAL_INFIX in target.name:
                self.counts.partial_folders += 1
            shutil.rmtree(target)

    def _check_restore_swap(self, lines: list[str]) -> None:
        """Killed at the final rename: the empty folder it was, or the whole vault."""
        from hjulet import services
        from hjulet.core.errors import HjuletError
        from hjulet.services.backup import PARTIAL_INFIX

        number = self.restore_n
        self.restore_n += 1
        target = self.work / "restored" / f"r{number}"
        done = any(line == f"S {number}" for line in lines)
        self.counts.swap_kills += int(not done)
        self.counts.confirmed += int(done)
        if not target.is_dir():
            self.counts.corruptions += 1
            self.counts.notes.append(f"restore swap r{number}: neither the old nor the new")
        elif any(target.iterdir()):
            try:
                with services.open_vault(target, self.state["source_passphrase"]) as vault:
                    n = len(services.list_children(vault, include_archived=True))
                if n != 8:
                    self.counts.corruptions += 1
                    self.counts.notes.append(f"restore swap r{number}: {n} children")
            except HjuletError as exc:
                self.counts.corruptions += 1
                self.counts.notes.append(f"restore swap r{number}: {type(exc).__name__}")
        elif done:
            self.counts.losses += 1
            self.counts.notes.append(f"confirmed restore r{number} is empty")
        for leftover in (self.work / "restored").iterdir():
            if PARTIAL_INFIX in leftover.name:
                self.counts.partial_folders += 1
            shutil.rmtree(leftover)

    def _check_import_file(self, lines: list[str]) -> None:
        self._check_import(lines)
        for leftover in self.work.glob("import-*.json"):
            leftover.unlink()

    def _check_import(self, lines: list[str]) -> None:
        from hjulet import services

        confirmed = {int(line[2:]) for line in lines if line.startswith("I ")}
        started = self.imports_started
        self.imports_started += len(lines) + 2
        self.imports_confirmed |= confirmed
        opened = self._open([self.state["passphrase"]])
        if opened is None:
            return
        vault, _ = opened
        with vault:
            codes = {r.child.code for r in services.list_children(vault, include_archived=True)}
        for n in range(started, self.imports_started):
            present = sum(f"IMP-{n}-{k}" in codes for k in range(IMPORT_CHILDREN))
            if present not in (0, IMPORT_CHILDREN):
                self.counts.corruptions += 1
                self.counts.notes.append(f"import {n} half there ({present})")
            if n in confirmed:
                self.counts.confirmed += 1
                if present != IMPORT_CHILDREN:
                    self.counts.losses += 1


def run(
    cycles: int, *, seed: int = 1, ops: Sequence[str] = OPS, work: Path | None = None
) -> Counts:
    """Run ``cycles`` kill cycles spread over ``ops``; returns the counts."""
    own = work is None
    folder = Path(tempfile.mkdtemp(prefix="hjulet-stress-")) if work is None else work
    try:
        harness = Harness(folder, seed)
        order = [ops[i % len(ops)] for i in range(cycles)]
        harness.rng.shuffle(order)
        for op in order:
            harness.cycle(op)
        return harness.counts
    finally:
        if own:
            shutil.rmtree(folder, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "worker":
        _worker(args[1], Path(args[2]), args[3:])
        return 0
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stress")
    parser.add_argument("--cycles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    opts = parser.parse_args(args)
    print(f"Crash harness: {opts.cycles} SIGKILL cycles over {', '.join(OPS)} (seed {opts.seed})")
    t = time.perf_counter()
    counts = run(opts.cycles, seed=opts.seed)
    print(counts.line())
    print(
        f"recovery keys lost (the key the person holds no longer opens the vault): "
        f"{counts.lost_recovery_keys}; kills that left a new key pending (the old one still "
        f"in force, `check` reports it): {counts.unconfirmed_keys}"
    )
    print(f"restore-swap kills before the restore finished: {counts.swap_kills}")
    for note in counts.notes[:20]:
        print("  !", note)
    print(f"took {time.perf_counter() - t:.0f} s")
    return 0 if counts.losses == 0 and counts.corruptions == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
