#!/bin/sh
# Regenerates the ngspice 39 reference outputs of the device golden suite:
# NAME.cir and tran/NAME.cir -> NAME.ngspice.raw beside them (binary raw files). Run from anywhere;
# needs ngspice on PATH.
# The test (tools/src/test/java/memspice/tools/golden/GoldenDeviceSuiteTest.java) reads the
# committed raw files and needs no ngspice.
set -e
cd "$(dirname "$0")"
ngspice --version | head -2
for cir in *.cir tran/*.cir; do
    base=${cir%.cir}
    ngspice -b "$cir" -r "$base.ngspice.raw" > "$base.ngspice.log" 2>&1 || { cat "$base.ngspice.log"; exit 1; }
    rm -f "$base.ngspice.log"
    echo "$base.ngspice.raw"
done
