#!/usr/bin/env bash
# Packs the Indicators package as a release is packed (docs/releasing.md) and checks what a user gets:
#   .ci/pack.sh [output folder, default artifacts/packages] [extra dotnet pack arguments, e.g. -p:Version=0.1.1-rc.1]
# Checks: the .nupkg holds README.md, icon.png, LICENSE and lib/net8.0 + lib/net10.0 (dll and xml); the nuspec names
# the repository URL and the packed commit; the PDBs hold no local path and SourceLink to that commit; a second pack
# of the same commit from clean obj/bin is byte-identical (.nupkg and .snupkg). Only checked packages reach the folder.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

out=${1:-artifacts/packages}
shift || true
project=src/Indicators
started=$SECONDS
fail() { echo "pack: $*" >&2; exit 1; }

commit=$(git rev-parse HEAD) || fail "not a git checkout: the package records its commit"
if [ -n "$(git status --porcelain)" ]; then
  echo "pack: warning: uncommitted changes are packed, but the package names commit $commit" >&2
fi
repository=$(sed -n 's|^ *<RepositoryUrl>\(https\{0,1\}://[^<]*\)</RepositoryUrl>.*|\1|p' src/Directory.Build.props | head -n 1)
[ -n "$repository" ] || fail "no RepositoryUrl in src/Directory.Build.props"
case "$repository" in
  https://github.com/*) raw="https://raw.githubusercontent.com/${repository#https://github.com/}/$commit/*" ;;
  *) fail "SourceLink check knows GitHub URLs only, not $repository" ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# `dotnet pack` (it sets _IsPacking) builds with ContinuousIntegrationBuild and stamps zip entries with the commit's
# time (src/Directory.Build.props). A pack reuses a plain build's outputs if they look up to date, and those keep
# local paths: each pack starts from clean Release obj/bin.
pack() {
  local into=$1
  shift
  rm -rf "$project/bin/Release" "$project/obj/Release"
  dotnet pack "$project" -c Release -o "$into" "$@" > "$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; fail "dotnet pack failed"; }
  grep -E "warning|error" "$work/pack.log" >&2 || true
}
pack "$work/first" "$@"
pack "$work/second" "$@"

nupkg=$(ls "$work"/first/*.nupkg)
snupkg=$(ls "$work"/first/*.snupkg)
[ "$(echo "$nupkg" | wc -l)" -eq 1 ] && [ "$(echo "$snupkg" | wc -l)" -eq 1 ] || fail "expected one .nupkg and one .snupkg"

entries=$(unzip -Z1 "$nupkg")
for entry in README.md icon.png LICENSE \
  lib/net8.0/Indicators.dll lib/net8.0/Indicators.xml lib/net10.0/Indicators.dll lib/net10.0/Indicators.xml; do
  grep -qx "$entry" <<< "$entries" || fail "$(basename "$nupkg") lacks $entry"
done

nuspec=$(unzip -p "$nupkg" Indicators.nuspec)
grep -q "<repository type=\"git\" url=\"$repository\"[^>]* commit=\"$commit\"" <<< "$nuspec" \
  || fail "nuspec repository is not $repository at $commit: $(grep -o '<repository[^>]*>' <<< "$nuspec")"
grep -q '<readme>README.md</readme>' <<< "$nuspec" || fail "nuspec names no readme"
grep -q '<icon>icon.png</icon>' <<< "$nuspec" || fail "nuspec names no icon"

mkdir "$work/symbols"
unzip -q "$snupkg" -d "$work/symbols"
dotnet run .ci/check-pdb.cs -- "$raw" "$work"/symbols/lib/*/Indicators.pdb | sed "s:$work/symbols/::" \
  || fail "PDB check failed"

for file in "$nupkg" "$snupkg"; do
  name=$(basename "$file")
  first=$(sha256sum < "$file" | cut -d' ' -f1)
  second=$(sha256sum < "$work/second/$name" | cut -d' ' -f1)
  [ "$first" = "$second" ] || fail "$name differs between two packs of $commit ($first, $second)"
  echo "reproducible: $name sha256 $first"
done

mkdir -p "$out"
cp "$nupkg" "$snupkg" "$out"/
for file in "$nupkg" "$snupkg"; do
  echo "$(basename "$file"): $(stat -c %s "$file") bytes"
done
echo "packed $commit into $out in $((SECONDS - started)) s"
