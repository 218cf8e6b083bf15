"""Robustness: more than 10,000 bad or odd inputs through ingest, every one accounted for.

Generates the inputs (tests/robustness/fuzz.py: every kind issue 10 lists, as text, JSON,
JSONL, HTML and feed files, from a seed), ingests them with a per-article timeout and checks:
nothing escapes ingest (no crash), no extraction outlives the timeout (plus a few seconds of
grace for the watchdog), every input is in the run's manifest, with an outcome its kind
allows. Prints the counts per outcome and per kind, timing, the slowest extractions and peak
memory; exits 1 on any finding.

    .venv/bin/python bench/robustness_fuzz.py                     # 10,000 inputs, in-process
    .venv/bin/python bench/robustness_fuzz.py --cli               # the same, `eventwire ingest`
    .venv/bin/python bench/robustness_fuzz.py --n 500 --small     # a quick look

In-process (default), reads and extractions are timed one by one and an extraction stuck in
C code past three times the timeout dumps every thread's stack and exits (a hang). With
``--cli``, the command runs with its worker processes and the check reads its store.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository (tests/...)

from tests.robustness.fuzz import Report, Sizes, generate, run, run_cli  # noqa: E402


def _print(report: Report, args: argparse.Namespace, generated: float) -> None:
    print(f"inputs            {report.inputs:,} (generated in {generated:.1f} s, seed {args.seed})")
    print(f"manifest rows     {report.manifest_rows:,}")
    print(f"time              {report.seconds:,.1f} s"
          + (f" ({report.inputs / report.seconds:,.1f} inputs/s)" if report.seconds else ""))  # fmt: skip
    if report.extractions:
        print(f"extractions       {report.extractions:,}, {report.extraction_seconds:,.1f} s, "
              f"longest {report.slowest[0][0]:.1f} s (timeout {report.timeout:g} s)")  # fmt: skip
    if report.max_rss_mb:
        print(f"peak memory       {report.max_rss_mb:,.0f} MB (this process)")
    print(f"crash             {'yes' if report.crash else 'none'}")
    print(f"hangs             {len(report.hangs)} (past timeout + grace)")
    print(f"missing           {len(report.missing)} inputs not in the manifest")
    print(f"unexpected        {len(report.unexpected)} outcomes outside their kind's")
    print("outcomes:")
    for outcome, n in sorted(report.outcomes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {outcome:22} {n:7,}")
    print("by kind:")
    for kind, got in sorted(report.by_kind.items()):
        print(f"  {kind:32} " + ", ".join(f"{k} {v:,}" for k, v in sorted(got.items())))
    if report.slowest:
        print("slowest extractions:")
        for seconds, name in report.slowest[:8]:
            print(f"  {seconds:6.1f} s  {name[-90:]}")
    if not report.ok:
        print("FINDINGS:\n" + report.problems(50))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="inputs to generate")
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per article")
    ap.add_argument("--small", action="store_true", help="CI sizes for the pathological inputs")
    ap.add_argument("--cli", action="store_true", help="run `eventwire ingest` in a subprocess")
    ap.add_argument("--workers", type=int, default=None, help="--cli: worker processes")
    ap.add_argument("--folder", type=Path, default=None, help="where to write (kept)")
    ap.add_argument("--json", type=Path, default=None, help="write the figures as JSON")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="eventwire-fuzz-")
    folder = args.folder or Path(tmp.name) / "inputs"
    load = os.getloadavg()
    t = time.perf_counter()
    units = generate(folder, args.n, seed=args.seed, big=not args.small)
    generated = time.perf_counter() - t
    sizes = Sizes(big=not args.small)
    print(f"load average {load[0]:.1f}; {len(units):,} inputs under {folder}", flush=True)
    if args.cli:
        db = Path(tmp.name) / "fuzz.duckdb"
        report = run_cli(folder, units, db, timeout=args.timeout, sizes=sizes,
                         workers=args.workers)  # fmt: skip
    else:

        def progress(s) -> None:  # noqa: ANN001
            print(f"  ... {s.inputs:,} inputs, {s.seconds:,.0f} s", file=sys.stderr, flush=True)

        report = run(folder, units, timeout=args.timeout, sizes=sizes, on_progress=progress,
                     batch_size=256, hang_exit=True)  # fmt: skip
    _print(report, args, generated)
    print(f"load average after {os.getloadavg()[0]:.1f}")
    if args.json:
        args.json.write_text(json.dumps({
            "inputs": report.inputs, "manifest_rows": report.manifest_rows,
            "seconds": round(report.seconds, 1), "timeout": report.timeout,
            "crash": bool(report.crash), "hangs": len(report.hangs),
            "missing": len(report.missing), "unexpected": len(report.unexpected),
            "outcomes": dict(report.outcomes), "extractions": report.extractions,
            "longest_extraction": round(report.slowest[0][0], 1) if report.slowest else None,
            "max_rss_mb": round(report.max_rss_mb), "mode": "cli" if args.cli else "library",
        }, indent=2))  # fmt: skip
    tmp.cleanup()
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
