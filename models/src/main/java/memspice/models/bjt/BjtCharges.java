package memspice.models.bjt;

import memspice.models.semi.Junction;

/**
 * Charges of the intrinsic junctions (Antognetti and Massobrio 1993, eqs. 2.57-2.60): base-emitter
 * qbe = depletion(vbe; CJE, VJE, MJE) + TF ibf / qb, base-collector qbc = depletion(vbc; CJC, VJC, MJC)
 * + TR ibr, in the NPN frame, with their exact derivatives. Pure function.
 */
final class BjtCharges {

    private BjtCharges() {
    }

    /** Junction charges and capacitances at (vbe, vbc) from an evaluation: {qbe, dqbe/dvbe, dqbe/dvbc, qbc, dqbc/dvbc}. */
    static void evaluate(BjtParams p, double vbe, double vbc, double[] gp, double[] out) {
        double qb = gp[GummelPoon.QB];
        double ibf = gp[GummelPoon.IBF];
        out[0] = Junction.depletionCharge(vbe, p.cje, p.vje, p.mje, p.fc) + p.tf * ibf / qb;
        out[1] = Junction.depletionCapacitance(vbe, p.cje, p.vje, p.mje, p.fc)
                + p.tf * (gp[GummelPoon.GBF] / qb - ibf / (qb * qb) * gp[GummelPoon.DQB_DVBE]);
        out[2] = -p.tf * ibf / (qb * qb) * gp[GummelPoon.DQB_DVBC];
        out[3] = Junction.depletionCharge(vbc, p.cjc, p.vjc, p.mjc, p.fc) + p.tr * gp[GummelPoon.IBR];
        out[4] = Junction.depletionCapacitance(vbc, p.cjc, p.vjc, p.mjc, p.fc) + p.tr * gp[GummelPoon.GBR];
    }
}
