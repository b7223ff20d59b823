"""The command line: admin tasks on vaults, on top of services.

Exit codes: 0 ok, 2 usage, 3 wrong passphrase or recovery key, 4 damaged or
tampered vault (also: key slots of another vault, KDF settings this version
never writes), 5 invalid input file, 6 vault missing, in use or in the way,
7 output path refused (inside a vault folder, not a regular file, or an existing
file without --force), 8 the disk refused a write (full, read-only, permission
denied: nothing was lost), 9 a new recovery key was not confirmed (the previous
one stays in force), 1 unexpected (logged without personal data, never a
traceback on screen).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from hjulet import services
from hjulet.cli.messages import ARGPARSE, MESSAGES
from hjulet.core.errors import (
    AccessDenied,
    DiskFull,
    HjuletError,
    InvalidInput,
    NotFound,
    OutputExists,
    OutputInVault,
    OutputNotRegular,
    OutputRefused,
    Problem,
    ReadOnlyStorage,
    RecoveryKeyUnconfirmed,
    StorageError,
    UnsupportedKdf,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultMismatch,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from hjulet.core.i18n import Catalogue, catalogue

# ``hjulet --help`` imports this module: what only a running command needs (logging,
# getpass, json, the file writing with tempfile and shutil) is imported where used,
# and tests/test_light_imports.py holds the count of modules --help imports.

if TYPE_CHECKING:  # the key slots (cryptography) load when a command runs, not for --help
    from hjulet.storage.keyslots import KdfParams

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2
EXIT_SECRET, EXIT_DAMAGED, EXIT_INPUT, EXIT_VAULT = 3, 4, 5, 6
EXIT_OUTPUT, EXIT_STORAGE, EXIT_UNCONFIRMED = 7, 8, 9
# A secret (passphrase, recovery key) is read with this bound: anything longer is
# not a secret file (think /dev/zero or a PDF) and is a usage error.
MAX_SECRET_BYTES = 4096
MIN_PASSPHRASE = 8
DEMO_PASSPHRASE = "demo"
LANGS = ("sv", "en")
LIST_ROW = "{code:<14} {name:<20} {n:>7}  {last}"  # ``list``: one child a line, in columns


class Cli:
    """One run of the command line, in one language."""

    def __init__(self, lang: str, out: TextIO, err: TextIO, stdin: TextIO) -> None:
        self.lang = lang if lang in LANGS else "sv"
        self.out, self.err, self.stdin = out, err, stdin
        self._kdf: KdfParams | None = None  # None: the product's
        self.basedir: Path | None = None
        self._catalogue: Catalogue | None = None

    @property
    def kdf(self) -> KdfParams:
        if self._kdf is None:
            from hjulet.storage.keyslots import PRODUCT_KDF

            self._kdf = PRODUCT_KDF
        return self._kdf

    @kdf.setter
    def kdf(self, params: KdfParams) -> None:
        self._kdf = params

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = catalogue(self.lang)
        return self._catalogue

    def t(self, msg_id: str, /, **kwargs: object) -> str:
        """The message ``msg_id`` in the run's language, its fields filled in."""
        return self.catalogue.translate("Cli", MESSAGES[msg_id]).format(**kwargs)

    def problem(self, problem: Problem) -> str:
        """One problem in the run's language (``where`` names a field, or a path in a file)."""
        from hjulet.core.problems import problem_text  # on use: not for --help

        return problem_text(problem, self.catalogue.translate)

    def say(self, msg_id: str, /, **kwargs: object) -> None:
        print(self.t(msg_id, **kwargs), file=self.out)

    # -- secrets ---------------------------------------------------------
    def _read_secret_file(self, name: str) -> str:
        """The first line of a secret file (``-`` = standard input), read with a bound."""
        too_big = CliError(
            EXIT_USAGE,
            self.t(
                "err_secret_size",
                path=self.t("stdin_name") if name == "-" else name,
                n=MAX_SECRET_BYTES,
            ),
        )
        if name == "-":
            line = self.stdin.readline(MAX_SECRET_BYTES + 1)
            if len(line.encode("utf-8", "surrogatepass")) > MAX_SECRET_BYTES:
                raise too_big
        else:
            try:
                with open(name, "rb") as fh:
                    data = fh.read(MAX_SECRET_BYTES + 1)
                if len(data) > MAX_SECRET_BYTES:
                    raise too_big
                line = data.decode("utf-8").split("\n", 1)[0]
            except (OSError, UnicodeDecodeError):
                raise CliError(EXIT_INPUT, self.t("err_read_file", path=name)) from None
            if "\x00" in line:
                raise too_big
        return line.rstrip("\r\n")

    def passphrase(
        self, args: argparse.Namespace, *, new: bool = False, attr: str = "passphrase_file"
    ) -> str:
        prompt = "ask_new_pass" if new else "ask_pass"
        option = "--" + attr.replace("_", "-")
        return self.ask_secret(getattr(args, attr, None), prompt, new=new, option=option)

    def ask_secret(
        self,
        source: str | None,
        prompt: str,
        *,
        new: bool = False,
        option: str = "--passphrase-file",
    ) -> str:
        """A secret from a file (``-`` = stdin) or a no-echo prompt; twice when new.

        With no terminal on standard input there is nobody to ask without the
        secret showing (Python would warn and read it with echo): say which
        option gives it instead.
        """
        if source:
            value = self._read_secret_file(source)
        elif not _is_terminal(self.stdin):
            raise CliError(EXIT_USAGE, self.t("err_no_terminal", option=option))
        else:
            import getpass

            try:
                value = getpass.getpass(self.t(prompt))
                if new and getpass.getpass(self.t("ask_again")) != value:
                    raise CliError(EXIT_USAGE, self.t("pass_mismatch"))
            except EOFError:  # no terminal and nothing on standard input
                raise CliError(EXIT_USAGE, self.t("err_no_passphrase")) from None
        if new and len(value) < MIN_PASSPHRASE:
            raise CliError(EXIT_USAGE, self.t("pass_short", n=MIN_PASSPHRASE))
        return value

    def open(self, args: argparse.Namespace) -> services.Vault:
        return services.open_vault(Path(args.dir), self.passphrase(args))

    def check_out(self, path: str | None, args: argparse.Namespace) -> None:
        """Refuse an output path before any work (exit 7); existing files need --force."""
        if path:
            services.check_output(Path(path), overwrite=bool(getattr(args, "force", False)))

    def deliver_recovery(
        self,
        key: str,
        target: str | None,
        confirm: Callable[[str], None],
        args: argparse.Namespace,
    ) -> None:
        """Show the new recovery key (or write it to its file), then confirm it.

        Only a confirmed key replaces the one in force. Written to a file: confirmed
        once read back whole. On screen: a person at a terminal types the key's last
        group; a script (no terminal) gets it on standard output, confirmed once that
        was written. Otherwise RecoveryKeyUnconfirmed (exit 9): the old key stays.
        """
        if target:
            from hjulet.storage.files import storage_error, write_atomic

            out = Path(target)
            try:
                write_atomic(out, (key + "\n").encode("utf-8"), overwrite=bool(args.force))
                written = out.read_text(encoding="utf-8").strip()
            except OSError as exc:
                typed = storage_error(exc)
                if typed is not None:
                    raise typed from None
                raise CliError(EXIT_INPUT, self.t("err_write_file", path=target)) from None
            if written != key:
                raise RecoveryKeyUnconfirmed("the recovery-key file does not read back")
            confirm(key)
            self.say("recovery_written", path=target)
            return
        self.say("recovery_show", key=key)
        self.out.flush()
        if _is_terminal(self.stdin):
            try:
                typed_back = input(self.t("ask_confirm_key"))
            except EOFError:
                typed_back = ""
            if typed_back.strip().upper() != key.rsplit("-", 1)[-1]:
                raise RecoveryKeyUnconfirmed("the new recovery key was not confirmed")
        confirm(key)

    # -- commands --------------------------------------------------------
    def cmd_init(self, args: argparse.Namespace) -> int:
        self.check_out(args.recovery_key_file, args)
        passphrase = self.passphrase(args, new=True)
        vault, recovery = services.create_vault(
            Path(args.dir), passphrase, name=args.name or "", kdf=self.kdf
        )
        with vault:
            self.say("created", path=args.dir)
            self.deliver_recovery(
                recovery,
                args.recovery_key_file,
                lambda key: services.confirm_recovery_key(vault, key),
                args,
            )
        return EXIT_OK

    def cmd_demo(self, args: argparse.Namespace) -> int:
        from hjulet.core.catalog import load_catalog
        from hjulet.services.demo import create_demo_vault
        from hjulet.services.paths import demo_vault_path, prepare_basedir

        target = Path(args.dir) if args.dir else demo_vault_path(prepare_basedir(self.basedir))
        passphrase = self.passphrase(args) if args.passphrase_file else DEMO_PASSPHRASE
        vault, n = create_demo_vault(target, passphrase, load_catalog(), kdf=self.kdf)
        vault.close()
        self.say(
            "demo_created",
            n=n,
            path=target,
            passphrase=passphrase if not args.passphrase_file else "…",
        )
        return EXIT_OK

    def cmd_list(self, args: argparse.Namespace) -> int:
        with self.open(args) as vault:
            rows = services.list_children(vault, include_archived=args.all)
        if args.json:
            import json

            data = [
                {
                    "code": r.child.code,
                    "name": r.child.name,
                    "conversations": r.conversations,
                    "last_conversation": r.last_conversation.isoformat()
                    if r.last_conversation
                    else None,
                }
                for r in rows
            ]
            json.dump(data, self.out, ensure_ascii=False, indent=2)
            print(file=self.out)
            return EXIT_OK
        if not rows:
            self.say("list_empty")
            return EXIT_OK
        code, name, n, last = (
            self.t(c)
            for c in ("list_col_code", "list_col_name", "list_col_talks", "list_col_latest")
        )
        print(LIST_ROW.format(code=code, name=name, n=n, last=last), file=self.out)
        for r in rows:
            print(
                LIST_ROW.format(
                    code=r.child.code,
                    name=r.child.name[:20],
                    n=r.conversations,
                    last=r.last_conversation.isoformat() if r.last_conversation else "–",
                ),
                file=self.out,
            )
        return EXIT_OK

    def cmd_check(self, args: argparse.Namespace) -> int:
        from hjulet.services.vault import NO_CONFIRMED_RECOVERY_KEY, UNCONFIRMED_RECOVERY_KEY

        problems = services.check_vault(Path(args.dir), self.passphrase(args))
        if not problems:
            self.say("check_ok")
            return EXIT_OK
        self.say("check_bad")
        for p in problems:
            print(f"  - {self.problem(p)}", file=self.out)
        unconfirmed = (UNCONFIRMED_RECOVERY_KEY, NO_CONFIRMED_RECOVERY_KEY)
        only_unconfirmed = all(p in unconfirmed for p in problems)
        return EXIT_UNCONFIRMED if only_unconfirmed else EXIT_DAMAGED

    def cmd_passphrase(self, args: argparse.Namespace) -> int:
        old = self.passphrase(args)
        new = self.passphrase(args, new=True, attr="new_passphrase_file")
        services.change_passphrase(Path(args.dir), old, new, kdf=self.kdf)
        self.say("pass_changed")
        return EXIT_OK

    def cmd_recovery_key(self, args: argparse.Namespace) -> int:
        self.check_out(args.recovery_key_file, args)
        passphrase = self.passphrase(args)
        with services.open_vault(Path(args.dir), passphrase) as vault:
            key = services.new_recovery_key(vault, passphrase)
            self.deliver_recovery(
                key,
                args.recovery_key_file,
                lambda k: services.confirm_recovery_key(vault, k),
                args,
            )
        self.say("new_recovery_key")
        return EXIT_OK

    def cmd_recover(self, args: argparse.Namespace) -> int:
        self.check_out(args.new_recovery_key_file, args)
        recovery = self._read_secret_file(args.recovery_key_file)
        new = self.passphrase(args, new=True, attr="new_passphrase_file")
        new_key = services.recover_vault(Path(args.dir), recovery, new, kdf=self.kdf)
        self.say("recovered")
        self.deliver_recovery(
            new_key,
            args.new_recovery_key_file,
            lambda k: services.confirm_recovery_key(Path(args.dir), k),
            args,
        )
        return EXIT_OK


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


