package memspice.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code memspice run --solver}: it overrides .options solver, and a bad value is bad input. */
class SolverOptionCliTest {

    /** A 3 x 2 resistor grid between two grounded sources, with a netlist option the flag must beat. */
    private static final String GRID = "grid\nv1 a 0 1\nv2 f 0 -0.5\nr1 a b 1\nr2 b c 2\nr3 a d 3\nr4 b e 4\n"
            + "r5 c f 5\nr6 d e 6\nr7 e f 7\nr8 d 0 1k\n.options solver=direct\n.op\n.end\n";

    private static CliOutcome run(String... args) {
        return CliOutcome.main(args);
    }

    private static long counter(String stats, String name) {
        Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(name) + "\\s+(\\d+)$").matcher(stats);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    void theFlagOverridesTheNetlistAndGivesTheSameAnswer(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("grid.cir");
        Files.writeString(net, GRID);
        CliOutcome direct = run("run", net.toString(), "--stats", "--csv", dir.resolve("d").toString());
        CliOutcome iterative = run("run", net.toString(), "--stats", "--solver", "ITERATIVE", "--csv",
                dir.resolve("i").toString());
        assertEquals(0, direct.status(), direct.err());
        assertEquals(0, iterative.status(), iterative.err());
        assertEquals(0, counter(direct.err(), "cg iterations"), direct.err());
        assertTrue(counter(iterative.err(), "cg iterations") > 0, iterative.err());
        assertFalse(iterative.err().contains("iterative solver:"), iterative.err());
        List<String> a = Files.readAllLines(dir.resolve("d").resolve("op.csv"));
        List<String> b = Files.readAllLines(dir.resolve("i").resolve("op.csv"));
        assertEquals(a.get(0), b.get(0));
        String[] va = a.get(1).split(",");
        String[] vb = b.get(1).split(",");
        for (int k = 0; k < va.length; k++) {
            double x = Double.parseDouble(va[k]);
            double y = Double.parseDouble(vb[k]);
            // well-conditioned 6-node grid, residual 1e-12 of |b| ~ 1: differences of order 1e-12 V / A
            assertEquals(x, y, 1e-10 * Math.max(1, Math.abs(x)), a.get(0).split(",")[k]);
        }
    }

    @Test
    void aBadValueIsBadInput(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("grid.cir");
        Files.writeString(net, GRID);
        CliOutcome o = run("run", net.toString(), "--solver", "multigrid");
        assertEquals(1, o.status());
        assertTrue(o.err().contains("--solver must be direct, iterative or auto"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
    }
}
