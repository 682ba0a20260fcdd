"""The composition root and command line: `ai-admin [doctor|...]`, `python -m desktop`.

It builds the parts and hands them in; nothing else in the app reaches for globals. Qt is imported
only when the window is opened, so the command-line tools start fast and run on headless boxes.
"""

from __future__ import annotations

import argparse
import sys

from desktop import APP_NAME, __version__
from desktop.paths import DataFolderError, default_data_paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ai-admin",
        description=f"{APP_NAME}: an AI WhatsApp receptionist for your shop. "
                    "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # Used by the start-up benchmark: print the time the window took to show, then quit.
    parser.add_argument("--quit-after-shown", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    doctor = commands.add_parser(
        "doctor", help="check this computer: Node.js, bridge packages, data folder, database")
    doctor.add_argument("--json", action="store_true", help="print the checks as JSON")
    return parser


def run_doctor(as_json: bool) -> int:
    from desktop.doctor import render, run_checks

    results = run_checks(default_data_paths())
    print(render(results, as_json))
    return 0 if all(r.ok for r in results) else 1


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `ai-admin` command; returns the process exit code."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "doctor":
            return run_doctor(args.json)
        from desktop.views.app import run_window

        return run_window(default_data_paths(), quit_after_shown=args.quit_after_shown)
    except DataFolderError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
