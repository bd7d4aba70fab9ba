#!/usr/bin/env bash
# Regenerates the ngspice 39 references of the DC golden suite: for every case NAME.cir in this
# folder it writes NAME.ngspice.raw (ngspice's binary raw format: little-endian doubles).
#
#   ./make-references.sh            all cases
#   ./make-references.sh NAME ...   only these cases (NAME or NAME.cir)
#
# A case runs as ngspice -b -n NAME.cir -r NAME.ngspice.raw, unless a sibling NAME.ngspice.cir
# exists: that variant is run instead, where ngspice needs another spelling of the same circuit
# (no F/H value=, no .dc DEC/OCT/LIST/parameter sweeps, its own limit(), reversed analysis order).
# A variant with a .control block writes NAME.ngspice.raw itself (one "Operating Point" plot per
# sweep point, appended with `set appendwrite`); one without is run with -r like a plain case.
#
# Fails (exit 1) if ngspice is missing or is not ngspice-39 (set NGSPICE_ANY_VERSION=1 to allow
# another), or if any case exits non-zero, prints an error, or leaves no readable raw file.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rawcheck="$here/../tools/rawcheck.py"

if ! command -v ngspice >/dev/null 2>&1; then
  echo "make-references.sh: ngspice is not on PATH (install ngspice 39, e.g. apt-get install ngspice)" >&2
  exit 1
fi
version="$(ngspice -v 2>&1 | grep -o 'ngspice-[0-9][0-9.]*' | head -n 1 || true)"
if [ "$version" != "ngspice-39" ] && [ -z "${NGSPICE_ANY_VERSION:-}" ]; then
  echo "make-references.sh: need ngspice-39, found '${version:-unknown}' (NGSPICE_ANY_VERSION=1 overrides)" >&2
  exit 1
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "make-references.sh: python3 is needed to check the raw files ($rawcheck)" >&2
  exit 1
fi

cd "$here"
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

cases=()
if [ "$#" -gt 0 ]; then
  for a in "$@"; do cases+=("${a%.cir}.cir"); done
else
  for c in *.cir; do
    case "$c" in *.ngspice.cir) ;; *) cases+=("$c") ;; esac
  done
fi

failed=0
for cir in "${cases[@]}"; do
  base="${cir%.cir}"
  raw="$base.ngspice.raw"
  log="$logs/$base.log"
  if [ ! -f "$cir" ]; then
    echo "FAIL $base: no $cir" >&2; failed=$((failed + 1)); continue
  fi
  input="$cir"
  [ -f "$base.ngspice.cir" ] && input="$base.ngspice.cir"
  rm -f "$raw"
  status=0
  if grep -qi '^[[:space:]]*\.control' "$input"; then
    ngspice -b -n "$input" >"$log" 2>&1 || status=$?
  else
    ngspice -b -n "$input" -r "$raw" >"$log" 2>&1 || status=$?
  fi
  problem=""
  if [ "$status" -ne 0 ]; then
    problem="ngspice exited with status $status"
  elif grep -Eqi 'error|fatal|warning|unknown|not found|could not|cannot|singular|no convergence|failed' "$log"; then
    problem="ngspice reported a problem"
  elif [ ! -s "$raw" ]; then
    problem="no $raw was written"
  elif ! python3 "$rawcheck" --check "$raw" 2>>"$log"; then
    problem="$raw is not a readable binary raw file"
  fi
  if [ -n "$problem" ]; then
    echo "FAIL $base ($input): $problem" >&2
    sed 's/^/    /' "$log" >&2
    rm -f "$raw"
    failed=$((failed + 1))
  else
    echo "ok   $base  <- $input"
  fi
done

if [ "$failed" -ne 0 ]; then
  echo "make-references.sh: $failed of ${#cases[@]} case(s) failed" >&2
  exit 1
fi
echo "make-references.sh: ${#cases[@]} reference(s) written with $version"
