#!/usr/bin/env python3
"""Helper of run-hook-benchmark.sh (not part of the Maven build).

  play     plays `sam build` (sequential, SAM's default) for BuildMethod: makefile functions as
           SAM CLI does it, timing it; prints one JSON line.
  project  writes the N-function template.yaml and the naive Makefile for a benchmark project.
  report   turns the results file into Markdown tables with a verdict per goal.

How SAM runs a makefile build (see /work/shared/sam-notes.md): .aws-sam/build is wiped; then for
every function, in template order, a fresh mkdtemp() scratch directory (TMPDIR honoured) receives a
full copy of the source without .aws-sam and .git (file mtimes kept, directory mtimes not,
symlinks followed), ARTIFACTS_DIR=<source>/.aws-sam/build/<LogicalId> is created, and
`make --makefile <scratch>/Makefile build-<LogicalId>` runs in the scratch directory; the scratch
directory is deleted afterwards.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SKIPPED = {".aws-sam", ".git"}
HANDLERS = [
    ("Greet", "com.example.orders.GreetHandler"),
    ("Total", "com.example.orders.OrderTotals::total"),
    ("Echo", "com.example.orders.Echo"),
]


def logical_ids(count):
    """N LogicalIds in template order, cycling over the fixture's three handlers."""
    return [f"{HANDLERS[i % len(HANDLERS)][0]}{i + 1:02d}Function" for i in range(count)]


def copy_like_sam(source, target):
    # Like aws-lambda-builders' osutils.copytree: directories are created (mtime not kept),
    # files are copied with copy2 (mtime kept), symlinks followed.
    os.makedirs(target, exist_ok=True)
    for name in os.listdir(source):
        if name in SKIPPED:
            continue
        path = os.path.join(source, name)
        if os.path.isdir(path):
            copy_like_sam(path, os.path.join(target, name))
        else:
            shutil.copy2(path, os.path.join(target, name))


def play(args):
    source = os.path.abspath(args.source)
    functions = args.functions.split(",")
    os.makedirs(args.logs, exist_ok=True)
    shutil.rmtree(os.path.join(source, ".aws-sam", "build"), ignore_errors=True)
    calls = []
    started = time.monotonic()
    for function in functions:
        call_started = time.monotonic()
        scratch = tempfile.mkdtemp()
        try:
            copy_like_sam(source, scratch)
            artifacts = os.path.join(source, ".aws-sam", "build", function)
            os.makedirs(artifacts, exist_ok=True)
            env = dict(os.environ, ARTIFACTS_DIR=artifacts)
            with open(os.path.join(args.logs, function + ".log"), "wb") as log:
                status = subprocess.run(
                    ["make", "--makefile", os.path.join(scratch, "Makefile"), "build-" + function],
                    cwd=scratch, env=env, stdout=log, stderr=subprocess.STDOUT).returncode
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        bootstrap = os.path.join(artifacts, "bootstrap")
        calls.append({
            "function": function,
            "exit": status,
            "seconds": round(time.monotonic() - call_started, 2),
            "bootstrap": os.path.isfile(bootstrap) and os.access(bootstrap, os.X_OK),
        })
        if status != 0:
            break
    wall = time.monotonic() - started
    print(json.dumps({"wall": round(wall, 2), "calls": calls}))
    failed = [c for c in calls if c["exit"] != 0 or not c["bootstrap"]]
    if failed:
        print(f"sam build (played) failed for {failed[0]['function']}: exit {failed[0]['exit']}, "
              f"bootstrap written: {failed[0]['bootstrap']}; see {args.logs}/{failed[0]['function']}.log",
              file=sys.stderr)
        return 1
    return 0


def template(count):
    lines = [
        "AWSTemplateFormatVersion: '2010-09-09'",
        "Transform: AWS::Serverless-2016-10-31",
        f"Description: {count} function(s) in one Maven module (sam-native makefile-hook benchmark).",
        "",
        "Globals:",
        "  Function:",
        "    Runtime: provided.al2023",
        "    Architectures:",
        "      - x86_64",
        "    MemorySize: 256",
        "    Timeout: 10",
        "",
        "Resources:",
    ]
    for i, logical_id in enumerate(logical_ids(count)):
        lines += [
            f"  {logical_id}:",
            "    Type: AWS::Serverless::Function",
            "    Properties:",
            "      CodeUri: .",
            f"      Handler: {HANDLERS[i % len(HANDLERS)][1]}",
            "    Metadata:",
            "      BuildMethod: makefile",
        ]
    return "\n".join(lines) + "\n"


def naive_makefile(count):
    # What a per-function Makefile without sam-native's hook does: a full `mvn package` per target.
    # The per-call cache directory switches sam-native's image cache off, as a build without it has none.
    lines = ["# Naive baseline: every target runs its own `mvn package` (sam-native's cache isolated per call).", ""]
    for logical_id in logical_ids(count):
        lines += [
            f"build-{logical_id}:",
            "\tmvn -q -B package -Dsam-native.cacheDir=$$(mktemp -d)",
            f"\tcp -R .aws-sam/build/{logical_id}/. \"$(ARTIFACTS_DIR)/\"",
            "",
        ]
    return "\n".join(lines)


def project(args):
    with open(os.path.join(args.dir, "template.yaml"), "w") as out:
        out.write(template(args.count))
    if args.naive:
        with open(os.path.join(args.dir, "Makefile"), "w") as out:
            out.write(naive_makefile(args.count))
    print(",".join(logical_ids(args.count)))
    return 0


