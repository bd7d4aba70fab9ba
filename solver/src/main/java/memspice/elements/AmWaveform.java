package memspice.elements;

/**
 * AM(va vo mf fc td): va * (vo + sin(2 pi mf (t - td))) * sin(2 pi fc (t - td)) after td, 0 before;
 * omitted (NaN) mf and fc are 1/tstop.
 */
final class AmWaveform implements Waveform {
    private final double va;
    private final double vo;
    private final double mf;
    private final double fc;
    private final double td;

    AmWaveform(double va, double vo, double mf, double fc, double td) {
        this.va = va;
        this.vo = vo;
        this.mf = mf;
        this.fc = fc;
        this.td = td;
    }

    @Override
    public Waveform bind(double step, double stop) {
        return new AmWaveform(va, vo, Double.isNaN(mf) ? 1 / stop : mf, Double.isNaN(fc) ? 1 / stop : fc, td);
    }

    @Override
    public double value(double t) {
        if (t < td || Double.isNaN(mf) || Double.isNaN(fc)) {
            return 0;
        }
        double s = t - td;
        return va * (vo + Math.sin(2 * Math.PI * mf * s)) * Math.sin(2 * Math.PI * fc * s);
    }

    @Override
    public double nextBreakpoint(double t) {
        return t < td ? td : Double.POSITIVE_INFINITY;
    }
}
