"""The command line's words: English source texts, looked up in the catalogue by id.

The CLI may not import Qt, yet its words live in Qt's catalogue with the UI's
(``hjulet.core.i18n``): each text is an English literal marked for
``pyside6-lupdate`` under the context ``Cli``, and its Swedish translation is in
``i18n/hjulet_sv.ts``. Command modules add their own words to ``MESSAGES`` the
same way. ``{placeholders}`` are ``str.format`` fields; the catalogue checks keep
them identical in every language.
"""

from __future__ import annotations

from hjulet.core.i18n import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "err_unknown_lang": QT_TRANSLATE_NOOP(
        "Cli", "Unknown language: {lang}. Hjulet knows: {known}."
    ),
    "prog_help": QT_TRANSLATE_NOOP(
        "Cli",
        "Hjulet - conversation aid for the child's best wheel. Without a command the app starts.",
    ),
    "opt_basedir": QT_TRANSLATE_NOOP("Cli", "folder for settings, logs and the demo vault"),
    "opt_lang": QT_TRANSLATE_NOOP("Cli", "message language (sv or en)"),
    "metavar_command": QT_TRANSLATE_NOOP("Cli", "COMMAND"),
    "opt_passfile": QT_TRANSLATE_NOOP(
        "Cli", "read the passphrase from this file (- = standard input)"
    ),
    "opt_json": QT_TRANSLATE_NOOP("Cli", "print as JSON"),
    "opt_name": QT_TRANSLATE_NOOP("Cli", "the vault's name"),
    "opt_recfile": QT_TRANSLATE_NOOP(
        "Cli", "write the recovery key to this file instead of the screen"
    ),
    "opt_recfile_in": QT_TRANSLATE_NOOP("Cli", "file holding the recovery key"),
    "opt_newpassfile": QT_TRANSLATE_NOOP(
        "Cli", "read the new passphrase from this file (- = standard input)"
    ),
    "cmd_init": QT_TRANSLATE_NOOP("Cli", "create a new encrypted vault"),
    "cmd_demo": QT_TRANSLATE_NOOP(
        "Cli", "create a demo vault of fictional children (passphrase 'demo')"
    ),
    "cmd_list": QT_TRANSLATE_NOOP("Cli", "list the children in a vault"),
    "cmd_check": QT_TRANSLATE_NOOP("Cli", "check a vault's key slots and database"),
    "cmd_passphrase": QT_TRANSLATE_NOOP("Cli", "change the passphrase"),
    "cmd_recover": QT_TRANSLATE_NOOP("Cli", "forgotten passphrase: recover with the recovery key"),
    "cmd_recovery_key": QT_TRANSLATE_NOOP(
        "Cli", "make a new recovery key (the old one stops working)"
    ),
    "new_recovery_key": QT_TRANSLATE_NOOP(
        "Cli", "A new recovery key has been made. The old one no longer works."
    ),
    "arg_dir": QT_TRANSLATE_NOOP("Cli", "the vault's folder"),
    "ask_pass": QT_TRANSLATE_NOOP("Cli", "Passphrase: "),
    "ask_new_pass": QT_TRANSLATE_NOOP("Cli", "New passphrase: "),
    "ask_again": QT_TRANSLATE_NOOP("Cli", "Repeat the passphrase: "),
    "pass_mismatch": QT_TRANSLATE_NOOP(
        "Cli", "The passphrases did not match. Nothing was changed."
    ),
    "pass_short": QT_TRANSLATE_NOOP(
        "Cli", "The passphrase is too short: use at least {n} characters, ideally several words."
    ),
    "created": QT_TRANSLATE_NOOP("Cli", "The vault has been created: {path}"),
    "recovery_show": QT_TRANSLATE_NOOP(
        "Cli",
        "RECOVERY KEY - print or copy it and keep it locked away.\nIt is shown only now. It "
        "opens the vault if the passphrase is forgotten:\n\n    {key}\n",
    ),
    "recovery_written": QT_TRANSLATE_NOOP(
        "Cli", "The recovery key was written to {path}. Print it, then delete the file."
    ),
    "demo_created": QT_TRANSLATE_NOOP(
        "Cli", "The demo vault with {n} fictional children is in {path} (passphrase: {passphrase})."
    ),
    "list_col_code": QT_TRANSLATE_NOOP("Cli", "Code"),
    "list_col_name": QT_TRANSLATE_NOOP("Cli", "Name"),
    "list_col_talks": QT_TRANSLATE_NOOP("Cli", "Talks"),
    "list_col_latest": QT_TRANSLATE_NOOP("Cli", "Latest"),
    "list_empty": QT_TRANSLATE_NOOP("Cli", "The vault has no children yet."),
    "check_ok": QT_TRANSLATE_NOOP(
        "Cli", "The vault is sound: keys, encryption, database and audit log all check out."
    ),
    "check_bad": QT_TRANSLATE_NOOP("Cli", "The vault has problems:"),
    "pass_changed": QT_TRANSLATE_NOOP(
        "Cli", "The passphrase has been changed. The old one no longer works."
    ),
    "recovered": QT_TRANSLATE_NOOP(
        "Cli",
        "The vault has been recovered with a new passphrase. The old recovery key no longer works.",
    ),
    "err_wrong_pass": QT_TRANSLATE_NOOP(
        "Cli", "Wrong passphrase. The vault is unchanged. Forgotten it? Use 'hjulet recover'."
    ),
    "err_wrong_recovery": QT_TRANSLATE_NOOP(
        "Cli", "The recovery key does not fit this vault. Nothing was changed."
    ),
    "err_damaged": QT_TRANSLATE_NOOP(
        "Cli",
        "The vault is damaged or was altered outside Hjulet and cannot be read safely. Nothing "
        "was changed. Restore it from a backup.",
    ),
    "err_too_new": QT_TRANSLATE_NOOP(
        "Cli", "The vault was made by a newer version of Hjulet. Please update the program."
    ),
    "err_in_use": QT_TRANSLATE_NOOP(
        "Cli", "The vault is already open in another Hjulet. Close that one first."
    ),
    "err_not_found": QT_TRANSLATE_NOOP("Cli", "There is no vault in {path}."),
    "err_exists": QT_TRANSLATE_NOOP(
        "Cli", "The folder {path} exists and is not empty. Choose a new folder."
    ),
    "err_invalid": QT_TRANSLATE_NOOP("Cli", "Invalid input:"),
    "err_no_child": QT_TRANSLATE_NOOP("Cli", "No child has the code {code}."),
    "err_read_file": QT_TRANSLATE_NOOP("Cli", "Cannot read the file {path}."),
    "err_write_file": QT_TRANSLATE_NOOP("Cli", "Cannot write the file {path}."),
    "err_no_terminal": QT_TRANSLATE_NOOP(
        "Cli",
        "Standard input is not a terminal, so the passphrase cannot be asked for without "
        "showing it. Give it with {option} FILE, or with {option} - to read it from standard "
        "input.",
    ),
    "err_no_passphrase": QT_TRANSLATE_NOOP(
        "Cli", "No passphrase was given. Type it when asked, or use --passphrase-file."
    ),
    "err_file": QT_TRANSLATE_NOOP(
        "Cli",
        "The file {path} cannot be read or written (does the folder exist, and may you write "
        "there?). Nothing was changed.",
    ),
    "err_basedir": QT_TRANSLATE_NOOP(
        "Cli",
        "The folder {path} cannot be used for settings and logs. Choose another with --basedir.",
    ),
    "err_internal": QT_TRANSLATE_NOOP(
        "Cli", "An unexpected error occurred. The log holds nothing personal: {log}"
    ),
    "opt_force": QT_TRANSLATE_NOOP("Cli", "replace the file if it exists"),
    "ask_confirm_key": QT_TRANSLATE_NOOP(
        "Cli", "Type the key's last group (four characters) to confirm that you have it: "
    ),
    "err_unconfirmed": QT_TRANSLATE_NOOP(
        "Cli",
        "The new recovery key was not confirmed and is not yet the only one in force. The "
        "previous key still works. Run 'hjulet recovery-key {path}' when you can write the key "
        "down.",
    ),
    "err_secret_size": QT_TRANSLATE_NOOP(
        "Cli",
        "{path} is not a file holding a passphrase or key (at most {n} bytes, the secret on "
        "the first line). Nothing was changed.",
    ),
    "stdin_name": QT_TRANSLATE_NOOP("Cli", "Standard input"),
    "err_mismatch": QT_TRANSLATE_NOOP(
        "Cli",
        "The key-slot file (keyslots.json) in {path} does not belong to the vault's database: "
        "it comes from another vault, or the database was replaced or damaged. Nothing was "
        "changed. Put the vault's own key-slot file back, or restore from a backup.",
    ),
    "err_kdf": QT_TRANSLATE_NOOP(
        "Cli",
        "The key-slot file in {path} asks for key-derivation settings this version of Hjulet "
        "never writes: the file is damaged or was altered outside Hjulet. Nothing was derived "
        "and nothing was changed. Restore from a backup.",
    ),
    "err_disk_full": QT_TRANSLATE_NOOP(
        "Cli", "The disk is full - nothing was lost. Free some space and try again."
    ),
    "err_read_only": QT_TRANSLATE_NOOP(
        "Cli",
        "The folder or disk is read-only - nothing was lost. Choose a writable place, or "
        "remove the write protection, and try again.",
    ),
    "err_access": QT_TRANSLATE_NOOP(
        "Cli",
        "The computer refused access to a file or folder - nothing was lost. Check the "
        "permissions and try again.",
    ),
    "err_out_in_vault": QT_TRANSLATE_NOOP(
        "Cli",
        "{path} is inside a vault folder. Hjulet never writes other files into a vault (they "
        "could destroy it). Choose another folder. Nothing was written.",
    ),
    "err_out_not_regular": QT_TRANSLATE_NOOP(
        "Cli",
        "{path} is not a regular file (a folder, device, link or the like). Give a file name. "
        "Nothing was written.",
    ),
    "err_out_exists": QT_TRANSLATE_NOOP(
        "Cli", "The file {path} already exists. Use --force to replace it. Nothing was written."
    ),
    "err_interrupted": QT_TRANSLATE_NOOP("Cli", "Interrupted."),
}

# argparse's own words (its usage line, section titles, -h and its errors), exactly as
# argparse spells them: argparse looks each up through gettext when it speaks, and the
# command line answers from the catalogue instead (``cli.main.speak_argparse``).
ARGPARSE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
)
