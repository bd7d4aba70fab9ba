package memspice.tools.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.Netlist;
import memspice.output.RawFileReader;
import memspice.output.ResultTable;
import memspice.output.TableSink;

/**
 * The op-amp cross-check: every validation/golden/opamp/NAME.cir uses memspice's YOPAMP device; its
 * twin NAME.ngspice.cir builds the same circuit from netlists/opamps.lib (E/B sources, R, C) and
 * ngspice 39 ran it into NAME.ngspice.raw (make-references.sh). The YOPAMP results must agree with
 * ngspice's subcircuit: .ac in real and imaginary part and .dc to 1e-9 relative (the same equations
 * solved in double precision; the library's 1e-15 S topology resistor is far below that), with the
 * AC floor 1e-10 of each vector's peak (the gain A0 in the matrix costs its factor in rounding) and
 * DC floors 1e-12 V / 1e-15 A as in the other golden suites (with tight .options on both sides);
 * .tran under the transient suite's waveform rule (2000-point grid, RMS < 1e-3 and max < 2e-2 of the
 * signal's range), since the two simulators choose different time steps.
 */
class GoldenOpampSuiteTest {

    static final Path DIR = Path.of("..", "validation", "golden", "opamp");

    @TestFactory
    Stream<DynamicTest> yopampAgreesWithTheLibrarySubcircuitInNgspice() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(p -> p.toString().endsWith(".cir") && !p.toString().endsWith(".ngspice.cir")).sorted().toList();
        }
        assertTrue(cases.size() >= 3, "the suite needs at least 3 cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path cir) throws Exception {
        String base = cir.getFileName().toString().replaceFirst("\\.cir$", "");
        List<ResultTable> ng = RawFileReader.read(cir.resolveSibling(base + ".ngspice.raw"));
        Netlist netlist = Simulator.read(cir, new RunStatistics());
        TableSink sink = new TableSink();
        Simulator.Report report = Simulator.run(netlist, sink, new RunStatistics());
        assertTrue(report.succeeded(), base + ": " + report.failures());
        assertEquals(1, ng.size(), base + ": ngspice plots");
        assertEquals(1, sink.tables().size(), base + ": memspice tables");
        ResultTable a = ng.get(0);
        ResultTable b = sink.tables().get(0);
        String kind = sink.kinds().get(0);
        List<String> failures;
        int compared;
        switch (kind) {
            case "ac" -> {
                // floor 1e-10 of the peak, not the AC suite's 1e-12: the op-amp's gain A0 = 1e5 stands in the
                // matrix beside unit entries, so each solve is good to ~A0 * eps = 2.2e-11 of the signal scale
                // and two simulators add their errors; measured: v(out) differs by ~8e-13 of its peak at high frequency,
                // 0.78 of what a 1e-12 floor would allow, 0.0085 of this one
                AcComparison cmp = new AcComparison(1e-9, 1e-10);
                cmp.compare(base, a, b);
                failures = cmp.failures();
                compared = cmp.compared();
                System.out.printf(java.util.Locale.ROOT, "golden opamp %-16s worst |diff|/tol %.3g (%s)%n", base, cmp.worstRatio(), cmp.worstSignal());
            }
            case "dc" -> {
                assertEquals(a.rowCount(), b.rowCount(), base + ": sweep points");
                List<int[]> rows = new ArrayList<>();
                for (int r = 0; r < a.rowCount(); r++) {
                    rows.add(new int[] {r, r});
                }
                GoldenComparison cmp = new GoldenComparison(1e-9, 1e-12, 1e-15);
                // restricted: the subcircuit's internal nodes (x1.y, ...) have no YOPAMP counterpart
                cmp.compare(base, a, b, rows, true, true);
                failures = cmp.failures();
                compared = cmp.compared();
            }
            case "tran" -> {
                WaveformComparison cmp = new WaveformComparison(2000, 1e-3, 2e-2, 1e-3);
                cmp.compare(base, a, b, true);
                failures = cmp.failures();
                compared = cmp.compared();
                System.out.printf(java.util.Locale.ROOT, "golden opamp %-16s worst rms %.3g, worst max %.3g (of range)%n",
                        base, cmp.worstRms(), cmp.worstMax());
            }
            default -> throw new AssertionError(base + ": unexpected analysis " + kind);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        // AC and DC count compared values (at least one per point); the waveform rule counts vectors
        assertTrue(kind.equals("tran") ? compared >= 1 : compared >= a.rowCount(), base + ": too little was compared ("
                + compared + ")");
    }
}
