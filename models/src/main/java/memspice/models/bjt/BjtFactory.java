package memspice.models.bjt;

import java.util.List;
import java.util.Set;

import memspice.device.Arguments;
import memspice.device.Device;
import memspice.device.DeviceFactory;
import memspice.device.InstanceCard;
import memspice.device.SetupContext;
import memspice.expr.SpiceNumber;
import memspice.models.params.ParamValues;
import memspice.models.semi.InstanceOptions;
import memspice.models.semi.ModelCards;
import memspice.models.semi.Temperature;
import memspice.netlist.Item;
import memspice.netlist.ModelCard;
import memspice.netlist.NetlistException;

/**
 * {@code Q<name> <c> <b> <e> [<substrate>] <model> [area] [m=..]} with {@code .model <name> NPN|PNP (...)}.
 * The substrate node is present when two words follow the emitter before any number or assignment.
 */
public final class BjtFactory implements DeviceFactory {

    private static final String SYNTAX = "Q<name> <collector> <base> <emitter> [<substrate>] <model> [area] [m=..]";

    @Override
    public List<String> keys() {
        return List.of("Q");
    }

    @Override
    public String syntax() {
        return SYNTAX;
    }

    @Override
    public Device create(InstanceCard card) throws NetlistException {
        Arguments args = new Arguments(card, SYNTAX);
        int c = args.node("collector node");
        int b = args.node("base node");
        int e = args.node("emitter node");
        int s = SetupContext.GROUND;
        List<Item> items = card.items();
        if (items.size() >= 5 && isName(items.get(3)) && isName(items.get(4))) {
            s = args.node("substrate node");
        }
        ModelCard model = ModelCards.find(card, args.word("model name"), Set.of("npn", "pnp"), "a bipolar transistor");
        InstanceOptions o = InstanceOptions.read(card, args, false, Set.of("ic", "temp", "dtemp", "areab", "areac"));
        ParamValues v = ParamValues.read(BjtModel.PARAMS, card, model, List.of(), Set.of("level", "tnom", "subs"));
        for (int i = BjtModel.FIRST_UNMODELLED; i < BjtModel.PARAMS.size(); i++) {
            if (v.given(i)) {
                card.warn("model " + model.name() + ": parameter " + BjtModel.PARAMS.params().get(i).name() + " is not modelled");
            }
        }
        double k = o.area * o.m;
        BjtParams p = new BjtParams();
        p.polarity = model.type().equals("npn") ? 1 : -1;
        p.is = positive(card, v, BjtModel.IS, model) * k;
        p.bf = positive(card, v, BjtModel.BF, model);
        p.nf = positive(card, v, BjtModel.NF, model);
        p.br = positive(card, v, BjtModel.BR, model);
        p.nr = positive(card, v, BjtModel.NR, model);
        p.ise = v.get(BjtModel.ISE) * k;
        p.ne = positive(card, v, BjtModel.NE, model);
        p.isc = v.get(BjtModel.ISC) * k;
        p.nc = positive(card, v, BjtModel.NC, model);
        p.invVaf = reciprocal(v.get(BjtModel.VAF));
        p.invVar = reciprocal(v.get(BjtModel.VAR));
        p.invIkf = reciprocal(v.get(BjtModel.IKF)) / k;
        p.invIkr = reciprocal(v.get(BjtModel.IKR)) / k;
        p.gb = conductance(v.get(BjtModel.RB)) * k;
        p.gc = conductance(v.get(BjtModel.RC)) * k;
        p.ge = conductance(v.get(BjtModel.RE)) * k;
        p.cje = v.get(BjtModel.CJE) * k;
        p.vje = v.get(BjtModel.VJE);
        p.mje = v.get(BjtModel.MJE);
        p.tf = v.get(BjtModel.TF);
        p.cjc = v.get(BjtModel.CJC) * k;
        p.vjc = v.get(BjtModel.VJC);
        p.mjc = v.get(BjtModel.MJC);
        p.tr = v.get(BjtModel.TR);
        p.cjs = v.get(BjtModel.CJS) * k;
        p.vjs = v.get(BjtModel.VJS);
        p.mjs = v.get(BjtModel.MJS);
        p.fc = v.get(BjtModel.FC);
        if (p.ise < 0 || p.isc < 0 || p.cje < 0 || p.cjc < 0 || p.cjs < 0 || p.tf < 0 || p.tr < 0
                || v.get(BjtModel.RB) < 0 || v.get(BjtModel.RC) < 0 || v.get(BjtModel.RE) < 0) {
            throw card.error("model " + model.name() + ": ISE ISC CJE CJC CJS TF TR RB RC RE must not be negative");
        }
        if (!(p.vje > 0 && p.vjc > 0 && p.vjs > 0) || !(p.mje >= 0 && p.mje < 1 && p.mjc >= 0 && p.mjc < 1
                && p.mjs >= 0 && p.mjs < 1) || !(p.fc >= 0 && p.fc < 1)) {
            throw card.error("model " + model.name() + ": need VJE VJC VJS > 0, grading coefficients and FC in [0, 1)");
        }
        toTemperature(p, v, Temperature.checkedCircuit(card), Temperature.nominal(card, model));
        if (!(p.vje > 0 && p.vjc > 0 && p.vjs > 0)) {
            throw card.error("model " + model.name() + ": a junction potential scales to a non-positive value at "
                    + card.options().temp + " C");
        }
        return new Bjt(card.name(), card.location(), p, c, b, e, s);
    }

