#!/usr/bin/env bash
# zones-bulk side by side: the reference implementations of benchmarks/zones-bulk/ (C, C with
# fresh outputs, numpy, pandas, naive C#), the DuckDB peer (benchmarks/duckdb-peer: the workload in
# SQL) and this library's bulk engine (1 and 2 threads), in ONE
# run, so that the ratios are taken on the same machine state (the host is shared and noisy:
# absolute times from different runs are not comparable).  benchmarks/zones-bulk/README.md says
# what each file is; workload.md there defines the workload and its checksums.
#
# usage: bash benchmarks/zones-bulk.sh
#   env knobs: PASSES="1 2"   SIZES="small large" (or tiny: 300 zones, for a smoke check)
#              IMPLS="c c-fresh numpy pandas csharp duckdb ours-t1 ours-t2"
#              BENCH_DIR=<work folder>   (default artifacts/zones-bulk in this clone, gitignored;
#                                         data/ is generated there once and kept, build/ holds the
#                                         C and naive C# builds)
#              RESULTS=<folder>   (default $BENCH_DIR/results-YYYYmmddTHHMMSS)
#              PY=<python3 with numpy, and pandas if IMPLS has pandas>   STREAM=0 skips the bandwidth probe
#              STRICT=1   also fails when a requested implementation did not run or did not build
# Needs gcc (with OpenMP for the probe), a python3 with numpy (Debian: python3-numpy; pandas:
# python3-pandas) and the .NET SDK.  Writes one output file per implementation, size and pass,
# then prints a markdown table with best/median ms, the ratio to C of the same pass, peak RSS,
# whether the checksums equal C's, and the acceptance ratios of issue 4 for the large workload.
# Exit status 1 on a checksum mismatch.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
src=$repo/benchmarks/zones-bulk
PASSES=${PASSES:-"1 2"}
SIZES=${SIZES:-"small large"}
IMPLS=${IMPLS:-"c c-fresh numpy pandas csharp duckdb ours-t1 ours-t2"}
BENCH_DIR=${BENCH_DIR:-$repo/artifacts/zones-bulk}
STREAM=${STREAM:-1}
STRICT=${STRICT:-0}

declare -A shape=([tiny]="300 40 15" [small]="3000 40 15" [large]="30000 40 15")
for size in $SIZES; do
  [ -n "${shape[$size]:-}" ] || { echo "unknown size $size (tiny, small, large)" >&2; exit 2; }
done

# What this selection needs, said before anything runs.
modules=numpy
case " $IMPLS " in *" pandas "*) modules="numpy, pandas" ;; esac
if [ -z "${PY:-}" ]; then
  for p in /usr/bin/python3 $(type -a -P python3); do
    if "$p" -c "import $modules" 2>/dev/null; then PY=$p; break; fi
  done
fi
[ -n "${PY:-}" ] && "$PY" -c "import $modules" 2>/dev/null || { echo "need a python3 with $modules (the data generator needs numpy; Debian: apt-get install python3-numpy python3-pandas)" >&2; exit 1; }
command -v gcc > /dev/null || { echo "need gcc for the C reference and the bandwidth probe (Debian: apt-get install gcc)" >&2; exit 1; }

mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
cd "$BENCH_DIR"
export PYTHONPYCACHEPREFIX=$BENCH_DIR/build/pycache   # keeps __pycache__ out of the source folder
RESULTS=${RESULTS:-$BENCH_DIR/results-$(date -u +%Y%m%dT%H%M%S)}
mkdir -p data build "$RESULTS"

# Data: generated once, kept; the hash is checked against the README's known hashes, since numpy
# does not promise the same random streams across versions.
for size in $SIZES; do
  f=data/$size.bin
  [ -f "$f" ] || "$PY" "$src/gen.py" ${shape[$size]} "$f"
  want=$(grep "^| \`data/$size.bin\`" "$src/README.md" | grep -oE '[0-9a-f]{64}' | tr '\n' ' ' || true)
  got=$(sha256sum "$f" | awk '{print $1}')
  case " $want" in
    *" $got "*) echo "$f sha256 matches the README" ;;
    *) echo "WARNING: $f sha256 $got differs from the README's ${want:-(none)} (all implementations still read the same file)" ;;
  esac
done

# Builds, all before any timing.
# Only what IMPLS asks for is built.  The naive C# reference builds into the work folder
# (--artifacts-path: no bin/ or obj/ in the source tree); our runner builds where every other
# build of the repository does (its gitignored bin/ and obj/), so a build already made is reused.
gcc -O3 -march=native -Wall -o build/bulk "$src/bulk.c" -lm
[ "$STREAM" = 0 ] || gcc -O3 -march=native -fopenmp -Wall -o build/stream "$src/stream.c"
naive=build/naive-csharp/bin/naive-csharp/release/naive-csharp.dll
case " $IMPLS " in *" csharp "*)
  dotnet build "$src/naive-csharp" -c Release --artifacts-path "$BENCH_DIR/build/naive-csharp" -v q --nologo > build/dotnet-build.log ;;
