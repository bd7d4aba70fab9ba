package memspice.expr;

import java.util.Set;

/** {@code left op right} for the binary operators of {@link Operator}. */
public final class BinaryExpr extends Expr {
    private final Operator operator;
    private final Expr left;
    private final Expr right;

    BinaryExpr(Operator operator, Expr left, Expr right, int offset) {
        super(offset);
        this.operator = operator;
        this.left = left;
        this.right = right;
    }

    Operator operator() {
        return operator;
    }

    /** Canonical symbol: "^" also for "**", "!=" also for "&lt;&gt;". */
    public String symbol() {
        return operator.symbol;
    }

    public Expr left() {
        return left;
    }

    public Expr right() {
        return right;
    }

    @Override
    int precedence() {
        return operator.precedence;
    }

    @Override
    void print(StringBuilder sb) {
        int p = operator.precedence;
        if (operator == Operator.POW) {
            // left associative; the right operand is printed as a primary so that "a^(-b)^c" keeps
            // its grouping (powerArg '-' unary would swallow the following ^c)
            print(sb, left, left.precedence() < p);
            sb.append('^');
            print(sb, right, right.precedence() < Operator.PRIMARY);
            return;
        }
        print(sb, left, left.precedence() < p);
        sb.append(' ').append(operator.symbol).append(' ');
        print(sb, right, right.precedence() <= p);
    }

    @Override
    void collect(Set<String> ids, Set<String> fns) {
        left.collect(ids, fns);
        right.collect(ids, fns);
    }
}
