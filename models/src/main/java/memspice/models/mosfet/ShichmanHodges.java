package memspice.models.mosfet;

/**
 * Level-1 MOSFET channel current (Shichman and Hodges, IEEE JSSC 3:285, 1968; Antognetti and
 * Massobrio 1993, eqs. 4.1-4.6) in the device's own (NMOS) frame:
 * <pre>
 *   von  = VTO + GAMMA (sqrt(PHI - vbs) - sqrt(PHI))   (vbs <= 0; for vbs > 0 the square root is
 *          continued by its tangent sqrt(PHI) - vbs / (2 sqrt(PHI)), floored at 0, as SPICE2 does)
 *   vgst = vgs - von
 *   id = 0                                              vgst <= 0
 *      = beta/2 vgst^2 (1 + LAMBDA vds)                 0 < vgst <= vds   (saturation)
 *      = beta vds (vgst - vds/2) (1 + LAMBDA vds)      vds < vgst        (linear)
 * </pre>
 * For vds < 0 drain and source exchange roles. The derivatives here are exact (for vbs > 0 the
 * body term uses the derivative of the tangent continuation itself).
 */
final class ShichmanHodges {

    static final int ID = 0;
    static final int DVGS = 1;
    static final int DVDS = 2;
    static final int DVBS = 3;

    private ShichmanHodges() {
    }

    /**
     * @param out {drain current (A, into the drain, own frame), d/dvgs, d/dvds, d/dvbs (S)}
     */
    static void evaluate(MosParams p, double vgs, double vds, double vbs, double[] out) {
        if (vds >= 0) {
            forward(p, vgs, vds, vbs, out);
        } else {
            forward(p, vgs - vds, -vds, vbs - vds, out);
            double gm = out[DVGS];
            double gds = out[DVDS];
            double gmbs = out[DVBS];
            out[ID] = -out[ID];
            out[DVGS] = -gm;
            out[DVDS] = gm + gds + gmbs;
            out[DVBS] = -gmbs;
        }
    }

    /** The normal-mode equations, vds >= 0. */
    private static void forward(MosParams p, double vgs, double vds, double vbs, double[] out) {
        double sqrtPhi = Math.sqrt(p.phi);
        double sarg;
        double dsarg;
        if (vbs <= 0) {
            sarg = Math.sqrt(p.phi - vbs);
            dsarg = -0.5 / sarg;
        } else {
            sarg = sqrtPhi - vbs / (2.0 * sqrtPhi);
            dsarg = -0.5 / sqrtPhi;
            if (sarg < 0) {
                sarg = 0;
                dsarg = 0;
            }
        }
        double vgst = vgs - (p.vto + p.gamma * (sarg - sqrtPhi));
        if (vgst <= 0) {
            out[ID] = 0;
            out[DVGS] = 0;
            out[DVDS] = 0;
            out[DVBS] = 0;
            return;
        }
        double clm = 1.0 + p.lambda * vds;
        double id;
        double gm;
        double gds;
        if (vgst <= vds) {
            id = 0.5 * p.beta * vgst * vgst * clm;
            gm = p.beta * vgst * clm;
            gds = 0.5 * p.beta * vgst * vgst * p.lambda;
        } else {
            double core = vds * (vgst - 0.5 * vds);
            id = p.beta * core * clm;
            gm = p.beta * vds * clm;
            gds = p.beta * (vgst - vds) * clm + p.beta * core * p.lambda;
        }
        out[ID] = id;
        out[DVGS] = gm;
        out[DVDS] = gds;
        out[DVBS] = -gm * p.gamma * dsarg;
    }
}
