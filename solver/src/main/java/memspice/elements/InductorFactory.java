package memspice.elements;

import java.util.List;

import memspice.device.Arguments;
import memspice.device.Device;
import memspice.device.DeviceFactory;
import memspice.device.InstanceCard;
import memspice.netlist.Item;
import memspice.netlist.NetlistException;

/** {@code L<name> <n+> <n-> <inductance> [ic=<A>] [m=<count>]}. */
public final class InductorFactory implements DeviceFactory {

    private static final String SYNTAX = "L<name> <n+> <n-> <inductance> [ic=<A>]";

    @Override
    public List<String> keys() {
        return List.of("L");
    }

    @Override
    public String syntax() {
        return SYNTAX;
    }

    @Override
    public Device create(InstanceCard card) throws NetlistException {
        Arguments args = new Arguments(card, SYNTAX);
        int a = args.node("first node");
        int b = args.node("second node");
        double l = Double.NaN;
        if (args.hasNext() && !(args.peek() instanceof Item.Assignment)) {
            l = args.value("inductance");
        }
        double ic = Double.NaN;
        double m = 1;
        for (Item.Assignment p : args.remainingAssignments()) {
            double v = card.value(p.value(), p.key());
            switch (p.key()) {
                case "l", "inductance", "value" -> l = v;
                case "ic" -> ic = v;
                case "m" -> m = v;
                case "tc1", "tc2", "temp", "dtemp", "scale", "nt" -> card.warn("parameter " + p.key() + " ignored");
                default -> throw card.error("unknown inductor parameter '" + p.key() + "'");
            }
        }
        if (Double.isNaN(l)) {
            throw card.error("missing inductance (syntax: " + SYNTAX + ")");
        }
        if (!(m > 0)) {
            throw card.error("multiplier m must be positive, got " + m);
        }
        return new Inductor(card.name(), card.location(), a, b, l / m, ic);
    }
}
