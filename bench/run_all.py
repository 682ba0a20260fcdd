"""Runs every `bench_*.py` here, then writes `bench/results.json` and the table in docs/benchmarks.md.

Each benchmark prints one JSON object on its last stdout line:
{"benchmark": str, "description": str, "metrics": [{"name", "value", "unit", "target", "ok"}]}

`run_all.py NAME ...` (e.g. `real_whatsapp`) runs only those and keeps the other benchmarks' last
figures; each result records when it was run. The report's `## Notes` section, written by hand,
is kept as it is.
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
NOTES = "## Notes"


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


def name_of(script: Path) -> str:
    return script.stem.removeprefix("bench_")


def kept_notes() -> str:
    """The hand-written notes at the end of the current report, if any."""
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else ""
    at = text.find(NOTES)
    return text[at:] if at >= 0 else ""


def render(results: list[dict], machine: str, when: str, notes: str = "") -> str:
    lines = [
        "# Benchmarks",
        "",
        "Made by `make bench` (every script in `bench/`); raw figures in `bench/results.json`.",
        f"Last run: {when} on {machine}." + "".join(
            f" `{r['benchmark']}` last run on its own: {r['when']}." for r in results
            if r.get("when", when) != when),
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
    text = "\n".join(lines) + "\n"
    return text + "\n" + notes.rstrip() + "\n" if notes else text


def main(names: list[str]) -> int:
    scripts = sorted(BENCH_DIR.glob("bench_*.py"))
    unknown = set(names) - {name_of(script) for script in scripts}
    if unknown:
        print(f"no such benchmark: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    machine = f"{platform.system()} {platform.machine()}, Python {platform.python_version()}"
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    previous = json.loads(RESULTS.read_text(encoding="utf-8")) if names and RESULTS.exists() else {}
    kept = {r["benchmark"]: r for r in previous.get("results", [])}
    results = []
    for script in scripts:
        if names and name_of(script) not in names:
            old = kept.get(name_of(script)) or kept.get(script.stem)
            if old is not None:
                results.append(old)
            continue
        result = run_one(script)
        if names:  # run on its own, after the last full run
            result["when"] = when
        results.append(result)
    if names:  # the report's date stays the last full run's
        when, machine = previous.get("when", when), previous.get("machine", machine)
    RESULTS.write_text(json.dumps({"when": when, "machine": machine, "results": results},
                                  indent=2) + "\n", encoding="utf-8")
    REPORT.write_text(render(results, machine, when, kept_notes()), encoding="utf-8")
    print(f"Wrote {RESULTS.relative_to(ROOT)} and {REPORT.relative_to(ROOT)}")
    fresh = [r for r in results if not names or r["benchmark"] in names
             or r["benchmark"] in {f"bench_{n}" for n in names}]
    return 0 if all(m["ok"] for r in fresh for m in r["metrics"]) and all(
        r["metrics"] for r in fresh) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
