package memspice.elements;

import memspice.device.AllocationContext;
import memspice.device.Device;
import memspice.device.InitialConditionContext;
import memspice.device.LoadContext;
import memspice.device.OutputProbe;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.netlist.SourceLocation;

/**
 * A linear capacitor: charge q = C (v(a) - v(b)) on node a, -q on node b. Open at DC.
 *
 * <p>With {@code IC=} and {@link memspice.analysis.SimulationOptions#icop} (Xyce's semantics, on by
 * default for a netlist in Xyce dialect) the capacitor also has a branch current i_h: in every DC
 * solution (.op, the operating point before a transient, .dc points) the branch row is the hold
 * v(a) - v(b) = IC, a voltage source across the capacitor, and i_h leaves node a for node b; in
 * transient steps and in the .ac small-signal system the row is i_h = 0 and the capacitor is a
 * plain capacitor, starting from the charge C IC that the operating point gave it. Source: Xyce
 * Reference Guide, Capacitor, "Special note on Initial Conditions" ("the initial condition is
 * applied by inserting a voltage source across the capacitor to force the operating point to find
 * a solution with the capacitor charged to the specific voltage"). Without icop, IC= applies with
 * {@code uic} only (SPICE).
 */
final class Capacitor implements Device {
    private final String name;
    private final SourceLocation location;
    private final int a;
    private final int b;
    private final double capacitance;
    private final double initialVoltage;
    private final boolean hold;
    private int holdBranch;
    private int ph;
    private int sAH;
    private int sBH;
    private int sHA;
    private int sHB;
    private int sHH;
    private int pa;
    private int pb;
    private int sAA;
    private int sAB;
    private int sBA;
    private int sBB;

    /**
     * @param capacitance    F
     * @param initialVoltage V for {@code uic}, NaN if not given
     * @param holdAtDc       hold v(a) - v(b) at the IC= voltage in DC solutions (Xyce); ignored without IC=
     */
    Capacitor(String name, SourceLocation location, int a, int b, double capacitance, double initialVoltage,
              boolean holdAtDc) {
        this.name = name;
        this.location = location;
        this.a = a;
        this.b = b;
        this.capacitance = capacitance;
        this.initialVoltage = initialVoltage;
        this.hold = holdAtDc && !Double.isNaN(initialVoltage);
    }

    @Override
    public void allocate(AllocationContext ctx) {
        if (hold) {
            holdBranch = ctx.branch("i(" + name + "#ic)");
        }
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
        if (hold) {
            ph = ctx.position(holdBranch);
            sAH = ctx.slot(a, holdBranch);
            sBH = ctx.slot(b, holdBranch);
            sHA = ctx.slot(holdBranch, a);
            sHB = ctx.slot(holdBranch, b);
            sHH = ctx.slot(holdBranch, holdBranch);
        }
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
        if (hold) {
            double ih = ctx.x(ph);
            ctx.addF(pa, ih);
            ctx.addF(pb, -ih);
            ctx.addG(sAH, 1);
            ctx.addG(sBH, -1);
            if (ctx.isDc() && !ctx.isSmallSignal()) {
                ctx.addF(ph, ctx.x(pa) - ctx.x(pb));
                ctx.addG(sHA, 1);
                ctx.addG(sHB, -1);
                ctx.addSource(ph, initialVoltage);
            } else {
                ctx.addF(ph, ih);
                ctx.addG(sHH, 1);
            }
        }
    }

    /** Linear unless it holds its IC= in DC (the hold row then changes between DC and transient). */
    @Override
    public boolean isLinear() {
        return !hold;
    }

    /** Open at DC, or a voltage-defined branch when it holds its IC= in DC solutions. */
    @Override
    public void topology(TopologyContext ctx) {
        if (hold) {
            ctx.voltageDefined(a, b);
        } else {
            ctx.capacitive(a, b);
        }
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