esac
peer=build/duckdb-peer/bin/duckdb-peer/release/duckdb-peer.dll
case " $IMPLS " in *" duckdb "*)
  dotnet build "$repo/benchmarks/duckdb-peer" -c Release --artifacts-path "$BENCH_DIR/build/duckdb-peer" -v q --nologo > build/duckdb-build.log ;;
esac
ours_project=$repo/benchmarks/Indicators.Benchmarks
ours_ok=1
case " $IMPLS " in *" ours-t"*) ;; *) ours_ok=0 ;; esac
if [ "$ours_ok" = 1 ] && ! dotnet build "$ours_project" -c Release -v q --nologo > "$RESULTS/ours-build.log" 2>&1; then
  echo "WARNING: the library's runner did not build (see $RESULTS/ours-build.log); its rows are skipped"
  ours_ok=0
fi

{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git -C "$repo" rev-parse --short HEAD) ($(git -C "$repo" rev-parse --abbrev-ref HEAD))"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p') family $(lscpu | sed -n 's/^CPU family: *//p') model $(lscpu | sed -n 's/^Model: *//p'), $(nproc) CPUs, $(lscpu | sed -n 's/^Hypervisor vendor: *//p') guest"
  echo "simd: $(grep -o -w -E 'avx2|avx512f' /proc/cpuinfo | sort -u | tr '\n' ' ')"
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
} > "$RESULTS/machine.txt"
cat "$RESULTS/machine.txt"

missing=()   # requested runs that produced no result: STRICT=1 fails on them
for pass in $PASSES; do
  out=$RESULTS/pass$pass
  rm -rf "$out"; mkdir -p "$out"
  echo "== pass $pass"
  [ "$STREAM" = 0 ] || build/stream > "$out/stream.txt" 2>/dev/null
  for size in $SIZES; do
    for impl in $IMPLS; do
      case $impl in ours-*) [ "$ours_ok" = 1 ] || { missing+=("$impl-$size (not built)"); continue; } ;; esac
      echo "   $impl $size"
      case $impl in
        c)       build/bulk "data/$size.bin" ;;
        c-fresh) build/bulk "data/$size.bin" fresh ;;
        numpy)   "$PY" "$src/bulk_numpy.py" "data/$size.bin" ;;
        pandas)  "$PY" "$src/bulk_pandas.py" "data/$size.bin" ;;
        csharp)  dotnet "$naive" "data/$size.bin" ;;
        duckdb)  dotnet "$peer" zones-bulk "data/$size.bin" ;;
        ours-t*) dotnet run --no-build -c Release --project "$ours_project" -- \
                   zones-bulk "data/$size.bin" --threads "${impl#ours-t}" ;;
        *)       echo "unknown implementation $impl" >&2; exit 2 ;;
      esac > "$out/$impl-$size.txt" || { echo "     FAILED (see $out/$impl-$size.failed)"; mv "$out/$impl-$size.txt" "$out/$impl-$size.failed"; missing+=("$impl-$size (failed in pass $pass)"); }
    done
  done
done

echo "load_at_end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/machine.txt"

passdirs=()
for pass in $PASSES; do passdirs+=("$RESULTS/pass$pass"); done

# The table.  Rows are keyed by file name (ours prints impl: indicators for both thread counts).
status=0
"$PY" - "${passdirs[@]}" <<'PYEOF' | tee "$RESULTS/summary.md" || status=$?
import glob, os, re, sys

passes = sys.argv[1:]
ORDER = ["c", "c-fresh", "numpy", "pandas", "csharp", "duckdb", "ours-t1", "ours-t2"]
LABEL = {
    "c": "(c) C -O3 -march=native, 1 thread, outputs reused",
    "c-fresh": "(c') C, outputs malloc'ed in the timed run",
    "numpy": "(b) numpy 3-D vectorised",
    "pandas": "(a) pandas long format",
    "csharp": "(d) naive C# LINQ over records",
    "duckdb": "(f) DuckDB SQL, in-process, all cores",
    "ours-t1": "**Indicators BulkEngine, 1 thread**",
    "ours-t2": "**Indicators BulkEngine, 2 threads**",
}
KEYS = ["growth", "completion", "overf", "attained", "score", "ranksum", "rankdot"]


def parse(path):
    r = {}
    for line in open(path):
        key, sep, rest = line.partition(": ")
        if sep:
            r[key.strip()] = rest.strip()
    kv = lambda s: dict(x.split("=", 1) for x in s.split())
    r["data"] = kv(r["data"].split(" ", 1)[1])
    r["c17"] = {k: float(v) for k, v in kv(r["checksum17"]).items()}
    r["time"] = {k: float(v) for k, v in kv(r["time_ms"]).items() if k in ("best", "median")}
    r["rss"] = float(r["peak_rss_mb"])
    return r


runs = {}  # (pass, impl, size) -> result
for p in passes:
    for f in sorted(glob.glob(os.path.join(p, "*.txt"))):
        name = os.path.basename(f)[:-4]
        if name == "stream":
            continue
        impl, size = name.rsplit("-", 1)
        try:
            runs[(p, impl, size)] = parse(f)
        except Exception as e:  # a crashed or partial run: say so, keep the rest
            print(f"unreadable {f}: {e!r}")


