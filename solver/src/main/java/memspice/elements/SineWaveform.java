package memspice.elements;

/**
 * SIN(vo va freq td theta phase): vo + va sin(phase) until td, then
 * vo + va * exp(-theta (t - td)) * sin(2 pi freq (t - td) + phase); phase in degrees. An omitted
 * (NaN) frequency is 1/tstop.
 */
final class SineWaveform implements Waveform {
    private final double vo;
    private final double va;
    private final double freq;
    private final double td;
    private final double theta;
    private final double phaseRad;

    SineWaveform(double vo, double va, double freq, double td, double theta, double phaseDeg) {
        this.vo = vo;
        this.va = va;
        this.freq = freq;
        this.td = td;
        this.theta = theta;
        this.phaseRad = Math.toRadians(phaseDeg);
    }

    @Override
    public Waveform bind(double step, double stop) {
        return Double.isNaN(freq) ? new SineWaveform(vo, va, 1 / stop, td, theta, Math.toDegrees(phaseRad)) : this;
    }

    @Override
    public double value(double t) {
        if (t < td) {
            return vo + va * Math.sin(phaseRad);
        }
        double s = t - td;
        double f = Double.isNaN(freq) ? 0 : freq;
        return vo + va * Math.exp(-theta * s) * Math.sin(2 * Math.PI * f * s + phaseRad);
    }

    @Override
    public double nextBreakpoint(double t) {
        return t < td ? td : Double.POSITIVE_INFINITY;
    }
}