class CliError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def speak_argparse(words: Catalogue) -> None:
    """Make argparse say its own words (usage, section titles, -h, errors) in ``words``'s
    language. argparse reads each through its module's gettext function when it
    speaks; that function is replaced by one that asks the catalogue (context
    ``Argparse``), so the help and a usage error are Swedish like the rest."""
    known = frozenset(ARGPARSE)

    def gettext(message: str) -> str:
        return words.translate("Argparse", message) if message in known else message

    setattr(argparse, "_", gettext)  # noqa: B010  (argparse's gettext hook, read per call)


def build_parser(cli: Cli) -> argparse.ArgumentParser:
    speak_argparse(cli.catalogue)
    t = cli.t
    parser = _Parser(prog="hjulet", description=t("prog_help"))
    parser.add_argument("--basedir", metavar="DIR", help=t("opt_basedir"))
    parser.add_argument("--lang", choices=LANGS, default="sv", help=t("opt_lang"))
    parser.add_argument("--fast-kdf", action="store_true", help=argparse.SUPPRESS)  # tests only
    # the metavar names the commands' argument in usage errors (not argparse's "command")
    sub = parser.add_subparsers(dest="command", metavar=t("metavar_command"), parser_class=_Parser)

    def command(
        name: str, help_key: str, handler: Callable[[argparse.Namespace], int]
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=t(help_key), description=t(help_key))
        p.set_defaults(handler=handler)
        return p

    def secret(p: argparse.ArgumentParser) -> None:
        p.add_argument("--passphrase-file", metavar="F", help=t("opt_passfile"))

    def force(p: argparse.ArgumentParser) -> None:
        p.add_argument("--force", action="store_true", help=t("opt_force"))

    p = command("init", "cmd_init", cli.cmd_init)
    p.add_argument("dir", metavar="DIR", help=t("arg_dir"))
    p.add_argument("--name", help=t("opt_name"))
    p.add_argument("--recovery-key-file", metavar="F", help=t("opt_recfile"))
    secret(p)
    force(p)

    p = command("demo", "cmd_demo", cli.cmd_demo)
    p.add_argument("dir", metavar="DIR", nargs="?", help=t("arg_dir"))
    secret(p)

    p = command("list", "cmd_list", cli.cmd_list)
    p.add_argument("dir", metavar="DIR", help=t("arg_dir"))
    p.add_argument("--json", action="store_true", help=t("opt_json"))
    p.add_argument("--all", action="store_true", help=argparse.SUPPRESS)
    secret(p)

    p = command("check", "cmd_check", cli.cmd_check)
    p.add_argument("dir", metavar="DIR", help=t("arg_dir"))
    secret(p)

    p = command("passphrase", "cmd_passphrase", cli.cmd_passphrase)
    p.add_argument("dir", metavar="DIR", help=t("arg_dir"))
    secret(p)
    p.add_argument("--new-passphrase-file", metavar="F", help=t("opt_newpassfile"))

    p = command("recover", "cmd_recover", cli.cmd_recover)
    p.add_argument("dir", metavar="DIR", help=t("arg_dir"))
    p.add_argument("--recovery-key-file", metavar="F", required=True, help=t("opt_recfile_in"))
    p.add_argument("--new-passphrase-file", metavar="F", help=t("opt_newpassfile"))
    p.add_argument("--new-recovery-key-file", metavar="F", help=t("opt_recfile"))
    force(p)

    p = command("recovery-key", "cmd_recovery_key", cli.cmd_recovery_key)
    p.add_argument("dir", metavar="DIR", help=t("arg_dir"))
    p.add_argument("--recovery-key-file", metavar="F", help=t("opt_recfile"))
    secret(p)
    force(p)

    for extra in EXTRA_COMMANDS:
        extra(cli, command, secret)
    return parser


