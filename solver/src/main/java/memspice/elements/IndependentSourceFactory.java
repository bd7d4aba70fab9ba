package memspice.elements;

import java.util.List;

import memspice.device.Arguments;
import memspice.device.Device;
import memspice.device.DeviceFactory;
import memspice.device.InstanceCard;
import memspice.netlist.NetlistException;

/**
 * {@code V<name> <n+> <n-> [DC] <value> [AC <mag> [<phase>]] [<function>(...)]} and the same for
 * {@code I}.
 */
public final class IndependentSourceFactory implements DeviceFactory {

    private static final String SYNTAX = "V|I<name> <n+> <n-> [DC] <value> [AC <mag> [<phase>]] [PULSE|SIN|PWL|EXP|SFFM|AM(...)]";

    @Override
    public List<String> keys() {
        return List.of("V", "I");
    }

    @Override
    public String syntax() {
        return SYNTAX;
    }

    @Override
    public Device create(InstanceCard card) throws NetlistException {
        Arguments args = new Arguments(card, SYNTAX);
        int plus = args.node("positive node");
        int minus = args.node("negative node");
        SourceValue value = SourceValue.parse(card, card.items().subList(2, card.items().size()), SYNTAX);
        boolean voltage = card.name().substring(card.name().lastIndexOf('.') + 1).startsWith("v");
        return voltage ? new VoltageSource(card.name(), card.location(), plus, minus, value)
                : new CurrentSource(card.name(), card.location(), plus, minus, value);
    }
}
