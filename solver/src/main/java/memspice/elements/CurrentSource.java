package memspice.elements;

import memspice.device.DcSweepable;
import memspice.device.Device;
import memspice.device.LoadContext;
import memspice.device.OutputProbe;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.netlist.SourceLocation;

/**
 * An independent current source: current I(t) flows from n+ through the source to n-, i.e. it is
 * drawn out of node n+ and pushed into node n-.
 */
final class CurrentSource implements Device, DcSweepable {
    private final String name;
    private final SourceLocation location;
    private final int plus;
    private final int minus;
    private final SourceValue source;
    private final double nominal;
    private int p;
    private int m;

    CurrentSource(String name, SourceLocation location, int plus, int minus, SourceValue source) {
        this.name = name;
        this.location = location;
        this.plus = plus;
        this.minus = minus;
        this.source = source;
        this.nominal = source.dc();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    SourceValue source() {
        return source;
    }

    @Override
    public void setup(SetupContext ctx) {
        p = ctx.position(plus);
        m = ctx.position(minus);
    }

    @Override
    public void load(LoadContext ctx) {
        double i = source.value(ctx);
        ctx.addSource(p, -i);
        ctx.addSource(m, i);
    }

    /** The AC phasor mag * e^(j phase) drawn out of n+ and pushed into n- (A), as the DC value. */
    @Override
    public void loadAc(memspice.device.AcExcitation ctx) {
        double mag = source.acMagnitude();
        if (mag != 0.0) {
            double ph = Math.toRadians(source.acPhaseDegrees());
            double re = mag * Math.cos(ph);
            double im = mag * Math.sin(ph);
            ctx.add(p, -re, -im);
            ctx.add(m, re, im);
        }
    }

    @Override
    public boolean isLinear() {
        return true;
    }

    @Override
    public void topology(TopologyContext ctx) {
        ctx.currentSource(plus, minus);
    }

    @Override
    public void beginTransient(double step, double stop) {
        source.beginTransient(step, stop);
    }

    @Override
    public double nextBreakpoint(double t) {
        Waveform w = source.waveform();
        return w == null ? Double.POSITIVE_INFINITY : w.nextBreakpoint(t);
    }

    @Override
    public OutputProbe probe(String quantity) {
        return quantity.equals("i") ? s -> source.value(s.time() > 0, s.time()) : null;
    }

    @Override
    public double nominalDcValue() {
        return nominal;
    }

    @Override
    public void setDcValue(double value) {
        source.setDc(value);
    }

    @Override
    public String sweepType() {
        return "current";
    }
}
