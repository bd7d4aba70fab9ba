package memspice.analysis.tran;

import memspice.analysis.SimulationOptions;
import memspice.circuit.UnknownKind;
import memspice.circuit.Unknowns;

/**
 * Local truncation error control on the charges q, as SPICE does it: for every row the
 * (k+1)-th divided difference of q over the new point and the last k+1 accepted points stands for
 * q^(k+1); the step that keeps the error in dq/dt within {@code trtol * tol} is
 * {@code (trtol tol / (C |dd|))^(1/k)}, with tol the larger of a rate tolerance
 * {@code abstol + reltol max|dq/dt|} and a charge tolerance {@code reltol max(|q|, chgtol) / h}
 * (ngspice CKTterr; its trtol = 7 default is calibrated with the divided difference in place of the
 * derivative, so we scale the same way). Branch rows (inductor flux) use vntol for the rate;
 * state rows their own tolerance.
 *
 * <p>With {@link SimulationOptions#xyceerror} ({@code .options timeint}) state rows follow Xyce's convention
 * instead: the local error of the state x itself, {@code C |dd| h^(k+1)}, must stay within
 * {@code reltol max(|x_new|, |x_old|) + xtol}, xtol being the absolute tolerance the device declares
 * for its state ({@link Unknowns#stateTolerance}, e.g. 1e-6 of the state's range), with no trtol
 * factor and no rate term (Xyce Reference Guide, .OPTIONS TIMEINT RELTOL and ABSTOL: every solution
 * variable's local error is weighted by reltol |x| + abstol). The absolute part keeps a usable
 * tolerance where the state sits near 0, where a purely relative test would collapse the step.
 */
final class TruncationError {

    private final int n;
    private final UnknownKind[] kinds;
    private final double[] stateTolerance;
    private final double[] times = new double[TimeHistory.DEPTH + 1];
    private final double[] dd = new double[TimeHistory.DEPTH + 1];
    private int limitingRow = -1;

    TruncationError(Unknowns unknowns) {
        this.n = unknowns.size();
        this.kinds = new UnknownKind[n];
        this.stateTolerance = new double[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = unknowns.kind(i);
            stateTolerance[i] = unknowns.stateTolerance(i);
        }
    }

    /**
     * The largest step the error estimate allows for the next step. With fewer stored points than
     * order + 1 the estimate drops to the order the points support; on the very first step (one
     * point) it uses the known dq/dt there (a divided difference with the first time repeated), or
     * gives +infinity when that rate is unknown (uic).
     */
    double proposeStep(IntegrationMethod method, int order, double tNew, double[] qNew, double[] qdotNew,
                       TimeHistory h, SimulationOptions o) {
        int k0 = Math.min(order, h.count() - 1);
        boolean firstStep = k0 < 1;
        if (firstStep && !h.initialRateKnown()) {
            limitingRow = -1;
            return Double.POSITIVE_INFINITY;
        }
        order = Math.max(1, k0);
        int points = order + 2;
        times[0] = tNew;
        for (int k = 1; k < points; k++) {
            times[k] = h.time(Math.min(k - 1, h.count() - 1));
        }
        double step = tNew - times[1];
        double coefficient = method.errorCoefficient(order);
        double[] q0 = h.q(0);
        double[] qdot0 = h.qdot();
        double best = Double.POSITIVE_INFINITY;
        limitingRow = -1;
        for (int i = 0; i < n; i++) {
            if (qNew[i] == 0.0 && q0[i] == 0.0) {
                continue;
            }
            if (firstStep) {
                // q[t0, t0, t1] = (q[t0, t1] - dq/dt(t0)) / (t1 - t0), standing for q''/2 as below
                dd[0] = ((qNew[i] - q0[i]) / step - qdot0[i]) / step;
            } else {
                dd[0] = qNew[i];
                for (int k = 1; k < points; k++) {
                    dd[k] = h.q(k - 1)[i];
                }
                for (int level = 1; level < points; level++) {
                    for (int k = 0; k < points - level; k++) {
                        dd[k] = (dd[k] - dd[k + 1]) / (times[k] - times[k + level]);
                    }
                }
            }
            double rate = Math.max(Math.abs(qdotNew[i]), Math.abs(qdot0[i]));
            double charge = Math.max(Math.abs(qNew[i]), Math.abs(q0[i]));
            double tol;
            double floor;
            double factor = o.trtol;
            switch (kinds[i]) {
                case NODE -> {
                    tol = Math.max(o.abstol + o.reltol * rate, o.reltol * Math.max(charge, o.chgtol) / step);
                    floor = o.abstol;
                }
                case BRANCH -> {
                    tol = Math.max(o.vntol + o.reltol * rate, o.reltol * Math.max(charge, o.chgtol) / step);
                    floor = o.abstol;
                }
                default -> {
                    if (o.xyceerror) {
                        // Xyce: the state's own local error within reltol |x| + xtol, no trtol, no rate term
                        tol = (o.reltol * charge + stateTolerance[i]) / step;
                        factor = 1;
                    } else {
                        tol = Math.max(o.reltol * rate, o.reltol * Math.max(charge, stateTolerance[i]) / step);
                    }
                    floor = 1e-300;
                }
            }
            double del = factor * tol / Math.max(floor, coefficient * Math.abs(dd[0]));
            if (order == 2) {
                del = Math.sqrt(del);
            }
            if (del < best) {
                best = del;
                limitingRow = i;
            }
        }
        return best;
    }

    /** The row that set the last proposal, or -1. */
    int limitingRow() {
        return limitingRow;
    }
}
