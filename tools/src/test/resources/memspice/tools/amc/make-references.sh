#!/usr/bin/env bash
# Regenerates the ngspice 39 references of the amc inverse tests: memspice writes the INV circuit
# (op-amps as netlists/opamps.lib subcircuits, A0=1e5, GBW=16 MHz), ngspice runs its .op and
# prints the op-amp outputs with 15 digits into NAME.ngspice.txt. Run from this directory.
# mixed_wired is the mixed matrix with 5-ohm, 1-fF wire segments (--rwire 5 --cwire 1f).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../../../.." && pwd)"
for name in example mixed mixed_wired; do
  base="${name%_wired}"
  extra=()
  if [ "$name" != "$base" ]; then extra=(--rwire 5 --cwire 1f); fi
  "$root/memspice" amc inverse --matrix "$here/${base}_A.csv" --rhs "$here/${base}_b.csv" "${extra[@]}" \
      --ngspice "$here/$name.ngspice.cir" --opamps-lib "$root/netlists/opamps.lib" >/dev/null
  # the deck carries an absolute .include; run a copy with the control block that prints the answer
  sed 's/^\.op$/.op\n.control\nset numdgt=15\nop\nprint v(c1) v(c2) v(c3)\n.endc/' "$here/$name.ngspice.cir" > /tmp/amc-$name.cir
  ngspice -b /tmp/amc-$name.cir 2>&1 | grep '^v(c' > "$here/$name.ngspice.txt"
  rm "$here/$name.ngspice.cir" /tmp/amc-$name.cir
done
