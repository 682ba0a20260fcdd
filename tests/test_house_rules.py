"""The house rules `make lint` keeps (docs/architecture.md) really bite: a broken rule fails the build."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

RUFF = Path(sys.executable).with_name("ruff")


def _ruff(source: str, as_file: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(RUFF), "check", "--no-cache", "--stdin-filename", as_file, "-"], input=source,
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=60, check=False)


def test_asyncio_wait_for_is_refused_with_the_reason() -> None:
    done = _ruff("import asyncio\n\n\nasync def f(x):\n    return await asyncio.wait_for(x, 1)\n",
                 "desktop/bot/example.py")
    assert done.returncode == 1
    assert "TID251" in done.stdout and "desktop.waiting.within" in done.stdout


def test_the_same_code_with_within_passes() -> None:
    done = _ruff("from desktop.waiting import within\n\n\nasync def f(x):\n    return await within(x, 1)\n",
                 "desktop/bot/example.py")
    assert done.returncode == 0, done.stdout