# Later features register their commands here (summary, backup, export...):
# each is called as extra(cli, command, secret) while the parser is built.
EXTRA_COMMANDS: list[Callable[[Cli, Any, Any], None]] = []


def _load_extras() -> None:
    """Import the feature modules; each appends to EXTRA_COMMANDS once.

    Plain imports, never by name: a frozen build contains only the modules its
    analysis sees imported, and a command it misses is silently gone.
    """
    from hjulet.cli import backup, reports  # noqa: F401  (imported to register)


def _lang_from(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return "sv"


def error_message(cli: Cli, exc: HjuletError, args: argparse.Namespace) -> tuple[int, str]:
    """The translated message and exit code for one of our typed errors."""
    path = getattr(args, "dir", "") or ""
    if isinstance(exc, OutputRefused):
        msg_id = {
            OutputInVault: "err_out_in_vault",
            OutputNotRegular: "err_out_not_regular",
            OutputExists: "err_out_exists",
        }.get(type(exc), "err_out_not_regular")
        return EXIT_OUTPUT, cli.t(msg_id, path=exc.path)
    if isinstance(exc, StorageError):
        msg_id = {
            DiskFull: "err_disk_full",
            ReadOnlyStorage: "err_read_only",
            AccessDenied: "err_access",
        }.get(type(exc), "err_access")
        return EXIT_STORAGE, cli.t(msg_id)
    if isinstance(exc, RecoveryKeyUnconfirmed):
        return EXIT_UNCONFIRMED, cli.t("err_unconfirmed", path=path)
    if isinstance(exc, VaultMismatch):
        return EXIT_DAMAGED, cli.t("err_mismatch", path=path)
    if isinstance(exc, UnsupportedKdf):
        return EXIT_DAMAGED, cli.t("err_kdf", path=path)
    if isinstance(exc, WrongPassphrase):
        return EXIT_SECRET, cli.t("err_wrong_pass")
    if isinstance(exc, WrongRecoveryKey):
        return EXIT_SECRET, cli.t("err_wrong_recovery")
    if isinstance(exc, VaultTooNew):
        return EXIT_DAMAGED, cli.t("err_too_new")
    if isinstance(exc, VaultDamaged):
        return EXIT_DAMAGED, cli.t("err_damaged")
    if isinstance(exc, VaultInUse):
        return EXIT_VAULT, cli.t("err_in_use")
    if isinstance(exc, VaultNotFound):
        return EXIT_VAULT, cli.t("err_not_found", path=path)
    if isinstance(exc, VaultExists):
        return EXIT_VAULT, cli.t("err_exists", path=path)
    if isinstance(exc, NotFound):
        return EXIT_INPUT, cli.t("err_no_child", code=getattr(args, "child", "") or "")
    if isinstance(exc, InvalidInput):
        lines = [cli.t("err_invalid"), *(f"  - {cli.problem(p)}" for p in exc.problems[:50])]
        return EXIT_INPUT, "\n".join(lines)
    return EXIT_INTERNAL, cli.t("err_internal", log="")


def main(
    argv: Sequence[str] | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    cli = Cli(_lang_from(argv), out or sys.stdout, err or sys.stderr, stdin or sys.stdin)
    _load_extras()
    parser = build_parser(cli)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    cli.basedir = Path(args.basedir) if args.basedir else None
    if args.fast_kdf:
        from hjulet.storage.keyslots import FAST_KDF

        cli.kdf = FAST_KDF
    if not getattr(args, "handler", None):
        parser.print_help(cli.out)
        return EXIT_USAGE
    # a command runs: now the logging set-up (not for --help or a usage error)
    import logging

    from hjulet.services.paths import log_exception, log_path, prepare_basedir, setup_logging
    from hjulet.storage.files import storage_error

    log = logging.getLogger("hjulet.cli")

    try:
        base = prepare_basedir(cli.basedir)
        setup_logging(base, logging.WARNING)
    except OSError:
        print(cli.t("err_basedir", path=cli.basedir or ""), file=cli.err)
        return EXIT_VAULT
    try:
        return int(args.handler(args))
    except CliError as exc:
        print(str(exc), file=cli.err)
        return exc.code
    except HjuletError as exc:
        code, message = error_message(cli, exc, args)
        if code == EXIT_INTERNAL:
            log.error("command %s failed: %s", args.command, type(exc).__name__)
            message = cli.t("err_internal", log=log_path(base))
        print(message, file=cli.err)
        return code
    except KeyboardInterrupt:
        print(cli.t("err_interrupted"), file=cli.err)
        return 130
    except BrokenPipeError:  # e.g. piped into `head`
        return EXIT_OK
    except OSError as exc:  # a file the person named cannot be read or written
        typed = storage_error(exc)
        if typed is not None:
            print(error_message(cli, typed, args)[1], file=cli.err)
            return EXIT_STORAGE
        log_exception(log, f"command {args.command}: file error", exc)
        print(cli.t("err_file", path=exc.filename or ""), file=cli.err)
        return EXIT_INPUT
    except Exception as exc:  # last resort: a message, never a traceback on screen
        log_exception(log, f"command {args.command} crashed", exc)
        print(cli.t("err_internal", log=log_path(base)), file=cli.err)
        return EXIT_INTERNAL
