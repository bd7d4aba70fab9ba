package memspice.models.sw;

import java.util.List;
import java.util.Set;

import memspice.device.Arguments;
import memspice.device.Device;
import memspice.device.DeviceFactory;
import memspice.device.InstanceCard;
import memspice.models.params.ParamSet;
import memspice.models.params.ParamValues;
import memspice.models.semi.ModelCards;
import memspice.netlist.ModelCard;
import memspice.netlist.NetlistException;

/**
 * {@code S<name> <n+> <n-> <nc+> <nc-> <model> [on|off]} with {@code .model <name> SW (VT VH RON ROFF)}.
 * Parameter names and defaults are ngspice's (ngspice manual, section "Switches"); the transition is
 * smooth, see {@link VoltageSwitch}.
 */
public final class SwitchFactory implements DeviceFactory {

    /** Half-width (V) of the transition band when VH = 0 (ngspice switches abruptly at VT there). */
    public static final double DEFAULT_HALF_WIDTH = 1e-3;

    public static final ParamSet PARAMS = new ParamSet("voltage-controlled switch (SW)",
            "ngspice manual, voltage and current controlled switches; smooth transition of this engine");
    public static final int VT = PARAMS.add("vt", 0, "V", "threshold voltage");
    public static final int VH = PARAMS.add("vh", 0, "V", "hysteresis voltage (here: half-width of the smooth transition)");
    public static final int RON = PARAMS.add("ron", 1, "ohm", "on resistance");
    public static final int ROFF = PARAMS.add("roff", 1e12, "ohm", "off resistance (when not given: 1/gmin, 1e12 with the default gmin)");

    private static final String SYNTAX = "S<name> <n+> <n-> <nc+> <nc-> <model> [on|off]";

    @Override
    public List<String> keys() {
        return List.of("S");
    }

    @Override
    public String syntax() {
        return SYNTAX;
    }

    @Override
    public Device create(InstanceCard card) throws NetlistException {
        Arguments args = new Arguments(card, SYNTAX);
        int a = args.node("positive node");
        int b = args.node("negative node");
        int cp = args.node("positive control node");
        int cn = args.node("negative control node");
        ModelCard model = ModelCards.find(card, args.word("model name"), Set.of("sw"), "a voltage-controlled switch");
        if (args.keyword("on") || args.keyword("off")) {
            card.warn("initial state ignored: this switch has no memory");
        }
        args.end();
        ParamValues v = ParamValues.read(PARAMS, card, model, List.of(), Set.of());
        double ron = v.get(RON);
        double roff = v.given(ROFF) ? v.get(ROFF) : 1.0 / card.options().gmin;
        if (!(ron > 0) || !(roff > 0) || !Double.isFinite(ron) || !Double.isFinite(roff)) {
            throw card.error("model " + model.name() + ": RON and ROFF must be positive and finite");
        }
        double vh = Math.abs(v.get(VH));
        return new VoltageSwitch(card.name(), card.location(), a, b, cp, cn, ron, roff, v.get(VT),
                vh > 0 ? vh : DEFAULT_HALF_WIDTH);
    }
}
