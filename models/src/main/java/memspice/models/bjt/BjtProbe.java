package memspice.models.bjt;

import memspice.device.OutputProbe;
import memspice.device.SolutionView;
import memspice.models.semi.Junction;

/**
 * A terminal current of a {@link Bjt} (A, into the terminal): transport and base currents plus the
 * charging currents of the junction charges, at the solution without limiting; the substrate
 * junction's current (gmin and CJS, into the substrate) is taken from the collector for NPN and from
 * the base for PNP. Positions are the intrinsic nodes, whose currents equal the terminals' by KCL.
 */
final class BjtProbe implements OutputProbe {

    static final int COLLECTOR = 0;
    static final int BASE = 1;
    static final int EMITTER = 2;

    private final BjtParams p;
    private final int which;
    private final int pc;
    private final int pb;
    private final int pe;
    private final int ps;
    private final int psj;
    private final double vt;
    private final double gmin;
    private final double[] gp = new double[GummelPoon.SIZE];
    private final double[] q = new double[5];

    BjtProbe(BjtParams p, int which, int pc, int pb, int pe, int ps, int psj, double vt, double gmin) {
        this.p = p;
        this.which = which;
        this.pc = pc;
        this.pb = pb;
        this.pe = pe;
        this.ps = ps;
        this.psj = psj;
        this.vt = vt;
        this.gmin = gmin;
    }

    @Override
    public double value(SolutionView sol) {
        double pol = p.polarity;
        double vbe = pol * (sol.x(pb) - sol.x(pe));
        double vbc = pol * (sol.x(pb) - sol.x(pc));
        double dbe = pol * (sol.dxdt(pb) - sol.dxdt(pe));
        double dbc = pol * (sol.dxdt(pb) - sol.dxdt(pc));
        GummelPoon.evaluate(p, vbe, vbc, vt, gmin, gp);
        BjtCharges.evaluate(p, vbe, vbc, gp, q);
        double ic = gp[GummelPoon.IC] - q[4] * dbc;
        double ib = gp[GummelPoon.IB] + (q[1] * dbe + q[2] * dbc) + q[4] * dbc;
        double vsx = pol * (sol.x(ps) - sol.x(psj));
        double isub = gmin * vsx + Junction.depletionCapacitance(vsx, p.cjs, p.vjs, p.mjs, p.fc)
                * pol * (sol.dxdt(ps) - sol.dxdt(psj));
        if (p.polarity > 0) {
            ic -= isub;
        } else {
            ib -= isub;
        }
        return pol * (which == COLLECTOR ? ic : which == BASE ? ib : -(ic + ib));
    }
}
