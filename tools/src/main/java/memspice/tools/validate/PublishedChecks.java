package memspice.tools.validate;

/**
 * Features of a simulated memristor waveform that the published-parameter cases compare: the
 * worst difference from a reference, the state motion while the drive is between the switching
 * thresholds, the drive at every step in which the state moved, the loop pinch and the excursion
 * beyond the state's bounds. Arrays are samples at the simulator's accepted time points.
 */
final class PublishedChecks {

    private PublishedChecks() {
    }

    /** max_k |a_k - b_k|. */
    static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int k = 0; k < a.length; k++) {
            m = Math.max(m, Math.abs(a[k] - b[k]));
        }
        return m;
    }

    /** max_k a_k (-infinity for no values). */
    static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** min_k a_k (+infinity for no values). */
    static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** max_k |a_k|. */
    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /**
     * Total |change| of the state over the steps whose two ends both have the drive strictly
     * between the thresholds (uOn, uOff), where the published state equations give dx/dt = 0.
     */
    static double stillness(double[] drive, double[] x, double uOn, double uOff) {
        double sum = 0;
        for (int k = 0; k + 1 < x.length; k++) {
            if (inside(drive[k], uOn, uOff) && inside(drive[k + 1], uOn, uOff)) {
                sum += Math.abs(x[k + 1] - x[k]);
            }
        }
        return sum;
    }

    private static boolean inside(double u, double uOn, double uOff) {
        return u > uOn && u < uOff;
    }

    /**
     * Over the steps in which the state rose (fell) by more than {@code eps}, the largest ratio of
     * the off (on) threshold to the drive beyond it at the step's more-driven end. A step can only
     * move the state when the drive passed a threshold in it, so a correct run gives at most 1;
     * 0 when the state never moved.
     */
    static double onsetRatio(double[] drive, double[] x, double uOn, double uOff, double eps) {
        double worst = 0;
        for (int k = 0; k + 1 < x.length; k++) {
            double dx = x[k + 1] - x[k];
            if (dx > eps) {
                worst = Math.max(worst, uOff / Math.max(drive[k], drive[k + 1]));
            } else if (dx < -eps) {
                worst = Math.max(worst, uOn / Math.min(drive[k], drive[k + 1]));
            }
        }
        return worst < 0 ? Double.POSITIVE_INFINITY : worst;
    }

    /**
     * The loop pinch: at every sign change of v, the current linearly interpolated to v = 0, the
     * largest magnitude as a fraction of the peak current.
     */
    static double pinch(double[] v, double[] i) {
        double worst = 0;
        for (int k = 0; k + 1 < v.length; k++) {
            if (v[k] == 0) {
                worst = Math.max(worst, Math.abs(i[k]));
            } else if (v[k] * v[k + 1] < 0) {
                double s = v[k] / (v[k] - v[k + 1]);
                worst = Math.max(worst, Math.abs(i[k] + s * (i[k + 1] - i[k])));
            }
        }
        return worst / maxAbs(i);
    }

    /** The largest distance of the state beyond [lo, hi], 0 when it stays inside. */
    static double outside(double[] x, double lo, double hi) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.max(lo - v, v - hi));
        }
        return m;
    }

    /** The value of y at the first sample where {@code moved} becomes true, NaN if never. */
    static double firstWhere(double[] y, boolean[] moved) {
        for (int k = 0; k < y.length; k++) {
            if (moved[k]) {
                return y[k];
            }
        }
        return Double.NaN;
    }

    /**
     * The times (linearly interpolated) at which x crosses {@code level}, positive for an upward
     * and negative for a downward crossing.
     */
    static double[] crossings(double[] t, double[] x, double level) {
        java.util.List<Double> out = new java.util.ArrayList<>();
        for (int k = 0; k + 1 < x.length; k++) {
            double a = x[k] - level;
            double b = x[k + 1] - level;
            if (a < 0 && b >= 0 || a >= 0 && b < 0) {
                double tc = t[k] + (t[k + 1] - t[k]) * a / (a - b);
                out.add(b >= 0 ? tc : -tc);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The largest time difference between matching crossings (same order, same direction) of two
     * signals, or +infinity when they cross a different number of times or in other directions.
     */
    static double crossingError(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double worst = 0;
        for (int k = 0; k < a.length; k++) {
            if (Math.signum(a[k]) != Math.signum(b[k])) {
                return Double.POSITIVE_INFINITY;
            }
            worst = Math.max(worst, Math.abs(Math.abs(a[k]) - Math.abs(b[k])));
        }
        return worst;
    }

    /**
     * For every sample k, the distance from a_k to the nearest of b's samples within tau of t_k
     * (b taken as linear between its samples): a comparison that forgives an edge shifted by up to tau,
     * whose shift {@link #crossingError} measures separately. Returns the largest such distance.
     */
    static double maxDiffWithin(double[] t, double[] a, double[] b, double tau) {
        double m = 0;
        int lo = 0;
        for (int k = 0; k < t.length; k++) {
            while (t[lo] < t[k] - tau) {
                lo++;
            }
            double best = Math.min(Math.abs(a[k] - WaveformComparison.interpolate(t, b, t[k] - tau)), Math.abs(a[k] - WaveformComparison.interpolate(t, b, t[k] + tau)));
            for (int j = lo; j < t.length && t[j] <= t[k] + tau; j++) {
                best = Math.min(best, Math.abs(a[k] - b[j]));
                if (j + 1 < t.length && t[j + 1] <= t[k] + tau
                        && (a[k] - b[j]) * (a[k] - b[j + 1]) <= 0) {
                    best = 0;   // b passes through a_k between two of its samples inside the window
                }
            }
            m = Math.max(m, best);
        }
        return m;
    }

}
