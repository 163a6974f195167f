#!/usr/bin/env bash
# Issue 14's load side by side: the zones-bulk data loaded along every path, in ONE run, so the
# ratios are taken on the same machine state (the host is shared and noisy: absolute times from
# different runs are not comparable).  The paths, each in a process of its own (its own peak RSS):
#   ours-csv    long-format CSV -> BulkCsv.Read -> BulkDataset, then one BulkEngine.Recompute (end to end)
#   duckdb-csv  the same CSV -> DuckDB read_csv + pivot to one row per cell, then the workload's SQL (end to end)
#   pandas-csv  the same CSV -> pandas read_csv + pivot
#   naive-csv   the same CSV, C# File.ReadLines + Split + double.Parse, no checks, shape taken on trust
#   ours-zbulk  the zbulk-v1 file -> ZbulkFile.Read, then one recompute (end to end)
#   plain-read  the same zbulk-v1 file read into fresh memory: the floor of any binary load
# and the DuckDB peer's zones-bulk workload (benchmarks/duckdb-peer) against the C reference, whose
# checksums it must equal.  The CSV (zone,indicator,period,kind,value,unit; one row per actual and
# per target, a missing actual an empty value) is written from the zbulk file by the library's
# runner (`zones-bulk to-csv`), values shortest round-trip: ours-csv checks that it loads back bit
# for bit.  benchmarks/zones-bulk/README.md lists the files; docs/performance.md has the figures.
#
# usage: bash benchmarks/load-side-by-side.sh
#   env knobs: SIZES="small" (tiny: a smoke check of a minute; large: 1.7 GB of CSV, ~6 GB of memory)
#              IMPLS="ours-csv duckdb-csv pandas-csv naive-csv ours-zbulk plain-read duckdb-recompute"
#              BENCH_DIR=<work folder>  (default artifacts/zones-bulk, shared with zones-bulk.sh: data/
#                                        holds SIZE.bin and the CSV folder csv-SIZE/, generated once, kept)
#              RESULTS=<folder>  (default $BENCH_DIR/results-load-YYYYmmddTHHMMSS)
#              PY=<python3 with numpy, and pandas for pandas-csv>
#              DROP_CSV=1  deletes the CSV folders after the run (large's is 1.7 GB)
#              REPEAT=N  runs every path N times, the paths interleaved (default 1); each path's figures are
#                        then those of its median run by load time, and the summary lists every run's load time
#                        (the host is shared: one run of each can land in different weather)
#              PAD=0  runs every process with the same environment; by default each run gets a variable of
#                     random length (0-4 KiB), so that the process's layout (its stack's place, shifted by the
#                     size of the environment and the arguments) varies from run to run, as it does between
#                     users' machines, instead of favouring or penalising one path: the same build of ours took
#                     2.2 s from a 13-character folder and 2.3-3.4 s from a 63-character one
# Needs gcc, a python3 with numpy (Debian: python3-numpy; pandas: python3-pandas) and the .NET SDK;
# the DuckDB peer restores DuckDB.NET.Data.Full from NuGet.  The page cache is warmed with the
# input before each path (every path reads from memory, not disk).  Exit status 1 when a checksum
# differs from C's, a path fails, or the CSV does not load back bit for bit.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
src=$repo/benchmarks/zones-bulk
SIZES=${SIZES:-small}
IMPLS=${IMPLS:-"ours-csv duckdb-csv pandas-csv naive-csv ours-zbulk plain-read duckdb-recompute"}
BENCH_DIR=${BENCH_DIR:-$repo/artifacts/zones-bulk}
DROP_CSV=${DROP_CSV:-0}
REPEAT=${REPEAT:-1}
PAD=${PAD:-1}

declare -A shape=([tiny]="300 40 15" [small]="3000 40 15" [large]="30000 40 15")
for size in $SIZES; do
  [ -n "${shape[$size]:-}" ] || { echo "unknown size $size (tiny, small, large)" >&2; exit 2; }
done

modules=numpy
case " $IMPLS " in *" pandas-csv "*) modules="numpy, pandas" ;; esac
if [ -z "${PY:-}" ]; then
  for p in /usr/bin/python3 $(type -a -P python3); do
    if "$p" -c "import $modules" 2>/dev/null; then PY=$p; break; fi
  done
