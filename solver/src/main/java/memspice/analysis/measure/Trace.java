package memspice.analysis.measure;

/**
 * A sampled signal y(t) at the accepted time points of a run, read as the piecewise-linear curve
 * through them, as ngspice's .measure reads its vectors. Times are non-decreasing; a repeated time
 * (a breakpoint written twice) is a zero-length segment and is skipped where it would divide by zero.
 */
final class Trace {

    private final double[] t;
    private final double[] y;

    /** @param t times (s), non-decreasing, at least one; @param y values, same length. Not copied. */
    Trace(double[] t, double[] y) {
        if (t.length != y.length || t.length == 0) {
            throw new IllegalArgumentException("trace of " + t.length + " times and " + y.length + " values");
        }
        this.t = t;
        this.y = y;
    }

    double start() {
        return t[0];
    }

    double end() {
        return t[t.length - 1];
    }

    int size() {
        return t.length;
    }

    double time(int i) {
        return t[i];
    }

    double value(int i) {
        return y[i];
    }

    /** The index i of the segment [t_i, t_i+1] holding time x (clamped to the first and last segment). */
    int segment(double x) {
        int lo = 0;
        int hi = t.length - 1;
        if (hi == 0) {
            return 0;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** y at time x by linear interpolation; x must lie in [start, end]. */
    double at(double x) {
        int i = segment(x);
        if (i + 1 >= t.length) {
            return y[i];
        }
        double h = t[i + 1] - t[i];
        if (h <= 0) {
            return y[i + 1];
        }
        double s = (x - t[i]) / h;
        return y[i] + s * (y[i + 1] - y[i]);
    }

    /**
     * dy/dt at time x from the parabola through the three samples nearest x (second-order accurate
     * for smooth signals; ngspice 39 has no DERIV to compare with). With two samples, the chord slope.
     */
    double derivative(double x) {
        int n = t.length;
        if (n < 2) {
            return Double.NaN;
        }
        if (n == 2) {
            return (y[1] - y[0]) / (t[1] - t[0]);
        }
        int i = segment(x);
        // the three points: the segment's ends plus the nearer neighbour on either side
        int a;
        if (i == 0) {
            a = 0;
        } else if (i + 2 >= n) {
            a = n - 3;
        } else {
            a = (x - t[i - 1]) <= (t[i + 2] - x) ? i - 1 : i;
        }
        double x0 = t[a], x1 = t[a + 1], x2 = t[a + 2];
        double y0 = y[a], y1 = y[a + 1], y2 = y[a + 2];
        if (x1 <= x0 || x2 <= x1) {
            return (y[i + 1] - y[i]) / (t[i + 1] - t[i]);
        }
        // derivative of the Lagrange parabola
        return y0 * (2 * x - x1 - x2) / ((x0 - x1) * (x0 - x2))
                + y1 * (2 * x - x0 - x2) / ((x1 - x0) * (x1 - x2))
                + y2 * (2 * x - x0 - x1) / ((x2 - x0) * (x2 - x1));
    }

    /** The exact integral of the piecewise-linear curve over [a, b], a <= b inside [start, end]. */
    double integral(double a, double b) {
        return sweep(a, b, false);
    }

    /** The exact integral of the square of the piecewise-linear curve over [a, b]. */
    double integralOfSquare(double a, double b) {
        return sweep(a, b, true);
    }

    private double sweep(double a, double b, boolean square) {
        double sum = 0;
        double xPrev = a;
        double yPrev = at(a);
        for (int i = segment(a) + 1; i < t.length && t[i] < b; i++) {
            sum += piece(xPrev, yPrev, t[i], y[i], square);
            xPrev = t[i];
            yPrev = y[i];
        }
        return sum + piece(xPrev, yPrev, b, at(b), square);
    }

    private static double piece(double x0, double y0, double x1, double y1, boolean square) {
        double h = x1 - x0;
        if (h <= 0) {
            return 0;
        }
        return square ? h * (y0 * y0 + y0 * y1 + y1 * y1) / 3 : h * (y0 + y1) / 2;
    }

    /**
     * The extreme of the piecewise-linear curve over [a, b]: it is at a sample or a window end.
     *
     * @return {value, time}
     */
    double[] extreme(double a, double b, boolean max) {
        double best = at(a);
        double when = a;
        for (int i = segment(a) + 1; i < t.length && t[i] < b; i++) {
            if (max ? y[i] > best : y[i] < best) {
                best = y[i];
                when = t[i];
            }
        }
        double yb = at(b);
        if (max ? yb > best : yb < best) {
            best = yb;
            when = b;
        }
        return new double[] {best, when};
    }
}
