package memspice.models.memristor;

import java.util.Set;

import memspice.device.InstanceCard;
import memspice.models.params.ParamSet;
import memspice.models.params.ParamValues;
import memspice.netlist.NetlistException;

/**
 * The generalized memristive device model of Yakopcic, Taha, Subramanyam and Pino (IEEE TCAD
 * 32(8):1201, 2013), Xyce's memristor level 3:
 * <pre>
 *   I = a1 x sinh(b V) (V >= 0),  a2 x sinh(b V) (V < 0)                       eq. (1)
 *   g(V) = Ap (e^V - e^Vp) (V > Vp),  -An (e^-V - e^Vn) (V < -Vn),  0 else      eq. (2)
 *   dx/dt = eta g(V) f(x)                                                        eq. (6)
 *   f = e^(-alphap (x - xp)) wp(x)  if eta V >= 0 and x >= xp,  wp = (xp - x)/(1 - xp) + 1
 *   f = e^( alphan (x + xn - 1)) wn(x) if eta V < 0 and x <= 1 - xn, wn = x/(1 - xn)   eqs. (3)-(5)
 *   f = 1 otherwise.
 * </pre>
 * The state is dimensionless in [0, 1].
 */
final class YakopcicModel implements MemristorModel {

    static final ParamSet PARAMS = new ParamSet("Yakopcic memristor (level 3)",
            "Yakopcic, Taha, Subramanyam, Pino, IEEE TCAD 32(8):1201, 2013");
    static final int A1 = PARAMS.add("a1", 0.17, "A", "I-V amplitude for V >= 0");
    static final int A2 = PARAMS.add("a2", 0.17, "A", "I-V amplitude for V < 0");
    static final int B = PARAMS.add("b", 0.05, "1/V", "I-V sinh slope");
    static final int VP = PARAMS.add("vp", 0.16, "V", "positive switching threshold");
    static final int VN = PARAMS.add("vn", 0.15, "V", "negative switching threshold (magnitude)");
    static final int AP = PARAMS.add("ap", 4000, "1/s", "positive switching rate");
    static final int AN = PARAMS.add("an", 4000, "1/s", "negative switching rate");
    static final int XP = PARAMS.add("xp", 0.3, "", "state above which positive motion slows");
    static final int XN = PARAMS.add("xn", 0.5, "", "1 - xn: state below which negative motion slows");
    static final int ALPHAP = PARAMS.add("alphap", 1, "", "decay rate of positive motion");
    static final int ALPHAN = PARAMS.add("alphan", 5, "", "decay rate of negative motion");
    static final int ETA = PARAMS.add("eta", 1, "", "direction of state motion relative to the voltage (+1 or -1)");
    static final int XO = PARAMS.add("xo", 0.11, "", "initial state", "x0");

    static final MemristorKind KIND = new MemristorKind.Simple("yakopcic", 3, PARAMS, Set.of(),
            (v, card, m) -> new YakopcicModel(v, card));

    private final double a1;
    private final double a2;
    private final double b;
    private final double vp;
    private final double vn;
    private final double ap;
    private final double an;
    private final double xp;
    private final double xn;
    private final double alphap;
    private final double alphan;
    private final double eta;
    private final double initial;
    private final StateBounds bounds = new StateBounds(0, 1, 1e-3);

    YakopcicModel(ParamValues v, InstanceCard card) throws NetlistException {
        a1 = v.get(A1);
        a2 = v.get(A2);
        b = v.get(B);
        vp = v.get(VP);
        vn = v.get(VN);
        ap = v.get(AP);
        an = v.get(AN);
        xp = v.get(XP);
        xn = v.get(XN);
        alphap = v.get(ALPHAP);
        alphan = v.get(ALPHAN);
        eta = v.get(ETA);
        initial = v.get(XO);
        if (!(xp >= 0 && xp < 1 && xn >= 0 && xn < 1 && vp >= 0 && vn >= 0)) {
            throw card.error("Yakopcic needs 0 <= xp < 1, 0 <= xn < 1, vp >= 0 and vn >= 0");
        }
    }

    @Override
    public void evaluate(double v, double x, MemristorEvaluation e) {
        double a = v >= 0 ? a1 : a2;
        double s = SafeMath.sinh(b * v);
        e.current = a * x * s;
        e.dCurrentDv = a * x * b * SafeMath.cosh(b * v);
        e.dCurrentDx = a * s;
        double g;
        double dg;
        if (v > vp) {
            g = ap * (SafeMath.exp(v) - Math.exp(vp));
            dg = ap * SafeMath.dexp(v);
        } else if (v < -vn) {
            g = -an * (SafeMath.exp(-v) - Math.exp(vn));
            dg = an * SafeMath.dexp(-v);
        } else {
            g = 0;
            dg = 0;
        }
        double f = 1;
        double df = 0;
        if (eta * v >= 0) {
            if (x >= xp) {
                double ex = Math.exp(-alphap * (x - xp));
                double wp = (xp - x) / (1 - xp) + 1;
                f = ex * wp;
                df = -alphap * ex * wp - ex / (1 - xp);
            }
        } else if (x <= 1 - xn) {
            double ex = Math.exp(alphan * (x + xn - 1));
            double wn = x / (1 - xn);
            f = ex * wn;
            df = alphan * ex * wn + ex / (1 - xn);
        }
        e.rate = eta * g * f;
        e.dRateDv = eta * dg * f;
        e.dRateDx = eta * g * df;
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


    /** V / I, or its limit 1/(a x b) at V = 0 (ohm); infinite at x = 0. */
    @Override
    public double resistance(double v, double x) {
        double a = v >= 0 ? a1 : a2;
        return Math.abs(b * v) < 1e-9 ? 1 / (a * x * b) : v / (a * x * SafeMath.sinh(b * v));
    }
}
