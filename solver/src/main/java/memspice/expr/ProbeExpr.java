package memspice.expr;

import java.util.List;
import java.util.Set;

/** {@code v(node)}, {@code v(node1, node2)} or {@code i(device)}. */
public final class ProbeExpr extends Expr {
    private final String function;
    private final List<String> args;

    ProbeExpr(String function, List<String> args, int offset) {
        super(offset);
        this.function = function;
        this.args = List.copyOf(args);
    }

    /** "v" or "i". */
    public String function() {
        return function;
    }

    /** Node or device names, lower case. */
    public List<String> args() {
        return args;
    }

    @Override
    int precedence() {
        return Operator.PRIMARY;
    }

    @Override
    void print(StringBuilder sb) {
        sb.append(function).append('(').append(String.join(", ", args)).append(')');
    }

    @Override
    void collect(Set<String> ids, Set<String> fns) {
    }
}
