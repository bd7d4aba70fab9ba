package memspice.elements;

/**
 * SIN(vo va freq td theta phase): vo until td, then
 * vo + va * exp(-theta (t - td)) * sin(2 pi freq (t - td) + phase); phase in degrees.
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
    public double value(double t) {
        if (t < td) {
            return vo + va * Math.sin(phaseRad);
        }
        double s = t - td;
        return vo + va * Math.exp(-theta * s) * Math.sin(2 * Math.PI * freq * s + phaseRad);
    }

    @Override
    public double nextBreakpoint(double t) {
        return t < td ? td : Double.POSITIVE_INFINITY;
    }
}
