package memspice.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Symbolic derivatives against central finite differences, for every operator and function, at
 * several points away from breakpoints and singularities.
 *
 * <p>Step {@code h = 1e-5 * max(1, |x|)}. The central difference has truncation error about
 * {@code h^2/6 |f'''|} (about 1e-11 relative to the scale of f here) and rounding error about
 * {@code 1e-16 |f| / h} (about 1e-11 |f|); the tolerance {@code 1e-6 * (1 + |f'|)} is far above both,
 * yet a wrong formula is off by a factor of order one.
 */
class DerivativeTest {

    /** v(x), v(y), v(z) are variables 0, 1, 2. */
    static final VariableBinder XYZ = new VariableBinder() {
        @Override
        public int identifier(String name) {
            return -1;
        }

        @Override
        public int probe(String function, List<String> args) throws ExprException {
            int k = List.of("x", "y", "z").indexOf(args.get(0));
            if (!function.equals("v") || args.size() != 1 || k < 0) {
                throw new ExprException("unknown probe");
            }
            return k;
        }
    };

    static Stream<Arguments> cases() {
        double[][] pos = {{0.3, 1.7, 2.5}, {1.1, 0.4, 0.9}, {2.7, 3.1, 0.2}, {0.05, 5.0, 1.3}};
        double[][] any = {{0.3, -1.7, 2.5}, {-1.1, 0.4, -0.9}, {2.7, -3.1, 0.2}, {-0.45, 1.3, -2.2}};
        double[][] unit = {{0.3, -0.7, 0.5}, {-0.6, 0.4, -0.9}, {0.85, 0.1, 0.2}, {-0.2, -0.35, 0.65}};
        double[][] aboveOne = {{1.3, 1.7, 2.5}, {3.1, 1.4, 1.9}, {12.7, 1.1, 1.2}, {1.05, 5.0, 1.3}};
        return Stream.of(
            c("-v(x) + v(y) - 3*v(z)", any),
            c("v(x)*v(y)*v(z)", any),
            c("v(x)/v(y)", any),
            c("(v(x)*v(y) + 1)/(v(z)*v(z) + 0.5)", any),
            c("v(x) % v(y) * 7", any),
            c("(5*v(x)) % v(y) + v(z) % 0.7", pos),
            c("v(x)^3", any),
            c("v(x)^v(y)", any),
            c("v(x)**2.5 + v(y)^-1.5", any),
            c("2^v(x) + v(y)^v(x)", any),
            c("pow(v(x), v(y))", any),
            c("pwr(v(x), v(y)) + pwr(v(z), 3)", any),
            c("pwrs(v(x), 1.5)", any),
            c("abs(v(x)*v(y))", any),
            c("sqrt(v(x)*v(y))", pos),
            c("exp(v(x)*v(y))", any),
            c("ln(v(x)) + log(v(y)*2)", pos),
            c("log10(v(x)*v(z))", pos),
            c("sin(v(x)*v(y)) + cos(v(z))", any),
            c("tan(v(x))", any),
            c("asin(v(x)) + acos(v(y))", unit),
            c("atan(v(x)*v(y)) + arctan(v(z))", any),
            c("atan2(v(x), v(y))", any),
            c("sinh(v(x)) + cosh(v(y)) + tanh(v(z))", any),
            c("asinh(v(x)*v(y))", any),
            c("acosh(v(x)*v(y))", aboveOne),
            c("atanh(v(x)*v(y))", unit),
            c("min(v(x), v(y)) + max(v(y), v(z))", any),
            c("sgn(v(x))*v(y) + sign(v(z))", any),
            c("sign(v(x), v(y)) + sign(v(z)*v(x), -1)", any),
            c("floor(v(x))*v(y) + ceil(v(y)) + int(v(z)) + nint(v(x)*3)", any),
            c("u(v(x))*v(y) + stp(v(z))*v(x)", any),
            c("uramp(v(x))*v(y) + uramp(v(z))", any),
            c("limit(v(x), -0.5, 1)*v(y) + limit(v(z), v(x), v(y))", any),
            c("if(v(x) > 0, v(y)^2, v(z)^3) + ternary_fcn(v(y) < 0, exp(v(x)), v(z))", any),
            c("v(x) < v(y) ? v(x)*v(z) : v(y)/v(z)", any),
            c("(v(x) > 0 && v(y) > 0) + (v(x) == v(y)) + (v(x) != v(z))*v(y) + !(v(x) <= 0)*v(z)", any),
            c("(v(x) >= 1 || v(y) < -1)*v(z)", any),
            c("vd(v(x), v(y))*v(z)", any),
            c("-(-v(x))^2 + !v(x)*v(y)", any)
        );
    }

    private static Arguments c(String text, double[][] points) {
        return Arguments.of(text, points);
    }

    private static Scope scope() throws ExprException {
        Map<String, FunctionDef> f = new HashMap<>();
        f.put("vd", new FunctionDef("vd", List.of("p", "q"), Expr.parse("(p - q)^2 + sin(p)")));
        return Scope.of(Map.of(), f);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientMatchesCentralDifferences(String text, double[][] points) throws ExprException {
        CompiledExpr c = CompiledExpr.compile(Expr.parse(text), scope(), XYZ);
        int[] vars = c.variables();
        double[] grad = new double[vars.length];
        for (double[] p : points) {
            double[] x = p.clone();
            double f = c.valueAndGradient(x, grad);
            assertEquals(c.value(x), f, 0.0, "value() == valueAndGradient()");
            for (int k = 0; k < vars.length; k++) {
                int v = vars[k];
                double h = 1e-5 * Math.max(1, Math.abs(p[v]));
                x[v] = p[v] + h;
                double up = c.value(x);
                x[v] = p[v] - h;
                double down = c.value(x);
                x[v] = p[v];
                double fd = (up - down) / (2 * h);
                assertTrue(Double.isFinite(grad[k]), text);
                assertEquals(fd, grad[k], 1e-6 * (1 + Math.abs(grad[k])),
                        text + " d/dv" + v + " at " + java.util.Arrays.toString(p));
            }
        }
    }

    /** The compiled value agrees with constant evaluation of the same text (probes as parameters). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void valueMatchesConstantEvaluation(String text, double[][] points) throws ExprException {
        CompiledExpr c = CompiledExpr.compile(Expr.parse(text), scope(), XYZ);
        Expr asParams = Expr.parse(text.replace("v(x)", "px").replace("v(y)", "py").replace("v(z)", "pz"));
        for (double[] p : points) {
            Map<String, Double> values = Map.of("px", p[0], "py", p[1], "pz", p[2]);
            Scope s = Scope.of(values, Map.of("vd", scope().function("vd")));
            double expected = asParams.evaluate(s);
            assertEquals(expected, c.value(p), 1e-14 * Math.abs(expected), text);
        }
    }

    /** Slopes at breakpoints follow the piece the value selects (documented in Differentiator). */
    @Test
    void breakpointConventions() throws ExprException {
        assertSlope("abs(v(x))", 0, 1);
        assertSlope("min(v(x), 0)", 0, 1);
        assertSlope("max(v(x), 0)", 0, 1);
        assertSlope("min(0, v(x))", 0, 0);
        assertSlope("limit(v(x), 0, 1)", 0, 1);
        assertSlope("limit(v(x), 0, 1)", 1, 1);
        assertSlope("uramp(v(x))", 0, 0);
        assertSlope("u(v(x))", 0, 0);
        assertSlope("v(x)^2", 0, 0);
        assertSlope("v(x)^1", 0, 1);
        assertSlope("v(x)^1", -2, -1); // |x|^1
        assertSlope("pwr(v(x), 1)", -2, 1);
        assertSlope("v(x)^0", 0, 0);
        assertSlope("pwr(v(x), 0)", 0, 0);
        assertSlope("v(x)^0.5", 0, Double.POSITIVE_INFINITY);
        assertSlope("sqrt(v(x))", 0, 1 / MathFn.DIV_EPS); // 1/(2*0 + 1e-32)
        assertSlope("ln(v(x))", 0, 1 / MathFn.DIV_EPS);
        assertSlope("1/v(x)", 0, -1e32 / MathFn.DIV_EPS);
        assertSlope("exp(v(x))", 300, 0); // capped at 1e99: flat
        assertSlope("exp(v(x))", 200, Math.exp(200));
        assertSlope("v(x)^v(x)", 0, 0); // d/db |a|^b at a=0 taken as 0
    }

    private static void assertSlope(String text, double x, double expected) throws ExprException {
        CompiledExpr c = CompiledExpr.compile(Expr.parse(text), Scope.EMPTY, XYZ);
        double[] g = new double[1];
        c.valueAndGradient(new double[] {x, 0, 0}, g);
        assertEquals(expected, g[0], Math.abs(expected) * 1e-15, text + " at " + x);
    }
}
