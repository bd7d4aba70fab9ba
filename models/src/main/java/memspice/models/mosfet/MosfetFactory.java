package memspice.models.mosfet;

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
import memspice.netlist.Item;
import memspice.netlist.ModelCard;
import memspice.netlist.NetlistException;

/**
 * {@code M<name> <d> <g> <s> <b> <model> [w=..] [l=..] [m=..]} with {@code .model <name> NMOS|PMOS (level=1 ...)}.
 * W and L default to 100 um, ngspice's defaults.
 */
public final class MosfetFactory implements DeviceFactory {

    private static final String SYNTAX = "M<name> <drain> <gate> <source> <bulk> <model> [w=..] [l=..] [m=..]";
    /** ngspice's default channel width and length (m). */
    static final double DEFAULT_W = 100e-6;
    static final double DEFAULT_L = 100e-6;

    @Override
    public List<String> keys() {
        return List.of("M");
    }

    @Override
    public String syntax() {
        return SYNTAX;
    }

    @Override
    public Device create(InstanceCard card) throws NetlistException {
        Arguments args = new Arguments(card, SYNTAX);
        int d = args.node("drain node");
        int g = args.node("gate node");
        int s = args.node("source node");
        int b = args.node("bulk node");
        ModelCard model = ModelCards.find(card, args.word("model name"), Set.of("nmos", "pmos"), "a MOSFET");
        Item.Assignment level = model.find("level");
        if (level != null && card.modelValue(model, level) != 1) {
            throw card.error("model " + model.name() + ": only MOSFET level 1 is implemented, got level="
                    + card.modelValue(model, level));
        }
        InstanceOptions o = InstanceOptions.read(card, args, true,
                Set.of("ad", "as", "pd", "ps", "nrd", "nrs", "ic", "temp", "dtemp"));
        ParamValues v = ParamValues.read(MosModel.PARAMS, card, model, List.of(), Set.of("level", "tnom"));
        for (int i = MosModel.FIRST_UNMODELLED; i < MosModel.PARAMS.size(); i++) {
            if (v.given(i)) {
                card.warn("model " + model.name() + ": parameter " + MosModel.PARAMS.params().get(i).name() + " is not modelled");
            }
        }
        double w = Double.isNaN(o.w) ? DEFAULT_W : o.w;
        double l = Double.isNaN(o.l) ? DEFAULT_L : o.l;
        double leff = l - 2 * v.get(MosModel.LD);
        if (!(w > 0) || !(leff > 0)) {
            throw card.error("need W > 0 and L - 2 LD > 0, got W=" + w + " L=" + l + " LD=" + v.get(MosModel.LD));
        }
        double kp = v.get(MosModel.KP);
        double tox = v.get(MosModel.TOX);
        if (!v.given(MosModel.KP) && v.given(MosModel.TOX)) {
            kp = v.get(MosModel.U0) * 1e-4 * MosModel.EPS_OX / tox;   // U0 in cm^2/Vs
        }
        MosParams p = new MosParams();
        p.polarity = model.type().equals("nmos") ? 1 : -1;
        p.vto = p.polarity * v.get(MosModel.VTO);
        p.beta = kp * w / leff * o.m;
        p.gamma = v.get(MosModel.GAMMA);
        p.phi = v.get(MosModel.PHI);
        p.lambda = v.get(MosModel.LAMBDA);
        p.is = v.get(MosModel.IS) * o.m;
        p.cbd = v.get(MosModel.CBD) * o.m;
        p.cbs = v.get(MosModel.CBS) * o.m;
        p.pb = v.get(MosModel.PB);
        p.mj = v.get(MosModel.MJ);
        p.fc = v.get(MosModel.FC);
        p.cgs = v.get(MosModel.CGSO) * w * o.m;
        p.cgd = v.get(MosModel.CGDO) * w * o.m;
        p.cgb = v.get(MosModel.CGBO) * leff * o.m;
        double rdv = v.get(MosModel.RD);
        double rsv = v.get(MosModel.RS);
        p.gd = rdv > 0 ? o.m / rdv : 0;
        p.gs = rsv > 0 ? o.m / rsv : 0;
        if (!(kp > 0) || !(p.phi > 0) || p.gamma < 0 || p.lambda < 0 || !(p.is > 0) || rdv < 0 || rsv < 0
                || p.cbd < 0 || p.cbs < 0 || p.cgs < 0 || p.cgd < 0 || p.cgb < 0) {
            throw card.error("model " + model.name() + ": need KP, PHI, IS > 0 and GAMMA, LAMBDA, RD, RS, capacitances >= 0");
        }
        if (!(p.pb > 0) || !(p.mj >= 0 && p.mj < 1) || !(p.fc >= 0 && p.fc < 1)) {
            throw card.error("model " + model.name() + ": need PB > 0, 0 <= MJ < 1, 0 <= FC < 1");
        }
        toTemperature(p, Temperature.checkedCircuit(card), Temperature.nominal(card, model));
        if (!(p.phi > 0) || !(p.pb > 0)) {
            throw card.error("model " + model.name() + ": PHI or PB scales to a non-positive value at "
                    + card.options().temp + " C");
        }
        return new Mosfet(card.name(), card.location(), p, d, g, s, b);
    }

    /**
     * Level-1 temperature scaling from TNOM to T (K), SPICE's equations (Antognetti and Massobrio 1993,
     * ch. 3; see {@link Temperature}): KP(T) = KP (T/TNOM)^-1.5 (mobility); PHI and PB scale as junction
     * potentials; VTO(T) = VTO + type [gamma (sqrt PHI(T) - sqrt PHI) + (PHI(T) - PHI)/2]
     * + (E_g(TNOM) - E_g(T))/2 (the flat-band shift, half the gap change); the bulk junction
     * IS(T) = IS exp(E_g(TNOM)/V_t(TNOM) - E_g(T)/V_t(T)); CBD and CBS scale with MJ and PB.
     * p is in the device's frame (threshold = type VTO) on entry and on return.
     */
    static void toTemperature(MosParams p, double t, double tnom) {
        double ratio = t / tnom;
        p.beta /= ratio * Math.sqrt(ratio);
        double phiT = Temperature.potential(p.phi, t, tnom);
        double egNom = Temperature.siliconGap(tnom);
        double egT = Temperature.siliconGap(t);
        p.vto += p.gamma * (Math.sqrt(phiT) - Math.sqrt(p.phi)) + 0.5 * (phiT - p.phi)
                + p.polarity * 0.5 * (egNom - egT);
        p.phi = phiT;
        p.is *= Math.exp(egNom / Junction.thermalVoltage(tnom) - egT / Junction.thermalVoltage(t));
        p.cbd = Temperature.capacitance(p.cbd, p.mj, p.pb, t, tnom);
        p.cbs = Temperature.capacitance(p.cbs, p.mj, p.pb, t, tnom);
        p.pb = Temperature.potential(p.pb, t, tnom);
    }
}
