"""Screenshots of a practice company (the real Baileys connection against the local WhatsApp
server) for docs/screenshots/ — run under a virtual screen:

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python tools/screenshot_practice.py \
        docs/screenshots --language ru

It adds a practice company through the Add company dialog, waits for the real QR, and saves, at
1024x700 and maximised: practice-add-<code>-<size>.png (the dialog), practice-qr-<code>-<size>.png
(the Connection page with "Scan with the practice phone"), practice-linked-<code>-<size>.png (after
the practice phone scanned the QR). <size> is `small` or `max`.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.bot.shop import build_shop  # noqa: E402
from desktop.bridge import SessionState  # noqa: E402
from desktop.paths import DataPaths  # noqa: E402
from desktop.resources import resources_dir  # noqa: E402
from desktop.views.engine_signals import EngineSignals  # noqa: E402
from desktop.views.i18n import LANGUAGES, install_language  # noqa: E402
from desktop.views.main_window import MainWindow  # noqa: E402

NAMES = {"en": "Practice Barbershop", "ru": "Учебный барбершоп", "he": "מספרה לתרגול"}


async def settle(seconds: float = 0.8) -> None:
    await asyncio.sleep(seconds)
    QApplication.processEvents()


async def until(condition, timeout: float = 60.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError("the practice company did not get there in time")
        await asyncio.sleep(0.05)


def maximise(window) -> None:
    """Maximised as a window manager would: the whole screen (a bare X server has no manager)."""
    window.showMaximized()
    window.setGeometry(QApplication.primaryScreen().availableGeometry())


async def shoot(target: Path, language: str) -> None:
    paths = DataPaths(Path(tempfile.mkdtemp(prefix="ai-admin-practice-shot-"))).ensure()
    shop = build_shop(paths)
    runtime = shop.runtime
    signals = EngineSignals()
    window = MainWindow(runtime, signals, paths)
    signals.attach(runtime.engine.bus)
    await runtime.start()

    async def both_sizes(name: str, widget=None) -> None:
        for size in ("small", "max"):
            if size == "small":
                window.showNormal()
                window.resize(1024, 700)
            else:
                maximise(window)
            await settle()
            shot = (widget or window).grab()
            shot.save(str(target / f"practice-{name}-{language}-{size}.png"))

    window.show()
    dialog = window.open_add_company()
    dialog.name_input.setText(NAMES[language])
    dialog.practice.setChecked(True)
    await settle()
    for size in ("small", "max"):
        if size == "small":
            window.showNormal()
            window.resize(1024, 700)
        else:
            maximise(window)
        await settle()
        # The dialog over the window, as the owner sees it.
        screen = QApplication.primaryScreen()
        shot = screen.grabWindow(0, window.x(), window.y(), window.width(), window.height())
        shot.save(str(target / f"practice-add-{language}-{size}.png"))
    dialog.add_button.click()

    await until(lambda: bool(window.connection.qr.qr_text)
                and window.connection.practice_scan_button.isVisible())
    await both_sizes("qr")

    window.connection.practice_scan_button.click()
    company_id = max(runtime.sessions)
    await until(lambda: runtime.session(company_id).state is SessionState.CONNECTED)
    await both_sizes("linked")

    await runtime.stop()  # the practice server too
    shop.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Screenshots of a practice company.")
    parser.add_argument("target", nargs="?", default="docs/screenshots")
    parser.add_argument("--language", choices=sorted(LANGUAGES), default="en")
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    app.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    if not install_language(app, args.language):
        raise SystemExit(f"No translation for {args.language}: run `make translations` first")
    out = Path(args.target)
    out.mkdir(parents=True, exist_ok=True)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot(out, args.language))


if __name__ == "__main__":
    main()
