package memspice.tools.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.Netlist;
import memspice.output.RawFileReader;
import memspice.output.ResultTable;
import memspice.output.TableSink;
import memspice.tools.validate.MeasureComparison;

/**
 * The transient golden suite: every validation/golden/tran/NAME.cir runs through memspice with the
 * options its netlist carries (the same .options reltol=1e-6 and tmax = tstep/5 that made the
 * ngspice 39 references NAME.ngspice.raw and NAME.ngspice.measure with make-references.sh; nothing
 * is tightened for memspice). No ngspice is needed here.
 *
 * <p>The rule (the issue's): both waveforms on a common grid of 2000 times over the run, linearly
 * interpolated; per signal RMS error &lt; 1e-3 and max error &lt; 2e-2 of its peak-to-peak range
 * (floored at 1e-3 of the case's largest range of the same kind, see {@link WaveformComparison}).
 * The max bound is looser than the RMS bound because two simulators put their points at different
 * times: next to a fast edge, linear interpolation between differently placed points differs by a
 * fraction of the edge however accurate each solution is. Every .measure result agrees with
 * ngspice's to 1e-3 relative, and a measurement ngspice reports failed must fail in memspice too.
 */
class GoldenTranSuiteTest {

    static final Path DIR = Path.of("..", "validation", "golden", "tran");

    /** Cases kept in the suite but not held to the rule, with the reason (see the README's KNOWN-ISSUES). */
    static final Map<String, String> KNOWN_ISSUES = Map.of();

    @TestFactory
    Stream<DynamicTest> everyCaseAgreesWithNgspice() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(p -> p.toString().endsWith(".cir") && !p.toString().endsWith(".ngspice.cir"))
                    .sorted().toList();
        }
        assertTrue(cases.size() >= 25, "the suite needs at least 25 cases, found " + cases.size());
        return cases.stream()
                .filter(c -> !KNOWN_ISSUES.containsKey(c.getFileName().toString().replaceFirst("\\.cir$", "")))
                .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path cir) throws Exception {
        String base = cir.getFileName().toString().replaceFirst("\\.cir$", "");
        List<ResultTable> ng = RawFileReader.read(cir.resolveSibling(base + ".ngspice.raw")).stream()
                .filter(t -> t.plotName().equalsIgnoreCase("Transient Analysis")).toList();
        assertEquals(1, ng.size(), base + ": ngspice transient plots");
        Netlist netlist = Simulator.read(cir, new RunStatistics());
        TableSink sink = new TableSink();
        Simulator.Report report = Simulator.run(netlist, sink, new RunStatistics());
        assertTrue(report.succeeded(), base + ": " + report.failures());
        ResultTable ours = sink.first("tran");
        boolean restricted = !netlist.directives("print").isEmpty() || !netlist.directives("save").isEmpty();
        // 2000 grid points, rms < 1e-3 and max < 2e-2 of the scale, floor 1e-3 of the case's largest swing
        WaveformComparison cmp = new WaveformComparison(2000, 1e-3, 2e-2, 1e-3);
        cmp.compare(base, ng.get(0), ours, restricted);
        List<String> failures = new ArrayList<>(cmp.failures());
        // every .measure value within 1e-3 relative of ngspice's (memspice validate's comparison)
        MeasureComparison measures = new MeasureComparison(base, cir.resolveSibling(base + ".ngspice.measure"),
                report.measures(), 1e-3);
        failures.addAll(measures.failures());
        double[] worstMeasure = {measures.worst()};
        System.out.printf(Locale.ROOT, "golden tran | %s | %d | %.1e | %.1e | %d | %.1e |%n",
                base, cmp.compared(), cmp.worstRms(), cmp.worstMax(), report.measures().size(), worstMeasure[0]);
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + String.join("\n", cmp.lines()));
        assertTrue(cmp.compared() > 0, base + ": nothing was compared");
    }
}
