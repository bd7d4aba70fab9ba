package memspice.models.diode;

import java.util.List;
import java.util.Set;

import memspice.device.Arguments;
import memspice.device.Device;
import memspice.device.DeviceFactory;
import memspice.device.InstanceCard;
import memspice.models.params.ParamValues;
import memspice.models.semi.InstanceOptions;
import memspice.models.semi.Junction;
import memspice.models.semi.ModelCards;
import memspice.models.semi.Temperature;
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
        // TNOM -> circuit temperature (Temperature: IS with EG and XTI, VJ and CJO with the silicon gap)
        double t = Temperature.checkedCircuit(card);
        double tnom = Temperature.nominal(card, model);
        double isT = is * Math.exp(Temperature.saturationExponent(p.get(DiodeModel.EG), p.get(DiodeModel.XTI), t, tnom) / n);
        double vjT = Temperature.potential(vj, t, tnom);
        double cjoT = Temperature.capacitance(p.get(DiodeModel.CJO) * scale, mj, vj, t, tnom);
        if (!(vjT > 0)) {
            throw card.error("model " + model.name() + ": junction potential VJ scales to " + vjT + " V at "
                    + card.options().temp + " C (must stay positive)");
        }
        return new Diode(card.name(), card.location(), a, k, isT, n, gs, cjoT, vjT, mj, fc,
                p.get(DiodeModel.TT), bv, breakdownOffset(bv, ibv, isT, n, Junction.thermalVoltage(t)));
    }

    /**
     * The breakdown knee offset (BV - xbv)/vte, xbv the solution of the SPICE breakdown matching
     * condition IBV = is (e^((BV - xbv)/vte) - 1 + xbv/vt) (the breakdown branch passes through IBV
     * at -BV; Antognetti and Massobrio 1993, sec. 1.4), found by the fixed point
     * xbv = BV - vte ln(IBV/is + 1 - xbv/vt). When IBV < is BV/vt the knee is BV itself (SPICE).
     * 0 without breakdown (BV infinite).
     */
    static double breakdownOffset(double bv, double ibv, double is, double n, double vt) {
        if (!Double.isFinite(bv)) {
            return 0.0;
        }
        double vte = n * vt;
        if (ibv < is * bv / vt) {
            return 0.0;
        }
        double xbv = bv - vte * Math.log(1 + ibv / is);
        for (int k = 0; k < 100; k++) {
            double next = bv - vte * Math.log(ibv / is + 1 - xbv / vt);
            boolean done = Math.abs(next - xbv) <= 1e-15 * bv;
            xbv = next;
            if (done) {
                break;
            }
        }
        return (bv - xbv) / vte;
    }
}
