package memspice.analysis.tran;

import memspice.analysis.SimulationOptions;
import memspice.circuit.UnknownKind;
import memspice.circuit.Unknowns;

/**
 * Detects trapezoidal ringing: on a node whose time constant is far below the step, the trapezoidal
 * rule is not L-stable, so any error in dq/dt (after a discontinuity the sources did not announce as
 * a breakpoint) survives with factor -1 per step: a current that alternates in sign while the charge
 * stays still. The signature is d = (trapezoidal dq/dt) - (backward difference of q): it flips sign
 * from one step to the next with nearly the same size, whereas on a smooth waveform d ~ h q''/2
 * keeps its sign between inflection points. When that happens on any node or branch row above the
 * truncation-error budget, the caller takes the next step with backward Euler, whose dq/dt is the backward
 * difference, which removes the oscillation in one step (the damping SPICE users get from
 * {@code method=gear}, applied only where needed).
 */
final class RingingDetector {

    private final int n;
    private final UnknownKind[] kinds;
    private final double[] lastDeviation;
    private int row = -1;

    RingingDetector(Unknowns unknowns) {
        this.n = unknowns.size();
        this.kinds = new UnknownKind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = unknowns.kind(i);
        }
        this.lastDeviation = new double[n];
    }

    /**
     * Checks an accepted trapezoidal step.
     *
     * @param qNew    charges at the new point
     * @param qOld    charges at the previous point
     * @param qdotNew dq/dt at the new point as the trapezoidal rule gave it
     * @param step    the step (s)
     * @return true when some row rings (its index is {@link #ringingRow()})
     */
    boolean ringsAfter(double[] qNew, double[] qOld, double[] qdotNew, double step, SimulationOptions o) {
        boolean rings = false;
        row = -1;
        for (int i = 0; i < n; i++) {
            double floor;
            switch (kinds[i]) {
                case NODE -> floor = o.abstol;
                case BRANCH -> floor = o.vntol;
                default -> {
                    continue;
                }
            }
            double backward = (qNew[i] - qOld[i]) / step;
            double d = qdotNew[i] - backward;
            // the error budget of the truncation-error check (trtol times the rate tolerance): the
            // trapezoidal dq/dt always carries a small alternating part from its start-up step, which
            // is only worth a backward-Euler step once it exceeds what the step control accepts
            double tol = o.trtol * (floor + o.reltol * Math.max(Math.abs(qdotNew[i]), Math.abs(backward)));
            double last = lastDeviation[i];
            if (!rings && d * last < 0 && Math.abs(d) > tol && Math.abs(last) > tol
                    && Math.abs(d) > 0.5 * Math.abs(last)) {
                rings = true;
                row = i;
            }
            lastDeviation[i] = d;
        }
        return rings;
    }

    /** Forgets the deviations (after a backward-Euler step or a breakpoint, which end any ringing). */
    void reset() {
        java.util.Arrays.fill(lastDeviation, 0.0);
    }

    /** The row found ringing by the last check, or -1. */
    int ringingRow() {
        return row;
    }
}
