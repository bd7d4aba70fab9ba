package memspice.expr;

import java.util.HashMap;
import java.util.Map;

/**
 * Built-in functions and constants of the expression language.
 *
 * <p>Functions (names case-insensitive), with their {@link Op}: abs sqrt exp ln log(=ln, as in
 * ngspice: {@code log(100)}=4.605) log10 sin cos tan asin acos atan arctan atan2(y,x) sinh cosh tanh
 * asinh acosh atanh min(2) max(2) pow(2) pwr(2) pwrs(2) sgn sign(1: =sgn, 2: Fortran/HSPICE sign)
 * floor ceil int nint u uramp stp limit(3) if(3) ternary_fcn(3, ngspice's own name for ?:).
 * Numeric meaning: {@link MathFn}. A user {@code .func} of the same name takes precedence, as in
 * ngspice 39 ({@code .func max(a,b) {a+b}} makes {@code max(1,2)} 3); {@code v(...)} and
 * {@code i(...)} are always probes.
 *
 * <p>Not compatible with ngspice 39 on purpose: its {@code limit} is the Monte-Carlo
 * {@code limit(nom, avar)}, here {@code limit(x, lo, hi)} clamps as in PSpice/HSPICE/Xyce; its
 * {@code min}/{@code max} in {@code .param} accept more than two arguments.
 *
 * <p>Constants: {@code pi} and {@code e}. ngspice 39 knows them in B sources only (in {@code .param}
 * they are undefined); here they are known everywhere but a parameter of the same name hides them.
 */
final class Builtins {
    private Builtins() {
    }

    /** Name to op by argument count (index); -1 where that count is not accepted. */
    private static final Map<String, int[]> FUNCTIONS = new HashMap<>();

    static {
        define("abs", 1, Op.ABS);
        define("sqrt", 1, Op.SQRT);
        define("exp", 1, Op.EXP);
        define("ln", 1, Op.LN);
        define("log", 1, Op.LN);
        define("log10", 1, Op.LOG10);
        define("sin", 1, Op.SIN);
        define("cos", 1, Op.COS);
        define("tan", 1, Op.TAN);
        define("asin", 1, Op.ASIN);
        define("acos", 1, Op.ACOS);
        define("atan", 1, Op.ATAN);
        define("arctan", 1, Op.ATAN);
        define("atan2", 2, Op.ATAN2);
        define("sinh", 1, Op.SINH);
        define("cosh", 1, Op.COSH);
        define("tanh", 1, Op.TANH);
        define("asinh", 1, Op.ASINH);
        define("acosh", 1, Op.ACOSH);
        define("atanh", 1, Op.ATANH);
        define("min", 2, Op.MIN);
        define("max", 2, Op.MAX);
        define("pow", 2, Op.POW);
        define("pwr", 2, Op.PWR);
        define("pwrs", 2, Op.PWR);
        define("sgn", 1, Op.SGN);
        define("sign", 1, Op.SGN);
        define("sign", 2, Op.SIGN2);
        define("floor", 1, Op.FLOOR);
        define("ceil", 1, Op.CEIL);
        define("int", 1, Op.INT);
        define("nint", 1, Op.NINT);
        define("u", 1, Op.U);
        define("uramp", 1, Op.URAMP);
        define("stp", 1, Op.STP);
        define("limit", 3, Op.LIMIT);
        define("if", 3, Op.SELECT);
        define("ternary_fcn", 3, Op.SELECT);
    }

    private static void define(String name, int arity, int op) {
        int[] byArity = FUNCTIONS.computeIfAbsent(name, k -> new int[] {-1, -1, -1, -1});
        byArity[arity] = op;
    }

    /**
     * The op of built-in {@code name} called with {@code argc} arguments.
     *
     * @throws ExprException "unknown function 'f'" or "function 'max' takes 2 arguments, got 3"
     */
    static int op(String name, int argc, int offset) throws ExprException {
        int[] byArity = FUNCTIONS.get(name);
        if (byArity == null) {
            throw new ExprException("unknown function '" + name + "'", offset);
        }
        if (argc < byArity.length && byArity[argc] >= 0) {
            return byArity[argc];
        }
        StringBuilder takes = new StringBuilder();
        for (int n = 0; n < byArity.length; n++) {
            if (byArity[n] >= 0) {
                takes.append(takes.length() == 0 ? "" : " or ").append(n);
            }
        }
        boolean one = takes.toString().equals("1");
        throw new ExprException("function '" + name + "' takes " + takes + (one ? " argument" : " arguments")
                + ", got " + argc, offset);
    }

    /** Value of built-in constant {@code name} (lower case), or null. */
    static Double constant(String name) {
        return switch (name) {
            case "pi" -> Math.PI;
            case "e" -> Math.E;
            default -> null;
        };
    }
}
