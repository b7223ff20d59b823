"""CLI commands: backup, restore, export, import (issue 6).

    hjulet backup DIR --out F            encrypted backup, protected by the vault's passphrase
    hjulet restore F --to DIR2           restore beside, verify, swap; prints a new recovery key
    hjulet export DIR --out F.json [--child CODE ...] [--encrypt]
    hjulet import DIR F.json             validate everything first, then one transaction

Exit codes as in ``cli.main``: 3 wrong passphrase, 4 damaged or truncated file,
5 invalid input file, 6 target exists / vault missing or in use.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hjulet import services
from hjulet.cli.main import (
    EXIT_DAMAGED,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_SECRET,
    EXTRA_COMMANDS,
    Cli,
    CliError,
)
from hjulet.cli.messages import MESSAGES
from hjulet.core.errors import NotFound, VaultDamaged, VaultNotFound, VaultTooNew, WrongPassphrase
from hjulet.core.i18n import QT_TRANSLATE_NOOP

MESSAGES.update(
    {
        "cmd_backup": QT_TRANSLATE_NOOP(
            "Cli", "back up a vault to an encrypted file (same passphrase as the vault)"
        ),
        "cmd_restore": QT_TRANSLATE_NOOP("Cli", "restore a backup into a new, empty folder"),
        "cmd_export": QT_TRANSLATE_NOOP(
            "Cli", "export children to a documented JSON file (for a case system or a handover)"
        ),
        "cmd_import": QT_TRANSLATE_NOOP(
            "Cli", "import children from an export file (everything is checked first)"
        ),
        "opt_out_backup": QT_TRANSLATE_NOOP("Cli", "the backup file to write"),
        "opt_out_export": QT_TRANSLATE_NOOP("Cli", "the export file to write"),
        "arg_backup_file": QT_TRANSLATE_NOOP("Cli", "the backup file"),
        "arg_export_file": QT_TRANSLATE_NOOP("Cli", "the export file"),
        "opt_to": QT_TRANSLATE_NOOP(
            "Cli", "new folder for the restored vault (must not exist, or be empty)"
        ),
        "opt_child": QT_TRANSLATE_NOOP(
            "Cli", "export only the child with this code (may be given several times)"
        ),
        "opt_encrypt": QT_TRANSLATE_NOOP("Cli", "encrypt the export with its own passphrase"),
        "opt_export_passfile": QT_TRANSLATE_NOOP(
            "Cli", "read the export's passphrase from this file (- = standard input)"
        ),
        "opt_import_passfile": QT_TRANSLATE_NOOP(
            "Cli", "read the passphrase of an encrypted export file from this file"
        ),
        "ask_export_pass": QT_TRANSLATE_NOOP("Cli", "Passphrase for the export file: "),
        "backup_done": QT_TRANSLATE_NOOP(
            "Cli",
            "The backup has been written: {path} ({size} bytes). It opens with the vault's "
            "passphrase. Keep it as safe as the computer.",
        ),
        "restore_done": QT_TRANSLATE_NOOP(
            "Cli",
            "The vault has been restored to {path} and checked. It opens with the same "
            "passphrase as when the backup was made.",
        ),
        "export_done": QT_TRANSLATE_NOOP(
            "Cli", "{n} children with {m} conversations were exported to {path}."
        ),
        "export_plain_warning": QT_TRANSLATE_NOOP(
            "Cli",
            "Note: the file is not encrypted. Move it into the case system at once and delete "
            "it, or use --encrypt.",
        ),
        "import_done": QT_TRANSLATE_NOOP(
            "Cli", "{n} children with {m} conversations were imported."
        ),
        "err_backup_damaged": QT_TRANSLATE_NOOP(
            "Cli",
            "The file is damaged, incomplete or altered and cannot be read safely. Nothing was "
            "restored or imported.",
        ),
        "err_backup_too_new": QT_TRANSLATE_NOOP(
            "Cli", "The file was made by a newer version of Hjulet. Please update the program."
        ),
        "err_backup_pass": QT_TRANSLATE_NOOP(
            "Cli", "Wrong passphrase for this file. Nothing was changed."
        ),
        "err_backup_missing": QT_TRANSLATE_NOOP("Cli", "The file {path} does not exist."),
    }
)


def _file_errors(cli: Cli, path: str, fn: Callable[[], int]) -> int:
    """Messages about the *file* (not the vault) for container errors."""
    try:
        return fn()
    except WrongPassphrase:
        raise CliError(EXIT_SECRET, cli.t("err_backup_pass")) from None
    except VaultTooNew:
        raise CliError(EXIT_DAMAGED, cli.t("err_backup_too_new")) from None
    except VaultDamaged:
        raise CliError(EXIT_DAMAGED, cli.t("err_backup_damaged")) from None
    except VaultNotFound:
        raise CliError(EXIT_INPUT, cli.t("err_backup_missing", path=path)) from None


def _secret(cli: Cli, source: str | None, prompt: str, *, new: bool) -> str:
    return cli.ask_secret(source, prompt, new=new)


def cmd_backup(cli: Cli, args: argparse.Namespace) -> int:
    from hjulet.services.backup import backup_vault  # on use: --help stays light

    cli.check_out(args.out, args)
    passphrase = cli.passphrase(args)
    with services.open_vault(Path(args.dir), passphrase) as vault:
        info = backup_vault(vault, Path(args.out), passphrase=passphrase, kdf=cli.kdf)
    cli.say("backup_done", path=args.out, size=info.file_size)
    return EXIT_OK


def cmd_restore(cli: Cli, args: argparse.Namespace) -> int:
    from hjulet.services.backup import restore_vault  # on use: --help stays light

    cli.check_out(args.recovery_key_file, args)
    passphrase = cli.passphrase(args)

    def run() -> int:
        result = restore_vault(Path(args.file), Path(args.dir), passphrase=passphrase, kdf=cli.kdf)
        cli.say("restore_done", path=result.path)
        cli.deliver_recovery(
            result.recovery_key,
            args.recovery_key_file,
            lambda key: services.confirm_recovery_key(result.path, key),
            args,
        )
        return EXIT_OK

    return _file_errors(cli, args.file, run)


def cmd_export(cli: Cli, args: argparse.Namespace) -> int:
    from hjulet.services.exchange import export_children  # on use: --help stays light

    cli.check_out(args.out, args)
    passphrase = cli.passphrase(args)
    export_pass = (
        _secret(cli, args.export_passphrase_file, "ask_export_pass", new=True)
        if args.encrypt
        else None
    )
    with services.open_vault(Path(args.dir), passphrase) as vault:
        try:
            info = export_children(
                vault, Path(args.out), codes=args.child, passphrase=export_pass, kdf=cli.kdf
            )
        except NotFound:
            codes = ", ".join(args.child or ())
            raise CliError(EXIT_INPUT, cli.t("err_no_child", code=codes)) from None
    cli.say("export_done", n=info.children, m=info.conversations, path=args.out)
    if not info.encrypted:
        cli.say("export_plain_warning")
    return EXIT_OK


def cmd_import(cli: Cli, args: argparse.Namespace) -> int:
    from hjulet.services.exchange import import_children, is_encrypted  # on use

    passphrase = cli.passphrase(args)
    file_pass = None
    if is_encrypted(Path(args.file)):
        file_pass = _secret(cli, args.import_passphrase_file, "ask_export_pass", new=False)
    with services.open_vault(Path(args.dir), passphrase) as vault:

        def run() -> int:
            result = import_children(vault, Path(args.file), passphrase=file_pass)
            cli.say("import_done", n=len(result.codes), m=result.conversations)
            return EXIT_OK

        return _file_errors(cli, args.file, run)


def register(cli: Cli, command: Any, secret: Any) -> None:
    t = cli.t

    p = command("backup", "cmd_backup", lambda a: cmd_backup(cli, a))
    p.add_argument("dir", metavar="DIR", help=t("arg_dir"))
    p.add_argument("--out", metavar="F", required=True, help=t("opt_out_backup"))
    p.add_argument("--force", action="store_true", help=t("opt_force"))
    secret(p)

    p = command("restore", "cmd_restore", lambda a: cmd_restore(cli, a))
    p.add_argument("file", metavar="F", help=t("arg_backup_file"))
    p.add_argument("--to", dest="dir", metavar="DIR2", required=True, help=t("opt_to"))
    p.add_argument("--recovery-key-file", metavar="F", help=t("opt_recfile"))
    p.add_argument("--force", action="store_true", help=t("opt_force"))
    secret(p)

    p = command("export", "cmd_export", lambda a: cmd_export(cli, a))
    p.add_argument("dir", metavar="DIR", help=t("arg_dir"))
    p.add_argument("--out", metavar="F", required=True, help=t("opt_out_export"))
    p.add_argument("--child", metavar="CODE", action="append", help=t("opt_child"))
    p.add_argument("--encrypt", action="store_true", help=t("opt_encrypt"))
    p.add_argument("--export-passphrase-file", metavar="F", help=t("opt_export_passfile"))
    p.add_argument("--force", action="store_true", help=t("opt_force"))
    secret(p)

    p = command("import", "cmd_import", lambda a: cmd_import(cli, a))
    p.add_argument("dir", metavar="DIR", help=t("arg_dir"))
    p.add_argument("file", metavar="F", help=t("arg_export_file"))
    p.add_argument("--import-passphrase-file", metavar="F", help=t("opt_import_passfile"))
    secret(p)


EXTRA_COMMANDS.append(register)
