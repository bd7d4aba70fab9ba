package memspice.elements;

import java.util.List;

import memspice.device.Arguments;
import memspice.device.Device;
import memspice.device.DeviceFactory;
import memspice.device.InstanceCard;
import memspice.netlist.Item;
import memspice.netlist.NetlistException;

/** {@code C<name> <n+> <n-> <capacitance> [ic=<V>] [m=<count>]}. */
public final class CapacitorFactory implements DeviceFactory {

    private static final String SYNTAX = "C<name> <n+> <n-> <capacitance> [ic=<V>] [m=..]";

    @Override
    public List<String> keys() {
        return List.of("C");
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
        double c = Double.NaN;
        if (args.hasNext() && !(args.peek() instanceof Item.Assignment)) {
            c = args.value("capacitance");
        }
        double ic = Double.NaN;
        double m = 1;
        for (Item.Assignment p : args.remainingAssignments()) {
            double v = card.value(p.value(), p.key());
            switch (p.key()) {
                case "c", "capacitance", "value" -> c = v;
                case "ic" -> ic = v;
                case "m" -> m = v;
                case "tc1", "tc2", "temp", "dtemp", "scale", "w", "l" -> card.warn("parameter " + p.key() + " ignored");
                default -> throw card.error("unknown capacitor parameter '" + p.key() + "'");
            }
        }
        if (Double.isNaN(c)) {
            throw card.error("missing capacitance (syntax: " + SYNTAX + ")");
        }
        if (!(m > 0)) {
            throw card.error("multiplier m must be positive, got " + m);
        }
        return new Capacitor(card.name(), card.location(), a, b, c * m, ic, card.options().icop);
    }
}
