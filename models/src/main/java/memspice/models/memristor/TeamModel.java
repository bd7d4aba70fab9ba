package memspice.models.memristor;

import java.util.Set;

import memspice.device.InstanceCard;
import memspice.models.params.ParamSet;
import memspice.models.params.ParamValues;
import memspice.netlist.NetlistException;

/**
 * TEAM, the ThrEshold Adaptive Memristor model (Kvatinsky, Friedman, Kolodny, Weiser, IEEE TCAS-I
 * 60(1):211, 2013), Xyce's memristor level 2. Current-threshold kinetics ({@link TeamKinetics},
 * eqs. (5)-(7)); I-V linear, eq. (9): v = [ron + (roff - ron)(x - xon)/(xoff - xon)] i, or
 * exponential, eq. (11): v = ron exp(lambda (x - xon)/(xoff - xon)) i with lambda = ln(roff/ron).
 * The state is the width w in metres times {@code xscaling} (1e9 reports nm).
 */
final class TeamModel implements MemristorModel {

    static final ParamSet PARAMS = new ParamSet("TEAM memristor (level 2)",
            "Kvatinsky et al., IEEE TCAS-I 60(1):211, 2013");
    static final int RON = PARAMS.add("ron", 50, "ohm", "resistance at x = xon");
    static final int ROFF = PARAMS.add("roff", 1000, "ohm", "resistance at x = xoff");
    static final int KON = PARAMS.add("kon", -4.68e-22, "m/s", "on-switching rate constant (negative)");
    static final int KOFF = PARAMS.add("koff", 1.46e-18, "m/s", "off-switching rate constant (positive)");
    static final int ALPHAON = PARAMS.add("alphaon", 10, "", "on-switching exponent");
    static final int ALPHAOFF = PARAMS.add("alphaoff", 10, "", "off-switching exponent");
    static final int ION = PARAMS.add("ion", -8.9e-6, "A", "on current threshold (negative)");
    static final int IOFF = PARAMS.add("ioff", 115e-6, "A", "off current threshold (positive)");
    static final int XON = PARAMS.add("xon", 0, "m", "state at the on (low-resistance) bound");
    static final int XOFF = PARAMS.add("xoff", 3e-9, "m", "state at the off (high-resistance) bound");
    static final int AON = PARAMS.add("aon", 0, "m", "Kvatinsky window on edge");
    static final int AOFF = PARAMS.add("aoff", 3e-9, "m", "Kvatinsky window off edge");
    static final int WC = PARAMS.add("wc", 1e-12, "m", "Kvatinsky window edge width");
    static final int WT = PARAMS.add("wt", 4, "", "window type: 0 none, 1 Joglekar, 2 Biolek, 3 Prodromakis, 4 Kvatinsky");
    static final int P = PARAMS.add("p", 1, "", "exponent of windows 1-3");
    static final int J = PARAMS.add("j", 1, "", "scale of the Prodromakis window");
    static final int IV = PARAMS.add("iv", 0, "", "I-V relation: 0 linear (eq. 9), 1 exponential (eq. 11)");
    static final int XSCALING = PARAMS.add("xscaling", 1, "", "state unit per metre (1e9: the state is in nm)");
    static final int VMAX = PARAMS.add("vmax", 10, "m/s", "drift velocity saturation (memspice addition; 0: none)");
    static final int XO = PARAMS.add("xo", 0, "m", "initial state (before scaling)", "x0");

    static final MemristorKind KIND = new MemristorKind.Simple("team", 2, PARAMS, Set.of(),
            (v, card, m) -> new TeamModel(v, card));

    private final TeamKinetics kinetics;
    private final StateBounds bounds;
    private final double ron;
    private final double roff;
    private final boolean exponential;
    private final double xon;
    private final double span;
    private final double lambda;
    private final double initial;

    TeamModel(ParamValues v, InstanceCard card) throws NetlistException {
        double s = v.get(XSCALING);
        ron = v.get(RON);
        roff = v.get(ROFF);
        xon = v.get(XON) * s;
        span = (v.get(XOFF) - v.get(XON)) * s;
        int wt = (int) v.get(WT);
        String bad = v.get(WT) != wt ? "wt must be an integer" : Windows.check(wt, true);
        if (bad != null) {
            throw card.error(bad);
        }
        if (!(ron > 0 && roff > 0 && span > 0 && s > 0 && v.get(IOFF) > 0 && v.get(ION) < 0 && v.get(WC) > 0)) {
            throw card.error("TEAM needs ron > 0, roff > 0, xoff > xon, xscaling > 0, ioff > 0 > ion and wc > 0");
        }
        exponential = v.get(IV) != 0;
        lambda = Math.log(roff / ron);
        kinetics = new TeamKinetics(v.get(KON) * s, v.get(KOFF) * s, v.get(ALPHAON), v.get(ALPHAOFF), v.get(ION),
                v.get(IOFF), wt, v.get(P), v.get(J), v.get(AON) * s, v.get(AOFF) * s, v.get(WC) * s, xon, xon + span,
                v.get(VMAX) > 0 ? v.get(VMAX) * s : Double.POSITIVE_INFINITY);
        bounds = new StateBounds(xon, xon + span, 1e-3 * span);
        initial = v.get(XO) * s;
    }

    /** Resistance at state x (ohm); linear eq. (9) or exponential eq. (11), floored at 1e-3 ron. */
    private double r(double x) {
        double xn = (x - xon) / span;
        double r = exponential ? ron * SafeMath.exp(lambda * xn) : ron + (roff - ron) * xn;
        return Math.max(r, 1e-3 * ron);
    }

    private double drdx(double x) {
        double xn = (x - xon) / span;
        double r = exponential ? ron * SafeMath.exp(lambda * xn) : ron + (roff - ron) * xn;
        if (r < 1e-3 * ron) {
            return 0;
        }
        return exponential ? ron * SafeMath.dexp(lambda * xn) * lambda / span : (roff - ron) / span;
    }

    @Override
    public void evaluate(double v, double x, MemristorEvaluation e) {
        double r = r(x);
        double i = v / r;
        e.current = i;
        e.dCurrentDv = 1 / r;
        e.dCurrentDx = -i / r * drdx(x);
        e.rate = kinetics.rate(i, x);
        e.dRateDv = kinetics.dRateDu * e.dCurrentDv;
        e.dRateDx = kinetics.dRateDu * e.dCurrentDx + kinetics.dRateDx;
        bounds.apply(x, e);
    }

    @Override
    public StateBounds bounds() {
        return bounds;
    }

    @Override
    public double initialState() {
        return initial;
    }


    @Override
    public double resistance(double v, double x) {
        return r(x);
    }
}
