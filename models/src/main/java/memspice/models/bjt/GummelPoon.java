package memspice.models.bjt;

import memspice.models.semi.Junction;

/**
 * Gummel-Poon transport equations, level 1 (Antognetti and Massobrio 1993, eqs. 2.41-2.50), for an
 * NPN in its own frame (a PNP is evaluated with negated junction voltages):
 * <pre>
 *   ibf = IS (e^(vbe/(NF vt)) - 1)                   ibr = IS (e^(vbc/(NR vt)) - 1)
 *   ile = ISE (e^(vbe/(NE vt)) - 1) + gmin vbe       ilc = ISC (e^(vbc/(NC vt)) - 1) + gmin vbc
 *   q1 = 1 / (1 - vbc/VAF - vbe/VAR)                 q2 = ibf/IKF + ibr/IKR
 *   qb = q1 (1 + sqrt(1 + 4 q2)) / 2
 *   ic = (ibf - ibr)/qb - ibr/BR - ilc               ib = ibf/BF + ile + ibr/BR + ilc
 * </pre>
 * Every exponential continues below -3 n vt with SPICE2's reverse form ({@link Junction#diodeCurrent});
 * gmin sits across each junction on the base side (as in SPICE3), not in the transport current.
 * With VAF, VAR, IKF, IKR infinite this is the Ebers-Moll transport model. Pure function; writes
 * its results into a caller-owned array so nothing allocates.
 */
final class GummelPoon {

    /** Indices into the result array. */
    static final int IC = 0;
    static final int IB = 1;
    static final int DIC_DVBE = 2;
    static final int DIC_DVBC = 3;
    static final int DIB_DVBE = 4;
    static final int DIB_DVBC = 5;
    static final int IBF = 6;
    static final int GBF = 7;
    static final int IBR = 8;
    static final int GBR = 9;
    static final int QB = 10;
    static final int DQB_DVBE = 11;
    static final int DQB_DVBC = 12;
    static final int SIZE = 13;

    private GummelPoon() {
    }

    /**
     * @param p   the instance's parameters (area-scaled)
     * @param vbe base-emitter voltage in the NPN frame (V)
     * @param vbc base-collector voltage in the NPN frame (V)
     * @param vt  thermal voltage (V)
     * @param out length >= {@link #SIZE}: currents (A) into collector and base, their derivatives (S),
     *            the forward/reverse diode currents and conductances, and the base charge qb with its
     *            derivatives, for the diffusion charges
     */
    static void evaluate(BjtParams p, double vbe, double vbc, double vt, double gmin, double[] out) {
        double vtf = p.nf * vt;
        double vtr = p.nr * vt;
        double ibf = Junction.diodeCurrent(vbe, p.is, vtf);
        double gbf = Junction.diodeConductance(vbe, p.is, vtf);
        double ibr = Junction.diodeCurrent(vbc, p.is, vtr);
        double gbr = Junction.diodeConductance(vbc, p.is, vtr);
        // gmin sits across each junction as a base current, in parallel with the leakage diodes
        double ile = gmin * vbe;
        double gle = gmin;
        if (p.ise > 0) {
            ile += Junction.diodeCurrent(vbe, p.ise, p.ne * vt);
            gle += Junction.diodeConductance(vbe, p.ise, p.ne * vt);
        }
        double ilc = gmin * vbc;
        double glc = gmin;
        if (p.isc > 0) {
            ilc += Junction.diodeCurrent(vbc, p.isc, p.nc * vt);
            glc += Junction.diodeConductance(vbc, p.isc, p.nc * vt);
        }
        double q1 = 1.0 / (1.0 - vbc * p.invVaf - vbe * p.invVar);
        double dq1be = q1 * q1 * p.invVar;
        double dq1bc = q1 * q1 * p.invVaf;
        double qb = q1;
        double dqbbe = dq1be;
        double dqbbc = dq1bc;
        if (p.invIkf != 0.0 || p.invIkr != 0.0) {
            double q2 = ibf * p.invIkf + ibr * p.invIkr;
            double s = Math.sqrt(Math.max(1.0 + 4.0 * q2, 1e-30));
            qb = q1 * (1.0 + s) / 2.0;
            dqbbe = dq1be * (1.0 + s) / 2.0 + q1 / s * gbf * p.invIkf;
            dqbbc = dq1bc * (1.0 + s) / 2.0 + q1 / s * gbr * p.invIkr;
        }
        double it = (ibf - ibr) / qb;
        double ditbe = gbf / qb - it / qb * dqbbe;
        double ditbc = -gbr / qb - it / qb * dqbbc;
        out[IC] = it - ibr / p.br - ilc;
        out[IB] = ibf / p.bf + ile + ibr / p.br + ilc;
        out[DIC_DVBE] = ditbe;
        out[DIC_DVBC] = ditbc - gbr / p.br - glc;
        out[DIB_DVBE] = gbf / p.bf + gle;
        out[DIB_DVBC] = gbr / p.br + glc;
        out[IBF] = ibf;
        out[GBF] = gbf;
        out[IBR] = ibr;
        out[GBR] = gbr;
        out[QB] = qb;
        out[DQB_DVBE] = dqbbe;
        out[DQB_DVBC] = dqbbc;
    }
}
