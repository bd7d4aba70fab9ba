package memspice.tools.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The AC golden suite: every validation/golden/ac/NAME.cir (RC, RLC band-pass, VCVS with a pole, a
 * Miller two-stage amplifier in a feedback loop, an LC ladder, a phased current source into a tank
 * with F/H read-outs, a biased diode, .print ac part selections; DEC, OCT and LIN sweeps) runs
 * through memspice and agrees with ngspice 39's complex raw output committed beside it
 * (NAME.ngspice.raw, made by make-references.sh) in real and imaginary part to 1e-9 relative, with
 * a floor of 1e-12 of each vector's peak magnitude over the sweep (see {@link AcComparison}): both
 * simulators solve the same linear systems in double precision, so only rounding separates them.
 * No ngspice is needed here.
 */
class GoldenAcSuiteTest {

    static final Path DIR = Path.of("..", "validation", "golden", "ac");

    @TestFactory
    Stream<DynamicTest> everyCaseAgreesWithNgspice() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(p -> p.toString().endsWith(".cir")).sorted().toList();
        }
        assertTrue(cases.size() >= 6, "the suite needs at least 6 cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path cir) throws Exception {
        String base = cir.getFileName().toString().replaceFirst("\\.cir$", "");
        List<ResultTable> ng = RawFileReader.read(cir.resolveSibling(base + ".ngspice.raw")).stream()
                .filter(t -> t.plotName().equalsIgnoreCase("AC Analysis")).toList();
        Netlist netlist = Simulator.read(cir, new RunStatistics());
        TableSink sink = new TableSink();
        Simulator.Report report = Simulator.run(netlist, sink, new RunStatistics());
        assertTrue(report.succeeded(), base + ": " + report.failures());
        List<ResultTable> ours = sink.tables().stream().filter(ResultTable::isComplex).toList();
        assertEquals(1, ng.size(), base + ": ngspice AC plots");
        assertEquals(1, ours.size(), base + ": memspice AC tables");
        AcComparison cmp = new AcComparison(1e-9, 1e-12);
        cmp.compare(base, ng.get(0), ours.get(0));
        System.out.printf(java.util.Locale.ROOT, "golden ac %-16s %4d points, worst |diff|/tol %.3g, worst |diff|/|ngspice| %.3g%n",
                base, ng.get(0).rowCount(), cmp.worstRatio(), cmp.worstRelative());
        assertTrue(cmp.failures().isEmpty(), String.join("\n", cmp.failures()));
        // the frequency column plus at least one quantity at every point
        assertTrue(cmp.compared() >= 2 * ng.get(0).rowCount(), base + ": too little was compared (" + cmp.compared() + ")");
    }
}