def verdict(ok):
    return "**met**" if ok else "**missed**"


def fmt(value, digits=1):
    return "–" if value is None else f"{value:.{digits}f}"


def read_results(path):
    rows = []
    with open(path) as results:
        for line in results:
            if line.strip():
                mode, n, side, builds, wall, hook_builds, hook_reused, calls, load, shortcut = \
                    line.rstrip("\n").split("\t")
                rows.append({"mode": mode, "n": int(n), "side": side, "builds": int(builds), "wall": float(wall),
                             "hook_builds": hook_builds, "hook_reused": hook_reused, "calls": calls, "load": load,
                             "shortcut": shortcut})
    return rows


class Cell:
    """The runs of one side (ours, noop, naive) for one N: builds of every run, median wall time."""

    def __init__(self, runs):
        self.runs = runs
        self.wall = statistics.median(r["wall"] for r in runs)
        self.builds = [r["builds"] for r in runs]

    def builds_text(self):
        return str(self.builds[0]) if len(set(self.builds)) == 1 else "/".join(map(str, self.builds))


def mode_report(mode, rows, delay):
    cells = {}
    for r in rows:
        cells.setdefault((r["n"], r["side"]), []).append(r)
    cells = {key: Cell(runs) for key, runs in cells.items()}
    sizes = sorted({n for (n, _) in cells})
    title = (f"native mode, STAND-IN native-image sleeping {delay} s per call"
             if mode == "native" else "jvm mode, real jlink")
    out = [f"#### {title}", "",
           "| N | our builds | our wall s | naive builds | naive wall s | naive/ours | T(N)/T(1) "
           "| no-op builds | no-op wall s |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    base = cells.get((1, "ours"))
    ratios, speedups = {}, {}
    for n in sizes:
        ours, naive, noop = cells.get((n, "ours")), cells.get((n, "naive")), cells.get((n, "noop"))
        if ours and base:
            ratios[n] = ours.wall / base.wall
        if ours and naive:
            speedups[n] = naive.wall / ours.wall
        out.append("| %d | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            n, ours.builds_text() if ours else "–", fmt(ours and ours.wall),
            naive.builds_text() if naive else "–", fmt(naive and naive.wall),
            fmt(speedups.get(n), 2), fmt(ratios.get(n), 2),
            noop.builds_text() if noop else "–", fmt(noop and noop.wall)))
    ours_builds = {n: cells[(n, "ours")].builds for n in sizes if (n, "ours") in cells}
    noop_builds = {n: cells[(n, "noop")].builds for n in sizes if (n, "noop") in cells}
    out += ["", "Goals:"]
    out.append("- 1 build for every N: %s (%s)" % (
        verdict(all(b == 1 for runs in ours_builds.values() for b in runs)),
        ", ".join(f"N={n}: {'/'.join(map(str, b))}" for n, b in ours_builds.items())))
    top = max(ratios) if ratios else 1
    if top > 1:
        out.append("- T(%d)/T(1) ≤ 1.15: %s (%.2f)" % (top, verdict(ratios[top] <= 1.15), ratios[top]))
    out.append("- naive/ours ≥ 0.9·N: %s (%s)" % (
        verdict(bool(speedups) and all(s >= 0.9 * n for n, s in speedups.items())),
        ", ".join(f"N={n}: {s:.2f} vs {0.9 * n:.1f}" for n, s in speedups.items()) or "not run"))
    out.append("- no-op rebuild performs no build: %s (%s)" % (
        verdict(bool(noop_builds) and all(b == 0 for runs in noop_builds.values() for b in runs)),
        ", ".join(f"N={n}: {'/'.join(map(str, b))}" for n, b in noop_builds.items()) or "not run"))
    out += ["", "Each run's seconds per make call, in template order (the hook's own count in brackets: "
                "`Building one … image` / `reused (cache)` lines / calls the shortcut answered without Maven), "
                "and the 1-minute load average before it:", ""]
    for n in sizes:
        for side in ("ours", "noop", "naive"):
            for i, r in enumerate(cells[(n, side)].runs if (n, side) in cells else []):
                hook = (f" [{r['hook_builds']} built / {r['hook_reused']} reused / {r['shortcut']} without Maven]"
                        if side != "naive" else "")
                out.append(f"- N={n} {side} #{i + 1}: {r['wall']:.1f} s = {r['calls']}{hook}; load {r['load']}")
    out.append("")
    return out


def report(args):
    rows = read_results(args.results)
    out = []
    for mode in dict.fromkeys(r["mode"] for r in rows):
        out += mode_report(mode, [r for r in rows if r["mode"] == mode], args.delay)
    print("\n".join(out))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("play")
    p.add_argument("--source", required=True)
    p.add_argument("--functions", required=True, help="LogicalIds, comma-separated, in template order")
    p.add_argument("--logs", required=True, help="directory for each make call's output")
    p.set_defaults(run=play)
    p = commands.add_parser("project")
    p.add_argument("--dir", required=True)
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--naive", action="store_true", help="also write the naive Makefile")
    p.set_defaults(run=project)
    p = commands.add_parser("report")
    p.add_argument("--results", required=True)
    p.add_argument("--delay", required=True)
    p.set_defaults(run=report)
    args = parser.parse_args()
    sys.exit(args.run(args))


if __name__ == "__main__":
    main()
