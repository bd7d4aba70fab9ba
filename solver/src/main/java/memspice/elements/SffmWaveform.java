package memspice.elements;

/** SFFM(vo va fc mdi fs): vo + va * sin(2 pi fc t + mdi * sin(2 pi fs t)); omitted (NaN) fc and fs are 1/tstop. */
final class SffmWaveform implements Waveform {
    private final double vo;
    private final double va;
    private final double fc;
    private final double mdi;
    private final double fs;

    SffmWaveform(double vo, double va, double fc, double mdi, double fs) {
        this.vo = vo;
        this.va = va;
        this.fc = fc;
        this.mdi = mdi;
        this.fs = fs;
    }

    @Override
    public Waveform bind(double step, double stop) {
        return new SffmWaveform(vo, va, Double.isNaN(fc) ? 1 / stop : fc, mdi, Double.isNaN(fs) ? 1 / stop : fs);
    }

    @Override
    public double value(double t) {
        if (Double.isNaN(fc) || Double.isNaN(fs)) {
            return vo;
        }
        return vo + va * Math.sin(2 * Math.PI * fc * t + mdi * Math.sin(2 * Math.PI * fs * t));
    }

    @Override
    public double nextBreakpoint(double t) {
        return Double.POSITIVE_INFINITY;
    }
}
