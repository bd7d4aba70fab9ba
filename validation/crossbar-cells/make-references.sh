#!/usr/bin/env bash
# Regenerates the ngspice 39 references for the crossbar cell types (memspice crossbar --cell):
# writes each case's netlist with `memspice crossbar` (random array from the given seed, tight
# .options, .op), then runs ngspice -b on it into NAME.ngspice.raw. CrossbarCellsNgspiceTest rebuilds
# the same arrays through the API, checks that they print the committed netlists byte for byte, and
# compares memspice's operating point with the raw files.
#
# Fails if ngspice is missing or is not ngspice-39 (NGSPICE_ANY_VERSION=1 allows another).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ms="$here/../../memspice"
if ! command -v ngspice >/dev/null 2>&1; then
  echo "make-references.sh: ngspice is not on PATH" >&2
  exit 1
fi
version="$(ngspice -v 2>&1 | grep -o 'ngspice-[0-9][0-9.]*' | head -n 1 || true)"
if [ "$version" != "ngspice-39" ] && [ -z "${NGSPICE_ANY_VERSION:-}" ]; then
  echo "make-references.sh: need ngspice-39, found '${version:-unknown}'" >&2
  exit 1
fi
cd "$here"
opts=".options reltol=1e-9 abstol=1e-15 vntol=1e-12"
cases=()
gen() { # name, then memspice crossbar options
  local name="$1"; shift
  "$ms" crossbar "$@" --analysis "$opts" --analysis .op -o "$name.cir" >/dev/null
  cases+=("$name.cir")
}
gen resistor_8x8    --rows 8  --vmax 0.2 --seed 10
gen 1t1r_8x8        --rows 8  --cell 1t1r --vg 1.8 --vmax 0.5 --seed 11
gen 1t1r_16x16      --rows 16 --cell 1t1r --vg 1.2 --vmax 0.5 --rwire 2.5 --seed 12
gen 1s1r_8x8        --rows 8  --cell 1s1r --vmax 1.0 --seed 13
gen 1s1r_16x16      --rows 16 --cell 1s1r --vmax 1.0 --rwire 2.5 --seed 14
gen memristor_8x8   --rows 8  --cell memristor --vmax 0.2 --seed 15
gen memristor_16x16 --rows 16 --cell memristor --vmax 0.2 --rwire 2.5 --seed 16
# Periphery cases (pairs, drivers, sample read-out, sinh cells, level grids): periphery-cases.txt
topts=".options reltol=1e-6 abstol=1e-15 vntol=1e-12"
while read -r name check args; do
  case "$name" in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2086
  if [ "$check" = tran ]; then
    "$ms" crossbar $args --analysis "$topts" --analysis ".tran 0.2n 30n 0 0.2n" -o "$name.cir" >/dev/null
    cases+=("$name.cir")
  else
    "$ms" crossbar $args --analysis "$opts" --analysis .op -o "$name.cir" >/dev/null
    cases+=("$name.cir")
  fi
done < periphery-cases.txt
for cir in "${cases[@]}"; do
  base="${cir%.cir}"
  log="$(ngspice -b -n "$cir" -r "$base.ngspice.raw" 2>&1)"
  if grep -qi "error" <<<"$log"; then
    echo "$log" >&2
    echo "make-references.sh: ngspice reported an error on $cir" >&2
    exit 1
  fi
  if grep -q '^\.measure' "$cir"; then
    # ngspice runs .measure only without -r: a second run gives the "name = value" lines
    ngspice -b -n "$cir" 2>&1 | grep -E '^vs[0-9]+[[:space:]]+=' | sed -E 's/[[:space:]]+=[[:space:]]+/ = /' \
      > "$base.ngspice.measure"
    echo "wrote $base.ngspice.measure ($(wc -l < "$base.ngspice.measure") values)"
  fi
  echo "wrote $base.ngspice.raw"
done
