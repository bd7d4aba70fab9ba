package memspice.models.bjt;

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
 * A Gummel-Poon level-1 bipolar transistor (see {@link GummelPoon}) with constant RB, RC, RE behind
 * internal nodes, depletion charges on the intrinsic junctions (CJE, CJC, CJS), and diffusion charges
 * TF ibf/qb on base-emitter and TR ibr on base-collector (Antognetti and Massobrio 1993, eqs.
 * 2.57-2.60; the TF charge is applied at every bias, so it is smooth through vbe = 0). The substrate
 * junction (ngspice's default geometry: to the collector for NPN, vertical; to the base for PNP,
 * lateral) carries CJS and gmin only: SPICE's substrate saturation current ISS is 0 by default and not
 * modelled. Both junction
 * voltages are limited across Newton iterations ({@link Junction#limit}); the device loads its
 * linearisation at the limited voltages.
 */
final class Bjt implements Device {

    private final String name;
    private final SourceLocation location;
    private final BjtParams p;
    private final int c;
    private final int b;
    private final int e;
    private final int s;
    private final double[] r = new double[GummelPoon.SIZE];
    private final double[] chg = new double[5];
    private final Conductance rb;
    private final Conductance rc;
    private final Conductance re;
    private int ci;
    private int bi;
    private int ei;
    private int pc;
    private int pb;
    private int pe;
    private int ps;
    private final int[] slot = new int[9];   // rows c', b', e' x columns c', b', e'
    private int sSS;
    private int sSC;
    private int sCS;
    private int sJJ;
    private int psj;
    private int mem;
    private double kelvin;
    private double gminOption;

    Bjt(String name, SourceLocation location, BjtParams p, int c, int b, int e, int s) {
        this.name = name;
        this.location = location;
        this.p = p;
        this.c = c;
        this.b = b;
        this.e = e;
        this.s = s;
        this.rb = p.gb > 0 ? new Conductance(p.gb) : null;
        this.rc = p.gc > 0 ? new Conductance(p.gc) : null;
        this.re = p.ge > 0 ? new Conductance(p.ge) : null;
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
        ci = rc != null ? ctx.internalNode("v(" + name + "#collector)") : c;
        bi = rb != null ? ctx.internalNode("v(" + name + "#base)") : b;
        ei = re != null ? ctx.internalNode("v(" + name + "#emitter)") : e;
    }

    @Override
    public void setup(SetupContext ctx) {
        pc = ctx.position(ci);
        pb = ctx.position(bi);
        pe = ctx.position(ei);
        ps = ctx.position(s);
        int[] nodes = {ci, bi, ei};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                slot[3 * i + j] = ctx.slot(nodes[i], nodes[j]);
            }
        }
        int sj = p.polarity > 0 ? ci : bi;
        psj = ctx.position(sj);
        sSS = ctx.slot(s, s);
        sSC = ctx.slot(s, sj);
        sCS = ctx.slot(sj, s);
        sJJ = ctx.slot(sj, sj);
        if (rb != null) {
            rb.setup(ctx, b, bi);
        }
        if (rc != null) {
            rc.setup(ctx, c, ci);
        }
        if (re != null) {
            re.setup(ctx, e, ei);
        }
        mem = ctx.limitingMemory(2);
        kelvin = ctx.options().temperatureKelvin();
        gminOption = ctx.options().gmin;
    }

    @Override
    public void load(LoadContext ctx) {
        double vt = Junction.thermalVoltage(ctx.temperature());
        double pol = p.polarity;
        double vbeX = pol * (ctx.x(pb) - ctx.x(pe));
        double vbcX = pol * (ctx.x(pb) - ctx.x(pc));
        double vbe = limit(ctx, mem, vbeX, p.nf * vt);
        double vbc = limit(ctx, mem + 1, vbcX, p.nr * vt);
        GummelPoon.evaluate(p, vbe, vbc, vt, ctx.gmin(), r);
        double dbe = vbeX - vbe;
        double dbc = vbcX - vbc;
        // currents into c' and b' (NPN frame), linearised at the limited voltages
        double ic = r[GummelPoon.IC] + r[GummelPoon.DIC_DVBE] * dbe + r[GummelPoon.DIC_DVBC] * dbc;
        double ib = r[GummelPoon.IB] + r[GummelPoon.DIB_DVBE] * dbe + r[GummelPoon.DIB_DVBC] * dbc;
        ctx.addF(pc, pol * ic);
        ctx.addF(pb, pol * ib);
        ctx.addF(pe, -pol * (ic + ib));
        stamp(ctx, true, r[GummelPoon.DIC_DVBE], r[GummelPoon.DIC_DVBC], r[GummelPoon.DIB_DVBE], r[GummelPoon.DIB_DVBC]);
        // charges: qbe on b'-e', qbc on b'-c' (NPN frame)
        BjtCharges.evaluate(p, vbe, vbc, r, chg);
        double qbe = chg[0];
        double cbebe = chg[1];
        double cbebc = chg[2];
        double qbc = chg[3];
        double cbcbc = chg[4];
        qbe += cbebe * dbe + cbebc * dbc;
        qbc += cbcbc * dbc;
        ctx.addQ(pb, pol * (qbe + qbc));
        ctx.addQ(pe, -pol * qbe);
        ctx.addQ(pc, -pol * qbc);
        // d(charge into c')/d(vbe, vbc) = (0, -cbcbc); into b': (cbebe, cbebc + cbcbc)
        stamp(ctx, false, 0.0, -cbcbc, cbebe, cbebc + cbcbc);
        // substrate junction (to c' for NPN, vertical; to b' for PNP, lateral): gmin and CJS, no diode current
        double vsx = pol * (ctx.x(ps) - ctx.x(psj));
        double gmin = ctx.gmin();
        ctx.addF(ps, pol * gmin * vsx);
        ctx.addF(psj, -pol * gmin * vsx);
        double cs = Junction.depletionCapacitance(vsx, p.cjs, p.vjs, p.mjs, p.fc);
        double qs = Junction.depletionCharge(vsx, p.cjs, p.vjs, p.mjs, p.fc);
        ctx.addQ(ps, pol * qs);
        ctx.addQ(psj, -pol * qs);
        ctx.addG(sSS, gmin);
        ctx.addG(sSC, -gmin);
        ctx.addG(sCS, -gmin);
        ctx.addG(sJJ, gmin);
        ctx.addC(sSS, cs);
        ctx.addC(sSC, -cs);
        ctx.addC(sCS, -cs);
        ctx.addC(sJJ, cs);
        if (rb != null) {
            rb.load(ctx);
        }
        if (rc != null) {
            rc.load(ctx);
        }
        if (re != null) {
            re.load(ctx);
        }
    }

    /**
     * Stamps the 3x3 block of a quantity X into c' and b' (X into e' = -(Xc + Xb)) given its
     * derivatives by vbe = vb' - ve' and vbc = vb' - vc' (the polarity cancels: both the quantity and
     * the voltages flip sign for a PNP).
     */
    private void stamp(LoadContext ctx, boolean g, double cbe, double cbc, double bbe, double bbc) {
        add(ctx, g, slot[0], -cbc);            // (c', c')
        add(ctx, g, slot[1], cbe + cbc);       // (c', b')
        add(ctx, g, slot[2], -cbe);            // (c', e')
        add(ctx, g, slot[3], -bbc);
        add(ctx, g, slot[4], bbe + bbc);
        add(ctx, g, slot[5], -bbe);
        add(ctx, g, slot[6], cbc + bbc);
        add(ctx, g, slot[7], -(cbe + cbc + bbe + bbc));
        add(ctx, g, slot[8], cbe + bbe);
    }

    private static void add(LoadContext ctx, boolean g, int slot, double v) {
        if (g) {
            ctx.addG(slot, v);
        } else {
            ctx.addC(slot, v);
        }
    }

    /** The junction voltage to evaluate at, limited against the previous iteration's (see {@link Junction#limit}). */
    private double limit(LoadContext ctx, int index, double v, double vte) {
        double old = ctx.limitMemory(index);
        double out = v;
        if (!Double.isNaN(old)) {
            out = Junction.limit(v, old, vte, Junction.criticalVoltage(vte, p.is));
            if (out != v) {
                ctx.reportLimited();
            }
        }
        ctx.setLimitMemory(index, out);
        return out;
    }


    @Override
    public void topology(TopologyContext ctx) {
        ctx.conducting(c, ci);
        ctx.conducting(b, bi);
        ctx.conducting(e, ei);
        ctx.conducting(ci, ei);
        ctx.conducting(bi, ei);
        ctx.capacitive(s, p.polarity > 0 ? ci : bi);
    }

    /**
     * {@code ic}, {@code ib}, {@code ie} (and {@code i} = ic): the current into that terminal (A), see
     * {@link BjtProbe}.
     */
    @Override
    public OutputProbe probe(String quantity) {
        int which = switch (quantity) {
            case "i", "ic" -> BjtProbe.COLLECTOR;
            case "ib" -> BjtProbe.BASE;
            case "ie" -> BjtProbe.EMITTER;
            default -> -1;
        };
        return which < 0 ? null : new BjtProbe(p, which, pc, pb, pe, ps, psj, Junction.thermalVoltage(kelvin), gminOption);
    }
}
