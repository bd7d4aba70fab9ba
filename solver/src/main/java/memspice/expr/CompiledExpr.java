package memspice.expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A device expression compiled to a flat register program with symbolic partial derivatives, for
 * evaluation inside Newton iterations without allocation.
 *
 * <p>Numeric semantics are those of ngspice B sources ({@link MathFn}): {@link #value} never throws;
 * where ngspice reports "out of range" (e.g. {@code sqrt} of a negative voltage) the result is NaN or
 * infinite, and the caller should treat a non-finite value as a failed evaluation. Both branches of
 * {@code ?:} are computed and one is selected, so a NaN in the other branch does not leak.
 *
 * <p>An instance holds its scratch registers: it is not thread-safe. Compile one per device (or per
 * thread).
 */
public final class CompiledExpr {
    private final Node root;
    private final int[] variables;
    private final Node[] gradient;
    private final boolean linear;

    // program: registers, variable loads, instructions (value part first)
    private final double[] reg;
    private final int[] loadReg;
    private final int[] loadVar;
    private final int[] code;
    private final int[] dst;
    private final int[] ra;
    private final int[] rb;
    private final int[] rc;
    private final int valueLength;
    private final int rootReg;
    private final int[] gradReg;

    /**
     * Folds parameters to constants, inlines user functions (.func, with argument substitution;
     * recursion -> ExprException), binds identifiers/probes through binder, folds constants, and
     * prepares symbolic partial derivatives with respect to every variable it uses.
     *
     * <p>Identifier lookup: {@code .func} arguments, then {@code binder.identifier} (so a
     * {@code .param time} does not hide the variable {@code time}, as in ngspice 39), then
     * {@code scope}, then {@code pi} and {@code e}. A null binder accepts no variables (probes are
     * then "not allowed here"); a null scope is empty.
     *
     * @throws ExprException for undefined names, unknown functions, wrong argument counts,
     *     recursive functions, probes the binder rejects, and constant parts out of range
     */
    public static CompiledExpr compile(Expr e, Scope scope, VariableBinder binder) throws ExprException {
        NodeFactory f = new NodeFactory();
        Node root = new Lowering(scope, binder, f).lower(e);
        TreeSet<Integer> vars = new TreeSet<>();
        collectVariables(root, vars, new IdentityHashMap<>());
        int[] variables = vars.stream().mapToInt(Integer::intValue).toArray();
        Node[] gradient = new Node[variables.length];
        for (int k = 0; k < variables.length; k++) {
            gradient[k] = new Differentiator(f, variables[k]).derivative(root);
        }
        return new CompiledExpr(root, variables, gradient);
    }

    private CompiledExpr(Node root, int[] variables, Node[] gradient) {
        this.root = root;
        this.variables = variables;
        this.gradient = gradient;
        boolean allConst = true;
        for (Node g : gradient) {
            allConst &= g.isConst();
        }
        this.linear = allConst;

        // order nodes: operands before users; value part first
        Map<Node, Integer> regOf = new IdentityHashMap<>();
        List<Node> order = new ArrayList<>();
        place(root, regOf, order);
        int valueNodes = order.size();
        for (Node g : gradient) {
            place(g, regOf, order);
        }
        reg = new double[Math.max(1, order.size())];
        List<Node> loads = new ArrayList<>();
        List<Node> valueInstr = new ArrayList<>();
        List<Node> gradInstr = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Node n = order.get(i);
            if (n.op == Op.CONST) {
                reg[i] = n.value; // constants are loaded once and never overwritten
            } else if (n.op == Op.VAR) {
                loads.add(n);
            } else {
                (i < valueNodes ? valueInstr : gradInstr).add(n);
            }
        }
        loadReg = new int[loads.size()];
        loadVar = new int[loads.size()];
        for (int k = 0; k < loads.size(); k++) {
            loadReg[k] = regOf.get(loads.get(k));
            loadVar[k] = loads.get(k).var;
        }
        List<Node> instr = new ArrayList<>(valueInstr);
        instr.addAll(gradInstr);
        valueLength = valueInstr.size();
        code = new int[instr.size()];
        dst = new int[instr.size()];
        ra = new int[instr.size()];
        rb = new int[instr.size()];
        rc = new int[instr.size()];
        for (int i = 0; i < instr.size(); i++) {
            Node n = instr.get(i);
            code[i] = n.op;
            dst[i] = regOf.get(n);
            ra[i] = n.a == null ? 0 : regOf.get(n.a);
            rb[i] = n.b == null ? 0 : regOf.get(n.b);
            rc[i] = n.c == null ? 0 : regOf.get(n.c);
        }
        rootReg = regOf.get(root);
        gradReg = new int[gradient.length];
        for (int k = 0; k < gradient.length; k++) {
            gradReg[k] = regOf.get(gradient[k]);
        }
    }

    /** Appends {@code n} and its unplaced operands to {@code order}, operands first (iterative DFS). */
    private static void place(Node n, Map<Node, Integer> regOf, List<Node> order) {
        List<Node> stack = new ArrayList<>();
        stack.add(n);
        while (!stack.isEmpty()) {
            Node top = stack.get(stack.size() - 1);
            if (regOf.containsKey(top)) {
                stack.remove(stack.size() - 1);
                continue;
            }
            boolean ready = true;
            for (int k = Op.arity(top.op) - 1; k >= 0; k--) {
                Node o = top.operand(k);
                if (!regOf.containsKey(o)) {
                    stack.add(o);
                    ready = false;
                }
            }
            if (ready) {
                stack.remove(stack.size() - 1);
                regOf.put(top, order.size());
                order.add(top);
            }
        }
    }

    private static void collectVariables(Node n, TreeSet<Integer> vars, Map<Node, Boolean> seen) {
        List<Node> stack = new ArrayList<>();
        stack.add(n);
        while (!stack.isEmpty()) {
            Node top = stack.remove(stack.size() - 1);
            if (seen.put(top, Boolean.TRUE) != null) {
                continue;
            }
            if (top.op == Op.VAR) {
                vars.add(top.var);
            }
            for (int k = 0; k < Op.arity(top.op); k++) {
                stack.add(top.operand(k));
            }
        }
    }

    /** Distinct variable indices the value depends on, ascending (a fresh copy). */
    public int[] variables() {
        return variables.clone();
    }

    /** True if the value uses no variable (then {@link #value} accepts a null array). */
    public boolean isConstant() {
        return root.isConst();
    }

    /**
     * The value; {@code vars} is indexed by variable index. No allocation.
     *
     * @param vars at least as long as the largest index in {@link #variables()} plus one
     */
    public double value(double[] vars) {
        run(vars, valueLength);
        return reg[rootReg];
    }

    /**
     * The value, and d value / d vars[variables()[k]] into {@code grad[k]}; no allocation.
     *
     * @param grad at least {@code variables().length} long
     * @return the value
     */
    public double valueAndGradient(double[] vars, double[] grad) {
        run(vars, code.length);
        final double[] r = reg;
        for (int k = 0; k < gradReg.length; k++) {
            grad[k] = r[gradReg[k]];
        }
        return r[rootReg];
    }

    /**
     * True if the value is affine in the variables (e.g. {@code 2*v(a)-v(b)+1}): every partial
     * derivative simplified to a constant. Conservative: an affine expression written so that the
     * simplifier cannot see it ({@code v(a)*v(b)/v(b)}) reports false. A constant is linear.
     */
    public boolean isLinear() {
        return linear;
    }

    private void run(double[] vars, int end) {
        final double[] r = reg;
        for (int k = 0; k < loadReg.length; k++) {
            r[loadReg[k]] = vars[loadVar[k]];
        }
        final int[] code = this.code, dst = this.dst, ra = this.ra, rb = this.rb, rc = this.rc;
        for (int i = 0; i < end; i++) {
            r[dst[i]] = MathFn.apply(code[i], r[ra[i]], r[rb[i]], r[rc[i]]);
        }
    }

    /** The folded value graph and its derivatives in prefix form, with variables as {@code v<index>}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CompiledExpr[").append(root);
        for (int k = 0; k < variables.length; k++) {
            sb.append(", d/dv").append(variables[k]).append(" = ").append(gradient[k]);
        }
        return sb.append(']').toString();
    }
}
