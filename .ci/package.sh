#!/usr/bin/env bash
# CI guard of the package as users get it (issue 11): pack; restore a consumer from the local feed only; run it on
# the JIT, NativeAOT (default ISA and x86-64-v3) and trimmed self-contained, and compare the outputs byte for byte;
# a .NET 10 file-based app with #:package; the repository's file-based examples; the tests on net8.0; the
# command-line tool, packed, installed with `dotnet tool install` from the feed and run; the tool as a NativeAOT binary.
# One line per step with its time; the first failing step prints its log and the script exits non-zero.
# Usage: bash .ci/package.sh            (from anywhere; needs the .NET 10 SDK and the package registry)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE=1

root=$PWD
feed=$root/artifacts/package-feed            # tests/PackageConsumer/nuget.config maps Indicators to this folder
out=$root/artifacts/package-ci               # build outputs (inside the clone: the tests find the repository root)
logs=$(mktemp -d /tmp/indicators-package.XXXXXX)
# The project's own version, so that the scripts and the notebook, which name it (.ci/scripts.sh), run against this
# very pack. NuGet's global cache keeps the first copy of an id+version forever and would silently give the consumer
# the bits of an earlier pack of that version (the stale-cache trap): that copy is removed before the consumer
# restores and again at the end.
version=$(sed -n 's|^ *<Version>\([^<]*\)</Version>.*|\1|p' src/Directory.Build.props | head -n 1)
[ -n "$version" ] || { echo "no <Version> in src/Directory.Build.props" >&2; exit 1; }
packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: *//')
packages=${packages%/}
rm -rf "$packages/indicators/$version"

cleanup() {
  # No copy of this pack stays in the global cache; the logs stay only when a step failed.
  rm -rf "$packages/indicators/$version"
  if [ "${failed:-0}" -eq 0 ]; then rm -rf "$logs"; fi
}
trap cleanup EXIT

rm -rf "$feed" "$out"
mkdir -p "$feed" "$out"
started=$(date +%s.%N)

fail() {
  failed=1
  echo "$*" >&2
  exit 1
}

# step NAME COMMAND...: runs the command with its output in $logs/NAME.log; prints the step's time.
step() {
  local name=$1 t0 t1 status=0
  shift
  t0=$(date +%s.%N)
  "$@" > "$logs/$name.log" 2>&1 || status=$?
  t1=$(date +%s.%N)
  if [ "$status" -ne 0 ]; then
    failed=1
    printf '%-30s FAILED (exit %s) after %5.1f s; last lines of %s:\n' "$name" "$status" "$(echo "$t1 - $t0" | bc)" "$logs/$name.log" >&2
    tail -n 40 "$logs/$name.log" >&2
    exit 1
  fi
  printf '%-30s ok  %6.1f s\n' "$name" "$(echo "$t1 - $t0" | bc)"
}

consumer=tests/PackageConsumer
props=(-c Release "-p:IndicatorsVersion=$version")

# 1. Pack (Release, CI=true). EnablePackageValidation runs after Pack; its target touches a semaphore file when it
#    ran (no baseline yet: it checks the package's target frameworks against each other).
touch "$logs/before-pack"
step pack bash .ci/pack.sh "$feed" "-p:Version=$version"
if [ src/Indicators/obj/Release/Microsoft.NET.ApiCompat.ValidatePackage.semaphore -nt "$logs/before-pack" ]; then
  echo "  package validation ran"
else
  fail "package validation did not run during pack"
fi

# 2. The consumer: restore (Indicators only from the feed), build, run on the JIT.
step consumer-build dotnet build "$consumer" "${props[@]}" --artifacts-path "$out/jit"
source=$(sed -n 's/.*"source": *"\(.*\)".*/\1/p' "$packages/indicators/$version/.nupkg.metadata")
[ "${source%/}" = "$feed" ] || fail "Indicators $version was restored from '$source', not from the local feed $feed"
echo "  Indicators $version restored from $source"
step consumer-jit sh -c "dotnet '$out/jit/bin/PackageConsumer/release/PackageConsumer.dll' > '$out/jit.txt' 2> '$out/jit.err'"
lines=$(wc -l < "$out/jit.txt")
[ "$lines" -gt 50 ] && grep -qx 'consumer: ok' "$out/jit.txt" || fail "consumer JIT output incomplete ($lines lines)"
echo "  $(cat "$out/jit.err")"

