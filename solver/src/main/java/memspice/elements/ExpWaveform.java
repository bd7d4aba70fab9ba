package memspice.elements;

/**
 * EXP(v1 v2 td1 tau1 td2 tau2): v1 until td1, exponential approach to v2 with tau1, from td2 an
 * exponential return toward v1 with tau2. Omitted (NaN) tau1 and tau2 take tstep, td2 takes
 * td1 + tstep (ngspice).
 */
final class ExpWaveform implements Waveform {
    private final double v1;
    private final double v2;
    private final double td1;
    private final double tau1;
    private final double td2;
    private final double tau2;

    ExpWaveform(double v1, double v2, double td1, double tau1, double td2, double tau2) {
        this.v1 = v1;
        this.v2 = v2;
        this.td1 = td1;
        this.tau1 = tau1;
        this.td2 = td2;
        this.tau2 = tau2;
    }

    @Override
    public Waveform bind(double step, double stop) {
        return new ExpWaveform(v1, v2, td1, Double.isNaN(tau1) ? step : tau1, Double.isNaN(td2) ? td1 + step : td2,
                Double.isNaN(tau2) ? step : tau2);
    }

    @Override
    public double value(double t) {
        if (t <= td1 || Double.isNaN(tau1)) {
            return v1;
        }
        double v = v1 + (v2 - v1) * (1 - Math.exp(-(t - td1) / tau1));
        if (!Double.isNaN(td2) && t > td2) {
            v += (v1 - v2) * (1 - Math.exp(-(t - td2) / tau2));
        }
        return v;
    }

    @Override
    public double nextBreakpoint(double t) {
        if (t < td1) {
            return td1;
        }
        return !Double.isNaN(td2) && t < td2 ? td2 : Double.POSITIVE_INFINITY;
    }
}
