#!/bin/bash
# idle-wakeups.sh [ROOT] — what an idle one-host daemon costs: makes a throwaway installation
# with the demo database from ROOT (default: this tree; dist/ must be built), runs one query,
# then counts the daemon's main-thread event-loop wakeups (epoll_pwait, `strace -c`) over 10 s
# and the CPU ticks (10 ms) of all its threads over 20 s (/proc/PID/task/*/stat). Needs strace.
# Run two builds one after the other to compare (BENCHMARKS.md, "An idle one-host daemon").
set -euo pipefail
ROOT=$(cd "${1:-$(dirname "$0")/..}" && pwd)
SCRATCH=$(mktemp -d /tmp/idle-wakeups-XXXXXX)
export II_SYSTEM=$SCRATCH/ii HOME=$SCRATCH/home
mkdir -p "$HOME"
trap 'node "$ROOT/bin/ingresd.js" --stop >/dev/null 2>&1 || true; rm -rf "$SCRATCH"' EXIT
node "$ROOT/bin/demodb.js" demo >/dev/null
PID=$(cat "$II_SYSTEM/run/ingresd.pid" | awk '{print $1}')
printf 'retrieve (x = 1)\n\\g\n' | node "$ROOT/bin/ingres.js" -s demo >/dev/null
sleep 2
WAKEUPS=$( (timeout 10 strace -c -p "$PID" 2>&1 || true) | awk '$NF == "epoll_pwait" {print $4}')
ticks() { cat /proc/"$PID"/task/*/stat 2>/dev/null | sed 's/.*) //' | awk '{sum += $12 + $13} END {print sum + 0}' || true; }
T0=$(ticks); sleep 20; T1=$(ticks)
echo "$ROOT: main-thread wakeups in 10 s: ${WAKEUPS:-?}; CPU ticks (10 ms) of all threads in 20 s: $((T1 - T0))"
