package memspice.models.diode;

import java.util.List;
import java.util.Set;

import memspice.device.Arguments;
import memspice.device.Device;
import memspice.device.DeviceFactory;
import memspice.device.InstanceCard;
import memspice.models.params.ParamValues;
import memspice.models.semi.InstanceOptions;
import memspice.models.semi.ModelCards;
import memspice.netlist.ModelCard;
import memspice.netlist.NetlistException;

/** {@code D<name> <n+> <n-> <model> [area] [off] [area=..] [m=..]} with a {@code .model <name> D (...)}. */
public final class DiodeFactory implements DeviceFactory {

    private static final String SYNTAX = "D<name> <anode> <cathode> <model> [area] [m=..]";

    @Override
    public List<String> keys() {
        return List.of("D");
    }

    @Override
    public String syntax() {
        return SYNTAX;
    }

    @Override
    public Device create(InstanceCard card) throws NetlistException {
        Arguments args = new Arguments(card, SYNTAX);
        int a = args.node("anode");
        int k = args.node("cathode");
        ModelCard model = ModelCards.find(card, args.word("model name"), Set.of("d"), "a diode");
        InstanceOptions o = InstanceOptions.read(card, args, false, Set.of("ic", "temp", "dtemp", "pj", "lm", "wm"));
        ModelCards.warnTemperature(card);
        ParamValues p = ParamValues.read(DiodeModel.PARAMS, card, model, List.of(), Set.of("level", "tnom"));
        double scale = o.area * o.m;
        double is = p.get(DiodeModel.IS) * scale;
        double n = p.get(DiodeModel.N);
        double rs = p.get(DiodeModel.RS);
        double vj = p.get(DiodeModel.VJ);
        double mj = p.get(DiodeModel.M);
        double fc = p.get(DiodeModel.FC);
        double bv = p.get(DiodeModel.BV);
        double ibv = p.get(DiodeModel.IBV) * scale;
        if (!(is > 0) || !(n > 0)) {
            throw card.error("model " + model.name() + ": IS and N must be positive");
        }
        if (rs < 0 || p.get(DiodeModel.CJO) < 0 || p.get(DiodeModel.TT) < 0) {
            throw card.error("model " + model.name() + ": RS, CJO and TT must not be negative");
        }
        if (!(vj > 0) || !(mj >= 0 && mj < 1) || !(fc >= 0 && fc < 1)) {
            throw card.error("model " + model.name() + ": need VJ > 0, 0 <= M < 1, 0 <= FC < 1");
        }
        if (bv == 0 || bv < 0) {
            bv = Double.POSITIVE_INFINITY;   // SPICE: BV = 0 means no breakdown
        }
        if (!(ibv > 0)) {
            throw card.error("model " + model.name() + ": IBV must be positive");
        }
        double gs = rs > 0 ? scale / rs : 0.0;
        return new Diode(card.name(), card.location(), a, k, is, n, gs, p.get(DiodeModel.CJO) * scale, vj, mj, fc,
                p.get(DiodeModel.TT), bv, ibv);
    }
}
