"""Entry point: ``hjulet COMMAND …`` runs the command line, plain ``hjulet`` the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Global options that take a value (so their value is not mistaken for a command).
_VALUE_OPTIONS = {
    "--basedir",
    "--lang",
    "--vault",
    "--child",
    "--passphrase-file",
    "--screenshot",
    "--quit-after",
}


def _command_of(argv: Sequence[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _VALUE_OPTIONS:
            skip = True
            continue
        if arg.startswith("-"):
            continue
        return arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    from hjulet.services.process import refuse_core_dumps

    refuse_core_dumps()  # before any secret is read: CLI and app alike
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--speech-worker"]:
        # read-aloud runs in a child process of the app (works frozen too)
        from hjulet.app.speech_worker import main as worker_main

        return worker_main(args[1:])
    if args[:1] == ["--print-worker"]:
        # paper printing runs in a child process of the app (a printer can hang)
        from hjulet.app.print_worker import main as print_main

        return print_main(args[1:])
    command = _command_of(args)
    if command is not None or any(a in ("-h", "--help") for a in args):
        from hjulet.cli.main import main as cli_main

        return cli_main(args)
    from hjulet.app.main import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())