# publish NAME PROPERTIES...: publishes the consumer for linux-x64, runs it, compares its output with the JIT run.
publish() {
  local name=$1
  shift
  step "publish-$name" dotnet publish "$consumer" "${props[@]}" -r linux-x64 "$@" --artifacts-path "$out/$name" -o "$out/$name/app"
  step "run-$name" sh -c "'$out/$name/app/PackageConsumer' > '$out/$name.txt' 2> '$out/$name.err'"
  cmp -s "$out/jit.txt" "$out/$name.txt" || fail "$name output differs from the JIT run:
$(diff "$out/jit.txt" "$out/$name.txt" | head -n 40)"
  echo "  same output as the JIT; $(cat "$out/$name.err"); binary $(stat -c %s "$out/$name/app/PackageConsumer") bytes"
}

# 3. NativeAOT with the default instruction set (Vector256 off: the bulk engine's scalar loop must give the same
#    bits), with x86-64-v3 (AVX2, the vector loop), and trimmed self-contained. Warnings are errors in each.
publish aot -p:PublishAot=true
if grep -qw avx2 /proc/cpuinfo; then
  publish aot-v3 -p:PublishAot=true -p:IlcInstructionSet=x86-64-v3
else
  echo "  aot-v3 skipped: this CPU has no AVX2, the x86-64-v3 binary cannot run here"
fi
publish trimmed -p:PublishTrimmed=true -p:SelfContained=true
echo "  trimmed self-contained folder: $(du -sb "$out/trimmed/app" | cut -f1) bytes"

# 4. A .NET 10 file-based app with #:package, as the package README shows, in a folder of its own (no
#    Directory.Build.props above it) with a nuget.config mapping Indicators to the feed.
app=$logs/file-based-app
mkdir -p "$app"
sed "s/^#:package Indicators@.*/#:package Indicators@$version/" "$consumer/FileBasedApp/report.cs" > "$app/report.cs"
cat > "$app/nuget.config" <<EOF
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Indicators" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
EOF
step file-based-app sh -c "cd '$app' && dotnet run report.cs > '$out/file-based-app.txt'"
grep -q '同比增长23.5%' "$out/file-based-app.txt" || fail "file-based app printed: $(cat "$out/file-based-app.txt")"

# 5. The repository's file-based examples (#:project): each exits 0 and prints something.
for example in zone-report provincial-assessment rule-assessment; do
  step "example-$example" sh -c "dotnet run docs/examples/$example.cs > '$out/$example.txt'"
  [ -s "$out/$example.txt" ] || fail "docs/examples/$example.cs printed nothing"
done

# 6. The tests on net8.0 (the package's other target): self-contained on the 8.0 runtime pack.
step tests-net8 dotnet test tests/Indicators.Tests -p:TestNet8=true --artifacts-path "$out/net8"
grep -E '^(Passed|Failed)!' "$logs/tests-net8.log" | sed 's/^/  /'

# 7. The command-line tool (issue 12): Indicators.Tool packed into the same feed at the same version, installed with
#    `dotnet tool install` from that feed alone (a nuget.config that clears every other source: a tool package carries
#    Indicators.dll and its other dependencies inside, so nothing else is resolved and nothing reaches the network), and
#    run on a bundled report. Its copy in NuGet's global cache is removed before and after, like the package's.
tool_started=$(date +%s.%N)
rm -rf "$packages/indicators.tool/$version"
tools=$logs/tools
step tool-pack dotnet pack src/Indicators.Tool -c Release -o "$feed" "-p:Version=$version" --artifacts-path "$out/tool"
toolpkg=$feed/Indicators.Tool.$version.nupkg
if unzip -p "$toolpkg" Indicators.Tool.nuspec | grep -q '<dependency '; then
  fail "$(basename "$toolpkg") depends on other packages: a tool package must carry its dependencies"
fi
cat > "$logs/tool-nuget.config" <<EOF
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
  </packageSources>
</configuration>
EOF
step tool-install dotnet tool install Indicators.Tool --version "$version" --tool-path "$tools" --configfile "$logs/tool-nuget.config"
installed=$(find "$tools/.store" -name Indicators.dll -path "*/tools/net10.0/any/*" | head -n 1)
cmp -s "$installed" <(unzip -p "$toolpkg" tools/net10.0/any/Indicators.dll) \
  || fail "the installed tool's Indicators.dll is not the one packed into $feed"
