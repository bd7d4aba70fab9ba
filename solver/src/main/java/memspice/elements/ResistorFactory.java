package memspice.elements;

import java.util.List;

import memspice.device.Arguments;
import memspice.device.Device;
import memspice.device.DeviceFactory;
import memspice.device.InstanceCard;
import memspice.netlist.Item;
import memspice.netlist.NetlistException;

/** {@code R<name> <n+> <n-> [<value>] [r=<value>] [tc1=<1/K>] [tc2=<1/K^2>] [m=<count>] [temp=] [dtemp=]}. */
public final class ResistorFactory implements DeviceFactory {

    private static final String SYNTAX = "R<name> <n+> <n-> <resistance> [tc1=..] [tc2=..] [m=..]";

    @Override
    public List<String> keys() {
        return List.of("R");
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
        double r = Double.NaN;
        if (args.hasNext() && !(args.peek() instanceof Item.Assignment)) {
            r = args.value("resistance");
        }
        double tc1 = 0;
        double tc2 = 0;
        double m = 1;
        double dtemp = 0;
        Double temp = null;
        for (Item.Assignment p : args.remainingAssignments()) {
            double v = card.value(p.value(), p.key());
            switch (p.key()) {
                case "r", "resistance", "value" -> r = v;
                case "tc1", "tc" -> tc1 = v;
                case "tc2" -> tc2 = v;
                case "m" -> m = v;
                case "temp" -> temp = v;
                case "dtemp" -> dtemp = v;
                case "ac", "w", "l", "scale", "noisy" -> card.warn("parameter " + p.key() + " ignored");
                default -> throw card.error("unknown resistor parameter '" + p.key() + "'");
            }
        }
        if (Double.isNaN(r)) {
            throw card.error("missing resistance (syntax: " + SYNTAX + ")");
        }
        if (r == 0) {
            throw card.error("resistance is 0 (use a 0 V voltage source for a short)");
        }
        if (!(m > 0)) {
            throw card.error("multiplier m must be positive, got " + m);
        }
        double tnom = card.options().tnom;
        double t = temp != null ? temp : card.options().temp + dtemp;
        double dt = t - tnom;
        double rt = r * (1 + tc1 * dt + tc2 * dt * dt);
        if (rt == 0 || !Double.isFinite(rt)) {
            throw card.error("resistance at " + t + " C is " + rt);
        }
        return new Resistor(card.name(), card.location(), a, b, m / rt);
    }
}
