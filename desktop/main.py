"""The command line: `ai-admin [doctor|serve|simulate|...]`, `python -m desktop`.

It picks the entry point; the window, `serve` and `simulate` each build their shop with the one
composition root, `desktop.bot.shop.build_shop`, and hand it in: nothing in the app reaches for
globals. Qt is imported only when the window is opened, so the command-line tools start fast and
run on headless boxes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

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
        "doctor", help="check this computer: Node.js, the bridge, data folder, database, AI "
                       "providers")
    doctor.add_argument("--json", action="store_true", help="print the checks as JSON")

    status = commands.add_parser(
        "status", help="each company's WhatsApp state, bridge process and outbox")
    status.add_argument("--json", action="store_true", help="print the status as JSON")

    commands.add_parser("serve", help="run the receptionist for every company with no window")

    companies = commands.add_parser("companies", help="add or list companies (no window needed)")
    company_commands = companies.add_subparsers(dest="companies_command", metavar="ACTION", required=True)
    add = company_commands.add_parser("add", help="add a company")
    add.add_argument("name", help="the company's name")
    add.add_argument("--transport", choices=("baileys", "sim", "practice"), default="baileys",
                     help="baileys: the shop's WhatsApp (default); sim: the simulator; practice: the "
                          "practice WhatsApp, a local server for trying the real connection")
    add.add_argument("--profile", type=Path, help="business profile JSON (default: the demo barbershop)")
    listing = company_commands.add_parser("list", help="list the companies")
    listing.add_argument("--json", action="store_true", help="print JSON")

    link = commands.add_parser(
        "link", help="link a company's WhatsApp from the terminal (QR code or pairing code)")
    link.add_argument("company", help="the company's id or name (see `companies list`)")
    link.add_argument("--pairing-code", metavar="PHONE",
                      help="link with a code for this phone number (with country code) instead of a QR")
    link.add_argument("--practice-scan", action="store_true",
                      help="practice companies: the practice phone scans the QR by itself")
    link.add_argument("--timeout", type=float, default=300.0, help="give up after this many seconds (300)")

    backup = commands.add_parser(
        "backup", help="back up the data folder (database, WhatsApp sessions) to a zip file; "
                       "safe while AI Admin runs")
    backup.add_argument("--to", type=Path, metavar="FILE",
                        help="the zip file to write, or a folder to write it in (default: the data "
                             "folder's backups folder)")
    restore = commands.add_parser(
        "restore", help="put a backup in the data folder's place (AI Admin must be closed); the "
                        "data from before is moved aside, not deleted")
    restore.add_argument("file", type=Path, help="the backup's zip file")

    simulate = commands.add_parser(
        "simulate", help="run a scenario against the WhatsApp simulator and print the transcript")
    simulate.add_argument("scenario", type=Path, help="scenario file (JSON Lines)")
    simulate.add_argument("--profile", type=Path,
                          help="business profile JSON (default: the demo barbershop)")
    simulate.add_argument("--now", type=_iso_datetime,
                          help="pretend the simulation starts at this time (ISO 8601)")
    simulate.add_argument("--json", action="store_true", help="print JSON Lines")
    simulate.add_argument("--data", type=Path,
                          help="data folder to use (default: a throw-away folder)")
    simulate.add_argument("--whatsapp", choices=("sim", "server"), default="sim",
                          help="sim: the bridge's simulator (default); server: the real Baileys "
                               "bridge against a local WhatsApp server")
    return parser


def _iso_datetime(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 time like 2026-12-01T09:00:00+03:00") from None
    value = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    # A simulation runs for days of pretend time at most; far ends of the calendar overflow.
    if not 2000 <= value.year <= 2200:
        raise argparse.ArgumentTypeError(f"{text!r} is out of range (years 2000 to 2200)")
    return value


def run_doctor(as_json: bool) -> int:
    from desktop.doctor import render, run_checks

    results = run_checks(default_data_paths())
    print(render(results, as_json))
    return 0 if all(r.ok for r in results) else 1


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `ai-admin` command; returns the process exit code."""
    if os.name == "posix":
        # Everything AI Admin writes (database, logs, exports) is for this user only: customers'
        # messages and phone numbers stay private even in a copy made outside the data folder.
        os.umask(0o077)
    args = build_parser().parse_args(argv)
    try:
        if args.command == "doctor":
            return run_doctor(args.json)
        if args.command == "simulate":
            from desktop.cli import run_simulate

            return run_simulate(args.scenario, args.profile, args.now, args.json, args.data,
                                args.whatsapp)
        if args.command == "serve":
            from desktop.cli import run_serve

            return run_serve(default_data_paths())
        if args.command == "companies":
            from desktop.cli import run_companies_add, run_companies_list

            if args.companies_command == "add":
                return run_companies_add(default_data_paths(), args.name, args.transport, args.profile)
            return run_companies_list(default_data_paths(), args.json)
        if args.command == "link":
            from desktop.cli import run_link

            return run_link(default_data_paths(), args.company, args.pairing_code, args.practice_scan,
                            args.timeout)
        if args.command == "backup":
            from desktop.cli import run_backup

            return run_backup(default_data_paths(), args.to)
        if args.command == "restore":
            from desktop.cli import run_restore

            return run_restore(default_data_paths(), args.file)
        if args.command == "status":
            from desktop.cli import run_status

            return run_status(default_data_paths(), args.json)
        from desktop.views.app import run_window

        return run_window(default_data_paths(), quit_after_shown=args.quit_after_shown)
    except DataFolderError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        # A folder or file the commands cannot use, found where no command expected it: still
        # one line and a non-zero exit, never a traceback.
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"{APP_NAME}: {exc.strerror or exc}{where}. Run `ai-admin doctor`.", file=sys.stderr)
        return 2
    except Exception as exc:
        store = sys.modules.get("desktop.store.db")  # not imported here: it loads SQLAlchemy
        if store is None or not isinstance(exc, store.DatabaseError):
            raise
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 2

if __name__ == "__main__":
    sys.exit(main())
