package memspice.models.mosfet;

import memspice.device.AllocationContext;
import memspice.device.Device;
import memspice.device.LoadContext;
import memspice.device.OutputProbe;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.models.semi.Conductance;
import memspice.models.semi.Junction;
import memspice.netlist.SourceLocation;

/**
 * A level-1 MOSFET: the {@link ShichmanHodges} channel between the internal drain and source (RD, RS
 * when given), bulk-drain and bulk-source junction diodes as in SPICE's level 1
 * (is (e^(v/vt) - 1) above -3 vt, the constant -is at and below it, plus gmin: ngspice manual, MOS1;
 * the SPICE2 diode's cubic reverse tail is not used here), depletion charges CBD, CBS on those junctions and
 * constant overlap capacitances CGSO W, CGDO W, CGBO L. No intrinsic (Meyer) gate capacitance. The
 * bulk junction voltages are limited across Newton iterations; the gate and drain voltages are not
 * (the square law does not need it).
 */
final class Mosfet implements Device {

    private static final int D = 0;
    private static final int G = 1;
    private static final int S = 2;
    private static final int B = 3;

    private final String name;
    private final SourceLocation location;
    private final MosParams p;
    private final int[] node = new int[4];   // d', g, s', b
    private final int drain;
    private final int source;
    private final Conductance rd;
    private final Conductance rs;
    private final int[] pos = new int[4];
    private final int[] slot = new int[16];
    private final double[] ch = new double[4];
    private int mem;
    private double kelvin;
    private double gminOption;

    Mosfet(String name, SourceLocation location, MosParams p, int d, int g, int s, int b) {
        this.name = name;
        this.location = location;
        this.p = p;
        this.drain = d;
        this.source = s;
        node[G] = g;
        node[B] = b;
        rd = p.gd > 0 ? new Conductance(p.gd) : null;
        rs = p.gs > 0 ? new Conductance(p.gs) : null;
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
        node[D] = rd != null ? ctx.internalNode("v(" + name + "#drain)") : drain;
        node[S] = rs != null ? ctx.internalNode("v(" + name + "#source)") : source;
    }

    @Override
    public void setup(SetupContext ctx) {
        for (int i = 0; i < 4; i++) {
            pos[i] = ctx.position(node[i]);
            for (int j = 0; j < 4; j++) {
                slot[4 * i + j] = ctx.slot(node[i], node[j]);
            }
        }
        if (rd != null) {
            rd.setup(ctx, drain, node[D]);
        }
        if (rs != null) {
            rs.setup(ctx, source, node[S]);
        }
        mem = ctx.limitingMemory(2);
        kelvin = ctx.options().temperatureKelvin();
        gminOption = ctx.options().gmin;
    }

    @Override
    public void load(LoadContext ctx) {
        double pol = p.polarity;
        double vs = ctx.x(pos[S]);
        double vgs = pol * (ctx.x(pos[G]) - vs);
        double vds = pol * (ctx.x(pos[D]) - vs);
        double vbs = pol * (ctx.x(pos[B]) - vs);
        ShichmanHodges.evaluate(p, vgs, vds, vbs, ch);
        double i = ch[ShichmanHodges.ID];
        double gg = ch[ShichmanHodges.DVGS];
        double gdd = ch[ShichmanHodges.DVDS];
        double gb = ch[ShichmanHodges.DVBS];
        ctx.addF(pos[D], pol * i);
        ctx.addF(pos[S], -pol * i);
        double gss = -(gg + gdd + gb);
        addG(ctx, D, D, gdd);
        addG(ctx, D, G, gg);
        addG(ctx, D, B, gb);
        addG(ctx, D, S, gss);
        addG(ctx, S, D, -gdd);
        addG(ctx, S, G, -gg);
        addG(ctx, S, B, -gb);
        addG(ctx, S, S, -gss);
        double vt = Junction.thermalVoltage(ctx.temperature());
        junction(ctx, S, vbs, vt, mem, p.cbs);
        junction(ctx, D, vbs - vds, vt, mem + 1, p.cbd);
        overlap(ctx, S, p.cgs);
        overlap(ctx, D, p.cgd);
        overlap(ctx, B, p.cgb);
        if (rd != null) {
            rd.load(ctx);
        }
        if (rs != null) {
            rs.load(ctx);
        }
    }

