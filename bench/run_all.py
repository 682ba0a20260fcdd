"""Runs every `bench_*.py` here, then writes `bench/results.json` and the table in docs/benchmarks.md.

Each benchmark prints one JSON object on its last stdout line:
{"benchmark": str, "description": str, "metrics": [{"name", "value", "unit", "target", "ok"}]}
"""

from __future__ import annotations

import datetime as dt
import json
import platform
import subprocess
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
RESULTS = BENCH_DIR / "results.json"
REPORT = ROOT / "docs" / "benchmarks.md"


def run_one(script: Path) -> dict:
    print(f"== {script.name}", flush=True)
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True,
                          timeout=1800)
    sys.stderr.write(done.stderr[-4000:])
    if done.returncode != 0 or not done.stdout.strip():
        return {"benchmark": script.stem, "description": "failed to run",
                "error": done.stderr.strip().splitlines()[-1:] or ["no output"], "metrics": []}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    for metric in result["metrics"]:
        print(f"   {metric['name']}: {metric['value']} {metric['unit']} "
              f"(target {metric['target']}) {'ok' if metric['ok'] else 'MISSED'}")
    return result


def render(results: list[dict], machine: str, when: str) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Made by `make bench` (every script in `bench/`); raw figures in `bench/results.json`.",
        f"Last run: {when} on {machine}.",
        "",
        "| benchmark | measure | result | target | met |",
        "| --- | --- | --- | --- | --- |",
    ]
    for result in results:
        if not result["metrics"]:
            lines.append(f"| {result['benchmark']} | — | error: {' '.join(result.get('error', []))}"
                         " | — | no |")
        for metric in result["metrics"]:
            lines.append(f"| {result['benchmark']} | {metric['name']} | {metric['value']} "
                         f"{metric['unit']} | {metric['target']} | {'yes' if metric['ok'] else 'no'} |")
    lines += ["", "## What each benchmark does", ""]
    for result in results:
        lines.append(f"- **{result['benchmark']}**: {result['description']}")
    return "\n".join(lines) + "\n"


def main() -> int:
    scripts = sorted(BENCH_DIR.glob("bench_*.py"))
    results = [run_one(script) for script in scripts]
    machine = f"{platform.system()} {platform.machine()}, Python {platform.python_version()}"
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    RESULTS.write_text(json.dumps({"when": when, "machine": machine, "results": results},
                                  indent=2) + "\n", encoding="utf-8")
    REPORT.write_text(render(results, machine, when), encoding="utf-8")
    print(f"Wrote {RESULTS.relative_to(ROOT)} and {REPORT.relative_to(ROOT)}")
    return 0 if all(m["ok"] for r in results for m in r["metrics"]) and all(
        r["metrics"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
