package memspice.models.memristor;

import java.util.Set;

import memspice.device.InstanceCard;
import memspice.models.params.ParamSet;
import memspice.models.params.ParamValues;
import memspice.netlist.NetlistException;

/**
 * Knowm's mean metastable switch memristor, MMSS (Nugent and Molter, PLoS ONE 9(2):e85175, 2014),
 * selected by {@code model=mmss}. The state x in [0, 1] is the fraction of switches in the on state:
 * <pre>
 *   dx/dt = (1 - x)/tau L((V - von)/vT) - x/tau L(-(V + voff)/vT),   L(z) = 1/(1 + e^-z)
 *   I = phi V (x/ron + (1 - x)/roff) + (1 - phi)(sfa e^(sfb V) - sra e^(-srb V))
 * </pre>
 * vT = kB T / q at the circuit temperature unless {@code vt} is given.
 */
final class MmssModel implements MemristorModel {

    static final ParamSet PARAMS = new ParamSet("Knowm MMSS (model=mmss)",
            "Nugent and Molter, PLoS ONE 9(2):e85175, 2014");
    static final int RON = PARAMS.add("ron", 500, "ohm", "resistance with every switch on");
    static final int ROFF = PARAMS.add("roff", 1500, "ohm", "resistance with every switch off");
    static final int VON = PARAMS.add("von", 0.27, "V", "on switching voltage");
    static final int VOFF = PARAMS.add("voff", 0.27, "V", "off switching voltage (magnitude)");
    static final int TAU = PARAMS.add("tau", 1e-4, "s", "switch time constant");
    static final int PHI = PARAMS.add("phi", 0.8, "", "fraction of the current through the memristive channel");
    static final int SFA = PARAMS.add("sfa", 8e-4, "A", "forward Schottky amplitude");
    static final int SFB = PARAMS.add("sfb", 4, "1/V", "forward Schottky exponent");
    static final int SRA = PARAMS.add("sra", 8e-4, "A", "reverse Schottky amplitude");
    static final int SRB = PARAMS.add("srb", 4, "1/V", "reverse Schottky exponent");
    static final int VT = PARAMS.add("vt", 0, "V", "thermal voltage; 0: kB T/q at the circuit temperature");
    static final int XO = PARAMS.add("xo", 0, "", "initial state", "x0");

    static final MemristorKind KIND = new MemristorKind.Simple("mmss", 0, PARAMS, Set.of(),
            (v, card, m) -> new MmssModel(v, card));

    private final double ron;
    private final double roff;
    private final double von;
    private final double voff;
    private final double tau;
    private final double phi;
    private final double sfa;
    private final double sfb;
    private final double sra;
    private final double srb;
    private final double vt;
    private final double initial;
    private final StateBounds bounds = new StateBounds(0, 1, 1e-3);
    private final MemristorEvaluation scratch = new MemristorEvaluation();

    MmssModel(ParamValues v, InstanceCard card) throws NetlistException {
        ron = v.get(RON);
        roff = v.get(ROFF);
        von = v.get(VON);
        voff = v.get(VOFF);
        tau = v.get(TAU);
        phi = v.get(PHI);
        sfa = v.get(SFA);
        sfb = v.get(SFB);
        sra = v.get(SRA);
        srb = v.get(SRB);
        vt = v.get(VT) > 0 ? v.get(VT) : 8.617333262e-5 * card.options().temperatureKelvin();
        initial = v.get(XO);
        if (!(ron > 0 && roff > 0 && tau > 0)) {
            throw card.error("mmss needs ron > 0, roff > 0 and tau > 0");
        }
    }

    @Override
    public void evaluate(double v, double x, MemristorEvaluation e) {
        double g = x / ron + (1 - x) / roff;
        double ef = SafeMath.exp(sfb * v);
        double er = SafeMath.exp(-srb * v);
        e.current = phi * v * g + (1 - phi) * (sfa * ef - sra * er);
        e.dCurrentDv = phi * g + (1 - phi) * (sfa * sfb * SafeMath.dexp(sfb * v) + sra * srb * SafeMath.dexp(-srb * v));
        e.dCurrentDx = phi * v * (1 / ron - 1 / roff);
        double zon = (v - von) / vt;
        double zoff = -(v + voff) / vt;
        double lon = SafeMath.logistic(zon);
        double loff = SafeMath.logistic(zoff);
        e.rate = ((1 - x) * lon - x * loff) / tau;
        e.dRateDv = ((1 - x) * SafeMath.dlogistic(zon) / vt + x * SafeMath.dlogistic(zoff) / vt) / tau;
        e.dRateDx = (-lon - loff) / tau;
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


    /** V / I, or 1/(dI/dV) at V = 0 (ohm). */
    @Override
    public double resistance(double v, double x) {
        evaluate(v, x, scratch);
        return Math.abs(v) < 1e-9 ? 1 / scratch.dCurrentDv : v / scratch.current;
    }
}
