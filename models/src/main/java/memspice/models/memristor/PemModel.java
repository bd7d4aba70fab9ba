package memspice.models.memristor;

import java.nio.file.Path;
import java.util.Set;

import memspice.device.InstanceCard;
import memspice.models.params.ParamSet;
import memspice.models.params.ParamValues;
import memspice.netlist.Item;
import memspice.netlist.ModelCard;
import memspice.netlist.NetlistException;

/**
 * The piecewise empirical model, PEM (Niroula, Cady, Rafiq, Pino et al., J. Comput. Electron. 2017),
 * Xyce's memristor level 4:
 * <pre>
 *   I = x h(V),  h(V) = I1 e^(V/V1) - I2 e^(-V/V2) + G0 V - (I1 - I2)
 *   dx/dt = C1 G(V) Fp(x) (V >= 0),  C2 G(V) Fm(x) (V < 0)
 *   G(V) = e^(d1 (V - VP)) - 1 (V >= VP),  e^(d2 (V - VN)) - 1 (V <= VN),  0 otherwise
 * </pre>
 * Fp and Fm are linear interpolations of the tables named by {@code fxpdata} and {@code fxmdata}
 * (files relative to the netlist holding the .model card; F = 1 without a table). VN is a signed
 * threshold, as Xyce evaluates it (its documentation writes V < -VN): with VN > 0 the state moves
 * at every voltage below VN. The {@code :r} output is the small-signal resistance 1/(dI/dV), and 0
 * while the device does not conduct at all (x = 0), as Xyce reports it.
 */
final class PemModel implements MemristorModel {

    static final ParamSet PARAMS = new ParamSet("PEM memristor (level 4)",
            "Niroula et al., J. Comput. Electron. 2017");
    static final int I1 = PARAMS.add("i1", 85.37e-6, "A", "forward exponential current");
    static final int I2 = PARAMS.add("i2", 90.16e-6, "A", "reverse exponential current");
    static final int V1 = PARAMS.add("v1", 0.265, "V", "forward exponential voltage");
    static final int V2 = PARAMS.add("v2", 0.265, "V", "reverse exponential voltage");
    static final int G0 = PARAMS.add("g0", 130.72e-6, "S", "linear conductance");
    static final int VP = PARAMS.add("vp", 0.7, "V", "positive switching threshold");
    static final int VN = PARAMS.add("vn", 1.0, "V", "negative switching threshold (signed, see above)");
    static final int D1 = PARAMS.add("d1", 9.87, "1/V", "positive switching exponent");
    static final int D2 = PARAMS.add("d2", -4.82, "1/V", "negative switching exponent");
    static final int C1 = PARAMS.add("c1", 1000, "1/s", "positive switching rate");
    static final int C2 = PARAMS.add("c2", 1000, "1/s", "negative switching rate");
    static final int XO = PARAMS.add("xo", 0, "", "initial state", "x0");
    static final Set<String> TABLES = Set.of("fxpdata", "fxmdata");

    static final MemristorKind KIND = new MemristorKind.Simple("pem", 4, PARAMS, TABLES, PemModel::new);

    private final double i1;
    private final double i2;
    private final double v1;
    private final double v2;
    private final double g0;
    private final double vp;
    private final double vn;
    private final double d1;
    private final double d2;
    private final double c1;
    private final double c2;
    private final double initial;
    private final PemTable fp;
    private final PemTable fm;
    private final StateBounds bounds = new StateBounds(0, 1, 1e-3);

    PemModel(ParamValues v, InstanceCard card, ModelCard model) throws NetlistException {
        i1 = v.get(I1);
        i2 = v.get(I2);
        v1 = v.get(V1);
        v2 = v.get(V2);
        g0 = v.get(G0);
        vp = v.get(VP);
        vn = v.get(VN);
        d1 = v.get(D1);
        d2 = v.get(D2);
        c1 = v.get(C1);
        c2 = v.get(C2);
        initial = v.get(XO);
        if (!(v1 > 0 && v2 > 0)) {
            throw card.error("PEM needs v1 > 0 and v2 > 0");
        }
        fp = table(model, "fxpdata");
        fm = table(model, "fxmdata");
    }

    private static PemTable table(ModelCard model, String key) throws NetlistException {
        Item.Assignment a = model.find(key);
        if (a == null) {
            return PemTable.one();
        }
        String name = a.value() instanceof Item.Word w ? w.text()
                : a.value() instanceof Item.ExprText t ? t.text().strip() : null;
        if (name == null || name.isEmpty()) {
            throw new NetlistException(model.location(), "model " + model.name() + ": " + key + " needs a file name");
        }
        if (name.length() > 1 && (name.startsWith("\"") || name.startsWith("'"))) {
            name = name.substring(1, name.length() - 1);
        }
        Path dir = model.location().file().toAbsolutePath().getParent();
        Path file = dir == null ? Path.of(name) : dir.resolve(name);
        return PemTable.read(file, model.location());
    }

    @Override
    public void evaluate(double v, double x, MemristorEvaluation e) {
        double ef = SafeMath.exp(v / v1);
        double er = SafeMath.exp(-v / v2);
        double h = i1 * ef - i2 * er + g0 * v - (i1 - i2);
        double dh = i1 * SafeMath.dexp(v / v1) / v1 + i2 * SafeMath.dexp(-v / v2) / v2 + g0;
        e.current = x * h;
        e.dCurrentDv = x * dh;
        e.dCurrentDx = h;
        double g;
        double dg;
        if (v >= vp) {
            g = SafeMath.exp(d1 * (v - vp)) - 1;
            dg = d1 * SafeMath.dexp(d1 * (v - vp));
        } else if (v <= vn) {
            g = SafeMath.exp(d2 * (v - vn)) - 1;
            dg = d2 * SafeMath.dexp(d2 * (v - vn));
        } else {
            g = 0;
            dg = 0;
        }
        PemTable t = v >= 0 ? fp : fm;
        double c = v >= 0 ? c1 : c2;
        double f = t.value(x);
        e.rate = c * g * f;
        e.dRateDv = c * dg * f;
        e.dRateDx = c * g * t.slope(x);
        bounds.apply(x, e);
    }

    /** The table used for this voltage's sign, for tests. */
    PemTable table(double v) {
        return v >= 0 ? fp : fm;
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
        double dh = i1 * SafeMath.dexp(v / v1) / v1 + i2 * SafeMath.dexp(-v / v2) / v2 + g0;
        double g = x * dh;
        return g == 0 ? 0 : 1 / g;
    }
}
