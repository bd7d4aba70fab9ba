package memspice.expr;

import java.util.Set;

/** A number literal; its value has the scale suffix applied ({@code 1k} is 1000). */
public final class NumberExpr extends Expr {
    private final double value;
    private final String text;

    NumberExpr(double value, String text, int offset) {
        super(offset);
        this.value = value;
        this.text = text;
    }

    public double value() {
        return value;
    }

    /** The literal as written ({@code "10kOhm"}). */
    public String text() {
        return text;
    }

    @Override
    int precedence() {
        return value < 0 ? Operator.UNARY : Operator.PRIMARY;
    }

    @Override
    void print(StringBuilder sb) {
        sb.append(format(value));
    }

    @Override
    void collect(Set<String> ids, Set<String> fns) {
    }

    /** Shortest re-parsable text: integers without a fraction, others as Java prints doubles. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
