#!/usr/bin/env bash
# Regenerates the ngspice 39 references of the op-amp cross-check: for every case NAME.cir (which
# uses memspice's YOPAMP device) it runs the twin NAME.ngspice.cir (the same circuit built from
# netlists/opamps.lib) as `ngspice -b NAME.ngspice.cir -r NAME.ngspice.raw`.
#
#   ./make-references.sh            all cases
#   ./make-references.sh NAME ...   only these cases
#
# Fails (exit 1) if ngspice is missing or is not ngspice-39 (NGSPICE_ANY_VERSION=1 allows another),
# if a case has no twin, or if ngspice exits non-zero, prints an error or leaves no raw file.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v ngspice >/dev/null 2>&1; then
  echo "make-references.sh: ngspice is not on PATH (install ngspice 39, e.g. apt-get install ngspice)" >&2
  exit 1
fi
version="$(ngspice -v 2>&1 | grep -o 'ngspice-[0-9][0-9.]*' | head -n 1 || true)"
if [ "$version" != "ngspice-39" ] && [ -z "${NGSPICE_ANY_VERSION:-}" ]; then
  echo "make-references.sh: need ngspice-39, found '${version:-unknown}' (NGSPICE_ANY_VERSION=1 overrides)" >&2
  exit 1
fi
cd "$here"
cases=()
if [ "$#" -gt 0 ]; then
  for c in "$@"; do cases+=("${c%.cir}"); done
else
  for f in *.cir; do
    case "$f" in *.ngspice.cir) ;; *) cases+=("${f%.cir}") ;; esac
  done
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for c in "${cases[@]}"; do
  if [ ! -f "$c.ngspice.cir" ]; then
    echo "make-references.sh: $c.cir has no twin $c.ngspice.cir" >&2
    exit 1
  fi
  rm -f "$c.ngspice.raw"
  if ! ngspice -b "$c.ngspice.cir" -r "$c.ngspice.raw" >"$log" 2>&1 || grep -qi 'error' "$log" || [ ! -s "$c.ngspice.raw" ]; then
    echo "make-references.sh: $c failed:" >&2
    cat "$log" >&2
    exit 1
  fi
  echo "$c.ngspice.raw"
done
