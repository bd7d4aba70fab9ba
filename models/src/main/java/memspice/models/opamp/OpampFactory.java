package memspice.models.opamp;

import java.util.List;
import java.util.Set;

import memspice.device.Arguments;
import memspice.device.Device;
import memspice.device.DeviceFactory;
import memspice.device.InstanceCard;
import memspice.models.params.ParamValues;
import memspice.netlist.ModelCard;
import memspice.netlist.NetlistException;

/**
 * {@code YOPAMP <name> <in+> <in-> <out> <model> [<param>=<value> ...]} with a
 * {@code .model <model> opamp (A0= GBW= VOH= VOL= ROUT= VOS= SR= VSOFT=)} card (Xyce's Y-device
 * syntax; the type word OPAMP is the key). Instance assignments override the card. Without A0 the
 * device is the ideal {@link NullorOpamp}, else the {@link OpampDevice} macromodel.
 */
public final class OpampFactory implements DeviceFactory {

    private static final String SYNTAX = "YOPAMP <name> <in+> <in-> <out> <model> [<param>=<value> ...]";

    @Override
    public List<String> keys() {
        return List.of("YOPAMP");
    }

    @Override
    public String syntax() {
        return SYNTAX;
    }

    @Override
    public Device create(InstanceCard card) throws NetlistException {
        Arguments args = new Arguments(card, SYNTAX);
        int inp = args.node("in+ node");
        int inn = args.node("in- node");
        int out = args.node("output node");
        String modelName = args.word("model name");
        var overrides = args.remainingAssignments();
        ModelCard model = card.model(modelName);
        if (!model.type().equals("opamp")) {
            throw card.error("model '" + modelName + "' is of type '" + model.type() + "', not opamp");
        }
        ParamValues values = ParamValues.read(OpampParameters.PARAMS, card, model, overrides, Set.of());
        OpampParameters par = OpampParameters.of(values, card);
        if (!par.finite) {
            return new NullorOpamp(card.name(), card.location(), inp, inn, out, par.vos);
        }
        return new OpampDevice(card.name(), card.location(), inp, inn, out, par);
    }
}
