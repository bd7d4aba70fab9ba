package memspice.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Implements {@link Expr#evaluate}: {@code .param} semantics, strict about non-finite results.
 * Numeric meaning comes from {@link MathFn}, except that division by zero, {@code exp} overflow and
 * {@code ln(0)} are errors here (ngspice 39 {@code .param} rejects every NaN or infinite value).
 */
final class ConstantEvaluator {
    private final Scope scope;

    ConstantEvaluator(Scope scope) {
        this.scope = scope == null ? Scope.EMPTY : scope;
    }

    /**
     * Where names are looked up and errors are placed: arguments of the user function being
     * evaluated (empty at top level), the chain of user functions, and the offset of the outermost
     * call in the user's text (-1 at top level).
     */
    private record Frame(Map<String, Double> locals, List<String> chain, int callSite) {
    }

    double evaluate(Expr e) throws ExprException {
        return eval(e, new Frame(Map.of(), List.of(), -1));
    }

    private double eval(Expr e, Frame f) throws ExprException {
        if (e instanceof NumberExpr n) {
            return n.value();
        }
        if (e instanceof IdentifierExpr id) {
            return name(id, f);
        }
        if (e instanceof ProbeExpr p) {
            throw error(p + " is not allowed here", e, f);
        }
        if (e instanceof UnaryExpr u) {
            double x = eval(u.operand(), f);
            return MathFn.apply(u.operator().op, x, 0, 0);
        }
        if (e instanceof BinaryExpr b) {
            return binary(b, f);
        }
        if (e instanceof TernaryExpr t) {
            return eval(t.condition(), f) != 0 ? eval(t.then(), f) : eval(t.otherwise(), f);
        }
        return call((CallExpr) e, f);
    }

    private double name(IdentifierExpr id, Frame f) throws ExprException {
        Double v = f.locals().get(id.name());
        if (v == null) {
            v = scope.parameter(id.name());
        }
        if (v == null) {
            v = Builtins.constant(id.name());
        }
        if (v == null) {
            throw error("undefined parameter '" + id.name() + "'", id, f);
        }
        return v;
    }

    private double binary(BinaryExpr b, Frame f) throws ExprException {
        Operator op = b.operator();
        double x = eval(b.left(), f);
        if (op == Operator.AND && x == 0) {
            return 0;
        }
        if (op == Operator.OR && x != 0) {
            return 1;
        }
        double y = eval(b.right(), f);
        if (op == Operator.DIV) {
            if (y == 0) {
                throw error("division by zero", b, f);
            }
        }
        // plain division here: the 1e-32 divisor shift is for device evaluation only
        double r = op == Operator.DIV ? x / y : MathFn.apply(op.op, x, y, 0);
        if (!Double.isFinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw error(NumberExpr.format(x) + " " + op.symbol + " " + NumberExpr.format(y) + " is out of range", b, f);
        }
        return r;
    }

    private double call(CallExpr c, Frame f) throws ExprException {
        FunctionDef def = scope.function(c.name());
        if (def != null) {
            return userCall(c, def, f);
        }
        int op;
        try {
            op = Builtins.op(c.name(), c.args().size(), c.offset());
        } catch (ExprException ex) {
            throw error(ex.getMessage(), c, f);
        }
        if (op == Op.SELECT) {
            List<Expr> a = c.args();
            return eval(a.get(0), f) != 0 ? eval(a.get(1), f) : eval(a.get(2), f);
        }
        int n = c.args().size();
        double[] a = new double[3];
        for (int k = 0; k < n; k++) {
            a[k] = eval(c.args().get(k), f);
        }
        double r;
        if (op == Op.EXP) {
            r = Math.exp(a[0]); // no 1e99 cap here: overflow is an error
        } else if ((op == Op.LN || op == Op.LOG10) && a[0] == 0) {
            r = Double.NEGATIVE_INFINITY;
        } else {
            r = MathFn.apply(op, a[0], a[1], a[2]);
        }
        if (!Double.isFinite(r) && Double.isFinite(a[0]) && Double.isFinite(a[1]) && Double.isFinite(a[2])) {
            StringBuilder text = new StringBuilder(c.name()).append('(');
            for (int k = 0; k < n; k++) {
                text.append(k > 0 ? ", " : "").append(NumberExpr.format(a[k]));
            }
            throw error(text.append(") is out of range").toString(), c, f);
        }
        return r;
    }

    private double userCall(CallExpr c, FunctionDef def, Frame f) throws ExprException {
        int at = f.callSite() >= 0 ? f.callSite() : c.offset();
        if (def.parameters().size() != c.args().size()) {
            throw error(arityMessage(def, c.args().size()), c, f);
        }
        if (f.chain().contains(def.name())) {
            throw new ExprException(recursionMessage(f.chain(), def.name()), at);
        }
        Map<String, Double> locals = new HashMap<>();
        for (int k = 0; k < c.args().size(); k++) {
            locals.put(def.parameters().get(k), eval(c.args().get(k), f));
        }
        List<String> chain = new ArrayList<>(f.chain());
        chain.add(def.name());
        return eval(def.body(), new Frame(locals, chain, at));
    }

    static String arityMessage(FunctionDef def, int got) {
        int n = def.parameters().size();
        return "function '" + def.name() + "' takes " + n + (n == 1 ? " argument" : " arguments") + ", got " + got;
    }

    static String recursionMessage(List<String> chain, String name) {
        int from = chain.indexOf(name);
        return "recursive call of function '" + name + "' (" + String.join(" -> ", chain.subList(from, chain.size()))
                + " -> " + name + ")";
    }

    /** An error at {@code e}, or at the outermost call site when inside a user function. */
    private static ExprException error(String message, Expr e, Frame f) {
        if (f.callSite() < 0) {
            return new ExprException(message, e.offset());
        }
        return new ExprException("in function '" + f.chain().get(f.chain().size() - 1) + "': " + message, f.callSite());
    }
}
