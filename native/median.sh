#!/usr/bin/env bash
# Median wall time and median CPU time (user + system) of K runs of a command (output discarded),
# with min and max wall time and the load average:
#   native/median.sh 11 tools/target/native/memspice run op-64.cir --quiet
#   native/median.sh 11 env MEMSPICE_NATIVE=0 ./memspice run op-64.cir --quiet
# On a busy machine the wall time follows the other processes; the CPU time much less so.
# The numbers in docs/performance/native-image.md were printed by this script.
set -uo pipefail
[ $# -ge 2 ] || { echo "usage: native/median.sh K COMMAND [ARGS...]" >&2; exit 1; }
k=$1; shift
walls=(); cpus=()
TIMEFORMAT='%R %U %S'
for ((i = 0; i < k; i++)); do
  t=$( { time "$@" >/dev/null 2>&1 || echo FAILED >&2; } 2>&1 )
  case "$t" in *FAILED*) echo "native/median.sh: run $((i + 1)) failed: $*" >&2; exit 1 ;; esac
  read -r r u s <<<"$t"
  walls+=("$(awk -v r="$r" 'BEGIN { printf "%d", r * 1000 + 0.5 }')")
  cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000 + 0.5 }')")
done
w=($(printf '%s\n' "${walls[@]}" | sort -n)); c=($(printf '%s\n' "${cpus[@]}" | sort -n))
echo "median ${w[$((k / 2))]} ms wall (min ${w[0]}, max ${w[$((k - 1))]}), median ${c[$((k / 2))]} ms CPU," \
  "$k runs, load$(uptime | sed 's/.*load average//'): $*"
