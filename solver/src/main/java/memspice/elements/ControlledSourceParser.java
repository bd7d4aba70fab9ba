package memspice.elements;

import java.util.ArrayList;
import java.util.List;

import memspice.device.Arguments;
import memspice.device.Device;
import memspice.device.InstanceCard;
import memspice.device.SetupContext;
import memspice.expr.CompiledExpr;
import memspice.expr.Expr;
import memspice.expr.ExprException;
import memspice.expr.VariableBinder;
import memspice.netlist.Item;
import memspice.netlist.NetlistException;
import memspice.netlist.ParameterScope;

/**
 * Parses the three forms shared by E, F, G and H: linear ({@code E1 o+ o- c+ c- gain},
 * {@code F1 o+ o- vsense gain}), polynomial ({@code POLY(n) controls... p0 p1 ...}) and expression
 * ({@code value={...}}, also ngspice's {@code vol=}/{@code cur=} and Xyce's {@code VALUE {...}}).
 */
final class ControlledSourceParser {

    /** Whether the linear and POLY forms are controlled by node pairs (E, G) or branch currents (F, H). */
    enum Control { VOLTAGE, CURRENT }

    private ControlledSourceParser() {
    }

    /**
     * Builds the device for a card.
     *
     * @param voltageOutput true for E and H (a voltage source output), false for G and F
     * @param exprKeys      the assignment keys that introduce an expression ("value", "vol"/"cur")
     */
    static Device parse(InstanceCard card, String syntax, boolean voltageOutput, Control control, String... exprKeys)
            throws NetlistException {
        Arguments args = new Arguments(card, syntax);
        int plus = args.node("positive output node");
        int minus = args.node("negative output node");
        ControlInputs inputs = new ControlInputs();
        ControlFunction function;
        Item next = args.peek();
        if (next == null) {
            throw card.error("missing controlling input (syntax: " + syntax + ")");
        }
        Item.Assignment exprAssignment = next instanceof Item.Assignment a && List.of(exprKeys).contains(a.key()) ? a : null;
        if (exprAssignment != null || next.isWord("value")) {
            args.next("value");
            Item exprItem = exprAssignment != null ? exprAssignment.value() : args.next("expression after VALUE");
            function = new ExpressionControl(compile(card, card.expression(exprItem), inputs));
        } else if (next.isWord("poly")) {
            args.next("POLY");
            function = polynomial(card, args, control, inputs, syntax);
        } else if (next.isWord("table") || next.isWord("laplace") || next.isWord("freq")
                || next.isWord("chebyshev")) {
            throw card.error("the " + ((Item.Word) next).lower().toUpperCase(java.util.Locale.ROOT)
                    + " form of dependent sources is not supported; use value={...}");
        } else {
            if (control == Control.VOLTAGE) {
                inputs.voltage(args.node("positive controlling node"), args.node("negative controlling node"));
            } else {
                inputs.current(card.deviceReference(args.word("controlling voltage source")));
            }
            function = new LinearControl(args.value(voltageOutput == (control == Control.VOLTAGE) ? "gain"
                    : control == Control.VOLTAGE ? "transconductance" : "transresistance"));
        }
        skipOptional(card, args);
        return voltageOutput
                ? new ControlledVoltageSource(card.name(), card.location(), plus, minus, inputs, function)
                : new ControlledCurrentSource(card.name(), card.location(), plus, minus, inputs, function);
    }

    /** Accepts and ignores the harmless trailing options some netlists carry (m=1 is honoured by value). */
    private static void skipOptional(InstanceCard card, Arguments args) throws NetlistException {
        for (Item.Assignment a : args.remainingAssignments()) {
            if (a.key().equals("m") && card.value(a.value(), "multiplier") == 1.0) {
                continue;
            }
            throw card.error("unexpected parameter '" + a.key() + "'");
        }
    }

    private static ControlFunction polynomial(InstanceCard card, Arguments args, Control control, ControlInputs inputs,
                                              String syntax) throws NetlistException {
        Item g = args.next("(n) after POLY");
        if (!(g instanceof Item.Group group) || group.items().size() != 1) {
            throw card.error("POLY needs its dimension in parentheses, e.g. POLY(2)");
        }
        double dim = card.value(group.items().get(0), "POLY dimension");
        if (dim < 1 || dim != Math.rint(dim) || dim > 20) {
            throw card.error("POLY dimension must be an integer from 1 to 20, got " + dim);
        }
        int n = (int) dim;
        for (int k = 0; k < n; k++) {
            if (control == Control.VOLTAGE) {
                // ngspice also accepts the pair in parentheses: POLY(2) (a,0) (b,0)
                Item first = args.peek();
                if (first instanceof Item.Group pair) {
                    args.next("controlling node pair");
                    Arguments inner = new Arguments(card, pair.items(), syntax);
                    inputs.voltage(inner.node("controlling node"), inner.node("controlling node"));
                    inner.end();
                } else {
                    inputs.voltage(args.node("controlling node " + (2 * k + 1)), args.node("controlling node " + (2 * k + 2)));
                }
            } else {
                inputs.current(card.deviceReference(args.word("controlling source " + (k + 1))));
            }
        }
        if (inputs.size() != n) {
            throw card.error("POLY(" + n + ") lists the same controlling input twice");
        }
        List<Double> coefficients = new ArrayList<>();
        while (args.hasNext() && !(args.peek() instanceof Item.Assignment)) {
            coefficients.add(args.value("polynomial coefficient"));
        }
        if (coefficients.isEmpty()) {
            throw card.error("POLY(" + n + ") needs at least one coefficient");
        }
        double[] c = coefficients.stream().mapToDouble(Double::doubleValue).toArray();
        return new PolynomialControl(n, c);
    }

    /**
     * Compiles a device expression: parameters fold to constants; {@code v(a)}, {@code v(a,b)},
     * {@code i(vx)}, {@code time} and {@code temper} become control inputs.
     */
    static CompiledExpr compile(InstanceCard card, Expr e, ControlInputs inputs) throws NetlistException {
        VariableBinder binder = new VariableBinder() {
            @Override
            public int identifier(String name) {
                return switch (name) {
                    case "time" -> inputs.time();
                    case "temper" -> inputs.temperature();
                    default -> -1;
                };
            }

            @Override
            public int probe(String function, List<String> probeArgs) throws ExprException {
                if (function.equals("v") && (probeArgs.size() == 1 || probeArgs.size() == 2)) {
                    int a = card.node(probeArgs.get(0));
                    int b = probeArgs.size() == 2 ? card.node(probeArgs.get(1)) : SetupContext.GROUND;
                    return inputs.voltage(a, b);
                }
                if (function.equals("i") && probeArgs.size() == 1) {
                    return inputs.current(card.deviceReference(probeArgs.get(0)));
                }
                throw new ExprException(function + "(" + String.join(",", probeArgs) + ") is not a voltage or current", -1);
            }
        };
        try {
            return CompiledExpr.compile(e, card.scope(), binder);
        } catch (ExprException x) {
            throw card.error("in expression {" + e + "}: " + x.getMessage());
        } catch (ParameterScope.EvaluationFailure f) {
            throw f.diagnostic();
        }
    }
}
