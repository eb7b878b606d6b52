#!/bin/sh
# Renders the HTML evaluation report with headless Chromium and checks that a
# non-blank picture came out. Exit 77 (CTest skip) when Chromium is missing.
# Usage: render_report.sh REPORT.html OUT.png
set -eu
report=$1
png=$2
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium is not installed; skipping" >&2
  exit 77
fi
if [ ! -s "$report" ]; then
  echo "no report at $report (run the quality_gate_samples test first)" >&2
  exit 1
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
rm -f "$png"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
  --hide-scrollbars --screenshot="$png" --window-size=1280,2400 "file://$(realpath "$report")" >/dev/null 2>&1 || true
if [ ! -s "$png" ]; then
  echo "chromium wrote no screenshot" >&2
  exit 1
fi
# Non-blank: many distinct colours (text, bars, charts), not one background.
/usr/bin/python3 - "$png" <<'PY'
import sys
from PIL import Image
image = Image.open(sys.argv[1]).convert("RGB")
colours = image.getcolors(maxcolors=1 << 20) or []
extrema = image.convert("L").getextrema()
print(f"{sys.argv[1]}: {image.size[0]}x{image.size[1]}, {len(colours)} colours, grey range {extrema}")
if len(colours) < 50 or extrema[1] - extrema[0] < 100:
    sys.exit("the screenshot is blank")
PY
