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

MESSAGES.update(
    {
        "cmd_backup": {
            "sv": "säkerhetskopiera ett valv till en krypterad fil (samma lösenfras som valvet)",
            "en": "back up a vault to an encrypted file (same passphrase as the vault)",
        },
        "cmd_restore": {
            "sv": "återställ en säkerhetskopia till en ny, tom mapp",
            "en": "restore a backup into a new, empty folder",
        },
        "cmd_export": {
            "sv": "exportera barn till en dokumenterad JSON-fil (för journal eller överlämning)",
            "en": "export children to a documented JSON file (for a case system or a handover)",
        },
        "cmd_import": {
            "sv": "importera barn från en exportfil (allt kontrolleras först)",
            "en": "import children from an export file (everything is checked first)",
        },
        "opt_out_backup": {"sv": "säkerhetskopians fil", "en": "the backup file to write"},
        "opt_out_export": {"sv": "exportfilen som ska skrivas", "en": "the export file to write"},
        "arg_backup_file": {"sv": "säkerhetskopians fil", "en": "the backup file"},
        "arg_export_file": {"sv": "exportfilen", "en": "the export file"},
        "opt_to": {
            "sv": "ny mapp för det återställda valvet (får inte finnas eller måste vara tom)",
            "en": "new folder for the restored vault (must not exist, or be empty)",
        },
        "opt_child": {
            "sv": "exportera bara barnet med koden (kan ges flera gånger)",
            "en": "export only the child with this code (may be given several times)",
        },
        "opt_encrypt": {
            "sv": "kryptera exporten med en egen lösenfras",
            "en": "encrypt the export with its own passphrase",
        },
        "opt_export_passfile": {
            "sv": "läs exportens lösenfras från filen (- = standard in)",
            "en": "read the export's passphrase from this file (- = standard input)",
        },
        "opt_import_passfile": {
            "sv": "läs lösenfrasen för en krypterad exportfil från filen",
            "en": "read the passphrase of an encrypted export file from this file",
        },
        "ask_export_pass": {
            "sv": "Lösenfras för exportfilen: ",
            "en": "Passphrase for the export file: ",
        },
        "backup_done": {
            "sv": "Säkerhetskopian är skriven: {path} ({size} byte). Den öppnas med valvets "
            "lösenfras. Förvara den lika säkert som datorn.",
            "en": "The backup has been written: {path} ({size} bytes). It opens with the vault's "
            "passphrase. Keep it as safe as the computer.",
        },
        "restore_done": {
            "sv": "Valvet är återställt i {path} och kontrollerat. Det öppnas med samma lösenfras "
            "som när säkerhetskopian gjordes.",
            "en": "The vault has been restored to {path} and checked. It opens with the same "
            "passphrase as when the backup was made.",
        },
        "export_done": {
            "sv": "{n} barn med {m} samtal är exporterade till {path}.",
            "en": "{n} children with {m} conversations were exported to {path}.",
        },
        "export_plain_warning": {
            "sv": "OBS: filen är inte krypterad. Flytta den direkt till journalsystemet och "
            "radera den sedan, eller använd --encrypt.",
            "en": "Note: the file is not encrypted. Move it into the case system at once and "
            "delete it, or use --encrypt.",
        },
        "import_done": {
            "sv": "{n} barn med {m} samtal är importerade.",
            "en": "{n} children with {m} conversations were imported.",
        },
        "err_backup_damaged": {
            "sv": "Filen är skadad, ofullständig eller ändrad och kan inte läsas säkert. "
            "Inget har återställts eller importerats.",
            "en": "The file is damaged, incomplete or altered and cannot be read safely. "
            "Nothing was restored or imported.",
        },
        "err_backup_too_new": {
            "sv": "Filen är gjord av en nyare version av Hjulet. Uppdatera programmet.",
            "en": "The file was made by a newer version of Hjulet. Please update the program.",
        },
        "err_backup_pass": {
            "sv": "Fel lösenfras för filen. Inget har ändrats.",
            "en": "Wrong passphrase for this file. Nothing was changed.",
        },
        "err_backup_missing": {
            "sv": "Filen {path} finns inte.",
            "en": "The file {path} does not exist.",
        },
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


def _secret(cli: Cli, source: str | None, prompt: str, *, new: bool, option: str) -> str:
    return cli.ask_secret(source, prompt, new=new, option=option)


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
        _secret(
            cli,
            args.export_passphrase_file,
            "ask_export_pass",
            new=True,
            option="--export-passphrase-file",
        )
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
        file_pass = _secret(
            cli,
            args.import_passphrase_file,
            "ask_export_pass",
            new=False,
            option="--import-passphrase-file",
        )
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
