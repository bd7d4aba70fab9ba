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
 * A linear inductor with branch current i from a to b: KCL gets +i at a, -i at b; the branch row is
 * {@code v(a) - v(b) - d/dt (L i) = 0}, i.e. f = v(a) - v(b), q = -L i. A short at DC.
 */
final class Inductor implements Device {
    private final String name;
    private final SourceLocation location;
    private final int a;
    private final int b;
    private final double inductance;
    private final double initialCurrent;
    private int branch;
    private int pa;
    private int pb;
    private int br;
    private int sAB;
    private int sBB;
    private int sRA;
    private int sRB;
    private int sRR;

    /**
     * @param inductance     H
     * @param initialCurrent A for {@code uic}, NaN if not given
     */
    Inductor(String name, SourceLocation location, int a, int b, double inductance, double initialCurrent) {
        this.name = name;
        this.location = location;
        this.a = a;
        this.b = b;
        this.inductance = inductance;
        this.initialCurrent = initialCurrent;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    /** The IC= current (A), NaN if none. */
    double initialCurrent() {
        return initialCurrent;
    }

    @Override
    public void allocate(AllocationContext ctx) {
        branch = ctx.branch("i(" + name + ")");
    }

    @Override
    public void setup(SetupContext ctx) {
        pa = ctx.position(a);
        pb = ctx.position(b);
        br = ctx.position(branch);
        sAB = ctx.slot(a, branch);
        sBB = ctx.slot(b, branch);
        sRA = ctx.slot(branch, a);
        sRB = ctx.slot(branch, b);
        sRR = ctx.slot(branch, branch);
    }

    @Override
    public void load(LoadContext ctx) {
        double i = ctx.x(br);
        ctx.addF(pa, i);
        ctx.addF(pb, -i);
        ctx.addG(sAB, 1.0);
        ctx.addG(sBB, -1.0);
        ctx.addF(br, ctx.x(pa) - ctx.x(pb));
        ctx.addG(sRA, 1.0);
        ctx.addG(sRB, -1.0);
        ctx.addQ(br, -inductance * i);
        ctx.addC(sRR, -inductance);
    }

    @Override
    public boolean isLinear() {
        return true;
    }

    @Override
    public void topology(TopologyContext ctx) {
        ctx.voltageDefined(a, b);
    }

    /** With uic, IC= is the initial branch current. */
    @Override
    public void applyInitialCondition(InitialConditionContext ctx) {
        if (!Double.isNaN(initialCurrent)) {
            ctx.setX(br, initialCurrent);
        }
    }

    @Override
    public OutputProbe probe(String quantity) {
        return quantity.equals("i") ? s -> s.x(br) : null;
    }
}