fi
[ -n "${PY:-}" ] && "$PY" -c "import $modules" 2>/dev/null || { echo "need a python3 with $modules (Debian: apt-get install python3-numpy python3-pandas)" >&2; exit 1; }
command -v gcc > /dev/null || { echo "need gcc for the C reference (Debian: apt-get install gcc)" >&2; exit 1; }

mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
cd "$BENCH_DIR"
export PYTHONPYCACHEPREFIX=$BENCH_DIR/build/pycache
RESULTS=${RESULTS:-$BENCH_DIR/results-load-$(date -u +%Y%m%dT%H%M%S)}
mkdir -p data build "$RESULTS"

# Builds, all before any timing: C (the checksums' reference), the library's runner (its usual
# gitignored bin/ and obj/, as zones-bulk.sh), the DuckDB peer (into the work folder).
gcc -O3 -march=native -Wall -o build/bulk "$src/bulk.c" -lm
ours_project=$repo/benchmarks/Indicators.Benchmarks
dotnet build "$ours_project" -c Release -v q --nologo > "$RESULTS/ours-build.log" 2>&1 || { cat "$RESULTS/ours-build.log"; exit 1; }
peer=build/duckdb-peer/bin/duckdb-peer/release/duckdb-peer.dll
case " $IMPLS " in *" duckdb-"*)
  dotnet build "$repo/benchmarks/duckdb-peer" -c Release --artifacts-path "$BENCH_DIR/build/duckdb-peer" -v q --nologo > "$RESULTS/duckdb-build.log" 2>&1 \
    || { cat "$RESULTS/duckdb-build.log"; exit 1; } ;;
esac
# The built program itself, as the DuckDB peer is run: `dotnet run` would leave the SDK's own process beside it,
# on a 2-core machine (measured, interleaved: 2.74-2.94 s a load through `dotnet run`, 2.57 s run directly).
ours_dll=$(ls "$ours_project"/bin/Release/net*/Indicators.Benchmarks.dll | head -1)
ours() { dotnet "$ours_dll" zones-bulk "$@"; }

# Data: the zbulk file as zones-bulk.sh makes it, then its CSV (rewritten when older than the file).
for size in $SIZES; do
  f=data/$size.bin
  [ -f "$f" ] || "$PY" "$src/gen.py" ${shape[$size]} "$f"
  csv=data/csv-$size
  if [ ! -f "$csv/values.csv" ] || [ "$f" -nt "$csv/values.csv" ]; then
    ours to-csv "$f" "$csv"
  fi
done

{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git -C "$repo" rev-parse --short HEAD) ($(git -C "$repo" rev-parse --abbrev-ref HEAD))"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p') family $(lscpu | sed -n 's/^CPU family: *//p') model $(lscpu | sed -n 's/^Model: *//p'), $(nproc) CPUs"
  echo "memory: $(free -g | awk '/^Mem:/ {print $2}') GiB"
  echo "kernel: $(uname -r)"
  echo "load_at_start: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the host makes every figure noisier)"
  echo "gcc: $(gcc -dumpfullversion)"
  echo "python: $("$PY" -c 'import sys, numpy
try:
    import pandas; p = "pandas " + pandas.__version__
except ImportError:
    p = "no pandas"
print(sys.version.split()[0], "numpy", numpy.__version__, p)')"
  echo "dotnet_sdk: $(dotnet --version)"
  echo "dotnet_runtime: $(dotnet --list-runtimes | sed -n 's/^Microsoft.NETCore.App \([^ ]*\).*/\1/p' | tail -1)"
  echo "duckdb: DuckDB.NET.Data.Full $(sed -n 's/.*DuckDB.NET.Data.Full" Version="\([^"]*\)".*/\1/p' "$repo/benchmarks/duckdb-peer/duckdb-peer.csproj")"
} > "$RESULTS/machine.txt"
cat "$RESULTS/machine.txt"

