package memspice.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompiledExprTest {
    private final TestBinder binder = new TestBinder();
    private final Map<String, Double> params = new HashMap<>();
    private final Map<String, FunctionDef> functions = new HashMap<>();
    private final Scope scope = Scope.of(params, functions);

    private CompiledExpr compile(String text) throws ExprException {
        return CompiledExpr.compile(Expr.parse(text), scope, binder);
    }

    /** vars[i] for the TestBinder indices: a, b, 1, x1.n3, 0, i(v1), time, temper, v(a,b). */
    private static double[] vars(double... v) {
        double[] all = new double[9];
        System.arraycopy(v, 0, all, 0, v.length);
        return all;
    }

    @Test
    void probesAndVariableIndices() throws ExprException {
        CompiledExpr c = compile("V(B)*v(a) + v(x1.n3) - 2*v(1) + i(V1) + v(a) + time");
        assertArrayEquals(new int[] {0, 1, 2, 3, 5, 6}, c.variables());
        assertFalse(c.isConstant());
        assertFalse(c.isLinear());
        double[] x = vars(2, 3, 5, 7, 0, 11, 13);
        assertEquals(3 * 2 + 7 - 2 * 5 + 11 + 2 + 13, c.value(x));
        double[] g = new double[6];
        assertEquals(3 * 2 + 7 - 2 * 5 + 11 + 2 + 13, c.valueAndGradient(x, g));
        // d/da = v(b) + 1, d/db = v(a), d/d1 = -2, d/dx1.n3 = 1, d/di = 1, d/dtime = 1
        assertArrayEquals(new double[] {4, 2, -2, 1, 1, 1}, g);
        // each distinct probe and identifier is bound once
        assertEquals(List.of("v[b]", "v[a]", "v[x1.n3]", "v[1]", "i[v1]", "id:time"), binder.calls);
    }

    /** ngspice 39 with V1 a 0 -2, V2 b 0 0.5, B sources as written, .op (see MathFn). */
    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '"', value = {
        "v(a)^3 ~ 8", "pwr(v(a),3) ~ -8", "pow(v(a),v(b)) ~ 1.414214", "1/(v(a)+2) ~ 1e32",
        "u(v(a)+2) ~ 0.5", "v(a)*v(b) - v(b) ~ -1.5", "-1/(v(a)+2) ~ -1e32", "(v(a)+2)/(v(a)+2) ~ 0",
        "exp(-v(a)*200) ~ 1e99", "ln(v(a)+2) ~ -1e99", "log10(v(a)+2) ~ -1e99", "exp(v(b)) ~ 1.648721",
        "1/(v(b)*1e-31) ~ 1.666667e31",
    })
    void deviceSemanticsMatchNgspiceBSources(String text, double expected) throws ExprException {
        assertEquals(expected, compile(text).value(vars(-2, 0.5)), 5e-7 * Math.abs(expected), text);
    }

    @Test
    void outOfRangeAtRunTimeIsNaNNotAnException() throws ExprException {
        assertTrue(Double.isNaN(compile("sqrt(v(a))").value(vars(-4))));
        assertTrue(Double.isNaN(compile("ln(v(a))").value(vars(-1))));
        assertEquals(Double.POSITIVE_INFINITY, compile("v(a)^-1").value(vars(0)));
        // the untaken branch's NaN does not leak
        assertEquals(2.0, compile("v(a) < 0 ? 2 : sqrt(v(a) - 1)").value(vars(-4)));
        double[] g = new double[1];
        assertEquals(2.0, compile("if(v(a) < 0, 2*v(a)+10, sqrt(v(a) - 1))").valueAndGradient(vars(-4), g));
        assertEquals(2.0, g[0]);
    }

    @Test
    void parametersFoldAndLinearityIsDetected() throws ExprException {
        params.put("gain", 4.0);
        params.put("off", 1.0);
        CompiledExpr c = compile("gain*v(a) - v(b)/2 + off + sqrt(gain)");
        assertTrue(c.isLinear());
        assertArrayEquals(new int[] {0, 1}, c.variables());
        double[] g = new double[2];
        assertEquals(4 * 3 - 5 / 2.0 + 1 + 2, c.valueAndGradient(vars(3, 5), g));
        assertArrayEquals(new double[] {4, -0.5}, g);

        assertTrue(compile("2*v(a)-v(b)+1").isLinear());
        assertTrue(compile("-(v(a) + 3*(v(b) - v(a)))/5").isLinear());
        assertTrue(compile("(v(a) + v(a))*pi").isLinear());
        assertTrue(compile("if(gain > 2, v(a), v(b)*v(b))").isLinear()); // constant condition folds
        assertFalse(compile("v(a)*v(b)").isLinear());
        assertFalse(compile("v(a)/v(b)").isLinear());
        assertFalse(compile("v(a)^2").isLinear());
        assertFalse(compile("abs(v(a))").isLinear());
        assertFalse(compile("time > 1 ? v(a) : 0").isLinear());
        assertFalse(compile("sin(v(a))").isLinear());
    }

    @Test
    void constants() throws ExprException {
        params.put("r", 2.0);
        CompiledExpr c = compile("r*3 + pi - pi");
        assertTrue(c.isConstant());
        assertTrue(c.isLinear());
        assertEquals(0, c.variables().length);
        assertEquals(6.0, c.value(null));
        assertEquals(6.0, c.valueAndGradient(null, new double[0]));
        // a variable multiplied by zero is not used
        CompiledExpr z = compile("0*v(a) + 5");
        assertTrue(z.isConstant());
        assertEquals(5.0, z.value(null));
        // a binder is optional for constant expressions
        assertEquals(6.0, CompiledExpr.compile(Expr.parse("r*3"), scope, null).value(null));
        ExprException e = assertThrows(ExprException.class,
                () -> CompiledExpr.compile(Expr.parse("1 + v(a)"), scope, null));
        assertEquals("v(a) is not allowed here", e.getMessage());
        assertEquals(4, e.offset());
    }

    @Test
    void simulatorVariablesWinOverParameters() throws ExprException {
        // ngspice 39: with .param time=5, B1 1 0 V=time gives 0 at .op (time is the simulator's)
        params.put("time", 5.0);
        params.put("pi", 3.0);
        CompiledExpr c = compile("time + 1");
        assertArrayEquals(new int[] {6}, c.variables());
        assertEquals(1.0, c.value(vars(0, 0, 0, 0, 0, 0, 0)));
        // ...but a parameter hides a built-in constant (ngspice B sources would keep 3.14159 here)
        assertEquals(3.0, compile("pi").value(null));
    }

    @Test
    void unusedBranchesAreNotBound() throws ExprException {
        params.put("mode", 1.0);
        CompiledExpr c = compile("mode ? v(a) : v(nosuchnode) + undefinedname");
        assertArrayEquals(new int[] {0}, c.variables());
        assertEquals(List.of("v[a]"), binder.calls.stream().filter(s -> !s.startsWith("id:")).toList());
        assertEquals(0.0, compile("0 && v(nosuchnode)").value(null));
        assertEquals(1.0, compile("1 || v(nosuchnode)").value(null));
    }

    @Test
    void inlinesUserFunctions() throws ExprException {
        params.put("k", 10.0);
        functions.put("f", new FunctionDef("f", List.of("x", "y"), Expr.parse("x*y + k")));
        functions.put("g", new FunctionDef("g", List.of("x"), Expr.parse("f(x, x) + time")));
        functions.put("vd", new FunctionDef("vd", List.of("a", "b"), Expr.parse("v(a) - v(b)")));
        CompiledExpr c = compile("g(v(a)) + f(2, v(b))");
        assertArrayEquals(new int[] {0, 1, 6}, c.variables());
        double[] g = new double[3];
        double a = 3, b = 5, t = 7;
        assertEquals(a * a + 10 + t + 2 * b + 10, c.valueAndGradient(vars(a, b, 0, 0, 0, 0, t), g));
        assertArrayEquals(new double[] {2 * a, 2, 1}, g);
        // probe arguments in a body are node names, not parameters (as in ngspice 39)
        CompiledExpr d = compile("vd(1, 2)");
        assertArrayEquals(new int[] {0, 1}, d.variables());
        assertTrue(d.isLinear());
    }

    @Test
    void compileErrors() throws ExprException {
        functions.put("r", new FunctionDef("r", List.of("x"), Expr.parse("1 + s(x)")));
        functions.put("s", new FunctionDef("s", List.of("x"), Expr.parse("r(x) * v(x)")));
        functions.put("h", new FunctionDef("h", List.of("x"), Expr.parse("x + v(nowhere)")));
        assertError("v(a) + r(v(b))", 7, "recursive call of function 'r' (r -> s -> r)");
        assertError("2 * h(1)", 4, "in function 'h': unknown node 'nowhere'");
        assertError("v(a) * v(zz)", 7, "unknown node 'zz'");
        assertError("i(r5)", 0, "unknown device 'r5'");
        assertError("rr + 1", 0, "undefined parameter 'rr'");
        assertError("1 + h(1, 2)", 4, "function 'h' takes 1 argument, got 2");
        assertError("v(a) + max(1)", 7, "function 'max' takes 2 arguments, got 1");
        assertError("v(a) + bogus(1)", 7, "unknown function 'bogus'");
        assertError("v(a) * sqrt(-4)", 7, "'sqrt(-4)' is out of range");
        assertError("v(a) + 1e200*1e200", 12, "'1.0E200 * 1.0E200' is out of range");
    }

    private void assertError(String text, int offset, String message) {
        ExprException e = assertThrows(ExprException.class, () -> compile(text));
        assertEquals(message, e.getMessage(), text);
        assertEquals(offset, e.offset(), text);
    }

    @Test
    void derivativesReuseValueNodesAndPrint() throws ExprException {
        CompiledExpr c = compile("exp(v(a))*v(b)");
        assertEquals("CompiledExpr[(* (exp v0) v1), d/dv0 = (* v1 (exp_d v0)), d/dv1 = (exp v0)]", c.toString());
    }

    @Test
    void variablesIsACopy() throws ExprException {
        CompiledExpr c = compile("v(a)");
        c.variables()[0] = 99;
        assertArrayEquals(new int[] {0}, c.variables());
    }
}
