#!/usr/bin/env bash
# Scripting verified, against the package in FEED (a folder holding Indicators.<version>.nupkg as
# `dotnet pack` wrote it):
#   1. the .csx examples (docs/examples/*.csx, dotnet-script dialect): the Issue11_Csx_ tests resolve
#      `#r "nuget: Indicators, x.y.z"` to FEED's package (docs/design.md, "Documentation that runs");
#   2. the notebook docs/examples/zone-report.ipynb, run headless by dotnet-repl with FEED as its package
#      source, each code cell's output compared with its `// →` lines.
set -euo pipefail
if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "usage: .ci/scripts.sh FEED   (FEED: a folder holding Indicators.<version>.nupkg)" >&2
  exit 2
fi
feed=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

INDICATORS_FEED="$feed" dotnet test tests/Indicators.Tests --filter "FullyQualifiedName~Issue11_Csx_"

work=$(mktemp -d /tmp/indicators-notebook.XXXXXX)
trap 'rm -rf "$work"' EXIT
dotnet tool install dotnet-repl --version 0.3.259 --tool-path "$work/tools" > /dev/null
# The notebook names a feed relative to the repository; the run uses FEED.
python3 - "$feed" docs/examples/zone-report.ipynb "$work/zone-report.ipynb" <<'PY'
import json, re, sys
feed, source, target = sys.argv[1:]
nb = json.load(open(source, encoding="utf-8"))
found = 0
for cell in nb["cells"]:
    lines = []
    for line in cell["source"]:
        if re.match(r'#i "nuget:', line):
            line = f'#i "nuget: {feed}"\n'
            found += 1
        lines.append(line)
    cell["source"] = lines
if found != 1:
    sys.exit(f"{source}: expected one #i \"nuget: …\" line, found {found}")
json.dump(nb, open(target, "w", encoding="utf-8"), ensure_ascii=False)
PY
# A package cache of its own: a repacked version must never come from a stale shared cache.
NUGET_PACKAGES="$work/packages" "$work/tools/dotnet-repl" --run "$work/zone-report.ipynb" --exit-after-run \
  --output-format ipynb --output-path "$work/out.ipynb" > "$work/repl.log" 2>&1 || { cat "$work/repl.log" >&2; exit 1; }
python3 - "$work/out.ipynb" <<'PY'
import json, re, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
failures, checked = [], 0
for number, cell in enumerate(nb["cells"], 1):
    if cell["cell_type"] != "code":
        continue
    source = "".join(cell["source"])
    expected = [(m.group(1) or "").rstrip() for m in re.finditer(r"^.*?// →(?: (.*))?$", source, re.M)]
    outputs = cell.get("outputs", [])
    errors = [o for o in outputs if o.get("output_type") == "error"]
    text = "".join("".join(o["text"]) if isinstance(o["text"], list) else o["text"]
                   for o in outputs if o.get("output_type") == "stream" and o.get("name") == "stdout")
    actual = [l.rstrip() for l in text.replace("\r\n", "\n").split("\n")]
    while actual and actual[-1] == "":
        actual.pop()
    if errors:
        failures.append(f"cell {number}: {errors[0].get('ename')}: {errors[0].get('evalue')}")
    elif expected:
        # As the documentation tests read them: "…" alone matches any one line.
        if len(actual) != len(expected) or any(e != "…" and e != a for e, a in zip(expected, actual)):
            failures.append(f"cell {number}: expected {expected}, got {actual}")
        else:
            checked += 1
if failures or checked == 0:
    print("notebook: FAILED\n" + "\n".join(failures), file=sys.stderr)
    sys.exit(1)
print(f"notebook: {checked} cells print what their // → lines say")
PY