def agrees(r, c):
    if r["checksum6"] != c["checksum6"]:
        return False
    return all(abs(r["c17"][k] - c["c17"][k]) <= 1e-9 * max(abs(c["c17"][k]), 1e-300) for k in KEYS)


ok = True
print("| implementation | size | best ms | median ms | x C (best, same pass) | peak RSS MiB | checksums = C |")
print("|---|---|---:|---:|---:|---:|---|")
sizes = [s for s in ["tiny", "small", "large"] if any(k[2] == s for k in runs)]
for size in sizes:
    for impl in ORDER:
        rs = [(p, runs[(p, impl, size)]) for p in passes if (p, impl, size) in runs]
        if not rs:
            continue
        ratios, checks = [], []
        for p, r in rs:
            c = runs.get((p, "c", size))
            ratios.append(f"{r['time']['best'] / c['time']['best']:.2f}" if c else "-")
            same = agrees(r, c) if c else None
            ok &= same is not False
            checks.append("-" if same is None else ("yes" if same else "**NO**"))
        j = lambda xs: " / ".join(xs)
        best = j("%.1f" % r["time"]["best"] for _, r in rs)
        med = j("%.1f" % r["time"]["median"] for _, r in rs)
        rss = j("%.0f" % r["rss"] for _, r in rs)
        print(f"| {LABEL[impl]} | {size} | {best} | {med} | {j(ratios)} | {rss} | {j(checks)} |")
print()
print("values per pass, in the order: " + ", ".join(os.path.basename(p) for p in passes))
for p in passes:
    try:
        s = open(os.path.join(p, "stream.txt")).read()
        bw = re.findall(r"threads=(\d) triad_GBps=([\d.]+)", s)
        print(f"stream {os.path.basename(p)}: " + ", ".join(f"{t} thread(s) triad {g} GB/s" for t, g in bw))
    except OSError:
        pass
print()

# Acceptance (issue 4), large workload, per pass, ratios within the pass.
# Memory bound: inputs actual+target (16 B/cell) plus the outputs as C holds them: growth,
# completion, overfulfilment (8 B each), attained (1 B), and per (zone, year) score (8 B) and
# rank (4 B): 41 B/cell + 12 B/zone-year.
# (Not on tiny: its times are too short for the ratios to mean anything.)
size = "large" if "large" in sizes else ("small" if "small" in sizes else None)
if size:
    print(f"Acceptance on {size} (issue 4):")
    print()
    print("| criterion | " + " | ".join(os.path.basename(p) for p in passes) + " |")
    print("|---|" + "---|" * len(passes))
    def row(label, f):
        cells = []
        for p in passes:
            try:
                cells.append(f(p))
            except KeyError:
                cells.append("pending")
        print(f"| {label} | " + " | ".join(cells) + " |")
    g = lambda p, impl: runs[(p, impl, size)]
    verdict = lambda good: "met" if good else "**not met**"
    row("2 threads <= 0.5x C", lambda p: (lambda x: f"{x:.2f}x, {verdict(x <= 0.5)}")(
        g(p, "ours-t2")["time"]["best"] / g(p, "c")["time"]["best"]))
    row("1 thread <= 1.0x C", lambda p: (lambda x: f"{x:.2f}x, {verdict(x <= 1.0)}")(
        g(p, "ours-t1")["time"]["best"] / g(p, "c")["time"]["best"]))
    row(">= 100x faster than pandas (2 threads)", lambda p: (lambda x: f"{x:.0f}x, {verdict(x >= 100)}")(
        g(p, "pandas")["time"]["best"] / g(p, "ours-t2")["time"]["best"]))
    row(">= 10x faster than numpy (2 threads)", lambda p: (lambda x: f"{x:.1f}x, {verdict(x >= 10)}")(
        g(p, "numpy")["time"]["best"] / g(p, "ours-t2")["time"]["best"]))
    def mem(p):
        d = g(p, "c")["data"] if (p, "c", size) in runs else g(p, "ours-t2")["data"]
        n, zy = int(d["cells"]), int(d["Z"]) * int(d["Y"])
        bound = 1.5 * (41 * n + 12 * zy) / 2**20
        worst = max(g(p, i)["rss"] for i in ("ours-t1", "ours-t2") if (p, i, size) in runs) \
            if any((p, i, size) in runs for i in ("ours-t1", "ours-t2")) else g(p, "ours-t2")["rss"]
        return f"{worst:.0f} MiB vs bound {bound:.0f} MiB, {verdict(worst <= bound)}"
    row("peak RSS <= 1.5x (inputs + outputs)", mem)
    print()
print("checksums agree with C in every pass" if ok else "CHECKSUM MISMATCH")
sys.exit(0 if ok else 1)
PYEOF

if [ "${#missing[@]}" -gt 0 ]; then
  echo "no result for: ${missing[*]}"
  if [ "$STRICT" = 1 ]; then status=1; fi
fi
exit "$status"
