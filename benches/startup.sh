#!/usr/bin/env bash
# Start-up time: from process start to the first frame, SSI Coach against a bare eframe
# window with the same options (examples/bare_window.rs). Both close themselves after their
# first frame (SSI_COACH_EXIT_AFTER_FIRST_FRAME) or, for "data on screen", once the current
# client's dashboard is drawn (SSI_COACH_EXIT_AFTER_LOADED); hyperfine times whole runs under
# one virtual X display (Mesa software GL). Then the coach's folder of issue #19 (300 clients
# and a recruiter with 50,000 messages, examples/coach_folder.rs): the same timings, the peak
# resident memory of each (/usr/bin/time -v) and the folder's size.
#
# usage: benches/startup.sh            (needs: xvfb, hyperfine, Mesa; apt-get install them)
#        RUNS=10 benches/startup.sh    (fewer runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-40}
cargo build --profile ci-package --bin ssi-coach --example bare_window --example startup_data \
  --example coach_folder
app=target/ci-package/ssi-coach
bare=target/ci-package/examples/bare_window
data=$(mktemp -d)
coach=$(mktemp -d)
empty=$(mktemp -d)
# a realistic folder: the demo client plus a coach's client with 50,000 messages
target/ci-package/examples/startup_data "$data"
# a coach's folder: 300 clients and the recruiter (the current client)
target/ci-package/examples/coach_folder "$coach" >/dev/null
Xvfb :77 -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb; rm -rf "$data" "$coach" "$empty"' EXIT
sleep 1
export DISPLAY=:77 LIBGL_ALWAYS_SOFTWARE=1
first="env SSI_COACH_EXIT_AFTER_FIRST_FRAME=1"
loaded="env SSI_COACH_EXIT_AFTER_LOADED=1"
hyperfine -N --warmup 5 --runs "$runs" --export-markdown target/startup.md \
  -n "bare eframe window" "$first $bare" \
  -n "SSI Coach, empty folder" "$first $app --data-dir $empty" \
  -n "SSI Coach, demo + 50,000 messages: first frame" "$first $app --data-dir $data" \
  -n "SSI Coach, demo + 50,000 messages: data on screen" "$loaded $app --data-dir $data" \
  -n "SSI Coach, coach's folder: first frame" "$first $app --data-dir $coach" \
  -n "SSI Coach, coach's folder: current client's dashboard" "$loaded $app --data-dir $coach"
cat target/startup.md
echo
echo "peak resident memory (KB), $runs runs each would take long: 3 runs"
peak() { # command...
  for _ in 1 2 3; do
    /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1
  done | sort -n | tr '\n' ' '
}
echo "bare eframe window:                     $(peak $first $bare)"
echo "coach's folder, dashboard on screen:    $(peak $loaded $app --data-dir $coach)"
# everything read: the window stays open until the loading thread is done, then 1 s more
echo "coach's folder, every client read:      $(peak env SSI_COACH_EXIT_AFTER_ALL_LOADED=1 $app --data-dir $coach)"
echo
echo "folder size: $(du -sb "$coach/clients" | cut -f1) bytes in $(ls "$coach/clients" | wc -l) files;" \
  "the recruiter $(stat -c %s "$coach/clients/recruiter.ron") bytes"
