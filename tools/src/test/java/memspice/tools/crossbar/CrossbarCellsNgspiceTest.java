package memspice.tools.crossbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.DeckReader;
import memspice.netlist.NetlistParser;
import memspice.output.RawFileReader;
import memspice.output.ResultTable;
import memspice.output.TableSink;
import memspice.tools.validate.GoldenComparison;

/**
 * memspice's operating point of generated crossbars of each cell type against ngspice 39 on the
 * committed netlists of validation/crossbar-cells (made by its make-references.sh; ngspice is not
 * needed here). Each array is rebuilt through the API from the script's seed and options and must
 * print the committed netlist byte for byte, so the reference belongs to exactly this array. Every
 * vector of ngspice's raw file (all nodes, including subcircuit state nodes, and all source
 * currents) is compared.
 *
 * <p>Bounds are the issue's: 1e-9 relative for linear resistor cells (both are direct solves of the
 * same linear system; rounding times cond ~1e4 is ~1e-12) and 1e-6 for the nonlinear cells (MOSFET,
 * diode, behavioural memristor: both Newton iterations stop at reltol=1e-9, vntol=1e-12,
 * abstol=1e-15, set in the netlists, so each is within ~1e-9 of the exact solution). Floors 1e-12 V
 * and 1e-15 A: the netlists' vntol and abstol, below which neither simulator resolves a value.
 */
class CrossbarCellsNgspiceTest {

    private static final Path DIR = Path.of("..", "validation", "crossbar-cells");
    private static final String OPTIONS = ".options reltol=1e-9 abstol=1e-15 vntol=1e-12";

    @Test
    void resistor8x8() throws Exception {
        check("resistor_8x8", 8, 0.2, 1, 10, CrossbarCell.resistor(), 1e-9);
    }

    @Test
    void oneTransistorOneResistor() throws Exception {
        CrossbarCell.Type t = CrossbarCell.Type.ONE_T_ONE_R;
        check("1t1r_8x8", 8, 0.5, 1, 11, new CrossbarCell(t, 1.8), 1e-6);
        check("1t1r_16x16", 16, 0.5, 2.5, 12, new CrossbarCell(t, 1.2), 1e-6);
    }

    @Test
    void oneSelectorOneResistor() throws Exception {
        CrossbarCell cell = new CrossbarCell(CrossbarCell.Type.ONE_S_ONE_R, 0);
        check("1s1r_8x8", 8, 1.0, 1, 13, cell, 1e-6);
        check("1s1r_16x16", 16, 1.0, 2.5, 14, cell, 1e-6);
    }

    @Test
    void memristor() throws Exception {
        CrossbarCell cell = new CrossbarCell(CrossbarCell.Type.MEMRISTOR, 0);
        check("memristor_8x8", 8, 0.2, 1, 15, cell, 1e-6);
        check("memristor_16x16", 16, 0.2, 2.5, 16, cell, 1e-6);
    }

    /** The array memspice crossbar --rows n --vmax vmax --rwire rwire --seed seed writes (default gmin, gmax). */
    private static void check(String name, int n, double vmax, double rwire, long seed, CrossbarCell cell, double rel)
            throws Exception {
        CrossbarSpec spec = CrossbarSpec.random(n, n, 1e-6, 1e-4, vmax, rwire, seed);
        StringWriter w = new StringWriter();
        CrossbarNetlist.write(spec, cell, w, OPTIONS, ".op");
        assertEquals(Files.readString(DIR.resolve(name + ".cir")), w.toString(),
                name + ": the generator no longer prints the committed netlist; rerun validation/crossbar-cells/make-references.sh");
        TableSink sink = new TableSink();
        var netlist = NetlistParser.parse(Path.of(name + ".cir"), DeckReader.read(name + ".cir", w.toString()));
        assertTrue(Simulator.run(netlist, sink, new RunStatistics()).succeeded(), name + ": memspice .op failed");
        ResultTable ours = sink.first("op");
        ResultTable ng = RawFileReader.read(DIR.resolve(name + ".ngspice.raw")).get(0);
        GoldenComparison cmp = new GoldenComparison(rel, 1e-12, 1e-15);
        cmp.compare(name, ng, ours, List.of(new int[] {0, 0}), false, false);
        System.out.printf(Locale.ROOT, "%s: %d values, worst |diff|/tol %.3g at %s (rel %.0e)%n", name, cmp.compared(),
                cmp.worstRatio(), cmp.worstSignal(), rel);
        assertTrue(cmp.compared() >= 2 * n * n, name + ": only " + cmp.compared() + " values compared");
        assertTrue(cmp.failures().isEmpty(), String.join("\n", cmp.failures()));
    }
}
