#!/usr/bin/env bash
# Smoke check of the zones-bulk benchmark from a clone: the tiny size (300 zones x 40 indicators
# x 15 years), the C reference and the library's engine on one thread, one pass, no bandwidth
# probe.  Fails unless both ran and all seven checksums of the engine agree with C's.  The times
# mean nothing here; real figures: docs/performance.md.
# Needs gcc, a python3 with numpy (Debian: python3-numpy) and the .NET SDK; not pandas.
# The work folder is a fresh temporary one unless BENCH_DIR is set.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v gcc > /dev/null || missing+=("gcc (Debian: apt-get install gcc)")
py=${PY:-}
if [ -z "$py" ]; then
  for p in /usr/bin/python3 $(type -a -P python3 || true); do
    if "$p" -c 'import numpy' 2>/dev/null; then py=$p; break; fi
  done
fi
[ -n "$py" ] && "$py" -c 'import numpy' 2>/dev/null || missing+=("a python3 with numpy, which the data generator needs (Debian: apt-get install python3-numpy)")
command -v dotnet > /dev/null || missing+=("the .NET SDK")
if [ "${#missing[@]}" -gt 0 ]; then
  printf 'bench smoke: cannot run, missing: %s\n' "${missing[@]}" >&2
  exit 1
fi

work=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/bench-smoke.XXXXXX")}
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
log=$work/bench-smoke.log
start=$SECONDS
if ! PY=$py BENCH_DIR=$work RESULTS=$work/results PASSES=1 SIZES=tiny IMPLS="c ours-t1" STREAM=0 STRICT=1 \
     bash benchmarks/zones-bulk.sh > "$log" 2>&1; then
  cat "$log" >&2
  echo "bench smoke: failed" >&2
  exit 1
fi
# The row itself, in case a result file was unreadable (the table skips such a run with a note).
if ! grep -Eq '^\| \*\*Indicators BulkEngine, 1 thread\*\* \| tiny \|.*\| yes \|$' "$work/results/summary.md"; then
  cat "$log" >&2
  echo "bench smoke: no agreeing row for the engine in the table" >&2
  exit 1
fi
grep -E '^(\| \(c\) |\| \*\*Indicators)|sha256|checksums agree' "$log"
echo "bench smoke: ok ($((SECONDS - start)) s)"
