package memspice.models.memristor;

import memspice.device.AllocationContext;
import memspice.device.Device;
import memspice.device.InitialConditionContext;
import memspice.device.LoadContext;
import memspice.device.OutputProbe;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.netlist.SourceLocation;

/**
 * A two-terminal memristor with its state x as a circuit unknown, solved implicitly with the node
 * voltages. Rows: KCL gets +I(v, x) at n+ and -I at n-, plus gmin across the terminals as a
 * convergence aid; the state row is {@code dx/dt - g(v, x) = 0} (q = x, f = -g) in transients and
 * {@code x - x0 = 0} in DC (the state holds its initial value). The Jacobian carries dI/dv, dI/dx,
 * dg/dv and dg/dx.
 *
 * <p>Newton limiting of the state: within one Newton solve the model is evaluated at a state that
 * moves at most a quarter of the state range per iteration and stays within 2 % of the range
 * outside the physical bounds; the stamp is the linearisation there ({@code f(xl) + G (x - xl)}),
 * and a limited iterate is never accepted as converged. Switching models (TEAM with alpha = 10)
 * otherwise send an iterate far outside the bounds, where their rates are astronomically large.
 *
 * <p>Outputs (Xyce names): {@code n(<name>_x)} the state, {@code n(<name>:r)} the resistance,
 * {@code i(<name>)} the current, {@code p(<name>)} (or {@code w(<name>)}) the power.
 */
public final class MemristorDevice implements Device {

    private final String name;
    private final SourceLocation location;
    private final int plus;
    private final int minus;
    private final MemristorModel model;
    private final double initial;
    private final double maxStep;
    private final double lo;
    private final double hi;
    private final MemristorEvaluation e = new MemristorEvaluation();
    private int state;
    private int p;
    private int m;
    private int x;
    private int sPP;
    private int sPM;
    private int sMP;
    private int sMM;
    private int sPX;
    private int sMX;
    private int sXP;
    private int sXM;
    private int sXX;
    private int memory = -1;
    private double gmin;

    public MemristorDevice(String name, SourceLocation location, int plus, int minus, MemristorModel model) {
        this.name = name;
        this.location = location;
        this.plus = plus;
        this.minus = minus;
        this.model = model;
        this.initial = model.initialState();
        double range = model.stateMax() - model.stateMin();
        this.maxStep = 0.25 * range;
        this.lo = model.stateMin() - 0.02 * range;
        this.hi = model.stateMax() + 0.02 * range;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SourceLocation location() {
        return location;
    }

    public MemristorModel model() {
        return model;
    }

    @Override
    public void allocate(AllocationContext ctx) {
        state = ctx.state("n(" + name + "_x)", model.stateTolerance());
    }

    @Override
    public void setup(SetupContext ctx) {
        p = ctx.position(plus);
        m = ctx.position(minus);
        x = ctx.position(state);
        sPP = ctx.slot(plus, plus);
        sPM = ctx.slot(plus, minus);
        sMP = ctx.slot(minus, plus);
        sMM = ctx.slot(minus, minus);
        sPX = ctx.slot(plus, state);
        sMX = ctx.slot(minus, state);
        sXP = ctx.slot(state, plus);
        sXM = ctx.slot(state, minus);
        sXX = ctx.slot(state, state);
        gmin = ctx.options().gmin;
        try {
            memory = ctx.limitingMemory(1);
        } catch (UnsupportedOperationException noLimiting) {
            memory = -1;
        }
    }

    /** The state the model is evaluated at: x limited against the previous iterate and the bounds. */
    private double limited(LoadContext ctx, double w) {
        if (memory < 0) {
            return w;
        }
        double xl = w;
        double previous = ctx.limitMemory(memory);
        if (!Double.isNaN(previous)) {
            xl = Math.max(previous - maxStep, Math.min(previous + maxStep, xl));
        }
        xl = Math.max(lo, Math.min(hi, xl));
        if (xl != w) {
            ctx.reportLimited();
        }
        ctx.setLimitMemory(memory, xl);
        return xl;
    }

    @Override
    public void load(LoadContext ctx) {
        double v = ctx.x(p) - ctx.x(m);
        double w = ctx.x(x);
        boolean dc = ctx.isDc();
        double xl = dc ? w : limited(ctx, w);
        model.evaluate(v, xl, e);
        double dx = w - xl;
        double i = e.current + e.dCurrentDx * dx + gmin * v;
        double g = e.dCurrentDv + gmin;
        ctx.addF(p, i);
        ctx.addF(m, -i);
        ctx.addG(sPP, g);
        ctx.addG(sPM, -g);
        ctx.addG(sMP, -g);
        ctx.addG(sMM, g);
        ctx.addG(sPX, e.dCurrentDx);
        ctx.addG(sMX, -e.dCurrentDx);
        // q = x in every mode: the transient's initial point is a DC solve whose q starts the history
        ctx.addQ(x, w);
        ctx.addC(sXX, 1.0);
        if (dc) {
            ctx.addF(x, w - initial);
            ctx.addG(sXX, 1.0);
        } else {
            ctx.addF(x, -(e.rate + e.dRateDx * dx));
            ctx.addG(sXP, -e.dRateDv);
            ctx.addG(sXM, e.dRateDv);
            ctx.addG(sXX, -e.dRateDx);
        }
    }

    /** With {@code uic} the state starts at its initial value (the DC solve that would set it is skipped). */
    @Override
    public void applyInitialCondition(InitialConditionContext ctx) {
        ctx.setX(x, initial);
    }

    @Override
    public void topology(TopologyContext ctx) {
        ctx.conducting(plus, minus);
    }

    /**
     * Outputs: "i" the current from n+ through the device (A, SPICE sign; the terminal current, the
     * gmin shunt included, so it balances KCL), "p" the power it absorbs
     * (W), "r" the resistance (ohm, as the model defines it), "x" the state.
     */
    @Override
    public OutputProbe probe(String quantity) {
        MemristorEvaluation ev = new MemristorEvaluation();
        return switch (quantity) {
            case "i" -> s -> {
                double v = s.x(p) - s.x(m);
                model.evaluate(v, s.x(x), ev);
                return ev.current + gmin * v;
            };
            case "p" -> s -> {
                double v = s.x(p) - s.x(m);
                model.evaluate(v, s.x(x), ev);
                return v * (ev.current + gmin * v);
            };
            case "r" -> s -> model.resistance(s.x(p) - s.x(m), s.x(x));
            case "x" -> s -> s.x(x);
            default -> null;
        };
    }
}
