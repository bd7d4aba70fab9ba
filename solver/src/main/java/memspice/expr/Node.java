package memspice.expr;

/**
 * A node of a compiled expression graph. Nodes are created only by {@link NodeFactory}, which
 * shares equal nodes, so identity comparison means structural equality within one factory.
 */
final class Node {
    /** {@link Op} code. */
    final int op;
    /** Operands; null beyond {@link Op#arity}. */
    final Node a, b, c;
    /** Value of a {@link Op#CONST}. */
    final double value;
    /** Variable index of a {@link Op#VAR}. */
    final int var;
    /** Creation order within the factory: operands always have smaller ids. */
    final int id;

    Node(int op, Node a, Node b, Node c, double value, int var, int id) {
        this.op = op;
        this.a = a;
        this.b = b;
        this.c = c;
        this.value = value;
        this.var = var;
        this.id = id;
    }

    boolean isConst() {
        return op == Op.CONST;
    }

    boolean isConst(double v) {
        return op == Op.CONST && value == v;
    }

    /** Operand {@code k} (0, 1 or 2). */
    Node operand(int k) {
        return k == 0 ? a : k == 1 ? b : c;
    }

    /** Prefix form for debugging, e.g. {@code (+ v3 (* 2 v1))}. */
    @Override
    public String toString() {
        if (op == Op.CONST) {
            return NumberExpr.format(value);
        }
        if (op == Op.VAR) {
            return "v" + var;
        }
        StringBuilder sb = new StringBuilder("(").append(Op.name(op));
        for (int k = 0; k < Op.arity(op); k++) {
            sb.append(' ').append(operand(k));
        }
        return sb.append(')').toString();
    }
}
