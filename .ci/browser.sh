#!/usr/bin/env bash
# CI: the tool's --html pages looked at the way a person would (issue 15): written by the tool on bundled data, loaded
# in a real headless browser (Debian's chromium, installed when absent), the rendered DOM checked, no console error,
# and a screenshot whose pixels show the verdict and chart colours.
# Usage: bash .ci/browser.sh                  (from anywhere; screenshots go to a temporary folder)
#        bash .ci/browser.sh --update-docs    (also copy them to docs/images/audit-html.png and assess-html.png)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
update_docs=0
[ "${1:-}" = "--update-docs" ] && update_docs=1

# The browser, and a CJK font so Chinese is drawn as Chinese (a screenshot of boxes would still "pass" the pixel
# checks; a person would not accept it).
if ! command -v chromium > /dev/null || ! fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then
  if command -v apt-get > /dev/null; then
    { apt-get install -y -q chromium fonts-wqy-microhei || { apt-get update -q && apt-get install -y -q chromium fonts-wqy-microhei; }; } > /dev/null 2>&1 || true
  fi
fi
if ! command -v chromium > /dev/null; then
  echo "browser test: skipped, chromium could not be installed"
  exit 0
fi

work=$(mktemp -d /tmp/indicators-browser.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "browser test: $*" >&2; exit 1; }

dotnet build src/Indicators.Tool -c Release -o "$work/tool" > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; fail "the tool did not build"; }
tool() { dotnet "$work/tool/Indicators.Tool.dll" "$@"; }

# Every bundled report on one page (exit 1: report 002 has an inconsistent figure); report 002 alone for the picture;
# the README's assessment (商务部 2021 scheme, illustrative data over 2019–2022).
code=0; tool audit data/reports/*.txt --html "$work/audit-all.html" > /dev/null || code=$?
[ "$code" -le 1 ] || fail "audit --html exited $code"
code=0; tool audit data/reports/002_*.txt --html "$work/audit.html" > /dev/null || code=$?
[ "$code" -le 1 ] || fail "audit --html exited $code"
tool assess docs/examples/rules/mofcom-2021.rules docs/examples/data/mofcom-2021-values.csv docs/examples/data/mofcom-2021-zones.csv \
  docs/examples/data/mofcom-2021-firms.csv --html "$work/assess.html" > /dev/null || fail "assess --html exited $?"

# One fresh profile per run; nothing from the network (the pages need none: a fetch would fail and show).
browse() {
  local profile
  profile=$(mktemp -d "$work/profile.XXXXXX")
  timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --host-resolver-rules="MAP * ~NOTFOUND" --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 "$@"
}

count() { { grep -o "$1" "$2" || true; } | wc -l; }
for page in audit-all audit assess; do
  browse --dump-dom "file://$work/$page.html" > "$work/$page.dom" 2> "$work/$page.log" || { tail -20 "$work/$page.log" >&2; fail "chromium could not load $page.html"; }
  # Console messages are logged as INFO:CONSOLE; the pages have no script, so any is a fault (a CSP or parse complaint).
  if grep -E ":CONSOLE|Uncaught|Failed to load resource" "$work/$page.log" >&2; then fail "$page.html: the browser console complained"; fi
  [ "$(count '<script' "$work/$page.dom")" -eq 0 ] || fail "$page.html: a script element in the rendered page"
done
for page in audit-all audit; do
  marks=$(count '<mark class="fact verdict-' "$work/$page.dom")
  [ "$marks" -gt 0 ] && [ "$marks" -eq "$(count '<mark class="fact verdict-' "$work/$page.html")" ] || fail "$page.html: $marks marks rendered"
  [ "$(count 'class="fact verdict-inconsistent"' "$work/$page.dom")" -gt 0 ] || fail "$page.html: report 002's inconsistent figure is not marked"
  checks=$(count '<li id="d[0-9]*-c[0-9]*" class="check"' "$work/$page.dom")
  [ "$checks" -gt 0 ] || fail "$page.html: no check listed"
  echo "browser: $page.html: $marks marks, $checks checks rendered"
done
zones=$(count '<tr class="zone"' "$work/assess.dom")
bars=$(count '<g class="bar"' "$work/assess.dom")
lines=$(count '<g class="line' "$work/assess.dom")
years=$(count '<text class="year"' "$work/assess.dom")
[ "$zones" -eq 30 ] && [ "$bars" -eq 30 ] && [ "$lines" -eq 30 ] && [ "$years" -eq 4 ] \
  || fail "assess.html: $zones rows, $bars bars, $lines rank lines, $years years (want 30, 30, 30, 4)"
echo "browser: assess.html: $zones rows, $bars bars, $lines rank lines over $years years rendered"

# Screenshots: the pixels must hold the colours the CSS gives (verdict backgrounds; the groups' bar colours), so the
# stylesheet applied and the SVG drew. A small PNG reader in Python's standard library (no PIL on this machine).
browse --screenshot="$work/audit-html.png" --window-size=1280,2000 "file://$work/audit.html" > /dev/null 2>> "$work/shots.log" || fail "no audit screenshot"
browse --screenshot="$work/assess-html.png" --window-size=1280,2900 "file://$work/assess.html" > /dev/null 2>> "$work/shots.log" || fail "no assess screenshot"
python3 - "$work/audit-html.png" "f4b4b4 c4e8c4" "$work/assess-html.png" "4e79a7 f28e2b 59a14f" <<'PY' || fail "a screenshot does not show what the page draws"
import struct, sys, zlib

def pixels(path):
    """The colours of an 8-bit, non-interlaced RGB or RGBA PNG (what chromium writes), unfiltered row by row."""
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', path + ': not a PNG'
    pos, idat, ihdr = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        if kind == b'IHDR':
            ihdr = struct.unpack('>IIBBBBB', data[pos + 8:pos + 8 + length])
        elif kind == b'IDAT':
            idat.append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    width, height, depth, ctype, _, _, interlace = ihdr
    assert depth == 8 and interlace == 0 and ctype in (2, 6), (path, ihdr)
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(b''.join(idat)), width * bpp
    prev, colours = bytearray(stride), set()
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif kind == 3:
            for i in range(stride):
                line[i] = (line[i] + (((line[i - bpp] if i >= bpp else 0) + prev[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a, b, c = (line[i - bpp] if i >= bpp else 0), prev[i], (prev[i - bpp] if i >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(bytes(line[i:i + 3]).hex() for i in range(0, stride, bpp))
        prev = line
    return width, height, colours

ok = True
for path, wanted in zip(sys.argv[1::2], sys.argv[2::2]):
    width, height, colours = pixels(path)
    missing = [c for c in wanted.split() if c not in colours]
    print(f"browser: {path.rsplit('/', 1)[-1]}: {width}x{height}, {len(colours)} colours" + (f", MISSING {missing}" if missing else ", the page's colours present"))
    ok = ok and width == 1280 and len(colours) > 50 and not missing
sys.exit(0 if ok else 1)
PY
if [ "$update_docs" -eq 1 ]; then
  cp "$work/audit-html.png" "$work/assess-html.png" docs/images/
  echo "browser: docs/images/audit-html.png and assess-html.png updated"
fi
echo "browser test: ok"