failed=()
for size in $SIZES; do
  csv=data/csv-$size bin=data/$size.bin
  echo "   c $size"
  build/bulk "$bin" > "$RESULTS/c-$size.txt"
  for rep in $(seq "$REPEAT"); do
  for impl in $IMPLS; do
    case $impl in *-csv) input=$csv/values.csv ;; *) input=$bin ;; esac
    cat "$input" > /dev/null   # warm the page cache: every path reads from memory
    echo "   $impl $size (run $rep of $REPEAT)"
    out=$RESULTS/$impl-$size.r$rep
    if [ "$PAD" != 0 ]; then export LAYOUT_PAD=$(head -c $(( RANDOM % 4097 )) /dev/zero | tr '\0' x); fi
    case $impl in
      ours-csv)         ours load csv "$csv" --same-as "$bin" ;;
      duckdb-csv)       dotnet "$peer" load-csv "$csv" ;;
      pandas-csv)       "$PY" "$src/load_pandas.py" "$csv" ;;
      naive-csv)        ours load naive "$csv" ;;
      ours-zbulk)       ours load zbulk "$bin" ;;
      plain-read)       ours load plain "$bin" ;;
      duckdb-recompute) dotnet "$peer" zones-bulk "$bin" ;;
      *)                echo "unknown path $impl" >&2; exit 2 ;;
    esac > "$out.txt" 2> "$out.err" \
      || { echo "     FAILED (see $out.err)"; failed+=("$impl-$size"); mv "$out.txt" "$out.failed"; }
  done
  done
  # Each path's median run (by load time) stands for it; every run's load time is kept beside it.
  for impl in $IMPLS; do
    ls "$RESULTS/$impl-$size".r*.txt > /dev/null 2>&1 || continue
    for f in "$RESULTS/$impl-$size".r*.txt; do
      echo "$(sed -n 's/^load_s: //p' "$f" | head -1) $f"
    done | sort -g > "$RESULTS/$impl-$size.runs"
    n=$(wc -l < "$RESULTS/$impl-$size.runs")
    cp "$(sed -n "$(( (n + 1) / 2 ))p" "$RESULTS/$impl-$size.runs" | cut -d' ' -f2)" "$RESULTS/$impl-$size.txt"
  done
done
echo "load_at_end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/machine.txt"
[ "$DROP_CSV" = 0 ] || for size in $SIZES; do rm -rf "data/csv-$size"; done

status=0
"$PY" - "$RESULTS" $SIZES <<'PYEOF' | tee "$RESULTS/summary.md" || status=$?
import os, sys

results, sizes = sys.argv[1], sys.argv[2:]
ORDER = ["ours-csv", "duckdb-csv", "pandas-csv", "naive-csv", "ours-zbulk", "plain-read"]
LABEL = {
    "ours-csv": "long-format CSV → **`BulkCsv.Read`** → dataset",
    "duckdb-csv": "the same CSV → DuckDB `read_csv` + pivot",
    "pandas-csv": "the same CSV → pandas `read_csv` + pivot",
    "naive-csv": "the same CSV, naive C# `Split` + `double.Parse`, no checks",
    "ours-zbulk": "zbulk-v1 → **`ZbulkFile.Read`**",
    "plain-read": "the same zbulk-v1 file, plain read into fresh memory (floor)",
}
KEYS = ["growth", "completion", "overf", "attained", "score", "ranksum", "rankdot"]


def parse(path):
    r = {}
    for line in open(path):
        key, sep, rest = line.partition(": ")
        if sep:
            r[key.strip()] = rest.strip()
    if "checksum17" in r:
        r["c17"] = {k: float(v) for k, v in (x.split("=", 1) for x in r["checksum17"].split())}
    return r


def agrees(r, c):
    return r["checksum6"] == c["checksum6"] and all(
        abs(r["c17"][k] - c["c17"][k]) <= 1e-9 * max(abs(c["c17"][k]), 1e-300) for k in KEYS)


