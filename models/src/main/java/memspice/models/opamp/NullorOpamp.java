package memspice.models.opamp;

import memspice.device.AllocationContext;
import memspice.device.Device;
import memspice.device.LoadContext;
import memspice.device.OutputProbe;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.netlist.SourceLocation;

/**
 * The ideal op-amp (a nullor): no input current, v(in+) - v(in-) + VOS = 0 enforced by the output
 * branch row, output current free (whatever the circuit needs). Only meaningful inside negative
 * feedback; without it the matrix is singular and the LU names the output branch.
 *
 * <p>Rows: KCL at out gets +i (i flows from the out node into the op-amp, SPICE sign); the branch
 * row is v(in+) - v(in-) + VOS = 0. Output {@code i(<name>)}: that current (A).
 */
final class NullorOpamp implements Device {

    private final String name;
    private final SourceLocation location;
    private final int inp;
    private final int inn;
    private final int out;
    private final double vos;
    private int branch;
    private int pp;
    private int pn;
    private int po;
    private int pb;
    private int sOB;
    private int sBP;
    private int sBN;

    /** @param vos input offset (V) */
    NullorOpamp(String name, SourceLocation location, int inp, int inn, int out, double vos) {
        this.name = name;
        this.location = location;
        this.inp = inp;
        this.inn = inn;
        this.out = out;
        this.vos = vos;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    @Override
    public void allocate(AllocationContext ctx) {
        branch = ctx.branch("i(" + name + ")");
    }

    @Override
    public void setup(SetupContext ctx) {
        pp = ctx.position(inp);
        pn = ctx.position(inn);
        po = ctx.position(out);
        pb = ctx.position(branch);
        sOB = ctx.slot(out, branch);
        sBP = ctx.slot(branch, inp);
        sBN = ctx.slot(branch, inn);
    }

    @Override
    public void load(LoadContext ctx) {
        ctx.addF(po, ctx.x(pb));
        ctx.addG(sOB, 1.0);
        ctx.addF(pb, ctx.x(pp) - ctx.x(pn) + vos);
        ctx.addG(sBP, 1.0);
        ctx.addG(sBN, -1.0);
    }

    @Override
    public boolean isLinear() {
        return true;
    }

    @Override
    public void topology(TopologyContext ctx) {
        ctx.sensing(inp);
        ctx.sensing(inn);
        ctx.voltageDefined(out, SetupContext.GROUND);
    }

    @Override
    public OutputProbe probe(String quantity) {
        return quantity.equals("i") ? s -> s.x(pb) : null;
    }
}
