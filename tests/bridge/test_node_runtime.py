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
