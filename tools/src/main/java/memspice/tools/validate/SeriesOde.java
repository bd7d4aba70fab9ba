package memspice.tools.validate;

import java.util.function.DoubleUnaryOperator;

/**
 * The reference solution of a published-parameter case: a voltage source vs(t) driving a memristor
 * through a series resistance rs (0: straight across), integrated with classical fourth-order
 * Runge-Kutta on a fine fixed step, the state clamped to its bounds [lo, hi]. With rs > 0 the device
 * voltage solves vs - v - rs I(v, x) = 0 by bisection (I increases with v, so the root is unique
 * and lies between 0 and vs). This is a check of the circuit simulator (its implicit integrator,
 * Newton, step control and the device code) against the published equations; it does not involve
 * memspice's solver or models.
 */
final class SeriesOde {

    /** The reference state, device voltage and current at the requested times. */
    record Solution(double[] x, double[] v, double[] i) {
    }

    private final PublishedLaw law;
    private final DoubleUnaryOperator source;
    private final double rs;
    private final double lo;
    private final double hi;

    SeriesOde(PublishedLaw law, DoubleUnaryOperator source, double rs, double lo, double hi) {
        this.law = law;
        this.source = source;
        this.rs = rs;
        this.lo = lo;
        this.hi = hi;
    }

    /**
     * Integrates from times[0] (state x0) through every time in {@code times}.
     *
     * @param maxStep the largest RK4 step (s); each interval between two requested times is cut
     *                into equal steps no longer than this
     */
    Solution solve(double x0, double[] times, double maxStep) {
        int n = times.length;
        double[] xs = new double[n];
        double[] vs = new double[n];
        double[] is = new double[n];
        double x = clamp(x0);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                double span = times[k] - times[k - 1];
                int steps = Math.max(1, (int) Math.ceil(span / maxStep));
                double h = span / steps;
                double t = times[k - 1];
                for (int s = 0; s < steps; s++) {
                    double k1 = slope(t, x);
                    double k2 = slope(t + h / 2, clamp(x + h / 2 * k1));
                    double k3 = slope(t + h / 2, clamp(x + h / 2 * k2));
                    double k4 = slope(t + h, clamp(x + h * k3));
                    x = clamp(x + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4));
                    t += h;
                }
            }
            xs[k] = x;
            vs[k] = deviceVoltage(times[k], x);
            is[k] = law.current(vs[k], x);
        }
        return new Solution(xs, vs, is);
    }

    private double slope(double t, double x) {
        double v = deviceVoltage(t, x);
        return law.rate(v, law.current(v, x), x);
    }

    /** The device voltage at time t and state x. */
    double deviceVoltage(double t, double x) {
        double vs = source.applyAsDouble(t);
        if (rs == 0) {
            return vs;
        }
        double a = Math.min(0, vs);
        double b = Math.max(0, vs);
        for (int it = 0; it < 80 && b - a > 1e-15; it++) {
            double m = 0.5 * (a + b);
            if (vs - m - rs * law.current(m, x) > 0) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }

    private double clamp(double x) {
        return Math.max(lo, Math.min(hi, x));
    }
}
