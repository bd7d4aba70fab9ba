package memspice.elements;

/**
 * PWL(t1 v1 t2 v2 ...) with optional repeat from time r and delay td: linear interpolation,
 * constant before the first and after the last point (unless repeating).
 */
final class PwlWaveform implements Waveform {
    private final double[] t;
    private final double[] v;
    private final double repeat;
    private final double delay;

    PwlWaveform(double[] t, double[] v, double repeat, double delay) {
        this.t = t;
        this.v = v;
        this.repeat = repeat;
        this.delay = delay;
    }

    /** Maps absolute time into the table's time axis, folding repeats. */
    private double local(double time) {
        double s = time - delay;
        double last = t[t.length - 1];
        if (!Double.isNaN(repeat) && s > last) {
            double span = last - repeat;
            s = repeat + (s - last) % span;
        }
        return s;
    }

    @Override
    public double value(double time) {
        double s = local(time);
        if (s <= t[0]) {
            return v[0];
        }
        if (s >= t[t.length - 1]) {
            return v[v.length - 1];
        }
        int lo = 0;
        int hi = t.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] <= s) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double dt = t[hi] - t[lo];
        return dt == 0 ? v[hi] : v[lo] + (v[hi] - v[lo]) * (s - t[lo]) / dt;
    }

    @Override
    public double nextBreakpoint(double time) {
        double last = t[t.length - 1];
        double offset = delay;               // table time tk is at absolute time tk + offset
        if (!Double.isNaN(repeat) && time - delay >= last) {
            double span = last - repeat;
            long wraps = (long) Math.floor((time - delay - last) / span) + 1;
            offset = delay + wraps * span;
        }
        for (double tk : t) {
            double at = tk + offset;
            if (at > time * (1 + 1e-14) + 1e-30 && (offset == delay || tk > repeat)) {
                return at;
            }
        }
        if (Double.isNaN(repeat)) {
            return Double.POSITIVE_INFINITY;
        }
        offset += last - repeat;
        for (double tk : t) {
            if (tk > repeat) {
                return tk + offset;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
