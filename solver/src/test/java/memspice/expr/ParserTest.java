package memspice.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {

    /** Canonical text shows the grouping the parser chose; it must parse back to itself. */
    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '"', value = {
        "1+2*3 ~ 1 + 2 * 3",
        "(1+2)*3 ~ (1 + 2) * 3",
        "5-3-1 ~ 5 - 3 - 1",
        "5-(3-1) ~ 5 - (3 - 1)",
        "8/2/2 ~ 8 / 2 / 2",
        "8/(2/2) ~ 8 / (2 / 2)",
        "7%3*2 ~ 7 % 3 * 2",
        "-2^2 ~ -2^2",
        "(-2)^2 ~ (-2)^2",
        "2^3^2 ~ 2^3^2",
        "2^(3^2) ~ 2^(3^2)",
        "2**3**2 ~ 2^3^2",
        "2^-1 ~ 2^(-1)",
        "2^-1^2 ~ 2^(-1^2)",
        "2^-1*4 ~ 2^(-1) * 4",
        "2*-3^2 ~ 2 * -3^2",
        "--2 ~ --2",
        "+2^+2 ~ 2^2",
        "!0*5 ~ !0 * 5",
        "!(0*5) ~ !(0 * 5)",
        "1<2==1 ~ 1 < 2 == 1",
        "2==(2<3) ~ 2 == 2 < 3",
        "(2==2)<3 ~ (2 == 2) < 3",
        "1<>2 ~ 1 != 2",
        "1||1&&0 ~ 1 || 1 && 0",
        "(1||1)&&0 ~ (1 || 1) && 0",
        "1?2:3 ~ 1 ? 2 : 3",
        "0?1:1?5:6 ~ 0 ? 1 : 1 ? 5 : 6",
        "(0?1:1)?5:6 ~ (0 ? 1 : 1) ? 5 : 6",
        "1+1?10:20 ~ 1 + 1 ? 10 : 20",
        "a?b?1:2:3 ~ a ? b ? 1 : 2 : 3",
        "(a?1:2)+1 ~ (a ? 1 : 2) + 1",
        "Max(A, B_1) ~ max(a, b_1)",
        "f() ~ f()",
        "{a}+{b} ~ a + b",
        "'a+b' ~ a + b",
        "2*1kohm ~ 2 * 1000",
        "1.5meg ~ 1500000",
        "10u ~ 1.0E-5",
        "1e-3k ~ 1",
        "V(Out) ~ v(out)",
        "v( a , b ) ~ v(a, b)",
        "v(x1.n3)-v(1,0) ~ v(x1.n3) - v(1, 0)",
        "I(Vsense)*2 ~ i(vsense) * 2",
        "v(n-1) ~ v(n-1)",
        "-(a+b) ~ -(a + b)",
        "-a*b ~ -a * b",
        "a-(-b) ~ a - -b",
        "a^b^c ~ a^b^c",
        "(a^(-b))^c ~ a^(-b)^c",
        "x.y_2+_z ~ x.y_2 + _z",
        "1--1 ~ 1 - -1",
        "2e3*3 ~ 2000 * 3",
        "1e ~ 1",
    })
    void canonicalForm(String input, String canonical) throws ExprException {
        Expr e = Expr.parse(input);
        assertEquals(canonical, e.toString(), input);
        assertEquals(canonical, Expr.parse(canonical).toString(), "re-parse of " + canonical);
    }

    /** Grouping verified by value in ngspice 39 B sources (B1 1 0 V=...). */
    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '"', value = {
        "-2^2 ~ -4",
        "2^3^2 ~ 64",
        "2**3**2 ~ 64",
        "4^0.5^2 ~ 4",
        "2^-1 ~ 0.5",
        "2^-1^2 ~ 0.5",
        "2^-1*4 ~ 2",
        "2*-3^2 ~ -18",
        "-3^2+1 ~ -8",
        "3*-2**2 ~ -12",
        "-2**-2 ~ -0.25",
        "2==2<3 ~ 0",
        "1?0:1?3:4 ~ 0",
        "0?1:1?5:6 ~ 5",
        "1+1?10:20 ~ 10",
        "!0*5 ~ 5",
        "1-!0 ~ 0",
        "3>2>1 ~ 0",
        "1||1&&0 ~ 1",
        "0||1&&0 ~ 0",
    })
    void groupingMatchesNgspice(String input, double expected) throws ExprException {
        assertEquals(expected, Expr.parse(input).evaluate(Scope.EMPTY), 0.0, input);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '"', value = {
        "\"\" ~ 0 ~ empty expression",
        "\"   \" ~ 3 ~ empty expression",
        "1+ ~ 2 ~ expected a number, a name or '(' at column 3 but found end of expression",
        "(1+2 ~ 4 ~ expected ')' at column 5 but found end of expression",
        "max(1,2 ~ 7 ~ expected ',' or ')' at column 8 but found end of expression",
        "1 2 ~ 2 ~ expected an operator at column 3 but found '2'",
        "a b ~ 2 ~ expected an operator at column 3 but found 'b'",
        "1k5*2 ~ 0 ~ '1k5' is not a number (column 1)",
        "2*1u2 ~ 2 ~ '1u2' is not a number (column 3)",
        "1e999 ~ 0 ~ '1e999' is out of range (column 1)",
        "a=b ~ 1 ~ unexpected character '=' at column 2 (use '==' to compare)",
        "a&b ~ 1 ~ unexpected character '&' at column 2 (use '&&')",
        "a|b ~ 1 ~ unexpected character '|' at column 2 (use '||')",
        "$x ~ 0 ~ unexpected character '$' at column 1",
        "1?2 ~ 3 ~ expected ':' at column 4 but found end of expression",
        "v() ~ 2 ~ expected a node name at column 3 but found ')'",
        "v(a,b,c) ~ 5 ~ v() takes one or two node names (column 6)",
        "i(v1,v2) ~ 4 ~ i() takes one device name (column 5)",
        "i() ~ 2 ~ expected a device name at column 3 but found ')'",
        "v(a b) ~ 4 ~ expected ')' at column 5 but found 'b'",
        "() ~ 1 ~ expected a number, a name or '(' at column 2 but found ')'",
        "{1+2) ~ 4 ~ expected '}' at column 5 but found ')'",
        "2^*3 ~ 2 ~ expected a number, a name or '(' at column 3 but found '*'",
    })
    void syntaxErrors(String input, int offset, String message) {
        ExprException e = assertThrows(ExprException.class, () -> Expr.parse(input == null ? "" : input));
        assertEquals(message, e.getMessage());
        assertEquals(offset, e.offset());
    }

    @Test
    void deepNestingIsAnErrorNotACrash() throws ExprException {
        String ok = "(".repeat(200) + "1" + ")".repeat(200);
        assertEquals(1.0, Expr.parse(ok).evaluate(Scope.EMPTY));
        ExprException e = assertThrows(ExprException.class,
                () -> Expr.parse("(".repeat(100_000) + "1" + ")".repeat(100_000)));
        assertEquals("expression nested too deeply at column 501", e.getMessage());
        assertThrows(ExprException.class, () -> Expr.parse("-".repeat(100_000) + "1"));
    }

    @Test
    void nodesCarryOffsetsAndParts() throws ExprException {
        Expr e = Expr.parse("  rload * V(Out, 0)");
        BinaryExpr mul = assertInstanceOf(BinaryExpr.class, e);
        assertEquals("*", mul.symbol());
        assertEquals(8, mul.offset());
        IdentifierExpr id = assertInstanceOf(IdentifierExpr.class, mul.left());
        assertEquals("rload", id.name());
        assertEquals(2, id.offset());
        ProbeExpr p = assertInstanceOf(ProbeExpr.class, mul.right());
        assertEquals("v", p.function());
        assertEquals(List.of("out", "0"), p.args());
        assertEquals(10, p.offset());
        NumberExpr n = assertInstanceOf(NumberExpr.class, Expr.parse("10kOhm"));
        assertEquals("10kOhm", n.text());
        assertEquals(1e4, n.value());
    }

    @Test
    void identifiersAndFunctionsCalled() throws ExprException {
        Expr e = Expr.parse("Rload*max(A, f(b, v(c), i(vx))) + sqrt(pi) + a + time - g(1)");
        assertEquals(List.of("rload", "a", "b", "pi", "time"), List.copyOf(e.identifiers()));
        assertEquals(List.of("max", "f", "sqrt", "g"), List.copyOf(e.functionsCalled()));
        assertEquals(Set.of(), Expr.parse("v(a, b) * i(v1)").identifiers());
        assertEquals(Set.of(), Expr.parse("v(a, b) * i(v1)").functionsCalled());
        // a name v or i without parentheses is an ordinary identifier
        assertEquals(Set.of("v", "i"), Expr.parse("v*i").identifiers());
    }
}
