package memspice.analysis.tran;

/**
 * The integration formula for one step: {@code dq/dt(t_new) ~ alpha q_new + history}, with the
 * history terms computed from the accepted points. The same formula gives dx/dt for outputs.
 */
final class Formula {

    private final int length;
    private final double[] qHistory;
    private final double[] xHistory;
    private double alpha;

    Formula(int length) {
        this.length = length;
        this.qHistory = new double[length];
        this.xHistory = new double[length];
    }

    /**
     * Prepares the formula for the step to {@code tNew}.
     *
     * @param order 1 (backward Euler) or 2 (trapezoidal or Gear-2); Gear-2 needs two points
     */
    void prepare(IntegrationMethod method, int order, double tNew, TimeHistory h) {
        double step = tNew - h.time(0);
        double[] q0 = h.q(0);
        double[] x0 = h.x(0);
        if (order == 1 || method == IntegrationMethod.EULER) {
            alpha = 1.0 / step;
            for (int i = 0; i < length; i++) {
                qHistory[i] = -q0[i] * alpha;
                xHistory[i] = -x0[i] * alpha;
            }
        } else if (method == IntegrationMethod.TRAPEZOIDAL) {
            alpha = 2.0 / step;
            double[] qd = h.qdot();
            double[] xd = h.xdot();
            for (int i = 0; i < length; i++) {
                qHistory[i] = -q0[i] * alpha - qd[i];
                xHistory[i] = -x0[i] * alpha - xd[i];
            }
        } else {
            double previous = h.time(0) - h.time(1);
            double w = step / previous;
            alpha = (1 + 2 * w) / ((1 + w) * step);
            double c0 = -(1 + w) / step;
            double c1 = w * w / ((1 + w) * step);
            double[] q1 = h.q(1);
            double[] x1 = h.x(1);
            for (int i = 0; i < length; i++) {
                qHistory[i] = c0 * q0[i] + c1 * q1[i];
                xHistory[i] = c0 * x0[i] + c1 * x1[i];
            }
        }
    }

    double alpha() {
        return alpha;
    }

    /** The history term per row (dq/dt units). */
    double[] qHistory() {
        return qHistory;
    }

    /** dq/dt at the new point from its q. */
    void qdot(double[] q, double[] out) {
        for (int i = 0; i < length; i++) {
            out[i] = alpha * q[i] + qHistory[i];
        }
    }

    /** dx/dt at the new point from its x. */
    void xdot(double[] x, double[] out) {
        for (int i = 0; i < length; i++) {
            out[i] = alpha * x[i] + xHistory[i];
        }
    }
}