step tool-audit sh -c "'$tools/indicators' audit data/reports/000_6a522123856b6a66.txt --json > '$out/tool-audit.json' || [ \$? -eq 1 ]"
python3 -c 'import json, sys
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
assert len(docs) == 1 and {"file", "referenceYear", "facts", "findings"} <= docs[0].keys(), docs
print("  audit --json: one document, %d facts, %d findings" % (len(docs[0]["facts"]), len(docs[0]["findings"])))' "$out/tool-audit.json" \
  || fail "indicators audit --json did not print one JSON document: $(head -c 400 "$out/tool-audit.json")"
missing=0
"$tools/indicators" audit /nonexistent > /dev/null 2> "$out/tool-missing.err" || missing=$?
[ "$missing" -eq 2 ] || fail "indicators audit /nonexistent exited $missing, not 2"
echo "  audit /nonexistent: exit 2, $(cat "$out/tool-missing.err")"
rm -rf "$packages/indicators.tool/$version"
printf '  tool packed, installed and run in %.1f s; nupkg %s bytes\n' "$(echo "$(date +%s.%N) - $tool_started" | bc)" "$(stat -c %s "$toolpkg")"

# 8. The tool as a NativeAOT single binary for linux-x64 (issue 15): published with PublishAot (only then: the tool's
#    csproj keeps `dotnet pack` framework-dependent), run on the README's bundled report with the same output and exit
#    code as the JIT tool installed in step 7 (the table, --json, --version, a missing file), and its size and start-up
#    time against the JIT tool's (wall clock, best of 3; docs/cli.md "Install: NativeAOT binary").
aot_started=$(date +%s.%N)
step tool-publish-aot dotnet publish src/Indicators.Tool -c Release -r linux-x64 -p:PublishAot=true "-p:Version=$version" \
  --artifacts-path "$out/tool-aot" -o "$out/tool-aot/app"
aot=$out/tool-aot/app/Indicators.Tool
report=docs/examples/data/ningbo-hi-tech-zone-2011-report.txt
for run in "audit $report" "audit $report --json" "--version" "audit /nonexistent"; do
  jit_code=0
  aot_code=0
  # shellcheck disable=SC2086 # $run is words on purpose
  "$tools/indicators" $run > "$out/tool-jit.out" 2>&1 || jit_code=$?
  # shellcheck disable=SC2086
  "$aot" $run > "$out/tool-aot.out" 2>&1 || aot_code=$?
  [ "$jit_code" -eq "$aot_code" ] || fail "indicators $run: the NativeAOT binary exited $aot_code, the JIT tool $jit_code"
  cmp -s "$out/tool-jit.out" "$out/tool-aot.out" || fail "indicators $run: the NativeAOT binary's output differs from the JIT tool's:
$(diff "$out/tool-jit.out" "$out/tool-aot.out" | head -n 20)"
done
echo "  NativeAOT binary: same output and exit codes as the JIT tool (audit table and --json of $(basename "$report"), --version, a missing file)"
# best_ms COMMAND...: the fastest of three runs, in milliseconds (output and exit code ignored).
best_ms() {
  local best='' t0 t1 ms i
  for i in 1 2 3; do
    t0=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}
printf '  start-up, best of 3: --version JIT tool %s ms, NativeAOT %s ms; audit %s JIT tool %s ms, NativeAOT %s ms\n' \
  "$(best_ms "$tools/indicators" --version)" "$(best_ms "$aot" --version)" "$(basename "$report")" \
  "$(best_ms "$tools/indicators" audit "$report")" "$(best_ms "$aot" audit "$report")"
printf '  NativeAOT binary %s bytes (symbols apart: %s bytes in .dbg); JIT tool installed: %s bytes; %.1f s\n' \
  "$(stat -c %s "$aot")" "$(stat -c %s "$aot.dbg" 2>/dev/null || echo 0)" "$(du -sb "$tools" | cut -f1)" \
  "$(echo "$(date +%s.%N) - $aot_started" | bc)"

# Sizes and every warning seen.
nupkg=$feed/Indicators.$version.nupkg
echo "nupkg $(basename "$nupkg"): $(stat -c %s "$nupkg") bytes; snupkg $(stat -c %s "${nupkg%.nupkg}.snupkg") bytes"
warnings=$(cat "$logs"/*.log | grep -E ': warning [A-Z]+[0-9]+' | sed 's/^ *//' | sort -u || true)
if [ -n "$warnings" ]; then
  echo "warnings ($(echo "$warnings" | wc -l)):"
  echo "$warnings" | sed 's/^/  /'
else
  echo "warnings: none"
fi
printf 'package checks passed in %.0f s\n' "$(echo "$(date +%s.%N) - $started" | bc)"
