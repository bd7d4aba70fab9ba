package memspice.tools.golden;

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
 * The DC golden suite: every validation/golden/dc/NAME.cir runs through memspice and agrees with the
 * ngspice 39 output committed beside it (NAME.ngspice.raw, made by make-references.sh) to 1e-9
 * relative with floors 1e-12 V and 1e-15 A, the issue's standard: both simulators solve linear
 * systems to ~1e-15 and the nonlinear cases carry tight .options. No ngspice is needed here.
 */
class GoldenDcSuiteTest {

    static final Path DIR = Path.of("..", "validation", "golden", "dc");

    @TestFactory
    Stream<DynamicTest> everyCaseAgreesWithNgspice() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(p -> p.toString().endsWith(".cir") && !p.toString().endsWith(".ngspice.cir"))
                    .sorted().toList();
        }
        assertTrue(cases.size() >= 40, "the suite needs at least 40 cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path cir) throws Exception {
        String base = cir.getFileName().toString().replaceFirst("\\.cir$", "");
        List<ResultTable> ng = RawFileReader.read(cir.resolveSibling(base + ".ngspice.raw"));
        Netlist netlist = Simulator.read(cir, new RunStatistics());
        TableSink sink = new TableSink();
        Simulator.Report report = Simulator.run(netlist, sink, new RunStatistics());
        assertTrue(report.succeeded(), base + ": " + report.failures());
        boolean restricted = !netlist.directives("print").isEmpty() || !netlist.directives("save").isEmpty();
        GoldenComparison cmp = new GoldenComparison(1e-9, 1e-12, 1e-15);
        List<ResultTable> ngOps = plots(ng, "Operating Point");
        List<ResultTable> ngDcs = plots(ng, "DC transfer characteristic");
        List<ResultTable> ourOps = ours(sink, "op");
        List<ResultTable> ourDcs = ours(sink, "dc");
        if (ngOps.size() == ourOps.size()) {
            for (int k = 0; k < ngOps.size(); k++) {
                cmp.compare(base + " op#" + (k + 1), ngOps.get(k), ourOps.get(k), List.of(new int[] {0, 0}), false, restricted);
            }
        } else if (ourOps.isEmpty() && ourDcs.size() == 1 && ngOps.size() == ourDcs.get(0).rowCount()) {
            // ngspice emulated a sweep it lacks (list, dec, parameters) with one .op per point
            for (int k = 0; k < ngOps.size(); k++) {
                cmp.compare(base + " point " + k, ngOps.get(k), ourDcs.get(0), List.of(new int[] {0, k}), false, restricted);
            }
        } else {
            throw new AssertionError(base + ": ngspice has " + ngOps.size() + " operating points, memspice " + ourOps.size());
        }
        if (!(ourOps.isEmpty() && ngOps.size() > 1)) {
            assertTrue(ngDcs.size() == ourDcs.size(), base + ": ngspice has " + ngDcs.size() + " dc sweeps, memspice " + ourDcs.size());
            for (int k = 0; k < ngDcs.size(); k++) {
                ResultTable a = ngDcs.get(k);
                ResultTable b = ourDcs.get(k);
                assertTrue(a.rowCount() == b.rowCount(), base + " dc#" + (k + 1) + ": " + a.rowCount() + " ngspice points, "
                        + b.rowCount() + " memspice points");
                List<int[]> rows = new ArrayList<>();
                for (int r = 0; r < a.rowCount(); r++) {
                    rows.add(new int[] {r, r});
                }
                cmp.compare(base + " dc#" + (k + 1), a, b, rows, true, restricted);
            }
        }
        assertTrue(cmp.failures().isEmpty(), String.join("\n", cmp.failures()));
        assertTrue(cmp.compared() > 0, base + ": nothing was compared");
    }

    private static List<ResultTable> plots(List<ResultTable> tables, String plotName) {
        return tables.stream().filter(t -> t.plotName().equalsIgnoreCase(plotName)).toList();
    }

    private static List<ResultTable> ours(TableSink sink, String kind) {
        List<ResultTable> out = new ArrayList<>();
        for (int i = 0; i < sink.tables().size(); i++) {
            if (sink.kinds().get(i).equals(kind)) {
                out.add(sink.tables().get(i));
            }
        }
        return out;
    }
}
