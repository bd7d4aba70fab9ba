package memspice.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Constant evaluation ({@code .param} semantics). */
class EvaluateTest {

    static double eval(String text) throws ExprException {
        return Expr.parse(text).evaluate(Scope.EMPTY);
    }

    /**
     * Values printed by ngspice 39 for B1 1 0 V=text (.op, print v(1)), which prints 7 significant
     * digits: the tolerance is 5e-7 relative, the rounding of that print. Rows marked (param) were
     * checked in .param instead because B sources lack the function or operator.
     */
    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '"', value = {
        "(-2)^2 ~ 4", "(-2)^3 ~ 8", "(-2)^0.5 ~ 1.414214", "(-8)^(1/3) ~ 2", "-2^0.5 ~ -1.414214",
        "(-2)**3 ~ 8", "(-2)^-1 ~ 0.5", "(-2)^2.5 ~ 5.656854", "0^0 ~ 1",
        "pow(-2,3) ~ 8", "pow(-2,0.5) ~ 1.414214", "pow(2,0.5) ~ 1.414214", "pow(0,0) ~ 1",
        "pwr(-2,3) ~ -8", "pwr(-2,2) ~ -4", "pwr(-2,0.5) ~ -1.414214", "pwr(0,0) ~ 1",
        "7/2 ~ 3.5", "2*1kohm ~ 2000", "2k*3 ~ 6000", "1e3*1k ~ 1e6", "3-(-2) ~ 5", "--2 ~ 2",
        "!0 ~ 1", "!1 ~ 0", "!2 ~ 0", "!-1 ~ 0", "-!0 ~ -1", "!0==1 ~ 1",
        "2>1 ~ 1", "1>2 ~ 0", "2>=2 ~ 1", "1<2 ~ 1", "1==1 ~ 1", "1!=1 ~ 0", "1<>2 ~ 1", "-2<-1 ~ 1",
        "1&&0 ~ 0", "1||0 ~ 1", "0.5&&1 ~ 1", "1&&2 ~ 1", "1?2:3 ~ 2", "0?2:3 ~ 3", "-1?5:6 ~ 5",
        "1?-2:3 ~ -2", "1<2?3:4 ~ 3",
        "sgn(-3) ~ -1", "sgn(0) ~ 0", "abs(-3) ~ 3", "sqrt(4) ~ 2", "exp(1) ~ 2.718282",
        "log(100) ~ 4.605170", "ln(1e-300) ~ -690.7755", "log10(100) ~ 2", "exp(-1000) ~ 0",
        "e ~ 2.718282", "pi ~ 3.141593", "E ~ 2.718282", "PI ~ 3.141593", "2*Pi ~ 6.283185",
        "min(1,2) ~ 1", "max(1,2) ~ 2", "u(0) ~ 0.5", "u(1) ~ 1", "u(-1) ~ 0",
        "uramp(-1) ~ 0", "uramp(2) ~ 2", "floor(-1.5) ~ -2", "ceil(-1.5) ~ -1",
        "nint(1.5) ~ 2", "nint(2.5) ~ 2", "nint(-1.5) ~ -2", "nint(-2.5) ~ -2", "nint(0.4) ~ 0",
        "ternary_fcn(1,2,3) ~ 2", "asinh(1) ~ 0.8813736", "acosh(2) ~ 1.316958", "atanh(0.5) ~ 0.5493061",
        "tan(1) ~ 1.557408", "sinh(1) ~ 1.175201", "cosh(1) ~ 1.543081", "tanh(1) ~ 0.7615942",
        "SQRT(4) ~ 2", "Max(1,2) ~ 2",
        "7%3 ~ 1", "-7%3 ~ -1", "7.5%2 ~ 1.5", "7%-3 ~ 1", "2*7%3 ~ 2", "2^3%5 ~ 3", // (param)
        "int(-1.5) ~ -1", "int(1.7) ~ 1", // (param)
        "0&&1/0 ~ 0", "1||sqrt(-1) ~ 1", "1?1:sqrt(-1) ~ 1", "0?sqrt(-1):2 ~ 2", // (param): lazy
    })
    void matchesNgspice(String text, double expected) throws ExprException {
        assertEquals(expected, eval(text), 5e-7 * Math.abs(expected), text);
    }

    /** Functions ngspice 39 lacks, with PSpice/HSPICE/Xyce meaning (exact results). */
    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '"', value = {
        "stp(0) ~ 0", "stp(1e-30) ~ 1", "stp(-1) ~ 0",
        "sign(-3) ~ -1", "sign(3, -2) ~ -3", "sign(-3, 2) ~ 3", "sign(-3, 0) ~ 3",
        "pwrs(-2, 2) ~ -4", "pwrs(2, 2) ~ 4",
        "limit(5, 0, 1) ~ 1", "limit(-5, 0, 1) ~ 0", "limit(0.5, 0, 1) ~ 0.5", "limit(0.5, 1, 0) ~ 1",
        "if(1, 2, 3) ~ 2", "if(0, 2, 3) ~ 3", "if(0, sqrt(-1), 3) ~ 3",
        "atan2(1, 1) ~ 0.7853981633974483", "atan2(1, -1) ~ 2.356194490192345", "atan2(0, -1) ~ 3.141592653589793",
        "arctan(1) ~ 0.7853981633974483", "ceil(1.2) ~ 2", "floor(1.7) ~ 1",
        "int(-0.5) ~ 0", "asin(1) ~ 1.5707963267948966", "acos(1) ~ 0", "atan(0) ~ 0",
        "sin(0) ~ 0", "cos(0) ~ 1", "exp(0) ~ 1", "ln(1) ~ 0",
        "asinh(-1e10) ~ -23.718998110500402", "acosh(1e10) ~ 23.7189981105004",
    })
    void otherFunctions(String text, double expected) throws ExprException {
        assertEquals(expected, eval(text), 1e-15 * Math.abs(expected), text);
    }

    /** ngspice 39 .param and B sources both reject these (B: "out of range", .param: nan/inf). */
    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '"', value = {
        "1/0 ~ 1 ~ division by zero",
        "0/0 ~ 1 ~ division by zero",
        "sqrt(-4) ~ 0 ~ sqrt(-4) is out of range",
        "ln(-1) ~ 0 ~ ln(-1) is out of range",
        "log(0) ~ 0 ~ log(0) is out of range",
        "log10(-100) ~ 0 ~ log10(-100) is out of range",
        "1 + exp(1000) ~ 4 ~ exp(1000) is out of range",
        "1e308*10 ~ 5 ~ 1.0E308 * 10 is out of range",
        "1e308/1e-10 ~ 5 ~ 1.0E308 / 1.0E-10 is out of range",
        "0^-1 ~ 1 ~ 0 ^ -1 is out of range",
        "pow(0,-1) ~ 0 ~ pow(0, -1) is out of range",
        "asin(2) ~ 0 ~ asin(2) is out of range",
        "acos(2) ~ 0 ~ acos(2) is out of range",
        "acosh(0.5) ~ 0 ~ acosh(0.5) is out of range",
        "atanh(2) ~ 0 ~ atanh(2) is out of range",
        "atanh(1) ~ 0 ~ atanh(1) is out of range",
        "5%0 ~ 1 ~ 5 % 0 is out of range",
        "2 * v(a) ~ 4 ~ v(a) is not allowed here",
        "i(v1) ~ 0 ~ i(v1) is not allowed here",
        "2*rload ~ 2 ~ undefined parameter 'rload'",
        "time ~ 0 ~ undefined parameter 'time'",
        "foo(1) ~ 0 ~ unknown function 'foo'",
        "max(1,2,3) ~ 0 ~ function 'max' takes 2 arguments, got 3",
        "min(1) ~ 0 ~ function 'min' takes 2 arguments, got 1",
        "sqrt() ~ 0 ~ function 'sqrt' takes 1 argument, got 0",
        "sin(1,2) ~ 0 ~ function 'sin' takes 1 argument, got 2",
        "sign(1,2,3) ~ 0 ~ function 'sign' takes 1 or 2 arguments, got 3",
        "limit(1,2) ~ 0 ~ function 'limit' takes 3 arguments, got 2",
        "if(1,2) ~ 0 ~ function 'if' takes 3 arguments, got 2",
    })
    void errors(String text, int offset, String message) {
        ExprException e = assertThrows(ExprException.class, () -> eval(text));
        assertEquals(message, e.getMessage(), text);
        assertEquals(offset, e.offset(), text);
    }

    @Test
    void parametersAreCaseInsensitiveAndHideConstants() throws ExprException {
        Map<String, Double> p = new HashMap<>();
        p.put("rload", 3.0);
        p.put("e", 5.0);
        Scope s = Scope.of(p, Map.of());
        assertEquals(6.0, Expr.parse("RLOAD*2").evaluate(s));
        // ngspice 39 .param: with .param e=5 the expression e*2 gives 10 (B sources would still use 2.718)
        assertEquals(10.0, Expr.parse("E*2").evaluate(s));
        assertEquals(Math.PI, Expr.parse("pi").evaluate(s));
        assertEquals(Math.PI, Expr.parse("pi").evaluate(null));
    }

    @Test
    void userFunctions() throws ExprException {
        Map<String, FunctionDef> fns = new HashMap<>();
        Map<String, Double> params = new HashMap<>();
        params.put("k1", 3.0);
        params.put("x", 100.0);
        Scope s = Scope.of(params, fns);
        fns.put("f", new FunctionDef("F", List.of("X", "y"), Expr.parse("x*y+1")));
        fns.put("g", new FunctionDef("g", List.of("x"), Expr.parse("x*k1 + f(x, 2)")));
        fns.put("max", new FunctionDef("max", List.of("a", "b"), Expr.parse("a+b")));
        fns.put("one", new FunctionDef("one", List.of(), Expr.parse("1")));
        assertEquals(7.0, Expr.parse("f(2,3)").evaluate(s));
        // parameter x is hidden by the argument x inside f and g, visible outside
        assertEquals(2 * 3 + 5 + 100, Expr.parse("g(2) + x").evaluate(s));
        // ngspice 39: .func max(a,b) {a+b} overrides the built-in (max(1,2) = 3)
        assertEquals(3.0, Expr.parse("max(1,2)").evaluate(s));
        assertEquals(1.0, Expr.parse("one()").evaluate(s));
        // arguments are evaluated in the caller's scope
        assertEquals(f(f(1, 2) + 1, 2), Expr.parse("f(f(1,2)+1, 2)").evaluate(s));
    }

    private static double f(double x, double y) {
        return x * y + 1;
    }

    @Test
    void userFunctionErrors() throws ExprException {
        Map<String, FunctionDef> fns = new HashMap<>();
        Scope s = Scope.of(Map.of(), fns);
        fns.put("f", new FunctionDef("f", List.of("x", "y"), Expr.parse("x*y + q")));
        fns.put("r", new FunctionDef("r", List.of("x"), Expr.parse("r(x-1)")));
        fns.put("a", new FunctionDef("a", List.of("x"), Expr.parse("1 + b(x)")));
        fns.put("b", new FunctionDef("b", List.of("x"), Expr.parse("2 * a(x)")));
        fns.put("c", new FunctionDef("c", List.of(), Expr.parse("sqrt(-1)")));
        fns.put("d", new FunctionDef("d", List.of(), Expr.parse("c()")));

        ExprException e = assertThrows(ExprException.class, () -> Expr.parse("1 + f(1)").evaluate(s));
        assertEquals("function 'f' takes 2 arguments, got 1", e.getMessage());
        assertEquals(4, e.offset());
        e = assertThrows(ExprException.class, () -> Expr.parse("1 + f(1, 2)").evaluate(s));
        assertEquals("in function 'f': undefined parameter 'q'", e.getMessage());
        assertEquals(4, e.offset());
        e = assertThrows(ExprException.class, () -> Expr.parse("r(3)").evaluate(s));
        assertEquals("recursive call of function 'r' (r -> r)", e.getMessage());
        e = assertThrows(ExprException.class, () -> Expr.parse("2 * a(3)").evaluate(s));
        assertEquals("recursive call of function 'a' (a -> b -> a)", e.getMessage());
        assertEquals(4, e.offset());
        e = assertThrows(ExprException.class, () -> Expr.parse("  d()").evaluate(s));
        assertEquals("in function 'c': sqrt(-1) is out of range", e.getMessage());
        assertEquals(2, e.offset());
    }

    @Test
    void functionDefNormalizesAndValidates() throws ExprException {
        FunctionDef d = new FunctionDef("VD", List.of("A", "B"), Expr.parse("a-b"));
        assertEquals("vd", d.name());
        assertEquals(List.of("a", "b"), d.parameters());
        assertThrows(IllegalArgumentException.class, () -> new FunctionDef("f", List.of("x", "X"), Expr.parse("x")));
        assertThrows(IllegalArgumentException.class, () -> new FunctionDef("f", List.of("x"), null));
    }
}