    /** The bulk junction from b to terminal t (S or D) at voltage vx = v(b) - v(t) in the own frame. */
    private void junction(LoadContext ctx, int t, double vx, double vt, int index, double cj0) {
        double old = ctx.limitMemory(index);
        double v = vx;
        if (!Double.isNaN(old)) {
            v = Junction.limit(vx, old, vt, Junction.criticalVoltage(vt, p.is));
            if (v != vx) {
                ctx.reportLimited();
            }
        }
        ctx.setLimitMemory(index, v);
        double gmin = ctx.gmin();
        double id = gmin * v;
        double g = gmin;
        if (v > -3 * vt) {
            id += p.is * (Junction.exp(v / vt) - 1);
            g += p.is * Junction.expDerivative(v / vt) / vt;
        } else {
            id -= p.is;
        }
        double q = Junction.depletionCharge(v, cj0, p.pb, p.mj, p.fc);
        double c = Junction.depletionCapacitance(v, cj0, p.pb, p.mj, p.fc);
        double dv = vx - v;
        double pol = p.polarity;
        ctx.addF(pos[B], pol * (id + g * dv));
        ctx.addF(pos[t], -pol * (id + g * dv));
        ctx.addQ(pos[B], pol * (q + c * dv));
        ctx.addQ(pos[t], -pol * (q + c * dv));
        stampPair(ctx, B, t, g, true);
        stampPair(ctx, B, t, c, false);
    }

    /** A linear capacitance between the gate and terminal t. */
    private void overlap(LoadContext ctx, int t, double c) {
        if (c == 0) {
            return;
        }
        double q = c * (ctx.x(pos[G]) - ctx.x(pos[t]));
        ctx.addQ(pos[G], q);
        ctx.addQ(pos[t], -q);
        stampPair(ctx, G, t, c, false);
    }

    private void stampPair(LoadContext ctx, int a, int b, double v, boolean conductance) {
        if (conductance) {
            addG(ctx, a, a, v);
            addG(ctx, a, b, -v);
            addG(ctx, b, a, -v);
            addG(ctx, b, b, v);
        } else {
            ctx.addC(slot[4 * a + a], v);
            ctx.addC(slot[4 * a + b], -v);
            ctx.addC(slot[4 * b + a], -v);
            ctx.addC(slot[4 * b + b], v);
        }
    }

    private void addG(LoadContext ctx, int row, int col, double v) {
        ctx.addG(slot[4 * row + col], v);
    }

    @Override
    public void topology(TopologyContext ctx) {
        ctx.conducting(drain, node[D]);
        ctx.conducting(source, node[S]);
        ctx.conducting(node[D], node[S]);
        ctx.conducting(node[B], node[S]);
        ctx.conducting(node[B], node[D]);
        ctx.sensing(node[G]);
    }

    /**
     * {@code i} / {@code id}: the conduction current into the drain terminal (A): channel current minus
     * the bulk-drain junction current, at the solution (charging currents not included).
     */
    @Override
    public OutputProbe probe(String quantity) {
        if (!quantity.equals("i") && !quantity.equals("id")) {
            return null;
        }
        double[] out = new double[4];
        double vt = Junction.thermalVoltage(kelvin);
        return sol -> {
            double pol = p.polarity;
            double vs = sol.x(pos[S]);
            ShichmanHodges.evaluate(p, pol * (sol.x(pos[G]) - vs), pol * (sol.x(pos[D]) - vs),
                    pol * (sol.x(pos[B]) - vs), out);
            double vbd = pol * (sol.x(pos[B]) - sol.x(pos[D]));
            double ibd = Junction.diodeCurrent(vbd, p.is, vt);
            return pol * (out[ShichmanHodges.ID] - ibd - gminOption * vbd);
        };
    }
}
