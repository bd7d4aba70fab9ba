package memspice.elements;

/**
 * PULSE(v1 v2 td tr tf pw per np): v1 until td, linear rise to v2 over tr, v2 for pw, linear fall
 * over tf, back to v1 until the period ends; np periods (0 = forever). Omitted (NaN) tr and tf take
 * tstep, omitted pw and per take tstop, as in ngspice; a zero tr or tf given explicitly also takes
 * tstep (ngspice does the same).
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
    public Waveform bind(double step, double stop) {
        return new PulseWaveform(v1, v2, td, Double.isNaN(tr) ? step : tr, Double.isNaN(tf) ? step : tf,
                Double.isNaN(pw) ? stop : pw, Double.isNaN(per) ? stop : per, np);
    }

    private double rise() {
        return Double.isNaN(tr) ? 0 : tr;
    }

    private double fall() {
        return Double.isNaN(tf) ? 0 : tf;
    }

    private double width() {
        return Double.isNaN(pw) ? Double.POSITIVE_INFINITY : pw;
    }

    private double period() {
        return Double.isNaN(per) ? Double.POSITIVE_INFINITY : per;
    }

    @Override
    public double value(double t) {
        if (t < td) {
            return v1;
        }
        double local = t - td;
        double p = period();
        if (Double.isFinite(p)) {
            long k = (long) Math.floor(local / p);
            if (np > 0 && k >= np) {
                return v1;
            }
            local -= k * p;
        }
        double r = rise();
        double w = width();
        double f = fall();
        if (local < r) {
            return v1 + (v2 - v1) * local / r;
        }
        if (local <= r + w) {
            return v2;
        }
        if (local < r + w + f) {
            return v2 + (v1 - v2) * (local - r - w) / f;
        }
        return v1;
    }

    @Override
    public double nextBreakpoint(double t) {
        double local = t - td;
        if (local < 0) {
            return td;
        }
        double p = period();
        long k = Double.isFinite(p) ? (long) Math.floor(local / p) : 0;
        if (np > 0 && k >= np) {
            return Double.POSITIVE_INFINITY;
        }
        double base = td + (Double.isFinite(p) ? k * p : 0);
        double r = rise();
        double w = width();
        double[] corners = {r, r + w, r + w + fall(), p};
        for (double c : corners) {
            double at = base + c;
            if (at > t * (1 + 1e-14) + 1e-30) {
                return at;
            }
        }
        return Double.isFinite(p) ? base + p + r : Double.POSITIVE_INFINITY;
    }
}
