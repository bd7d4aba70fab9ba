#!/bin/sh
# Regenerates the ngspice 39 references of the temperature cases of the device golden suite
# (temp_*.cir: diode, BJT, MOSFET DC at -40, 27 and 125 C; tran/charges_tran_t*.cir: junction charges
# at -40 and 125 C) -> NAME.ngspice.raw beside them. Run from anywhere; needs ngspice on PATH.
# GoldenDeviceSuiteTest reads the committed raw files (with every other case here) and needs no ngspice.
set -e
cd "$(dirname "$0")"
ngspice --version | head -2
for cir in temp_*.cir tran/charges_tran_t*.cir; do
    base=${cir%.cir}
    ngspice -b "$cir" -r "$base.ngspice.raw" > "$base.ngspice.log" 2>&1 || { cat "$base.ngspice.log"; exit 1; }
    rm -f "$base.ngspice.log"
    echo "$base.ngspice.raw"
done
