package memspice.elements;

import memspice.device.Device;
import memspice.device.InitialConditionContext;
import memspice.device.LoadContext;
import memspice.device.OutputProbe;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.netlist.SourceLocation;

/**
 * A linear capacitor: charge q = C (v(a) - v(b)) on node a, -q on node b. Open at DC.
 */
final class Capacitor implements Device {
    private final String name;
    private final SourceLocation location;
    private final int a;
    private final int b;
    private final double capacitance;
    private final double initialVoltage;
    private int pa;
    private int pb;
    private int sAA;
    private int sAB;
    private int sBA;
    private int sBB;

    /**
     * @param capacitance    F
     * @param initialVoltage V for {@code uic}, NaN if not given
     */
    Capacitor(String name, SourceLocation location, int a, int b, double capacitance, double initialVoltage) {
        this.name = name;
        this.location = location;
        this.a = a;
        this.b = b;
        this.capacitance = capacitance;
        this.initialVoltage = initialVoltage;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    /** The IC= voltage (V), NaN if none. */
    double initialVoltage() {
        return initialVoltage;
    }

    @Override
    public void setup(SetupContext ctx) {
        pa = ctx.position(a);
        pb = ctx.position(b);
        sAA = ctx.slot(a, a);
        sAB = ctx.slot(a, b);
        sBA = ctx.slot(b, a);
        sBB = ctx.slot(b, b);
    }

    @Override
    public void load(LoadContext ctx) {
        double q = capacitance * (ctx.x(pa) - ctx.x(pb));
        ctx.addQ(pa, q);
        ctx.addQ(pb, -q);
        ctx.addC(sAA, capacitance);
        ctx.addC(sAB, -capacitance);
        ctx.addC(sBA, -capacitance);
        ctx.addC(sBB, capacitance);
    }

    @Override
    public boolean isLinear() {
        return true;
    }

    @Override
    public void topology(TopologyContext ctx) {
        ctx.capacitive(a, b);
    }

    /**
     * With uic, IC= sets this capacitor's initial charge C * ic whatever the node voltages are (SPICE).
     * A grounded capacitor also sets its node's initial voltage, so that the t = 0 point reports the
     * state that charge describes rather than the 0 V it started from.
     */
    @Override
    public void applyInitialCondition(InitialConditionContext ctx) {
        if (!Double.isNaN(initialVoltage)) {
            if (b == SetupContext.GROUND && a != SetupContext.GROUND) {
                ctx.setX(pa, initialVoltage);
            } else if (a == SetupContext.GROUND && b != SetupContext.GROUND) {
                ctx.setX(pb, -initialVoltage);
            }
            double dq = capacitance * (initialVoltage - (ctx.x(pa) - ctx.x(pb)));
            ctx.addCharge(pa, dq);
            ctx.addCharge(pb, -dq);
        }
    }

    /** i: C d(v(a) - v(b))/dt, the current into node a's terminal. */
    @Override
    public OutputProbe probe(String quantity) {
        return quantity.equals("i") ? s -> capacitance * (s.dxdt(pa) - s.dxdt(pb)) : null;
    }
}
