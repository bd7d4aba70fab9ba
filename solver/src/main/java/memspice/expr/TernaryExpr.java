package memspice.expr;

import java.util.Set;

/** {@code condition ? then : otherwise}; a non-zero condition selects {@code then}. */
public final class TernaryExpr extends Expr {
    private final Expr condition;
    private final Expr then;
    private final Expr otherwise;

    TernaryExpr(Expr condition, Expr then, Expr otherwise, int offset) {
        super(offset);
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
    }

    public Expr condition() {
        return condition;
    }

    public Expr then() {
        return then;
    }

    public Expr otherwise() {
        return otherwise;
    }

    @Override
    int precedence() {
        return Operator.TERNARY;
    }

    @Override
    void print(StringBuilder sb) {
        print(sb, condition, condition.precedence() <= Operator.TERNARY);
        sb.append(" ? ");
        then.print(sb);
        sb.append(" : ");
        otherwise.print(sb);
    }

    @Override
    void collect(Set<String> ids, Set<String> fns) {
        condition.collect(ids, fns);
        then.collect(ids, fns);
        otherwise.collect(ids, fns);
    }
}
