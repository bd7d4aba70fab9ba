package memspice.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed input gives {@code file:line: message} on stderr, exit status 1, and no stack
 * trace. Each case names the line the message must point at and a fragment it must contain.
 */
class MalformedInputTest {

    @TempDir
    Path dir;

    /** What running a netlist printed. */
    record Outcome(int status, String out, String err) {
    }

    static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown element letter", "t\nV1 a 0 1\nZ1 a 0 1k\n.op\n", 3, "unknown element type 'Z'"),
                Arguments.of("unknown Y device", "t\nV1 a 0 1\nYFOO x1 a 0 m\n.op\n", 3, "unknown device type 'YFOO'"),
                Arguments.of("missing node", "t\nR1 a\n.op\n", 2, "missing second node"),
                Arguments.of("missing value", "t\nR1 a 0\n.op\n", 2, "missing resistance"),
                Arguments.of("bad number", "t\nV1 a 0 1\nR1 a 0 1..5\n.op\n", 3, "bad resistance '1..5'"),
                Arguments.of("undefined parameter", "t\nV1 a 0 1\nR1 a 0 {rload}\n.op\n", 3, "rload"),
                Arguments.of("subckt without ends", "t\nV1 a 0 1\n.subckt amp i o\nR1 i o 1\n", 3, "has no .ends"),
                Arguments.of("analysis in an unclosed subckt", "t\nV1 a 0 1\n.subckt amp i o\nR1 i o 1\n.op\n", 5,
                        "(opened at line 3; is its .ends missing?)"),
                Arguments.of("ends without subckt", "t\nV1 a 0 1\n.ends\n", 3, ".ends without a matching .subckt"),
                Arguments.of("recursive subckt", "t\nV1 n 0 1\nX1 n a\n.subckt a p\nX2 p b\n.ends\n.subckt b p\nX3 p a\n.ends\n.op\n", 8,
                        "recursive subcircuit: a -> b -> a"),
                Arguments.of("include not found", "t\nV1 a 0 1\n.include nothere.cir\n.op\n", 3, "file not found"),
                Arguments.of("duplicate element", "t\nV1 a 0 1\nR1 a 0 1k\nR1 a 0 2k\n.op\n", 4, "duplicate element name 'r1'"),
                Arguments.of("unknown subcircuit", "t\nV1 a 0 1\nX1 a b nosuch\n.op\n", 3, "unknown subcircuit 'nosuch'"),
                Arguments.of("port count", "t\n.subckt two a b\nR1 a b 1\n.ends\nV1 a 0 1\nX1 a two\n.op\n", 6,
                        "has 2 ports, 1 nodes given"),
                Arguments.of("unknown instance parameter", "t\n.subckt s a params: r=1\nR1 a 0 {r}\n.ends\nV1 a 0 1\nX1 a s q=2\n.op\n", 6,
                        "has no parameter 'q'"),
                Arguments.of("zero resistance", "t\nV1 a 0 1\nR1 a 0 0\n.op\n", 3, "resistance is 0"),
                Arguments.of("unknown directive", "t\nV1 a 0 1\n.frobnicate\n.op\n", 3, "unknown directive '.frobnicate'"),
                Arguments.of("dc unknown source", "t\nV1 a 0 1\nR1 a 0 1\n.dc V9 0 1 0.1\n", 4, "no source or top-level parameter named 'v9'"),
                Arguments.of("dc zero step", "t\nV1 a 0 1\nR1 a 0 1\n.dc V1 0 1 0\n", 4, "step must not be 0"),
                Arguments.of("dc wrong step sign", "t\nV1 a 0 1\nR1 a 0 1\n.dc V1 0 1 -0.1\n", 4, "does not lead from"),
                Arguments.of("expression syntax", "t\nV1 a 0 {1+}\nR1 a 0 1\n.op\n", 2, "1+"),
                Arguments.of("circular parameters", "t\n.param a={b}\n.param b={a+1}\nV1 n 0 {a}\nR1 n 0 1\n.op\n", 2,
                        "circular parameter definition"),
                Arguments.of("poly without coefficients", "t\nV1 a 0 1\nE1 b 0 POLY(1) a 0\nR1 b 0 1\n.op\n", 3, "needs at least one coefficient"),
                Arguments.of("poly bad dimension", "t\nV1 a 0 1\nE1 b 0 POLY(0) a 0 1\nR1 b 0 1\n.op\n", 3, "POLY dimension"),
                Arguments.of("F controls by a missing source", "t\nV1 a 0 1\nR1 a 0 1\nF1 b 0 vx 2\nR2 b 0 1\n.op\n", 4,
                        "controlling device 'vx' does not exist"),
                Arguments.of("F controls by a resistor", "t\nV1 a 0 1\nR1 a 0 1\nF1 b 0 r1 2\nR2 b 0 1\n.op\n", 4,
                        "has no branch current"),
                Arguments.of("unbalanced parenthesis", "t\nV1 a 0 PULSE(0 1 1n\nR1 a 0 1\n.op\n", 2, "missing ')'"),
                Arguments.of("unterminated brace", "t\nV1 a 0 1\nR1 a 0 {1+2\n.op\n", 3, "missing '}'"),
                Arguments.of("stray continuation", "t\n+ R1 a 0 1\n.op\n", 2, "continuation line"),
                Arguments.of("floating node", "t\nV1 a 0 1\nR1 a 0 1\nC1 a b 1p\n.op\n", 4, "node b (no DC path to ground)"),
                Arguments.of("voltage source loop", "t\nV1 a 0 1\nV2 a 0 2\nR1 a 0 1\n.op\n", 3, "loop of voltage sources"),
                Arguments.of("bad option value", "t\n.options reltol=-1\nV1 a 0 1\nR1 a 0 1\n.op\n", 2, "bad value for option reltol"),
                Arguments.of("print without type", "t\nV1 a 0 1\nR1 a 0 1\n.print v(a)\n.op\n", 4, ".print needs an analysis type"),
                Arguments.of("print of a missing node", "t\nV1 a 0 1\nR1 a 0 1\n.print dc v(nosuch)\n.dc V1 0 1 1\n", 4,
                        "no node 'nosuch'"),
                Arguments.of("func without body", "t\n.func f(x)\nV1 a 0 1\n.op\n", 2, ".func f has no body"),
                Arguments.of("unknown resistor parameter", "t\nV1 a 0 1\nR1 a 0 1k foo=3\n.op\n", 3, "unknown resistor parameter 'foo'"),
                Arguments.of("instance without subckt name", "t\nV1 a 0 1\nX1\n.op\n", 3, "missing subcircuit name"),
                Arguments.of("pwl odd count", "t\nV1 a 0 PWL(0 0 1n)\nR1 a 0 1\n.op\n", 2, "PWL needs time-value pairs"),
                Arguments.of("infinite parameter", "t\n.param a={1/0}\nV1 n 0 {a}\nR1 n 0 1\n.op\n", 2, "division by zero"),
                Arguments.of("analysis inside subckt", "t\n.subckt s a\n.op\n.ends\n", 3, ".op is not allowed inside subcircuit 's'"),
                Arguments.of("B without V= or I=", "t\nV1 a 0 1\nB1 b 0 {v(a)}\nR1 b 0 1\n.op\n", 3, "expected V={expr} or I={expr}"),
                Arguments.of("unknown function", "t\nV1 a 0 {frob(2)}\nR1 a 0 1\n.op\n", 2, "frob"),
                Arguments.of("duplicate port", "t\n.subckt s a a\n.ends\n", 2, "port 'a' listed twice"),
                Arguments.of("duplicate model", "t\n.model m1 d is=1e-14\n.model m1 d is=2e-14\n", 3, "model 'm1' is already defined"),
                Arguments.of("unknown dependent-source form", "t\nV1 a 0 1\nE1 b 0 TABLE {v(a)} (0,0) (1,1)\nR1 b 0 1\n.op\n", 3,
                        "TABLE form of dependent sources is not supported"),
                Arguments.of("negative multiplier", "t\nV1 a 0 1\nR1 a 0 1k m=-2\n.op\n", 3, "multiplier m must be positive"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsFileLineAndMessage(String name, String netlist, int line, String fragment) throws IOException {
        Path file = dir.resolve("bad.cir");
        Files.writeString(file, netlist);
        Outcome o = run("run", file.toString());
        assertEquals(Main.BAD_INPUT, o.status(), name + ": stderr was " + o.err());
        String first = o.err().lines().filter(l -> !l.contains(": warning: ")).findFirst().orElse("");
        assertTrue(first.startsWith(file + ":" + line + ": "), name + ": expected " + file + ":" + line + ": ..., got " + first);
        assertTrue(first.contains(fragment), name + ": expected '" + fragment + "' in " + first);
        assertNoStackTrace(o);
    }

    static void assertNoStackTrace(Outcome o) {
        assertFalse(Pattern.compile("\\tat |Exception|Error:").matcher(o.err() + o.out()).find(),
                "stack trace or exception name leaked: " + o.err());
    }

    @Test
    void errorInAnIncludedFileNamesThatFile() throws IOException {
        Path inc = dir.resolve("parts/inc.cir");
        Files.createDirectories(inc.getParent());
        Files.writeString(inc, "* parts\nR1 a 0 1k\nR2 a 0 oops\n");
        Path top = dir.resolve("top.cir");
        Files.writeString(top, "t\nV1 a 0 1\n.include parts/inc.cir\n.op\n");
        Outcome o = run("run", top.toString());
        assertEquals(Main.BAD_INPUT, o.status());
        assertTrue(o.err().startsWith(inc.toAbsolutePath().normalize() + ":3: "), o.err());
        assertNoStackTrace(o);
    }

    @Test
    void emptyFileAndMissingFileAndUsageErrors() throws IOException {
        Path empty = dir.resolve("empty.cir");
        Files.writeString(empty, "");
        Outcome e = run("run", empty.toString());
        assertEquals(Main.BAD_INPUT, e.status());
        assertTrue(e.err().startsWith(empty + ":1: empty netlist"), e.err());

        Outcome missing = run("run", dir.resolve("nope.cir").toString());
        assertEquals(Main.BAD_INPUT, missing.status());
        assertTrue(missing.err().contains("not found"), missing.err());

        assertEquals(Main.BAD_INPUT, run("run").status());
        assertEquals(Main.BAD_INPUT, run("run", "--nosuchflag", "x.cir").status());
        assertEquals(Main.BAD_INPUT, run("frobnicate").status());
    }
}
