package memspice.elements;

import memspice.device.AllocationContext;
import memspice.device.DcSweepable;
import memspice.device.Device;
import memspice.device.LoadContext;
import memspice.device.OutputProbe;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.netlist.SourceLocation;

/**
 * An independent voltage source v(n+) - v(n-) = V(t) with branch current i flowing from n+
 * through the source to n- (SPICE sign: a source delivering power has negative i).
 */
final class VoltageSource implements Device, DcSweepable {
    private final String name;
    private final SourceLocation location;
    private final int plus;
    private final int minus;
    private final SourceValue source;
    private final double nominal;
    private int branch;
    private int p;
    private int m;
    private int br;
    private int sPB;
    private int sMB;
    private int sBP;
    private int sBM;

    VoltageSource(String name, SourceLocation location, int plus, int minus, SourceValue source) {
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

    /** The source's value specification (AC and transient data). */
    SourceValue source() {
        return source;
    }

    @Override
    public void allocate(AllocationContext ctx) {
        branch = ctx.branch("i(" + name + ")");
    }

    @Override
    public void setup(SetupContext ctx) {
        p = ctx.position(plus);
        m = ctx.position(minus);
        br = ctx.position(branch);
        sPB = ctx.slot(plus, branch);
        sMB = ctx.slot(minus, branch);
        sBP = ctx.slot(branch, plus);
        sBM = ctx.slot(branch, minus);
    }

    @Override
    public void load(LoadContext ctx) {
        double i = ctx.x(br);
        ctx.addF(p, i);
        ctx.addF(m, -i);
        ctx.addG(sPB, 1.0);
        ctx.addG(sMB, -1.0);
        ctx.addF(br, ctx.x(p) - ctx.x(m));
        ctx.addG(sBP, 1.0);
        ctx.addG(sBM, -1.0);
        ctx.addSource(br, source.value(ctx));
    }

    /** The AC phasor mag * e^(j phase) on the branch row (V). */
    @Override
    public void loadAc(memspice.device.AcExcitation ctx) {
        double mag = source.acMagnitude();
        if (mag != 0.0) {
            double ph = Math.toRadians(source.acPhaseDegrees());
            ctx.add(br, mag * Math.cos(ph), mag * Math.sin(ph));
        }
    }

    @Override
    public boolean isLinear() {
        return true;
    }

    @Override
    public void topology(TopologyContext ctx) {
        ctx.voltageDefined(plus, minus);
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
        return quantity.equals("i") ? s -> s.x(br) : null;
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
        return "voltage";
    }
}
