package memspice.models.opamp;

import memspice.device.AllocationContext;
import memspice.device.Device;
import memspice.device.LoadContext;
import memspice.device.OutputProbe;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.netlist.SourceLocation;

/**
 * A finite-gain op-amp {@code YOPAMP <name> <in+> <in-> <out> <model>}: differential input
 * vd = v(in+) - v(in-) + VOS (no input current), an optional dominant pole as a state y, smooth
 * rails and a Thevenin output stage referred to ground.
 *
 * <p>Rows (DAE form f + dq/dt = b):
 * <ul>
 *   <li>pole state y (V), with GBW: q = tau y, f = y - A0 vd, i.e. tau dy/dt = A0 vd - y with
 *       tau = A0 / (2 pi GBW). With SR in a transient, f = -tau SR tanh((A0 vd - y) / (tau SR)), so
 *       |dy/dt| <= SR and the small-signal behaviour is unchanged (tanh'(0) = 1); in DC both forms
 *       have the same root y = A0 vd and the linear one is used (Newton does not stall on tanh's
 *       flat tails there). Without GBW there is no state and u = A0 vd directly; with it u = y.</li>
 *   <li>output branch current i (A, flowing from the out node into the op-amp): KCL at out gets +i;
 *       the branch row is v(out) - L(u) - ROUT i = 0 with L the {@link RailLimiter}.</li>
 * </ul>
 * Because q and f are loaded in every mode, .tran and .ac see the pole; the device never sees the
 * time step.
 *
 * <p>Outputs: {@code i(<name>)} the current into the output terminal (SPICE sign: negative when the
 * op-amp sources current), {@code n(<name>_y)} the pole state.
 */
final class OpampDevice implements Device {

    private final String name;
    private final SourceLocation location;
    private final int inp;
    private final int inn;
    private final int out;
    private final OpampParameters par;
    private final RailLimiter limiter;
    private int branch;
    private int state = SetupContext.GROUND;
    private int pp;
    private int pn;
    private int po;
    private int pb;
    private int py;
    private int sOB;
    private int sBO;
    private int sBB;
    private int sBP;
    private int sBN;
    private int sBY;
    private int sYY;
    private int sYP;
    private int sYN;

    OpampDevice(String name, SourceLocation location, int inp, int inn, int out, OpampParameters par) {
        this.name = name;
        this.location = location;
        this.inp = inp;
        this.inn = inn;
        this.out = out;
        this.par = par;
        this.limiter = new RailLimiter(par.voh, par.vol, par.vsoft);
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
        if (par.tau > 0) {
            state = ctx.state("n(" + name + "_y)", 1e-6);
        }
    }

    @Override
    public void setup(SetupContext ctx) {
        pp = ctx.position(inp);
        pn = ctx.position(inn);
        po = ctx.position(out);
        pb = ctx.position(branch);
        sOB = ctx.slot(out, branch);
        sBO = ctx.slot(branch, out);
        sBB = par.rout > 0 ? ctx.slot(branch, branch) : 0;
        if (par.tau > 0) {
            py = ctx.position(state);
            sBY = ctx.slot(branch, state);
            sYY = ctx.slot(state, state);
            sYP = ctx.slot(state, inp);
            sYN = ctx.slot(state, inn);
        } else {
            sBP = ctx.slot(branch, inp);
            sBN = ctx.slot(branch, inn);
        }
    }

    @Override
    public void load(LoadContext ctx) {
        double vd = ctx.x(pp) - ctx.x(pn) + par.vos;
        double u;
        if (par.tau > 0) {
            double y = ctx.x(py);
            ctx.addQ(py, par.tau * y);
            ctx.addC(sYY, par.tau);
            if (ctx.isDc() || par.sr == 0) {
                ctx.addF(py, y - par.a0 * vd);
                ctx.addG(sYY, 1.0);
                ctx.addG(sYP, -par.a0);
                ctx.addG(sYN, par.a0);
            } else {
                double span = par.tau * par.sr;
                double z = (par.a0 * vd - y) / span;
                double c = Math.cosh(z);
                double sech2 = 1.0 / (c * c);
                ctx.addF(py, -span * Math.tanh(z));
                ctx.addG(sYY, sech2);
                ctx.addG(sYP, -par.a0 * sech2);
                ctx.addG(sYN, par.a0 * sech2);
            }
            u = y;
        } else {
            u = par.a0 * vd;
        }
        double k = limiter.slope(u);
        double i = ctx.x(pb);
        ctx.addF(po, i);
        ctx.addG(sOB, 1.0);
        ctx.addF(pb, ctx.x(po) - limiter.value(u) - par.rout * i);
        ctx.addG(sBO, 1.0);
        ctx.addG(sBB, -par.rout);
        if (par.tau > 0) {
            ctx.addG(sBY, -k);
        } else {
            ctx.addG(sBP, -k * par.a0);
            ctx.addG(sBN, k * par.a0);
        }
    }

    @Override
    public boolean isLinear() {
        return par.voh == Double.POSITIVE_INFINITY && par.vol == Double.NEGATIVE_INFINITY && par.sr == 0;
    }

    @Override
    public void topology(TopologyContext ctx) {
        ctx.sensing(inp);
        ctx.sensing(inn);
        if (par.rout > 0) {
            ctx.conducting(out, SetupContext.GROUND);
        } else {
            ctx.voltageDefined(out, SetupContext.GROUND);
        }
    }

    @Override
    public OutputProbe probe(String quantity) {
        return switch (quantity) {
            case "i" -> s -> s.x(pb);
            case "y" -> par.tau > 0 ? s -> s.x(py) : null;
            default -> null;
        };
    }
}
