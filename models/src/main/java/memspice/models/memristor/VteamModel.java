package memspice.models.memristor;

import java.util.Set;

import memspice.device.InstanceCard;
import memspice.models.params.ParamSet;
import memspice.models.params.ParamValues;
import memspice.netlist.NetlistException;

/**
 * VTEAM, the voltage-threshold TEAM model (Kvatinsky, Ramadan, Friedman, Kolodny, IEEE TCAS-II
 * 62(8):786, 2015), selected by {@code model=vteam}: {@link TeamKinetics} driven by the voltage with
 * thresholds von < 0 < voff, and TEAM's linear or exponential I-V. Defaults are the paper's public
 * parameter set; the state is w in metres times {@code xscaling} (default 1e9: nm).
 */
final class VteamModel implements MemristorModel {

    static final ParamSet PARAMS = new ParamSet("VTEAM memristor (model=vteam)",
            "Kvatinsky et al., IEEE TCAS-II 62(8):786, 2015");
    static final int RON = PARAMS.add("ron", 50, "ohm", "resistance at x = xon");
    static final int ROFF = PARAMS.add("roff", 1000, "ohm", "resistance at x = xoff");
    static final int KON = PARAMS.add("kon", -10, "m/s", "on-switching rate constant (negative)");
    static final int KOFF = PARAMS.add("koff", 5e-4, "m/s", "off-switching rate constant (positive)");
    static final int ALPHAON = PARAMS.add("alphaon", 3, "", "on-switching exponent");
    static final int ALPHAOFF = PARAMS.add("alphaoff", 1, "", "off-switching exponent");
    static final int VON = PARAMS.add("von", -0.2, "V", "on voltage threshold (negative)");
    static final int VOFF = PARAMS.add("voff", 0.02, "V", "off voltage threshold (positive)");
    static final int XON = PARAMS.add("xon", 0, "m", "state at the on bound");
    static final int XOFF = PARAMS.add("xoff", 3e-9, "m", "state at the off bound");
    static final int AON = PARAMS.add("aon", 0, "m", "Kvatinsky window on edge");
    static final int AOFF = PARAMS.add("aoff", 3e-9, "m", "Kvatinsky window off edge");
    static final int WC = PARAMS.add("wc", 1e-12, "m", "Kvatinsky window edge width");
    static final int WT = PARAMS.add("wt", 4, "", "window type: 0 none, 1 Joglekar, 2 Biolek, 3 Prodromakis, 4 Kvatinsky");
    static final int P = PARAMS.add("p", 1, "", "exponent of windows 1-3");
    static final int J = PARAMS.add("j", 1, "", "scale of the Prodromakis window");
    static final int IV = PARAMS.add("iv", 0, "", "I-V relation: 0 linear, 1 exponential");
    static final int XSCALING = PARAMS.add("xscaling", 1e9, "", "state unit per metre");
    static final int VMAX = PARAMS.add("vmax", 10, "m/s", "drift velocity saturation (memspice addition; 0: none)");
    static final int XO = PARAMS.add("xo", 0, "m", "initial state (before scaling)", "x0");

    static final MemristorKind KIND = new MemristorKind.Simple("vteam", 0, PARAMS, Set.of(),
            (v, card, m) -> new VteamModel(v, card));

    private final TeamKinetics kinetics;
    private final StateBounds bounds;
    private final double ron;
    private final double roff;
    private final boolean exponential;
    private final double xon;
    private final double span;
    private final double initial;

    VteamModel(ParamValues v, InstanceCard card) throws NetlistException {
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
        if (!(ron > 0 && roff > 0 && span > 0 && s > 0 && v.get(VOFF) > 0 && v.get(VON) < 0 && v.get(WC) > 0)) {
            throw card.error("VTEAM needs ron > 0, roff > 0, xoff > xon, xscaling > 0, voff > 0 > von and wc > 0");
        }
        exponential = v.get(IV) != 0;
        kinetics = new TeamKinetics(v.get(KON) * s, v.get(KOFF) * s, v.get(ALPHAON), v.get(ALPHAOFF), v.get(VON),
                v.get(VOFF), wt, v.get(P), v.get(J), v.get(AON) * s, v.get(AOFF) * s, v.get(WC) * s, xon, xon + span,
                v.get(VMAX) > 0 ? v.get(VMAX) * s : Double.POSITIVE_INFINITY);
        bounds = new StateBounds(xon, xon + span, 1e-3 * span);
        initial = v.get(XO) * s;
    }

    private double rRaw(double x) {
        double xn = (x - xon) / span;
        return exponential ? ron * SafeMath.exp(Math.log(roff / ron) * xn) : ron + (roff - ron) * xn;
    }

    @Override
    public void evaluate(double v, double x, MemristorEvaluation e) {
        double raw = rRaw(x);
        double r = Math.max(raw, 1e-3 * ron);
        double drdx = raw < 1e-3 * ron ? 0 : exponential
                ? ron * SafeMath.dexp(Math.log(roff / ron) * (x - xon) / span) * Math.log(roff / ron) / span
                : (roff - ron) / span;
        double i = v / r;
        e.current = i;
        e.dCurrentDv = 1 / r;
        e.dCurrentDx = -i / r * drdx;
        e.rate = kinetics.rate(v, x);
        e.dRateDv = kinetics.dRateDu;
        e.dRateDx = kinetics.dRateDx;
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
        return Math.max(rRaw(x), 1e-3 * ron);
    }
}
