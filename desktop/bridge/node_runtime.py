"""Finding what the bridge needs to run: a Node.js 20+ executable, ``bridge.mjs`` and Baileys.

A development checkout uses the system's Node.js and ``desktop/bridge/node``. The installed app
(a PyInstaller bundle) carries its own: ``node/node`` (``node\\node.exe`` on Windows) and
``bridge/`` inside the bundle folder (``sys._MEIPASS``), so the shop's PC needs no Node.js.

Each thing that can be missing has its own exception with a reason saying what to do, so the
session can give it for state ``bridge_failed`` and ``ai-admin doctor`` can print its English.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.reason import Reason, define

MIN_NODE_MAJOR = 20
NODE_ENV_VAR = "AI_ADMIN_NODE"
CHECKOUT_BRIDGE_DIR = Path(__file__).resolve().parent / "node"
# Where the installer puts the runtime and the bridge, relative to the bundle folder.
BUNDLED_NODE_DIR = "node"
BUNDLED_BRIDGE_DIR = "bridge"

# Where a Node.js executable came from, as `ai-admin doctor` reports it.
SOURCE_ENV = NODE_ENV_VAR
SOURCE_BUNDLED = "bundled"
SOURCE_SYSTEM = "system"

_FROM_SYS = object()  # default of `bundle` parameters: ask `bundle_dir()`


def bundle_dir() -> Path | None:
    """The folder of the installed app's bundled files, or None when running from a checkout."""
    if not getattr(sys, "frozen", False):
        return None
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else Path(sys.executable).resolve().parent


def _bundle(bundle: object) -> Path | None:
    if bundle is _FROM_SYS:
        return bundle_dir()
    if bundle is None:
        return None
    # `object` in the signatures only makes room for the _FROM_SYS sentinel; anything else is a path.
    if isinstance(bundle, (str, os.PathLike)):
        return Path(bundle)
    raise TypeError(f"bundle must be a path or None, not {type(bundle).__name__}")


def node_executable_name(platform: str | None = None) -> str:
    return "node.exe" if (platform or sys.platform) == "win32" else "node"


def bundled_node(bundle: object = _FROM_SYS) -> Path | None:
    """The Node.js executable shipped inside the installed app, if this is one and it is there."""
    base = _bundle(bundle)
    if base is None:
        return None
    candidate = base / BUNDLED_NODE_DIR / node_executable_name()
    return candidate if candidate.is_file() else None


def default_bridge_dir(bundle: object = _FROM_SYS) -> Path:
    """``bridge/`` inside the installed app; ``desktop/bridge/node`` in a checkout."""
    base = _bundle(bundle)
    return CHECKOUT_BRIDGE_DIR if base is None else base / BUNDLED_BRIDGE_DIR


DEFAULT_BRIDGE_DIR = default_bridge_dir()


class BridgeSetupError(RuntimeError):
    """The bridge cannot be started on this computer; the reason says what to do."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.text)
        self.reason = reason


NODE_NOT_EXECUTABLE = define("bridge.node_not_executable",
                             "{variable} points to {path}, which is not an executable: fix or "
                             "unset it.")
BUNDLED_NODE_MISSING = define("bridge.bundled_node_missing",
                              "The Node.js runtime shipped with AI Admin is missing: reinstall AI "
                              "Admin (or set {variable} to a Node.js 20+ executable).")
NODE_MISSING = define("bridge.node_missing",
                      "Node.js was not found: install Node.js 20 or newer from https://nodejs.org "
                      "and restart AI Admin.")
NODE_UNRUNNABLE = define("bridge.node_unrunnable",
                         "Node.js at {node} could not be run ({error}): reinstall Node.js 20 or "
                         "newer.")
NODE_NO_VERSION = define("bridge.node_no_version",
                         "{node} did not report a Node.js version: reinstall Node.js 20 or newer.")
NODE_TOO_OLD = define("bridge.node_too_old",
                      "Node.js {version} is too old: install Node.js {minimum} or newer from "
                      "https://nodejs.org.")
SCRIPT_MISSING = define("bridge.script_missing",
                        "The bridge script {script} is missing: reinstall AI Admin.")
PACKAGES_MISSING = define("bridge.packages_missing",
                          "The bridge's Node packages are not installed in {folder}: run `npm ci` "
                          "there (or `make install`).")


class NodeNotFoundError(BridgeSetupError):
    """No Node.js executable was found."""


class NodeTooOldError(BridgeSetupError):
    """Node.js is older than the bridge needs."""


class BridgeScriptMissingError(BridgeSetupError):
    """The bridge script ``bridge.mjs`` is not where it should be."""


class BridgeDependenciesMissingError(BridgeSetupError):
    """The bridge's Node packages (``node_modules``) are not installed."""


