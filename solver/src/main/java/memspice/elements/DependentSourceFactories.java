package memspice.elements;

import java.util.List;

import memspice.device.Device;
import memspice.device.DeviceFactory;
import memspice.device.InstanceCard;
import memspice.netlist.NetlistException;

/** Factories of the four SPICE dependent sources and the behavioural source B. */
public final class DependentSourceFactories {

    private DependentSourceFactories() {
    }

    /** E: voltage-controlled voltage source. */
    public static final class Vcvs implements DeviceFactory {
        private static final String SYNTAX = "E<name> <n+> <n-> <nc+> <nc-> <gain> | POLY(n) <nc pairs> <coefficients> | value={expr}";

        @Override
        public List<String> keys() {
            return List.of("E");
        }

        @Override
        public String syntax() {
            return SYNTAX;
        }

        @Override
        public Device create(InstanceCard card) throws NetlistException {
            return ControlledSourceParser.parse(card, SYNTAX, true, ControlledSourceParser.Control.VOLTAGE, "value", "vol");
        }
    }

    /** G: voltage-controlled current source. */
    public static final class Vccs implements DeviceFactory {
        private static final String SYNTAX = "G<name> <n+> <n-> <nc+> <nc-> <transconductance> | POLY(n) <nc pairs> <coefficients> | value={expr}";

        @Override
        public List<String> keys() {
            return List.of("G");
        }

        @Override
        public String syntax() {
            return SYNTAX;
        }

        @Override
        public Device create(InstanceCard card) throws NetlistException {
            return ControlledSourceParser.parse(card, SYNTAX, false, ControlledSourceParser.Control.VOLTAGE, "value", "cur");
        }
    }

    /** F: current-controlled current source. */
    public static final class Cccs implements DeviceFactory {
        private static final String SYNTAX = "F<name> <n+> <n-> <vsource> <gain> | POLY(n) <vsources> <coefficients> | value={expr}";

        @Override
        public List<String> keys() {
            return List.of("F");
        }

        @Override
        public String syntax() {
            return SYNTAX;
        }

        @Override
        public Device create(InstanceCard card) throws NetlistException {
            return ControlledSourceParser.parse(card, SYNTAX, false, ControlledSourceParser.Control.CURRENT, "value", "cur");
        }
    }

    /** H: current-controlled voltage source. */
    public static final class Ccvs implements DeviceFactory {
        private static final String SYNTAX = "H<name> <n+> <n-> <vsource> <transresistance> | POLY(n) <vsources> <coefficients> | value={expr}";

        @Override
        public List<String> keys() {
            return List.of("H");
        }

        @Override
        public String syntax() {
            return SYNTAX;
        }

        @Override
        public Device create(InstanceCard card) throws NetlistException {
            return ControlledSourceParser.parse(card, SYNTAX, true, ControlledSourceParser.Control.CURRENT, "value", "vol");
        }
    }

    /** B: behavioural source, {@code B<name> <n+> <n-> V={expr}} or {@code I={expr}} (ngspice syntax). */
    public static final class Behavioral implements DeviceFactory {
        private static final String SYNTAX = "B<name> <n+> <n-> V={expr} | I={expr}";

        @Override
        public List<String> keys() {
            return List.of("B");
        }

        @Override
        public String syntax() {
            return SYNTAX;
        }

        @Override
        public Device create(InstanceCard card) throws NetlistException {
            var items = card.items();
            if (items.size() == 3 && items.get(2) instanceof memspice.netlist.Item.Assignment a) {
                if (a.key().equals("v")) {
                    return ControlledSourceParser.parse(card, SYNTAX, true, ControlledSourceParser.Control.VOLTAGE, "v");
                }
                if (a.key().equals("i")) {
                    return ControlledSourceParser.parse(card, SYNTAX, false, ControlledSourceParser.Control.VOLTAGE, "i");
                }
            }
            throw card.error("expected V={expr} or I={expr} after the two nodes (syntax: " + SYNTAX + ")");
        }
    }
}
