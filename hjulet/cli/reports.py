"""CLI commands: the SIP summary, the child's copy and the blank wheel sheet (issue 5).

    hjulet summary DIR --child CODE [--conversation ID|DATE] --out F.pdf
                   [--child-copy LANG] [--lang sv|en] [--name-or-code name|code]
    hjulet blank-sheet [--lang LANG] [--paper A4|A3] [--scale ID] --out F.pdf

``summary`` prints the latest conversation by default; ``--conversation`` takes
a conversation's number or the date it was held (YYYY-MM-DD). Only what the
child marked shareable, under a consent valid today that covers it (the child's
own, both guardians', or a sole-custody guardian's; a guardian's own words need
that guardian's), is printed (see ``services.summary`` and ``core.sharing``).
``--child-copy LANG`` writes the child's own copy in that language instead. Each
file is written and logged (a ``printed`` line in the vault's audit log) by one
service call, ``services.summary.write_report``, the same the GUI uses.
``blank-sheet`` needs no vault: the sheet holds nothing personal.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hjulet import services
from hjulet.cli.main import EXIT_INPUT, EXIT_OK, EXIT_USAGE, EXTRA_COMMANDS, Cli, CliError
from hjulet.cli.messages import MESSAGES
from hjulet.core.constants import PAPERS, SUMMARY_LANGUAGES
from hjulet.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hjulet.core.model import Conversation

MESSAGES.update(
    {
        "cmd_summary": QT_TRANSLATE_NOOP(
            "Cli", "write the SIP-meeting summary (or the child's own copy) as a PDF"
        ),
        "cmd_blank_sheet": QT_TRANSLATE_NOOP(
            "Cli", "write a blank wheel to fill in on paper (A4 or A3); needs no vault"
        ),
        "opt_summary_child": QT_TRANSLATE_NOOP("Cli", "the child's code"),
        "opt_summary_conversation": QT_TRANSLATE_NOOP(
            "Cli", "the conversation's number or date (YYYY-MM-DD); default: the latest"
        ),
        "opt_summary_out": QT_TRANSLATE_NOOP("Cli", "the PDF file to write"),
        "opt_child_copy": QT_TRANSLATE_NOOP(
            "Cli",
            "write the child's own copy in this language instead (sv, en, ar, so, ti, fa, prs, "
            "uk, fi)",
        ),
        "opt_summary_lang": QT_TRANSLATE_NOOP("Cli", "the summary's language (sv or en)"),
        "opt_name_or_code": QT_TRANSLATE_NOOP(
            "Cli", "print the child's code (default) or first name in the header"
        ),
        "opt_sheet_lang": QT_TRANSLATE_NOOP(
            "Cli", "the wheel's language for the child (e.g. sv, en, ar, ti)"
        ),
        "opt_paper": QT_TRANSLATE_NOOP("Cli", "paper size"),
        "opt_scale": QT_TRANSLATE_NOOP("Cli", "the scale to fill in (e.g. faces3, steps4, steps5)"),
        "summary_written": QT_TRANSLATE_NOOP(
            "Cli", "The summary of the conversation on {date} (no. {id}) was written to {path}."
        ),
        "child_copy_written": QT_TRANSLATE_NOOP(
            "Cli",
            "The child's copy of the conversation on {date} (no. {id}) was written to {path}.",
        ),
        "pdf_plain_warning": QT_TRANSLATE_NOOP(
            "Cli",
            "Note: the PDF file is not encrypted. Print it or move it into the case system, "
            "then delete it.",
        ),
        "blank_written": QT_TRANSLATE_NOOP(
            "Cli", "The blank wheel ({lang}, {paper}) was written to {path}."
        ),
        "err_no_conversation": QT_TRANSLATE_NOOP(
            "Cli", "The child with the code {code} has no conversations yet."
        ),
        "err_conversation": QT_TRANSLATE_NOOP(
            "Cli",
            "The child with the code {code} has no conversation {which}. Conversations: {known}",
        ),
        "err_copy_lang": QT_TRANSLATE_NOOP("Cli", "The child's copy can be written in: {langs}."),
        "err_sheet_lang": QT_TRANSLATE_NOOP("Cli", "The wheel is available in: {langs}."),
        "err_scale": QT_TRANSLATE_NOOP("Cli", "Unknown scale {scale}. Scales: {known}."),
    }
)


def _pick(cli: Cli, code: str, conversations: list[Conversation], which: str | None) -> int | None:
    """The conversation id meant by ``which`` (a number or a date); None = the latest."""
    if which is None:
        return None
    which = which.strip()
    chosen: Conversation | None = None
    if which.isdigit():
        chosen = next((c for c in conversations if c.id == int(which)), None)
    else:
        from datetime import date  # on use: --help stays light

        try:
            day = date.fromisoformat(which)
        except ValueError:
            day = None
        same_day = [c for c in conversations if c.held_on == day]
        chosen = max(same_day, key=lambda c: c.id or 0) if same_day else None
    if chosen is None:
        known = ", ".join(f"{c.id} ({c.held_on.isoformat()})" for c in conversations)
        raise CliError(EXIT_INPUT, cli.t("err_conversation", code=code, which=which, known=known))
    return chosen.id


def _write(cli: Cli, out: str, data: bytes) -> None:
    from hjulet.services.summary import write_pdf  # on use: --help stays light

    try:
        write_pdf(Path(out), data)
    except OSError:
        raise CliError(EXIT_INPUT, cli.t("err_write_file", path=out)) from None


def _text_dirs(cli: Cli) -> tuple[Path, ...]:
    """The organisation's basedir, whose child_texts/ override the built-in texts."""
    return (cli.basedir,) if cli.basedir else ()


