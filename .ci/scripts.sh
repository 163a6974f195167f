#!/usr/bin/env bash
# Scripting verified: runs the .csx examples (docs/examples/*.csx, dotnet-script dialect) against the package
# in FEED, a folder holding Indicators.<version>.nupkg as `dotnet pack` wrote it. The tests resolve
# `#r "nuget: Indicators, x.y.z"` to that package's lib/net10.0 assembly (docs/design.md, "Documentation that runs").
set -euo pipefail
if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "usage: .ci/scripts.sh FEED   (FEED: a folder holding Indicators.<version>.nupkg)" >&2
  exit 2
fi
feed=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
INDICATORS_FEED="$feed" dotnet test tests/Indicators.Tests --filter "FullyQualifiedName~Issue11_Csx_"
