package memspice.expr;

import java.util.Set;

/** A name: a parameter, a {@code .func} argument, a simulator variable or a built-in constant. */
public final class IdentifierExpr extends Expr {
    private final String name;

    IdentifierExpr(String name, int offset) {
        super(offset);
        this.name = name;
    }

    /** Lower-case name. */
    public String name() {
        return name;
    }

    @Override
    int precedence() {
        return Operator.PRIMARY;
    }

    @Override
    void print(StringBuilder sb) {
        sb.append(name);
    }

    @Override
    void collect(Set<String> ids, Set<String> fns) {
        if (ids != null) {
            ids.add(name);
        }
    }
}
