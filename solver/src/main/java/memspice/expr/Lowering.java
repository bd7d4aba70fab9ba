package memspice.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates an {@link Expr} into a {@link Node} graph for {@link CompiledExpr}: parameters become
 * constants, user functions are inlined with their arguments substituted, identifiers and probes
 * are bound to variables through the {@link VariableBinder}, and constants are folded.
 *
 * <p>A condition of {@code ?:}/{@code if} or a left operand of {@code &&}/{@code ||} that folds to a
 * constant makes the unused operand disappear unseen (it is not even bound), as the lazy
 * {@link Expr#evaluate} would skip it. A constant part that folds to NaN or infinity from finite
 * operands ({@code sqrt(-4)}, {@code 1e200*1e200}) is an error, as in ngspice B sources; note that
 * {@code 1/0} folds to 1e32 ({@link MathFn}).
 */
final class Lowering {
    private final Scope scope;
    private final VariableBinder binder;
    private final NodeFactory f;
    private final Map<String, Node> identifiers = new HashMap<>();
    private final Map<List<String>, Node> probes = new HashMap<>();

    /** See {@code ConstantEvaluator.Frame}: locals, function chain, outermost call offset. */
    private record Frame(Map<String, Node> locals, List<String> chain, int callSite) {
    }

    Lowering(Scope scope, VariableBinder binder, NodeFactory f) {
        this.scope = scope == null ? Scope.EMPTY : scope;
        this.binder = binder;
        this.f = f;
    }

    Node lower(Expr e) throws ExprException {
        return lower(e, new Frame(Map.of(), List.of(), -1));
    }

    private Node lower(Expr e, Frame fr) throws ExprException {
        if (e instanceof NumberExpr n) {
            return f.constant(n.value());
        }
        if (e instanceof IdentifierExpr id) {
            return name(id, fr);
        }
        if (e instanceof ProbeExpr p) {
            return probe(p, fr);
        }
        if (e instanceof UnaryExpr u) {
            return checked(f.make(u.operator().op, lower(u.operand(), fr)), e, fr);
        }
        if (e instanceof BinaryExpr b) {
            Node left = lower(b.left(), fr);
            Operator op = b.operator();
            if (left.isConst() && op == Operator.AND && left.value == 0) {
                return f.constant(0);
            }
            if (left.isConst() && op == Operator.OR && left.value != 0) {
                return f.constant(1);
            }
            return checked(f.make(op.op, left, lower(b.right(), fr)), e, fr);
        }
        if (e instanceof TernaryExpr t) {
            return select(t.condition(), t.then(), t.otherwise(), fr);
        }
        return call((CallExpr) e, fr);
    }

    private Node name(IdentifierExpr id, Frame fr) throws ExprException {
        String name = id.name();
        Node local = fr.locals().get(name);
        if (local != null) {
            return local;
        }
        Node bound = identifiers.get(name);
        if (bound == null) {
            int index = binder == null ? -1 : binder.identifier(name);
            if (index >= 0) {
                bound = f.variable(index);
            } else {
                Double v = scope.parameter(name);
                if (v == null) {
                    v = Builtins.constant(name);
                }
                if (v == null) {
                    throw error("undefined parameter '" + name + "'", id, fr);
                }
                bound = f.constant(v);
            }
            identifiers.put(name, bound);
        }
        return bound;
    }

    private Node probe(ProbeExpr p, Frame fr) throws ExprException {
        if (binder == null) {
            throw error(p + " is not allowed here", p, fr);
        }
        List<String> key = new ArrayList<>(p.args());
        key.add(0, p.function());
        Node bound = probes.get(key);
        if (bound == null) {
            int index;
            try {
                index = binder.probe(p.function(), p.args());
            } catch (ExprException ex) {
                throw fr.callSite() < 0 ? ex.at(p.offset()) : error(ex.getMessage(), p, fr);
            }
            if (index < 0) {
                throw error("cannot bind " + p, p, fr);
            }
            bound = f.variable(index);
            probes.put(key, bound);
        }
        return bound;
    }

    private Node select(Expr cond, Expr then, Expr otherwise, Frame fr) throws ExprException {
        Node c = lower(cond, fr);
        if (c.isConst()) {
            return c.value != 0 ? lower(then, fr) : lower(otherwise, fr);
        }
        return f.make(Op.SELECT, c, lower(then, fr), lower(otherwise, fr));
    }

    private Node call(CallExpr c, Frame fr) throws ExprException {
        FunctionDef def = scope.function(c.name());
        if (def != null) {
            return inline(c, def, fr);
        }
        int op;
        try {
            op = Builtins.op(c.name(), c.args().size(), c.offset());
        } catch (ExprException ex) {
            throw error(ex.getMessage(), c, fr);
        }
        List<Expr> args = c.args();
        if (op == Op.SELECT) {
            return select(args.get(0), args.get(1), args.get(2), fr);
        }
        Node a = lower(args.get(0), fr);
        Node b = args.size() > 1 ? lower(args.get(1), fr) : null;
        Node d = args.size() > 2 ? lower(args.get(2), fr) : null;
        return checked(f.make(op, a, b, d), c, fr);
    }

    private Node inline(CallExpr c, FunctionDef def, Frame fr) throws ExprException {
        if (def.parameters().size() != c.args().size()) {
            throw error(ConstantEvaluator.arityMessage(def, c.args().size()), c, fr);
        }
        int at = fr.callSite() >= 0 ? fr.callSite() : c.offset();
        if (fr.chain().contains(def.name())) {
            throw new ExprException(ConstantEvaluator.recursionMessage(fr.chain(), def.name()), at);
        }
        Map<String, Node> locals = new HashMap<>();
        for (int k = 0; k < c.args().size(); k++) {
            locals.put(def.parameters().get(k), lower(c.args().get(k), fr));
        }
        List<String> chain = new ArrayList<>(fr.chain());
        chain.add(def.name());
        return lower(def.body(), new Frame(locals, chain, at));
    }

    /**
     * {@code n}, unless it is a constant folded to NaN or infinity. Its operands were checked when
     * they were lowered, so they were finite (unless a scope parameter itself is not finite).
     */
    private static Node checked(Node n, Expr e, Frame fr) throws ExprException {
        if (n.isConst() && !Double.isFinite(n.value)) {
            throw error("'" + e + "' is out of range", e, fr);
        }
        return n;
    }

    private static ExprException error(String message, Expr e, Frame fr) {
        if (fr.callSite() < 0) {
            return new ExprException(message, e.offset());
        }
        return new ExprException("in function '" + fr.chain().get(fr.chain().size() - 1) + "': " + message,
                fr.callSite());
    }
}
