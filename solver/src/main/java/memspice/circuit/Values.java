package memspice.circuit;

import memspice.expr.Expr;
import memspice.expr.ExprException;
import memspice.expr.SpiceNumber;
import memspice.netlist.Item;
import memspice.netlist.NetlistException;
import memspice.netlist.ParameterScope;
import memspice.netlist.SourceLocation;

/**
 * Evaluates the value items of cards: SPICE numbers ({@code 10k}), braced or quoted expressions
 * ({@code {2*r}}), and bare parameter names or expressions without spaces ({@code rload},
 * {@code 2*r}).
 */
public final class Values {

    private Values() {
    }

    /**
     * @param what what the value is, for the message ("resistance")
     * @throws NetlistException naming the location, the value as written and the problem
     */
    public static double evaluate(Item item, ParameterScope scope, SourceLocation at, String what)
            throws NetlistException {
        if (item instanceof Item.Word w) {
            String t = w.text();
            double number = SpiceNumber.valueOrNaN(t);
            if (number == number) {                        // not NaN: a plain SPICE number
                return number;
            }
            Expr e;
            try {
                e = Expr.parse(t);
            } catch (ExprException x) {
                throw new NetlistException(at, "bad " + what + " '" + t + "': not a number or expression");
            }
            try {
                return scope.evaluate(e, at);
            } catch (NetlistException x) {
                throw new NetlistException(at, "bad " + what + " '" + t + "': " + x.problem());
            }
        }
        if (item instanceof Item.ExprText e) {
            Expr expr;
            try {
                expr = Expr.parse(e.text());
            } catch (ExprException x) {
                throw new NetlistException(at, "bad expression for " + what + " {" + e.text() + "}: " + x.getMessage());
            }
            return scope.evaluate(expr, at);
        }
        throw new NetlistException(at, "expected a number for " + what + ", got '" + item + "'");
    }

    /** Parses an item as an expression (braced, quoted or bare). */
    public static Expr expression(Item item, SourceLocation at, String what) throws NetlistException {
        String text;
        if (item instanceof Item.ExprText e) {
            text = e.text();
        } else if (item instanceof Item.Word w) {
            text = w.text();
        } else {
            throw new NetlistException(at, "expected an expression for " + what + ", got '" + item + "'");
        }
        try {
            return Expr.parse(text);
        } catch (ExprException x) {
            throw new NetlistException(at, "bad expression for " + what + " '" + text + "': " + x.getMessage());
        }
    }
}
