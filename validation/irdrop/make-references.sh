#!/usr/bin/env bash
# Regenerates the ngspice 39 references for the in-memory IR-drop solver (memspice.tools.irdrop):
# writes each case's netlist with `memspice irdrop --netlist` (the array drawn from the given seed,
# driven by its first random test input), then runs ngspice -b on it into NAME.ngspice.raw.
# IrDropNgspiceTest rebuilds the same arrays through the API, checks that they print the committed
# netlists byte for byte, and compares the in-memory solution with the raw files.
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
"$ms" irdrop --rows 64 --rrow 1 --seed 3 --inputs 1 --netlist linear_64x64.cir >/dev/null
"$ms" irdrop --rows 16 --cols 20 --rrow 1.5 --rcol 0.7 --rdrv 40 --drive both --sense both --seed 4 --inputs 1 \
  --netlist linear_16x20_two_sided.cir >/dev/null
"$ms" irdrop --rows 12 --rrow 1 --rdrv 10 --drive both --sinh 5 --vmax 0.4 --seed 5 --inputs 1 \
  --netlist sinh_12x12.cir >/dev/null
for cir in linear_64x64.cir linear_16x20_two_sided.cir sinh_12x12.cir; do
  base="${cir%.cir}"
  log="$(ngspice -b -n "$cir" -r "$base.ngspice.raw" 2>&1)"
  if grep -qi "error" <<<"$log"; then
    echo "$log" >&2
    echo "make-references.sh: ngspice reported an error on $cir" >&2
    exit 1
  fi
  echo "wrote $base.ngspice.raw"
done