    /**
     * Gummel-Poon temperature scaling from TNOM to T (K), SPICE's equations (Antognetti and Massobrio
     * 1993, ch. 2; ngspice manual, BJT temperature effects; see {@link Temperature}): with
     * x = (T/TNOM - 1) EG/V_t(T) + XTI ln(T/TNOM) and beta factor b = (T/TNOM)^XTB,
     * IS(T) = IS e^x, BF and BR times b, ISE(T) = ISE e^(x/NE) / b, ISC(T) = ISC e^(x/NC) / b;
     * VJE, VJC, VJS as junction potentials and CJE, CJC, CJS with their grading coefficients.
     */
    private static void toTemperature(BjtParams p, ParamValues v, double t, double tnom) {
        double x = Temperature.saturationExponent(v.get(BjtModel.EG), v.get(BjtModel.XTI), t, tnom);
        double b = Math.pow(t / tnom, v.get(BjtModel.XTB));
        p.is *= Math.exp(x);
        p.bf *= b;
        p.br *= b;
        p.ise *= Math.exp(x / p.ne) / b;
        p.isc *= Math.exp(x / p.nc) / b;
        p.cje = Temperature.capacitance(p.cje, p.mje, p.vje, t, tnom);
        p.cjc = Temperature.capacitance(p.cjc, p.mjc, p.vjc, t, tnom);
        p.cjs = Temperature.capacitance(p.cjs, p.mjs, p.vjs, t, tnom);
        p.vje = Temperature.potential(p.vje, t, tnom);
        p.vjc = Temperature.potential(p.vjc, t, tnom);
        p.vjs = Temperature.potential(p.vjs, t, tnom);
    }

    private static boolean isName(Item it) {
        return it instanceof Item.Word w && !SpiceNumber.isNumber(w.text()) && !w.lower().equals("off");
    }

    private static double positive(InstanceCard card, ParamValues v, int index, ModelCard model) throws NetlistException {
        double x = v.get(index);
        if (!(x > 0)) {
            throw card.error("model " + model.name() + ": " + BjtModel.PARAMS.params().get(index).name().toUpperCase(java.util.Locale.ROOT)
                    + " must be positive, got " + x);
        }
        return x;
    }

    /** 1/x for a finite positive x; 0 (the effect is off) for 0, negative or infinite, as SPICE reads VAF=0. */
    private static double reciprocal(double x) {
        return x > 0 && Double.isFinite(x) ? 1.0 / x : 0.0;
    }

    private static double conductance(double r) {
        return r > 0 ? 1.0 / r : 0.0;
    }
}