def _known_language(cli: Cli, lang: str) -> None:
    """Exit 5 with the list of known languages when ``lang`` is not one of them."""
    from hjulet.core import languages  # on use: --help stays light

    if lang not in languages.CODES:
        known = languages.known_list(cli.lang)
        raise CliError(EXIT_INPUT, cli.t("err_unknown_lang", lang=lang, known=known))


def cmd_summary(cli: Cli, args: argparse.Namespace) -> int:
    from hjulet.services.summary import (  # on use: --help stays light
        NoConversation,
        ReportRequest,
        child_copy_languages,
        choose_conversation,
        write_report,
    )

    cli.check_out(args.out, args)
    lang = args.summary_lang or cli.lang
    with cli.open(args) as vault:
        child = services.find_child(vault, args.child)  # NotFound: "no child has the code"
        assert child.id is not None
        conversations = services.list_conversations(vault, child.id)
        try:
            conv_id = _pick(cli, child.code, conversations, args.conversation)
            chosen, _previous = choose_conversation(conversations, conv_id)
        except NoConversation:
            raise CliError(EXIT_INPUT, cli.t("err_no_conversation", code=child.code)) from None
        if args.child_copy is not None:
            _known_language(cli, args.child_copy)
            langs = child_copy_languages(chosen)
            if args.child_copy not in langs:
                raise CliError(EXIT_INPUT, cli.t("err_copy_lang", langs=", ".join(langs)))
            request = ReportRequest(
                child.id, chosen.id, "child-copy", args.child_copy, args.name_or_code
            )
        else:
            request = ReportRequest(child.id, chosen.id, "summary", lang, args.name_or_code)
        try:
            write_report(vault, request, Path(args.out), text_dirs=_text_dirs(cli))
        except OSError:
            raise CliError(EXIT_INPUT, cli.t("err_write_file", path=args.out)) from None
    msg = "summary_written" if request.kind == "summary" else "child_copy_written"
    cli.say(msg, date=chosen.held_on.isoformat(), id=chosen.id, path=args.out)
    cli.say("pdf_plain_warning")
    return EXIT_OK


def cmd_blank_sheet(cli: Cli, args: argparse.Namespace) -> int:
    from hjulet.core.catalog import load_catalog
    from hjulet.services.summary import blank_sheet_pdf  # on use: --help stays light

    catalog = load_catalog()
    definition = catalog.definition()
    lang = args.sheet_lang or cli.lang
    _known_language(cli, lang)
    if lang not in definition.languages:
        raise CliError(EXIT_INPUT, cli.t("err_sheet_lang", langs=", ".join(definition.languages)))
    if args.scale is not None and args.scale not in catalog.scales:
        known = ", ".join(sorted(catalog.scales))
        raise CliError(EXIT_USAGE, cli.t("err_scale", scale=args.scale, known=known))
    cli.check_out(args.out, args)
    data = blank_sheet_pdf(
        lang, args.paper, catalog=catalog, scale_id=args.scale, text_dirs=_text_dirs(cli)
    )
    _write(cli, args.out, data)
    cli.say("blank_written", lang=lang, paper=args.paper, path=args.out)
    return EXIT_OK


def register(cli: Cli, command: Any, secret: Any) -> None:
    t = cli.t

    p = command("summary", "cmd_summary", lambda a: cmd_summary(cli, a))
    p.add_argument("dir", metavar="DIR", help=t("arg_dir"))
    p.add_argument("--child", metavar="CODE", required=True, help=t("opt_summary_child"))
    p.add_argument("--conversation", metavar="ID", help=t("opt_summary_conversation"))
    p.add_argument("--out", metavar="F.pdf", required=True, help=t("opt_summary_out"))
    p.add_argument("--force", action="store_true", help=t("opt_force"))
    p.add_argument("--child-copy", metavar="LANG", help=t("opt_child_copy"))
    p.add_argument(
        "--lang", dest="summary_lang", choices=SUMMARY_LANGUAGES, help=t("opt_summary_lang")
    )
    p.add_argument(
        "--name-or-code", choices=("name", "code"), default="code", help=t("opt_name_or_code")
    )
    secret(p)

    p = command("blank-sheet", "cmd_blank_sheet", lambda a: cmd_blank_sheet(cli, a))
    p.add_argument("--lang", dest="sheet_lang", metavar="LANG", help=t("opt_sheet_lang"))
    p.add_argument("--paper", choices=PAPERS, default="A4", help=t("opt_paper"))
    p.add_argument("--scale", metavar="ID", help=t("opt_scale"))
    p.add_argument("--out", metavar="F.pdf", required=True, help=t("opt_summary_out"))
    p.add_argument("--force", action="store_true", help=t("opt_force"))


EXTRA_COMMANDS.append(register)
