#!/usr/bin/env bash
# Regenerates the ngspice references of the transient golden suite (needs ngspice 39 on PATH).
# For every CASE.cir (its sibling CASE.ngspice.cir instead, where one exists):
#   ngspice -b NETLIST -r CASE.ngspice.raw     -> the binary raw file (all accepted time points)
#   ngspice -b NETLIST                         -> stdout; ngspice runs .measure only without -r, so
#                                                 this second run gives CASE.ngspice.measure: the
#                                                 "name = value" lines of its measurement block and
#                                                 "name failed" for each failed measurement
# Usage: validation/golden/tran/make-references.sh [CASE ...]
set -euo pipefail
cd "$(dirname "$0")"
command -v ngspice >/dev/null || { echo "ngspice not found" >&2; exit 1; }
ngspice -v 2>/dev/null | grep -m1 -o 'ngspice-[0-9.]*' > ngspice-version.txt || true
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  for f in *.cir; do
    case "$f" in *.ngspice.cir) continue ;; esac
    cases+=("${f%.cir}")
  done
fi
for c in "${cases[@]}"; do
  net="$c.cir"
  [ -f "$c.ngspice.cir" ] && net="$c.ngspice.cir"
  rm -f "$c.ngspice.raw" "$c.ngspice.measure"
  ngspice -b "$net" -r "$c.ngspice.raw" > "/tmp/$c.ngspice.log" 2>&1 \
    || { echo "$c: ngspice failed, see /tmp/$c.ngspice.log" >&2; exit 1; }
  if grep -qiE '^[[:space:]]*\.meas(ure)?[[:space:]]' "$net"; then
    ngspice -b "$net" > "/tmp/$c.ngspice.meas.log" 2>&1 || true
    {
      # the measurement block: "name = value [side values]" lines
      sed -n '/Measurements for Transient Analysis/,/^Total analysis time/p' "/tmp/$c.ngspice.meas.log" \
        | grep -E '^[A-Za-z_][A-Za-z0-9_]*[[:space:]]+=' | sed -E 's/[[:space:]]+=[[:space:]]+/ = /' || true
      # failures: " .meas tran NAME ... failed!"
      grep -E '^[[:space:]]*\.meas[a-z]*[[:space:]]+tran[[:space:]]+[^[:space:]]+.*failed!' "/tmp/$c.ngspice.meas.log" \
        | awk '{print tolower($3) " failed"}' || true
    } > "$c.ngspice.measure"
  fi
  echo "$c: $(stat -c %s "$c.ngspice.raw") bytes raw${c:+}$( [ -f "$c.ngspice.measure" ] && echo ", $(wc -l < "$c.ngspice.measure") measures")"
done
