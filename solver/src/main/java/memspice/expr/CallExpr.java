package memspice.expr;

import java.util.List;
import java.util.Set;

/** A call of a built-in function or a user {@code .func}: {@code name(arg, ...)}. */
public final class CallExpr extends Expr {
    private final String name;
    private final List<Expr> args;

    CallExpr(String name, List<Expr> args, int offset) {
        super(offset);
        this.name = name;
        this.args = List.copyOf(args);
    }

    /** Lower-case function name. */
    public String name() {
        return name;
    }

    public List<Expr> args() {
        return args;
    }

    @Override
    int precedence() {
        return Operator.PRIMARY;
    }

    @Override
    void print(StringBuilder sb) {
        sb.append(name).append('(');
        for (int k = 0; k < args.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            args.get(k).print(sb);
        }
        sb.append(')');
    }

    @Override
    void collect(Set<String> ids, Set<String> fns) {
        if (fns != null) {
            fns.add(name);
        }
        for (Expr a : args) {
            a.collect(ids, fns);
        }
    }
}
