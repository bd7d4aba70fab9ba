package memspice.tools.amc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.tools.cli.Main;

/** {@code memspice amc inverse} through the CLI: output, written netlists, refusals and bad input. */
class AmcCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void inverseTransientPrintsTheAnswerAndWritesARunnableNetlist() throws Exception {
        Path a = file("A.csv", "1,0.2,0.5\n0.3,0.9,0.1\n0.4,0.2,1.1\n");
        Path b = file("b.csv", "0.2\n-0.1\n0.3\n");
        Path cir = dir.resolve("inv.cir");
        int rc = run("amc", "inverse", "--matrix", a.toString(), "--rhs", b.toString(), "--tran", "--netlist", cir.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        assertEquals(Main.OK, rc, err.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("eig(D^-1 G) = 0.352941 0.574661 1.00000"), text);
        assertTrue(text.contains("-0.101049893"), text);
        assertTrue(text.contains("settling time"), text);
        // The written deck is the one simulated: memspice runs it and prints the same first output.
        out.reset();
        assertEquals(Main.OK, run("run", cir.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("c1"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unstableMatrixIsRefusedWithExitOne() throws Exception {
        Path a = file("A.csv", "1,2\n2,1\n");
        Path b = file("b.csv", "1,0\n");
        assertEquals(Main.BAD_INPUT, run("amc", "inverse", "--matrix", a.toString(), "--rhs", b.toString(), "--tran"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("unstable") && e.contains("-0.333333"), e);
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("circuit V_j"), "no simulation after the verdict");
    }

    @Test
    void singularMatrixIsRefusedWithExitOne() throws Exception {
        // eig(D^-1 G) of [[1,1],[1,1]] is {0, 1}; EVD returns the 0 as ~1e-16, which must not pass as "positive".
        Path a = file("A.csv", "1,1\n1,1\n");
        Path b = file("b.csv", "1\n0\n");
        assertEquals(Main.BAD_INPUT, run("amc", "inverse", "--matrix", a.toString(), "--rhs", b.toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("singular matrix"), e);
        assertFalse(e.contains("Exception"), e);
    }

    @Test
    void badCsvNamesFileAndLine() throws Exception {
        Path a = file("A.csv", "1,0.2\n0.3,x\n");
        Path b = file("b.csv", "1\n2\n");
        assertEquals(Main.BAD_INPUT, run("amc", "inverse", "--matrix", a.toString(), "--rhs", b.toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains(a + ":2:") && e.contains("'x' is not a number"), e);
        assertFalse(e.contains("Exception"), e);
    }

    @Test
    void sizeMismatchAndIdealTransientAreUsageErrors() throws Exception {
        Path a = file("A.csv", "1,0\n0,1\n");
        Path b = file("b.csv", "1\n2\n3\n");
        assertEquals(Main.BAD_INPUT, run("amc", "inverse", "--matrix", a.toString(), "--rhs", b.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("3 values, the matrix 2 rows"), err.toString(StandardCharsets.UTF_8));
        Path b2 = file("b2.csv", "1\n2\n");
        assertEquals(Main.BAD_INPUT, run("amc", "inverse", "--matrix", a.toString(), "--rhs", b2.toString(), "--ideal", "--tran"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--tran needs"), err.toString(StandardCharsets.UTF_8));
    }
}
