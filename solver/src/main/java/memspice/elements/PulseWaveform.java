package memspice.elements;

/**
 * PULSE(v1 v2 td tr tf pw per np): v1 until td, linear rise to v2 over tr, v2 for pw, linear fall
 * over tf, back to v1 until the period ends; np periods (0 = forever). Zero rise or fall times are
 * kept as steps at the corner.
 */
final class PulseWaveform implements Waveform {
    private final double v1;
    private final double v2;
    private final double td;
    private final double tr;
    private final double tf;
    private final double pw;
    private final double per;
    private final int np;

    PulseWaveform(double v1, double v2, double td, double tr, double tf, double pw, double per, int np) {
        this.v1 = v1;
        this.v2 = v2;
        this.td = td;
        this.tr = tr;
        this.tf = tf;
        this.pw = pw;
        this.per = per;
        this.np = np;
    }

    @Override
    public double value(double t) {
        if (t < td) {
            return v1;
        }
        double local = t - td;
        if (Double.isFinite(per)) {
            long k = (long) Math.floor(local / per);
            if (np > 0 && k >= np) {
                return v1;
            }
            local -= k * per;
        }
        if (local < tr) {
            return v1 + (v2 - v1) * local / tr;
        }
        if (local <= tr + pw) {
            return v2;
        }
        if (local < tr + pw + tf) {
            return v2 + (v1 - v2) * (local - tr - pw) / tf;
        }
        return v1;
    }

    @Override
    public double nextBreakpoint(double t) {
        double local = t - td;
        if (local < 0) {
            return td;
        }
        long k = Double.isFinite(per) ? (long) Math.floor(local / per) : 0;
        if (np > 0 && k >= np) {
            return Double.POSITIVE_INFINITY;
        }
        double base = td + k * (Double.isFinite(per) ? per : 0);
        double[] corners = {tr, tr + pw, tr + pw + tf, Double.isFinite(per) ? per : Double.POSITIVE_INFINITY};
        for (double c : corners) {
            double at = base + c;
            if (at > t * (1 + 1e-14) + 1e-30) {
                return at;
            }
        }
        return base + per + tr;
    }
}
