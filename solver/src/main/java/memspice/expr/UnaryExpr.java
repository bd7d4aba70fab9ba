package memspice.expr;

import java.util.Set;

/** {@code -x} or {@code !x} (unary plus is dropped by the parser). */
public final class UnaryExpr extends Expr {
    private final Operator operator;
    private final Expr operand;

    UnaryExpr(Operator operator, Expr operand, int offset) {
        super(offset);
        this.operator = operator;
        this.operand = operand;
    }

    /** {@link Operator#NEG} or {@link Operator#NOT}. */
    Operator operator() {
        return operator;
    }

    /** "-" or "!". */
    public String symbol() {
        return operator.symbol;
    }

    public Expr operand() {
        return operand;
    }

    @Override
    int precedence() {
        return Operator.UNARY;
    }

    @Override
    void print(StringBuilder sb) {
        sb.append(operator.symbol);
        // operand grammar is 'unary | power': both print without parentheses
        print(sb, operand, operand.precedence() < Operator.UNARY);
    }

    @Override
    void collect(Set<String> ids, Set<String> fns) {
        operand.collect(ids, fns);
    }
}
