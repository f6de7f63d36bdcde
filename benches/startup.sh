#!/usr/bin/env bash
# Start-up time: from process start to the first frame, SSI Coach against a bare eframe
# window with the same options (examples/bare_window.rs). Both close themselves after their
# first frame; hyperfine times whole runs under one virtual X display (Mesa software GL).
#
# usage: benches/startup.sh            (needs: xvfb, hyperfine, Mesa; apt-get install them)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --profile ci-package --bin ssi-coach --example bare_window
app=target/ci-package/ssi-coach
bare=target/ci-package/examples/bare_window
data=$(mktemp -d)
# a realistic folder: the demo client plus a coach's client with 50,000 messages
cargo run -q --profile ci-package --example startup_data -- "$data"
Xvfb :77 -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb; rm -rf "$data"' EXIT
sleep 1
export DISPLAY=:77 SSI_COACH_EXIT_AFTER_FIRST_FRAME=1 LIBGL_ALWAYS_SOFTWARE=1
hyperfine -N --warmup 5 --runs 40 --export-markdown target/startup.md \
  -n "bare eframe window" "$bare" \
  -n "SSI Coach, empty folder" "$app --data-dir $(mktemp -d)" \
  -n "SSI Coach, demo + 50,000 messages: first frame" "$app --data-dir $data" \
  -n "SSI Coach, demo + 50,000 messages: data on screen" \
     "env -u SSI_COACH_EXIT_AFTER_FIRST_FRAME SSI_COACH_EXIT_AFTER_LOADED=1 $app --data-dir $data"
cat target/startup.md
