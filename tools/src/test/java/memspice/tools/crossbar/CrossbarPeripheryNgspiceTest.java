package memspice.tools.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import memspice.output.RawFileReader;
import memspice.output.ResultTable;
import memspice.tools.cli.Main;
import memspice.tools.validate.GoldenComparison;
import memspice.tools.validate.MeasureComparison;
import memspice.tools.validate.Simulation;
import memspice.tools.validate.SwingComparison;

/**
 * The periphery of {@code memspice crossbar} against ngspice 39: differential column pairs and 2T2R
 * pairs, two-sided drive with driver resistance, sinh cells, level-grid conductances and the
 * floating-column sample-capacitor read-out, on the cases of
 * validation/crossbar-cells/periphery-cases.txt (references made by make-references.sh; ngspice is
 * not needed here). Each case's netlist is written again by the CLI with the script's arguments
 * and must equal the committed one byte for byte, so the reference belongs to exactly this array.
 *
 * <p>Bounds: .op, every vector of the raw file, 1e-9 relative for linear cells (both solve the same
 * linear system directly; rounding times cond ~1e4 is ~1e-12) and 1e-6 for nonlinear cells (both
 * Newton iterations stop at reltol 1e-9 with vntol 1e-12, abstol 1e-15, so each is within ~1e-9 of
 * the exact solution), floors 1e-12 V and 1e-15 A (those vntol and abstol). Transients: every vector
 * at each of ngspice's time points within 2e-3 of its swing (the issue's bound; both integrate with
 * reltol 1e-6 and a 0.2 ns step cap against time constants of ~10 ns, and linear interpolation
 * between memspice's points adds (0.2/10)^2/8 = 5e-5 of the swing at most), and the sampled
 * read-outs ({@code .measure vs<k>}) within 2e-3 relative: the same rule on the value the read-out
 * reports (each is a sizeable fraction of its column's swing).
 */
class CrossbarPeripheryNgspiceTest {

    private static final Path DIR = Path.of("..", "validation", "crossbar-cells");
    private static final String[] OP = {".options reltol=1e-9 abstol=1e-15 vntol=1e-12", ".op"};
    private static final String[] TRAN = {".options reltol=1e-6 abstol=1e-15 vntol=1e-12", ".tran 0.2n 30n 0 0.2n"};

    @TempDir
    Path tmp;

    @Test
    void everyPeripheryCaseMatchesNgspice() throws Exception {
        int cases = 0;
        for (String line : Files.readAllLines(DIR.resolve("periphery-cases.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] w = line.trim().split("\\s+");
            long t0 = System.nanoTime();
            check(w[0], w[1], Arrays.copyOfRange(w, 2, w.length));
            System.out.printf(Locale.ROOT, "%s: %.2f s%n", w[0], (System.nanoTime() - t0) * 1e-9);
            cases++;
        }
        assertTrue(cases >= 8, "only " + cases + " cases listed");
    }

    private void check(String name, String kind, String[] options) throws Exception {
        boolean tran = kind.equals("tran");
        List<String> args = new ArrayList<>(List.of("crossbar"));
        args.addAll(List.of(options));
        for (String a : tran ? TRAN : OP) {
            args.add("--analysis");
            args.add(a);
        }
        Path mine = tmp.resolve(name + ".cir");
        args.add("-o");
        args.add(mine.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args.toArray(new String[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, code, name + ": " + err.toString(StandardCharsets.UTF_8));
        Path cir = DIR.resolve(name + ".cir");
        assertEquals(Files.readString(cir), Files.readString(mine),
                name + ": the generator no longer prints the committed netlist; rerun make-references.sh");
        Simulation sim = Simulation.run(cir);
        assertTrue(sim.report().succeeded(), name + ": " + sim.failureText());
        ResultTable ng = RawFileReader.read(DIR.resolve(name + ".ngspice.raw")).get(0);
        if (!tran) {
            double rel = kind.equals("linear") ? 1e-9 : 1e-6;
            GoldenComparison cmp = new GoldenComparison(rel, 1e-12, 1e-15);
            cmp.compare(name, ng, sim.sink().first("op"), List.of(new int[] {0, 0}), false, false);
            System.out.printf(Locale.ROOT, "%s: %d values, worst |diff|/tol %.3g at %s (rel %.0e)%n", name,
                    cmp.compared(), cmp.worstRatio(), cmp.worstSignal(), rel);
            assertTrue(cmp.compared() > 100, name + ": only " + cmp.compared() + " values compared");
            assertTrue(cmp.failures().isEmpty(), String.join("\n", cmp.failures()));
            return;
        }
        SwingComparison cmp = new SwingComparison(2e-3);
        cmp.compare(name, ng, sim.sink().first("tran"));
        MeasureComparison m = new MeasureComparison(name, DIR.resolve(name + ".ngspice.measure"),
                sim.report().measures(), 2e-3);
        System.out.printf(Locale.ROOT, "%s: %d values, worst |diff|/swing %.3g at %s; %d sampled read-outs, worst rel %.3g%n",
                name, cmp.compared(), cmp.worst(), cmp.worstSignal(), m.compared(), m.worst());
        assertTrue(cmp.compared() > 10_000, name + ": only " + cmp.compared() + " values compared");
        assertTrue(cmp.failures().isEmpty(), String.join("\n", cmp.failures()));
        assertTrue(m.compared() >= 8, name + ": " + m.compared() + " sampled read-outs compared");
        assertTrue(m.failures().isEmpty(), String.join("\n", m.failures()));
    }
}