@dataclass(frozen=True)
class NodeRuntime:
    """Everything needed to start a bridge: the Node executable and the bridge script."""

    node: Path
    node_version: str  # without the leading "v", e.g. "20.11.1"
    bridge_script: Path
    baileys_version: str


def find_node_and_source(env: Mapping[str, str] | None = None,
                         bundle: object = _FROM_SYS) -> tuple[Path, str]:
    """The Node.js executable and where it came from (``SOURCE_*``).

    ``$AI_ADMIN_NODE`` wins; then the Node.js bundled with the installed app; then ``node`` on
    PATH (a development checkout).
    """
    env = os.environ if env is None else env
    configured = env.get(NODE_ENV_VAR, "").strip()
    if configured:
        path = Path(configured)
        if path.is_file() and os.access(path, os.X_OK):
            return path, SOURCE_ENV
        raise NodeNotFoundError(Reason(NODE_NOT_EXECUTABLE,
                                       {"variable": NODE_ENV_VAR, "path": configured}))
    shipped = bundled_node(bundle)
    if shipped is not None:
        return shipped, SOURCE_BUNDLED
    found = shutil.which("node", path=env.get("PATH"))
    if not found:
        if _bundle(bundle) is not None:
            raise NodeNotFoundError(Reason(BUNDLED_NODE_MISSING, {"variable": NODE_ENV_VAR}))
        raise NodeNotFoundError(Reason(NODE_MISSING))
    return Path(found), SOURCE_SYSTEM


def find_node(env: Mapping[str, str] | None = None, bundle: object = _FROM_SYS) -> Path:
    """Return the Node.js executable: ``$AI_ADMIN_NODE``, the bundled one, or ``node`` on PATH."""
    return find_node_and_source(env, bundle)[0]


def parse_node_version(text: str) -> tuple[int, int, int]:
    """Parse ``node --version`` output (``v20.11.1``) into numbers; raises ``ValueError``."""
    match = re.fullmatch(r"\s*v?(\d+)\.(\d+)\.(\d+)\S*\s*", text)
    if not match:
        raise ValueError(f"not a Node.js version: {text.strip()[:40]!r}")
    return int(match[1]), int(match[2]), int(match[3])


def node_version(node: Path, timeout: float = 15.0) -> str:
    """Run ``node --version`` and check it is new enough; return the version without ``v``."""
    try:
        done = subprocess.run(
            [str(node), "--version"], capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise NodeNotFoundError(Reason(NODE_UNRUNNABLE, {"node": str(node), "error": str(exc)})) from exc
    try:
        major, minor, patch = parse_node_version(done.stdout)
    except ValueError:
        raise NodeNotFoundError(Reason(NODE_NO_VERSION, {"node": str(node)})) from None
    if major < MIN_NODE_MAJOR:
        raise NodeTooOldError(Reason(NODE_TOO_OLD, {"version": f"{major}.{minor}.{patch}",
                                                    "minimum": MIN_NODE_MAJOR}))
    return f"{major}.{minor}.{patch}"


def baileys_version(bridge_dir: Path) -> str:
    """Return the installed Baileys version, or raise if the bridge's packages are missing."""
    package = bridge_dir / "node_modules" / "baileys" / "package.json"
    try:
        version = json.loads(package.read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError, TypeError):
        raise BridgeDependenciesMissingError(Reason(PACKAGES_MISSING,
                                                    {"folder": str(bridge_dir)})) from None
    return str(version)


def locate_runtime(
    bridge_dir: Path | None = None, env: Mapping[str, str] | None = None
) -> NodeRuntime:
    """Find Node.js, check its version, and find ``bridge.mjs`` with its installed packages."""
    bridge_dir = DEFAULT_BRIDGE_DIR if bridge_dir is None else Path(bridge_dir)
    node = find_node(env)
    version = node_version(node)
    script = bridge_dir / "bridge.mjs"
    if not script.is_file():
        raise BridgeScriptMissingError(Reason(SCRIPT_MISSING, {"script": str(script)}))
    return NodeRuntime(node=node, node_version=version, bridge_script=script,
                       baileys_version=baileys_version(bridge_dir))
