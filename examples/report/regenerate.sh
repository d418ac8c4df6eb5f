#!/usr/bin/env bash
# Regenerates the example case-worker report in this folder from the bundled example data
# (examples/src/main/resources/data, see docs/example-data.md): the job report of the road-construction
# helper job (bouwhelper-hasselt) for all 38 bundled candidates, in Dutch, written by the real
# `./matcher report` command, and its screenshot in Debian's headless Chromium with the flags of
# matcher-report's BrowserRenderTest (HeadlessChromium.FLAGS) and a fresh profile directory.
# Run from anywhere: examples/report/regenerate.sh. The footer carries the day it is run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/examples/report"
job="bouwhelper-hasselt"

chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium" ]; then
  echo "neither chromium nor chromium-browser is on the PATH (Debian: apt-get install -y chromium)" >&2
  exit 1
fi

cd "$root"
./matcher report --job "examples/src/main/resources/data/jobs/$job.json" \
  --candidates examples/src/main/resources/data/candidates \
  --lang nl --top 10 --out examples/report/job-report-nl.html

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# 3400 px high: the first redesign pair (4. F.) and the advisor's suggestions for it are in the picture.
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$out/job-report-nl.png" --window-size=1024,3400 \
  --hide-scrollbars "file://$out/job-report-nl.html" >/dev/null 2>"$profile/stderr.txt" \
  || { cat "$profile/stderr.txt" >&2; exit 1; }
[ -s "$out/job-report-nl.png" ] || { echo "chromium wrote no screenshot to $out/job-report-nl.png" >&2; exit 1; }
echo "wrote $out/job-report-nl.html and $out/job-report-nl.png"
