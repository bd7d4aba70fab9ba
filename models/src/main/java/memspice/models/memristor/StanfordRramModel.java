package memspice.models.memristor;

import java.util.Set;

import memspice.device.InstanceCard;
import memspice.models.params.ParamSet;
import memspice.models.params.ParamValues;
import memspice.netlist.NetlistException;

/**
 * The Stanford-PKU RRAM model (Guan, Yu, Wong, IEEE TED 59(4):1172, 2012; Jiang et al., SISPAD 2014),
 * selected by {@code model=rram}. The state is the tunnelling gap g (m), kept in [gmin, gmax]:
 * <pre>
 *   I = I0 e^(-g/g0) sinh(V/V0)
 *   dg/dt = -Vel0 e^(-Ea/vT) sinh(gamma a0/tox V/vT),  vT = kB T / q,  gamma = gamma0 - beta (g/1nm)^3
 *   T = T0 + Rth V I            (V I >= 0 always, so this is T0 + |V I Rth|)
 * </pre>
 * The field threshold F_min of the published model (no gap motion while gamma |V|/tox < F_min) is
 * applied smoothly: gamma is multiplied by a logistic step of width 0.05 F_min centred on F_min, so
 * the rate stays differentiable. (That form of the threshold is this implementation's reading of
 * the model, unverified against its reference code.) Noise is not modelled.
 */
final class StanfordRramModel implements MemristorModel {

    private static final double KB_OVER_Q = 8.617333262e-5;   // V/K
    private static final double NM = 1e-9;

    static final ParamSet PARAMS = new ParamSet("Stanford-PKU RRAM (model=rram)",
            "Guan, Yu, Wong, IEEE TED 59(4):1172, 2012; Jiang et al., SISPAD 2014");
    static final int G0 = PARAMS.add("g0", 0.25e-9, "m", "gap decay length of the current");
    static final int V0 = PARAMS.add("v0", 0.25, "V", "sinh voltage of the current");
    static final int I0 = PARAMS.add("i0", 1e-3, "A", "current amplitude");
    static final int VEL0 = PARAMS.add("vel0", 10, "m/s", "gap velocity prefactor");
    static final int BETA = PARAMS.add("beta", 0.8, "", "gap dependence of the field enhancement");
    static final int GAMMA0 = PARAMS.add("gamma0", 16, "", "field enhancement factor");
    static final int EA = PARAMS.add("ea", 0.6, "eV", "activation energy");
    static final int A0 = PARAMS.add("a0", 0.25e-9, "m", "atomic hopping distance");
    static final int TOX = PARAMS.add("tox", 12e-9, "m", "oxide thickness");
    static final int T0 = PARAMS.add("t0", 298, "K", "ambient temperature");
    static final int RTH = PARAMS.add("rth", 2.1e3, "K/W", "thermal resistance");
    static final int FMIN = PARAMS.add("f_min", 1.4e9, "V/m", "field threshold of gap motion", "fmin");
    static final int GMIN = PARAMS.add("gap_min", 2e-10, "m", "smallest gap", "g_min");
    static final int GMAX = PARAMS.add("gap_max", 17e-10, "m", "largest gap", "g_max");
    static final int XO = PARAMS.add("xo", 2e-10, "m", "initial gap", "gap_ini", "g_ini");

    static final MemristorKind KIND = new MemristorKind.Simple("rram", 0, PARAMS, Set.of(),
            (v, card, m) -> new StanfordRramModel(v, card));

    private final double g0;
    private final double v0;
    private final double i0;
    private final double vel0;
    private final double beta;
    private final double gamma0;
    private final double ea;
    private final double a0;
    private final double tox;
    private final double t0;
    private final double rth;
    private final double fmin;
    private final double initial;
    private final StateBounds bounds;

    StanfordRramModel(ParamValues v, InstanceCard card) throws NetlistException {
        g0 = v.get(G0);
        v0 = v.get(V0);
        i0 = v.get(I0);
        vel0 = v.get(VEL0);
        beta = v.get(BETA);
        gamma0 = v.get(GAMMA0);
        ea = v.get(EA);
        a0 = v.get(A0);
        tox = v.get(TOX);
        t0 = v.get(T0);
        rth = v.get(RTH);
        fmin = v.get(FMIN);
        initial = v.get(XO);
        double lo = v.get(GMIN);
        double hi = v.get(GMAX);
        if (!(g0 > 0 && v0 > 0 && tox > 0 && t0 > 0 && rth >= 0 && fmin > 0 && hi > lo)) {
            throw card.error("rram needs g0, v0, tox, t0, f_min > 0, rth >= 0 and gap_max > gap_min");
        }
        bounds = new StateBounds(lo, hi, 1e-3 * (hi - lo));
    }

    @Override
    public void evaluate(double v, double g, MemristorEvaluation e) {
        double amp = i0 * SafeMath.exp(-g / g0);
        double i = amp * SafeMath.sinh(v / v0);
        double didv = amp * SafeMath.cosh(v / v0) / v0;
        double didg = -i / g0;
        e.current = i;
        e.dCurrentDv = didv;
        e.dCurrentDx = didg;
        // temperature and thermal voltage
        double t = t0 + rth * v * i;
        double dtdv = rth * (i + v * didv);
        double dtdg = rth * v * didg;
        double vt = KB_OVER_Q * t;
        // Arrhenius factor A = exp(-Ea/vT)
        double arr = Math.exp(-ea / vt);
        double dArrDt = arr * ea / (vt * t);
        // field enhancement with the smooth field threshold
        double gn = g / NM;
        double gamma = gamma0 - beta * gn * gn * gn;
        double dGammaDg = -3 * beta * gn * gn / NM;
        double width = 0.05 * fmin;
        double y = (gamma * Math.abs(v) / tox - fmin) / width;
        double s = SafeMath.logistic(y);
        double ds = SafeMath.dlogistic(y);
        double geff = gamma * s;
        double dGeffDv = gamma * ds * gamma * Math.signum(v) / tox / width;
        double dGeffDg = dGammaDg * s + gamma * ds * dGammaDg * Math.abs(v) / tox / width;
        double c = a0 / tox;
        double z = c * geff * v / vt;
        double dvtdv = KB_OVER_Q * dtdv;
        double dvtdg = KB_OVER_Q * dtdg;
        double dzdv = c * (dGeffDv * v / vt + geff / vt - geff * v / (vt * vt) * dvtdv);
        double dzdg = c * (dGeffDg * v / vt - geff * v / (vt * vt) * dvtdg);
        double sh = SafeMath.sinh(z);
        double ch = SafeMath.cosh(z);
        e.rate = -vel0 * arr * sh;
        e.dRateDv = -vel0 * (dArrDt * dtdv * sh + arr * ch * dzdv);
        e.dRateDx = -vel0 * (dArrDt * dtdg * sh + arr * ch * dzdg);
        bounds.apply(g, e);
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
    public double stateTolerance() {
        return 1e-15;
    }

    /** V / I, or V0 / (I0 e^(-g/g0)) at V = 0 (ohm). */
    @Override
    public double resistance(double v, double g) {
        double amp = i0 * SafeMath.exp(-g / g0);
        return Math.abs(v / v0) < 1e-9 ? v0 / amp : v / (amp * SafeMath.sinh(v / v0));
    }
}
