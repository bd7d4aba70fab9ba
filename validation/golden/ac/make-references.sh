#!/usr/bin/env bash
# Regenerates the ngspice 39 references of the AC golden suite: for every case NAME.cir in this
# folder it runs `ngspice -b NAME.cir -r NAME.ngspice.raw` (binary raw file, a complex
# "AC Analysis" plot; ngspice writes every vector whatever .print asks).
#
#   ./make-references.sh            all cases
#   ./make-references.sh NAME ...   only these cases (NAME or NAME.cir)
#
# Fails (exit 1) if ngspice is missing or is not ngspice-39 (NGSPICE_ANY_VERSION=1 allows
# another), or if a case exits non-zero, prints an error, or leaves no raw file.
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
  for f in *.cir; do cases+=("${f%.cir}"); done
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for c in "${cases[@]}"; do
  rm -f "$c.ngspice.raw"
  if ! ngspice -b "$c.cir" -r "$c.ngspice.raw" >"$log" 2>&1 || grep -qi 'error' "$log" || [ ! -s "$c.ngspice.raw" ]; then
    echo "make-references.sh: $c failed:" >&2
    cat "$log" >&2
    exit 1
  fi
  echo "$c.ngspice.raw"
done
