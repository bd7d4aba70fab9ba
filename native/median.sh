#!/usr/bin/env bash
# Median wall time of K runs of a command (output discarded), with min, max and the load average:
#   native/median.sh 11 tools/target/native/memspice run op-64.cir --quiet
#   native/median.sh 11 env MEMSPICE_NATIVE=0 ./memspice run op-64.cir --quiet
# The numbers in docs/performance/native-image.md were printed by this script.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: native/median.sh K COMMAND [ARGS...]" >&2; exit 1; }
k=$1; shift
times=()
for ((i = 0; i < k; i++)); do
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "native/median.sh: run $((i + 1)) failed: $*" >&2; exit 1; }
  t1=$(date +%s%N)
  times+=($(( (t1 - t0) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median ${sorted[$((k / 2))]} ms (min ${sorted[0]}, max ${sorted[$((k - 1))]}, $k runs; load$(uptime | sed 's/.*load average//')): $*"
