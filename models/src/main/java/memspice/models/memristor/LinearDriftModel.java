package memspice.models.memristor;

import java.util.Set;

import memspice.device.InstanceCard;
import memspice.models.params.ParamSet;
import memspice.models.params.ParamValues;
import memspice.netlist.NetlistException;

/**
 * The HP linear ion-drift memristor (Strukov, Snider, Stewart, Williams, Nature 453:80, 2008), selected
 * by {@code model=hp}, with the state x = w/D in [0, 1]:
 * <pre>
 *   v = (ron x + roff (1 - x)) i,   dx/dt = uv ron / D^2 i f(x)
 * </pre>
 * f is a window ({@link Windows}): 0 none, 1 Joglekar (default), 2 Biolek, 3 Prodromakis. With
 * {@code rinit} given, the initial state is x0 = (roff - rinit)/(roff - ron). Default parameters are
 * Biolek's SPICE model (Radioengineering 18:210, 2009). The resistance law holds the state at its
 * bounds (see {@link #r(double)}).
 */
final class LinearDriftModel implements MemristorModel {

    static final ParamSet PARAMS = new ParamSet("HP linear ion drift (model=hp)",
            "Strukov et al., Nature 453:80, 2008; windows: Joglekar 2009, Biolek 2009, Prodromakis 2011");
    static final int RON = PARAMS.add("ron", 100, "ohm", "resistance of the fully doped device (x = 1)");
    static final int ROFF = PARAMS.add("roff", 16e3, "ohm", "resistance of the undoped device (x = 0)");
    static final int D = PARAMS.add("d", 10e-9, "m", "film thickness");
    static final int UV = PARAMS.add("uv", 1e-14, "m^2/(V s)", "dopant mobility");
    static final int WT = PARAMS.add("wt", 1, "", "window: 0 none, 1 Joglekar, 2 Biolek, 3 Prodromakis");
    static final int P = PARAMS.add("p", 1, "", "window exponent");
    static final int J = PARAMS.add("j", 1, "", "Prodromakis window scale");
    static final int RINIT = PARAMS.add("rinit", 0, "ohm", "initial resistance; 0: use xo");
    static final int XO = PARAMS.add("xo", 0.314465409, "", "initial state w/D (Biolek's rinit = 11k)", "x0");

    static final MemristorKind KIND = new MemristorKind.Simple("hp", 0, PARAMS, Set.of(),
            (v, card, m) -> new LinearDriftModel(v, card));

    private final double ron;
    private final double roff;
    private final double k;
    private final int window;
    private final double p;
    private final double j;
    private final double initial;
    private final StateBounds bounds = new StateBounds(0, 1, 1e-3);

    LinearDriftModel(ParamValues v, InstanceCard card) throws NetlistException {
        ron = v.get(RON);
        roff = v.get(ROFF);
        double d = v.get(D);
        if (!(ron > 0 && roff > ron && d > 0)) {
            throw card.error("model=hp needs roff > ron > 0 and d > 0");
        }
        int wt = (int) v.get(WT);
        String bad = v.get(WT) != wt ? "wt must be an integer" : Windows.check(wt, false);
        if (bad != null) {
            throw card.error(bad);
        }
        window = wt;
        p = v.get(P);
        j = v.get(J);
        k = v.get(UV) * ron / (d * d);
        double rinit = v.get(RINIT);
        initial = rinit > 0 ? (roff - rinit) / (roff - ron) : v.get(XO);
    }

    /**
     * R(x) with x clamped to [0, 1]: the linear law extrapolated beyond the bounds reaches 0 ohm at
     * x = roff/(roff - ron), just above 1, where the current and the drift would diverge before the
     * soft bound stops the state.
     */
    private double r(double x) {
        double c = Math.max(0, Math.min(1, x));
        return ron * c + roff * (1 - c);
    }

    @Override
    public void evaluate(double v, double x, MemristorEvaluation e) {
        double r = r(x);
        double drdx = x < 0 || x > 1 ? 0 : ron - roff;
        double i = v / r;
        e.current = i;
        e.dCurrentDv = 1 / r;
        e.dCurrentDx = -i / r * drdx;
        boolean positive = i >= 0;
        double f = Windows.value(window, x, p, j, positive);
        double df = Windows.derivative(window, x, p, j, positive);
        e.rate = k * i * f;
        e.dRateDv = k * e.dCurrentDv * f;
        e.dRateDx = k * (e.dCurrentDx * f + i * df);
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
