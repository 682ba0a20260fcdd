"""Refreshes resources/translations/*.ts from the window's source code (pyside6-lupdate).

    .venv/bin/python tools/update_translations.py

New strings appear as unfinished entries for translators; existing translations are kept.
`make` compiles the .ts files to the .qm files the app loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ru", "he")


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "desktop" / "views").rglob("*.py"))


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    return found or "pyside6-lupdate"


def update(target: Path, language: str) -> None:
    subprocess.run([lupdate(), "-silent", "-no-obsolete", "-target-language", language,
                    *sources(), "-ts", str(target)], cwd=ROOT, check=True)


def main() -> None:
    folder = ROOT / "resources" / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        update(folder / f"ai_admin_{code}.ts", code)


if __name__ == "__main__":
    main()
