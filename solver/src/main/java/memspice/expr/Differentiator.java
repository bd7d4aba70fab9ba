package memspice.expr;

import java.util.HashMap;
import java.util.Map;

/**
 * Symbolic partial derivative of a {@link Node} graph with respect to one variable.
 *
 * <p>Exact for smooth operations, using the same numeric conventions as the value (so the
 * derivative of {@code a/b} also pushes its divisor 1e-32 away from zero). Piecewise operations
 * (abs, min, max, limit, uramp, sign, select/if/?:) take the derivative of the piece that the
 * value selects, with the same comparison: at a tie {@code min(a,b)} follows {@code a},
 * {@code abs(x)} at 0 has slope 1, {@code limit(x,lo,hi)} at {@code x==lo} has slope 1. Steps,
 * rounding and comparisons ({@code u, stp, sgn, floor, ceil, int, nint, ==, <, &&, !}) have
 * derivative 0. Singular points give what the formula gives: {@code sqrt} at 0 has slope
 * 1/(2*0 + 1e-32) = 1e32, {@code x^0.5} at 0 has slope +infinity.
 */
final class Differentiator {
    private static final double LN10 = Math.log(10);

    private final NodeFactory f;
    private final int variable;
    private final Map<Node, Node> memo = new HashMap<>();

    Differentiator(NodeFactory f, int variable) {
        this.f = f;
        this.variable = variable;
    }

    /** d n / d var. */
    Node derivative(Node n) {
        Node d = memo.get(n);
        if (d == null) {
            d = compute(n);
            memo.put(n, d);
        }
        return d;
    }

    private Node compute(Node n) {
        Node a = n.a, b = n.b;
        switch (n.op) {
            case Op.CONST:
                return zero();
            case Op.VAR:
                return f.constant(n.var == variable ? 1 : 0);
            case Op.NOT: case Op.EQ: case Op.NE: case Op.LT: case Op.LE: case Op.GT: case Op.GE:
            case Op.AND: case Op.OR: case Op.SGN: case Op.FLOOR: case Op.CEIL: case Op.INT: case Op.NINT:
            case Op.U: case Op.STP:
                return zero();
            default:
                break;
        }
        Node da = derivative(a);
        switch (n.op) {
            case Op.NEG: return neg(da);
            case Op.ADD: return f.make(Op.ADD, da, derivative(b));
            case Op.SUB: return f.make(Op.SUB, da, derivative(b));
            case Op.MUL: return add(mul(da, b), mul(a, derivative(b)));
            case Op.DIV: return f.make(Op.DIV, f.make(Op.SUB, da, mul(n, derivative(b))), b);
            case Op.MOD: return f.make(Op.SUB, da, mul(f.make(Op.INT, f.make(Op.DIV, a, b)), derivative(b)));
            case Op.POW: return add(mul(f.make(Op.POW_DA, a, b), da), mul(f.make(Op.POW_DB, a, b), derivative(b)));
            case Op.PWR: return add(mul(f.make(Op.PWR_DA, a, b), da), mul(f.make(Op.PWR_DB, a, b), derivative(b)));
            case Op.SELECT: return f.make(Op.SELECT, a, derivative(b), derivative(n.c));
            case Op.ABS: return absSlope(a, da);
            case Op.SQRT: return f.make(Op.DIV, da, mul(f.constant(2), n));
            case Op.EXP: return mul(f.make(Op.EXP_D, a), da);
            case Op.LN: return f.make(Op.DIV, da, a);
            case Op.LOG10: return f.make(Op.DIV, da, mul(f.constant(LN10), a));
            case Op.SIN: return mul(f.make(Op.COS, a), da);
            case Op.COS: return neg(mul(f.make(Op.SIN, a), da));
            case Op.TAN: return mul(add(f.constant(1), mul(n, n)), da);
            case Op.ASIN: return f.make(Op.DIV, da, f.make(Op.SQRT, f.make(Op.SUB, f.constant(1), mul(a, a))));
            case Op.ACOS: return neg(f.make(Op.DIV, da, f.make(Op.SQRT, f.make(Op.SUB, f.constant(1), mul(a, a)))));
            case Op.ATAN: return f.make(Op.DIV, da, add(f.constant(1), mul(a, a)));
            case Op.ATAN2: // atan2(y=a, x=b): (x dy - y dx) / (x^2 + y^2)
                return f.make(Op.DIV, f.make(Op.SUB, mul(b, da), mul(a, derivative(b))), add(mul(a, a), mul(b, b)));
            case Op.SINH: return mul(f.make(Op.COSH, a), da);
            case Op.COSH: return mul(f.make(Op.SINH, a), da);
            case Op.TANH: return mul(f.make(Op.SUB, f.constant(1), mul(n, n)), da);
            case Op.ASINH: return f.make(Op.DIV, da, f.make(Op.SQRT, add(mul(a, a), f.constant(1))));
            case Op.ACOSH: return f.make(Op.DIV, da, f.make(Op.SQRT, f.make(Op.SUB, mul(a, a), f.constant(1))));
            case Op.ATANH: return f.make(Op.DIV, da, f.make(Op.SUB, f.constant(1), mul(a, a)));
            case Op.MIN: return f.make(Op.SELECT, f.make(Op.LE, a, b), da, derivative(b));
            case Op.MAX: return f.make(Op.SELECT, f.make(Op.GE, a, b), da, derivative(b));
            case Op.SIGN2: {
                Node dAbs = absSlope(a, da);
                return f.make(Op.SELECT, f.make(Op.GE, b, zero()), dAbs, neg(dAbs));
            }
            case Op.URAMP: return f.make(Op.SELECT, f.make(Op.GT, a, zero()), da, zero());
            case Op.LIMIT: // a < lo ? lo : a > hi ? hi : a
                return f.make(Op.SELECT, f.make(Op.LT, a, b), derivative(b),
                        f.make(Op.SELECT, f.make(Op.GT, a, n.c), derivative(n.c), da));
            default:
                throw new IllegalStateException("no derivative for " + Op.name(n.op));
        }
    }

    /** d|a| from da: the slope of the piece abs() uses ({@code a >= 0}: a, else -a). */
    private Node absSlope(Node a, Node da) {
        return f.make(Op.SELECT, f.make(Op.GE, a, zero()), da, neg(da));
    }

    private Node zero() {
        return f.constant(0);
    }

    private Node neg(Node x) {
        return f.make(Op.NEG, x);
    }

    private Node add(Node x, Node y) {
        return f.make(Op.ADD, x, y);
    }

    private Node mul(Node x, Node y) {
        return f.make(Op.MUL, x, y);
    }
}
