#!/bin/sh
# Regenerates validation/amc-wires: 64 x 64 INV, relative error vs wire resistance per segment (0..5 ohm),
# for G0 = 100u, 10u, 1u S, nullor and A0 = 1e5 / GBW = 16 MHz op-amps. Run from the repository root.
# About 30 s on 2 cores. No ngspice needed (the reference column is memspice's own nodal model).
set -e
./memspice amc wires --n 64 --family fixed --lambda 0.5 --seed 1 --g0 100u,10u,1u --rwire-sweep 0,1,2,3,4,5 \
    --out validation/amc-wires | tee validation/amc-wires/output.txt