ok = True
print("| path | size | input MB | load s | MB/s | peak RSS MiB, load / whole run | end to end s | checksums = C |")
print("|---|---|---:|---:|---:|---:|---:|---|")
runs = {}
for size in sizes:
    c = parse(os.path.join(results, f"c-{size}.txt"))
    for impl in ORDER + ["duckdb-recompute"]:
        p = os.path.join(results, f"{impl}-{size}.txt")
        if os.path.exists(p):
            runs[(impl, size)] = parse(p)
    for impl in ORDER:
        r = runs.get((impl, size))
        if r is None:
            continue
        nbytes = int(dict(x.split("=", 1) for x in r["input"].split()[1:])["bytes"])
        load = float(r["load_s"])
        same = "-"
        if "c17" in r:
            good = agrees(r, c)
            ok &= good
            same = "yes" if good else "**NO**"
        if r.get("same_as_zbulk") is not None:
            ok &= r["same_as_zbulk"] == "yes"
            same += f"; loads back bit for bit: {r['same_as_zbulk']}"
        print(f"| {LABEL[impl]} | {size} | {nbytes / 1e6:.1f} | {load:.3f} | {nbytes / 1e6 / load:.0f} | {r['load_peak_rss_mb']} / {r['peak_rss_mb']} "
              f"| {r['end_to_end_s']} | {same} |")
print()
for size in sizes:
    for impl in ORDER:
        p = os.path.join(results, f"{impl}-{size}.runs")
        if os.path.exists(p) and len(open(p).readlines()) > 1:
            loads = ", ".join(line.split()[0] for line in open(p))
            print(f"{impl} on {size}, every run's load s (the median's figures above): {loads}  ")
print()
for size in sizes:
    r, c = runs.get(("duckdb-recompute", size)), parse(os.path.join(results, f"c-{size}.txt"))
    if r:
        good = agrees(r, c)
        ok &= good
        print(f"DuckDB peer, zones-bulk workload on {size} ({r.get('threads', '?')} threads, {r.get('duckdb', '?')}): "
              f"recompute best {float(r['time_ms'].split()[0].split('=')[1]):.1f} ms against C's "
              f"{float(c['time_ms'].split()[0].split('=')[1]):.1f} ms; peak RSS {r['peak_rss_mb']} MiB; "
              f"checksums = C: {'yes' if good else '**NO**'}")
print()

# Issue 14's goals, from this run (set for large: on small the fixed costs weigh more, and a .NET
# process holds ~30-40 MiB before it loads anything; tiny is a smoke check, its times mean nothing).
for size in [s for s in sizes if s != "tiny"]:
    g = lambda impl: runs.get((impl, size))
    rows = []
    if g("ours-csv"):
        mbps = int(dict(x.split("=", 1) for x in g("ours-csv")["input"].split()[1:])["bytes"]) / 1e6 / float(g("ours-csv")["load_s"])
        rows.append(("CSV load ≥ 400 MB/s on 2 cores", f"{mbps:.0f} MB/s", mbps >= 400))
        cells = int(dict(x.split("=", 1) for x in g("ours-csv")["input"].split()[1:])["cells"])
        dataset = cells * 16 / 2**20
        rss = float(g("ours-csv")["load_peak_rss_mb"])
        rows.append(("CSV load's peak RSS ≤ 2× the loaded dataset (16 B a cell)", f"{rss:.0f} MiB = {rss / dataset:.1f}× {dataset:.0f} MiB", rss <= 2 * dataset))
        if g("duckdb-csv"):
            x = float(g("duckdb-csv")["load_s"]) / float(g("ours-csv")["load_s"])
            rows.append(("CSV load ≥ 3× DuckDB's read_csv", f"{x:.2f}×", x >= 3))
            x = float(g("duckdb-csv")["end_to_end_s"]) / float(g("ours-csv")["end_to_end_s"])
            rows.append(("end to end from CSV ≥ 3× faster than DuckDB", f"{x:.2f}×", x >= 3))
    if g("ours-zbulk") and g("plain-read"):
        x = float(g("ours-zbulk")["load_s"]) / float(g("plain-read")["load_s"])
        rows.append(("zbulk-v1 read ≤ 1.5× a plain read", f"{x:.2f}×", x <= 1.5))
    if rows:
        print(f"Goals of issue 14 on {size}:")
        print()
        print("| goal | this run | |")
        print("|---|---|---|")
        for goal, value, met in rows:
            print(f"| {goal} | {value} | {'met' if met else '**not met**'} |")
        print()
print("checksums agree with C, and the CSV loads back bit for bit" if ok else "CHECKSUM MISMATCH (or the CSV did not load back bit for bit)")
sys.exit(0 if ok else 1)
PYEOF

if [ "${#failed[@]}" -gt 0 ]; then
  echo "failed: ${failed[*]}"
  status=1
fi
exit "$status"
