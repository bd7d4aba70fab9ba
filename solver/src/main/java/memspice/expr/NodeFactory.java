package memspice.expr;

import java.util.HashMap;
import java.util.Map;

/**
 * Creates {@link Node}s with constant folding, light algebraic simplification and sharing of equal
 * nodes (hash-consing), so that a derivative reuses the nodes of the value it differentiates.
 *
 * <p>Simplifications: constant operands fold through {@link MathFn#apply}; {@code x+0}, {@code x-0},
 * {@code x*1}, {@code x/1} give x; {@code x*0}, {@code 0/x}, {@code x-x} give 0 (even if x is NaN at
 * run time: a device never needs that NaN); {@code --x} gives x; {@code x^0} gives 1;
 * {@code select} with a constant condition or equal branches gives the branch. Sums and products
 * order their operands so that {@code a*b} and {@code b*a} are shared.
 */
final class NodeFactory {
    private record Key(int op, int a, int b, int c, long bits, int var) {
    }

    private final Map<Key, Node> nodes = new HashMap<>();
    private int nextId;

    Node constant(double v) {
        return intern(Op.CONST, null, null, null, v, -1);
    }

    Node variable(int index) {
        return intern(Op.VAR, null, null, null, 0, index);
    }

    Node make(int op, Node a) {
        return make(op, a, null, null);
    }

    Node make(int op, Node a, Node b) {
        return make(op, a, b, null);
    }

    /** A node for {@code op} applied to the operands (null beyond the op's arity), simplified. */
    Node make(int op, Node a, Node b, Node c) {
        int n = Op.arity(op);
        if (a.isConst() && (n < 2 || b.isConst()) && (n < 3 || c.isConst())) {
            return constant(MathFn.apply(op, a.value, n < 2 ? 0 : b.value, n < 3 ? 0 : c.value));
        }
        Node s = simplify(op, a, b, c);
        if (s != null) {
            return s;
        }
        if ((op == Op.ADD || op == Op.MUL) && a.id > b.id) {
            Node t = a;
            a = b;
            b = t;
        }
        return intern(op, a, b, c, 0, -1);
    }

    /** A simpler equivalent node, or null. */
    private Node simplify(int op, Node a, Node b, Node c) {
        switch (op) {
            case Op.NEG:
                return a.op == Op.NEG ? a.a : null;
            case Op.ADD:
                if (a.isConst(0)) {
                    return b;
                }
                if (b.isConst(0)) {
                    return a;
                }
                if (b.op == Op.NEG) {
                    return make(Op.SUB, a, b.a);
                }
                return a.op == Op.NEG ? make(Op.SUB, b, a.a) : null;
            case Op.SUB:
                if (b.isConst(0)) {
                    return a;
                }
                if (a.isConst(0)) {
                    return make(Op.NEG, b);
                }
                if (a == b) {
                    return constant(0);
                }
                return b.op == Op.NEG ? make(Op.ADD, a, b.a) : null;
            case Op.MUL:
                if (a.isConst(0) || b.isConst(0)) {
                    return constant(0);
                }
                if (a.isConst(1)) {
                    return b;
                }
                if (b.isConst(1)) {
                    return a;
                }
                if (a.isConst(-1)) {
                    return make(Op.NEG, b);
                }
                return b.isConst(-1) ? make(Op.NEG, a) : null;
            case Op.DIV:
                if (a.isConst(0)) {
                    return constant(0);
                }
                if (b.isConst(1)) {
                    return a;
                }
                return b.isConst(-1) ? make(Op.NEG, a) : null;
            case Op.POW:
                return b.isConst(0) ? constant(1) : null;
            case Op.SELECT:
                if (a.isConst()) {
                    return a.value != 0 ? b : c;
                }
                boolean same = b == c || (b.isConst() && c.isConst() && b.value == c.value); // 0 and -0 too
                return same ? b : null;
            default:
                return null;
        }
    }

    private Node intern(int op, Node a, Node b, Node c, double value, int var) {
        Key key = new Key(op, a == null ? -1 : a.id, b == null ? -1 : b.id, c == null ? -1 : c.id,
                Double.doubleToRawLongBits(value), var);
        Node node = nodes.get(key);
        if (node == null) {
            node = new Node(op, a, b, c, value, var, nextId++);
            nodes.put(key, node);
        }
        return node;
    }
}
