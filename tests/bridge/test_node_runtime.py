"""Finding Node.js and the bridge: each missing piece is a typed error saying what to do."""

import json
import os
import stat
from pathlib import Path

import pytest

from desktop.bridge.node_runtime import (
    BridgeDependenciesMissingError,
    BridgeScriptMissingError,
    NodeNotFoundError,
    NodeTooOldError,
    find_node,
    locate_runtime,
    parse_node_version,
)


def fake_node(tmp_path: Path, version: str) -> Path:
    script = tmp_path / "bin" / "node"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(f"#!/bin/sh\necho {version}\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def fake_bridge_dir(tmp_path: Path, *, script=True, baileys="7.0.0-rc14") -> Path:
    bridge = tmp_path / "bridge"
    bridge.mkdir()
    if script:
        (bridge / "bridge.mjs").write_text("// bridge\n")
    if baileys:
        pkg = bridge / "node_modules" / "baileys"
        pkg.mkdir(parents=True)
        (pkg / "package.json").write_text(json.dumps({"name": "baileys", "version": baileys}))
    return bridge


def test_parse_node_version():
    assert parse_node_version("v20.11.1\n") == (20, 11, 1)
    with pytest.raises(ValueError):
        parse_node_version("hello")


def test_env_variable_wins_over_path(tmp_path):
    node = fake_node(tmp_path, "v22.0.0")
    assert find_node({"AI_ADMIN_NODE": str(node), "PATH": ""}) == node


def test_env_variable_pointing_nowhere_is_an_error(tmp_path):
    with pytest.raises(NodeNotFoundError, match="AI_ADMIN_NODE"):
        find_node({"AI_ADMIN_NODE": str(tmp_path / "nope")})


def test_missing_node_says_to_install_it(tmp_path):
    with pytest.raises(NodeNotFoundError, match="install Node.js 20"):
        locate_runtime(fake_bridge_dir(tmp_path), env={"PATH": str(tmp_path / "empty")})


def test_old_node_says_which_version_is_needed(tmp_path):
    node = fake_node(tmp_path, "v18.19.0")
    with pytest.raises(NodeTooOldError, match="18.19.0 is too old"):
        locate_runtime(fake_bridge_dir(tmp_path), env={"AI_ADMIN_NODE": str(node)})


def test_missing_node_modules_says_npm_ci(tmp_path):
    node = fake_node(tmp_path, "v20.1.0")
    with pytest.raises(BridgeDependenciesMissingError, match="npm ci"):
        locate_runtime(fake_bridge_dir(tmp_path, baileys=None), env={"AI_ADMIN_NODE": str(node)})


def test_missing_script_is_reported(tmp_path):
    node = fake_node(tmp_path, "v20.1.0")
    with pytest.raises(BridgeScriptMissingError, match="bridge.mjs"):
        locate_runtime(fake_bridge_dir(tmp_path, script=False), env={"AI_ADMIN_NODE": str(node)})


def test_complete_runtime_is_found(tmp_path):
    node = fake_node(tmp_path, "v20.1.0")
    runtime = locate_runtime(fake_bridge_dir(tmp_path), env={"AI_ADMIN_NODE": str(node)})
    assert runtime.node == node and runtime.node_version == "20.1.0"
    assert runtime.baileys_version == "7.0.0-rc14"
    assert runtime.bridge_script.name == "bridge.mjs"


def test_real_node_on_this_machine_is_new_enough():
    from desktop.bridge.node_runtime import node_version
    env_node = find_node(os.environ)
    assert int(node_version(env_node).split(".")[0]) >= 20


# -- the installed app carries its own Node.js and bridge ---------------------------------------

def fake_bundle(tmp_path: Path, *, with_node=True) -> Path:
    from desktop.bridge.node_runtime import node_executable_name

    bundle = tmp_path / "bundle"
    (bundle / "bridge").mkdir(parents=True)
    if with_node:
        node = bundle / "node" / node_executable_name()
        node.parent.mkdir()
        node.write_text("#!/bin/sh\necho v22.23.3\n")
        node.chmod(0o755)
    return bundle


def test_checkout_uses_the_system_node_and_the_checkout_bridge():
    from desktop.bridge.node_runtime import (
        CHECKOUT_BRIDGE_DIR,
        DEFAULT_BRIDGE_DIR,
        bundle_dir,
        bundled_node,
        default_bridge_dir,
    )

    assert bundle_dir() is None  # tests run from a checkout
    assert bundled_node() is None
    assert DEFAULT_BRIDGE_DIR == CHECKOUT_BRIDGE_DIR == default_bridge_dir()
    assert (CHECKOUT_BRIDGE_DIR / "bridge.mjs").is_file()


def test_frozen_app_finds_its_bundle_through_meipass(tmp_path, monkeypatch):
    from desktop.bridge.node_runtime import bundle_dir, default_bridge_dir

    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert bundle_dir() == tmp_path / "bundle"
    assert default_bridge_dir() == tmp_path / "bundle" / "bridge"


def test_bundled_node_comes_before_path(tmp_path):
    from desktop.bridge.node_runtime import find_node_and_source

    bundle = fake_bundle(tmp_path)
    system = fake_node(tmp_path, "v20.1.0")
    node, source = find_node_and_source({"PATH": str(system.parent)}, bundle=bundle)
    assert node == bundle / "node" / node.name and source == "bundled"


def test_env_variable_wins_over_the_bundled_node(tmp_path):
    from desktop.bridge.node_runtime import find_node_and_source

    bundle = fake_bundle(tmp_path)
    configured = fake_node(tmp_path, "v22.0.0")
    assert find_node_and_source({"AI_ADMIN_NODE": str(configured), "PATH": ""},
                                bundle=bundle) == (configured, "AI_ADMIN_NODE")


def test_no_bundle_means_the_system_node(tmp_path):
    from desktop.bridge.node_runtime import find_node_and_source

    system = fake_node(tmp_path, "v20.1.0")
    assert find_node_and_source({"PATH": str(system.parent)}, bundle=None) == (system, "system")


def test_bundle_without_its_node_falls_back_to_path_or_says_reinstall(tmp_path):
    from desktop.bridge.node_runtime import find_node_and_source

    bundle = fake_bundle(tmp_path, with_node=False)
    system = fake_node(tmp_path, "v20.1.0")
    assert find_node_and_source({"PATH": str(system.parent)}, bundle=bundle)[1] == "system"
    with pytest.raises(NodeNotFoundError, match="reinstall AI Admin"):
        find_node_and_source({"PATH": str(tmp_path / "empty")}, bundle=bundle)


def test_frozen_runtime_is_complete_with_path_emptied(tmp_path, monkeypatch):
    """What the installed app does on a PC without Node.js: everything comes from the bundle."""
    bundle = fake_bundle(tmp_path)
    pkg = bundle / "bridge" / "node_modules" / "baileys"
    pkg.mkdir(parents=True)
    (pkg / "package.json").write_text(json.dumps({"name": "baileys", "version": "7.0.0-rc14"}))
    (bundle / "bridge" / "bridge.mjs").write_text("// bridge\n")
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(bundle), raising=False)
    from desktop.bridge.node_runtime import default_bridge_dir

    runtime = locate_runtime(default_bridge_dir(), env={"PATH": ""})
    assert runtime.node == bundle / "node" / runtime.node.name
    assert runtime.node_version == "22.23.3"
    assert runtime.bridge_script == bundle / "bridge" / "bridge.mjs"
