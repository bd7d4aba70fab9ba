package memspice.tools.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import memspice.analysis.RunStatistics;
import memspice.analysis.Simulator;
import memspice.netlist.Netlist;
import memspice.output.RawFileReader;
import memspice.output.ResultTable;
import memspice.output.TableSink;
import memspice.tools.validate.SwingComparison;

/**
 * The semiconductor and switch golden suite: every validation/golden/devices/NAME.cir (diodes, BJTs,
 * MOSFETs, switches, the LM741 Boyle macromodel) runs through memspice and agrees with the ngspice 39
 * output committed beside it (NAME.ngspice.raw, made by make-references.sh), point by point and
 * vector by vector, named as ngspice names them. No ngspice is needed here.
 *
 * <p>Bound: |a - b| <= 1e-6 max(|a|, |b|) + floor, floors 1e-9 V and 1e-12 A. Both simulators
 * evaluate the same published equations (SPICE2 level 1, kT/q from the same CODATA constants) and
 * the netlists set reltol=1e-9, abstol=1e-15, vntol=1e-12, so each converged solution is within ~1e-9
 * relative of the exact one; 1e-6 leaves three decades for the differences that remain legitimately
 * (order of floating-point operations in exponentials of ~40, ngspice's device-level convergence
 * test, its stopping one iteration earlier or later). The floors are 1000 times vntol and abstol: a
 * node that converged to vntol in both may differ by 2 vntol, and an off device's current (~gmin v,
 * 1e-12 A) is compared absolutely. A wrong model term shows as 1e-3 or more.
 */
class GoldenDeviceSuiteTest {

    static final Path DIR = Path.of("..", "validation", "golden", "devices");
    static final double RELATIVE = 1e-6;
    static final double VOLTAGE_FLOOR = 1e-9;
    static final double CURRENT_FLOOR = 1e-12;

    @TestFactory
    Stream<DynamicTest> everyDeviceCaseAgreesWithNgspice() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(DIR)) {
            cases = s.filter(p -> p.toString().endsWith(".cir")).sorted().toList();
        }
        assertTrue(cases.size() >= 8, "the device suite needs at least 8 cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path cir) throws Exception {
        String base = cir.getFileName().toString().replaceFirst("\\.cir$", "");
        List<ResultTable> ng = RawFileReader.read(cir.resolveSibling(base + ".ngspice.raw"));
        Netlist netlist = Simulator.read(cir, new RunStatistics());
        TableSink sink = new TableSink();
        Simulator.Report report = Simulator.run(netlist, sink, new RunStatistics());
        assertTrue(report.succeeded(), base + ": " + report.failures());
        GoldenComparison cmp = new GoldenComparison(RELATIVE, VOLTAGE_FLOOR, CURRENT_FLOOR);
        double worst = 0;
        for (String kind : List.of("op", "dc")) {
            String plot = kind.equals("op") ? "Operating Point" : "DC transfer characteristic";
            List<ResultTable> theirs = ng.stream().filter(t -> t.plotName().equalsIgnoreCase(plot)).toList();
            List<ResultTable> ours = new ArrayList<>();
            for (int i = 0; i < sink.tables().size(); i++) {
                if (sink.kinds().get(i).equals(kind)) {
                    ours.add(sink.tables().get(i));
                }
            }
            assertEquals(theirs.size(), ours.size(), base + ": number of " + kind + " results");
            for (int k = 0; k < theirs.size(); k++) {
                ResultTable a = theirs.get(k);
                ResultTable b = ours.get(k);
                assertEquals(a.rowCount(), b.rowCount(), base + " " + kind + "#" + (k + 1) + ": number of points");
                List<int[]> rows = new ArrayList<>();
                for (int r = 0; r < a.rowCount(); r++) {
                    rows.add(new int[] {r, r});
                }
                cmp.compare(base + " " + kind + "#" + (k + 1), a, b, rows, kind.equals("dc"), false);
                worst = Math.max(worst, worstRelative(a, b, kind.equals("dc")));
            }
        }
        System.out.printf(Locale.ROOT, "golden device %-22s %6d values, worst |diff|/(|ref| + floor) = %.2e%n",
                base, cmp.compared(), worst);
        assertTrue(cmp.failures().isEmpty(), String.join("\n", cmp.failures()));
        assertTrue(cmp.compared() > 0, base + ": nothing was compared");
    }

    static final Path TRAN_DIR = DIR.resolve("tran");
    /** Transient bound, as a fraction of each vector's swing in the ngspice run (see below). */
    static final double TRAN_FRACTION_OF_SWING = 3e-3;

    /**
     * Transient cases (validation/golden/devices/tran): the junction and overlap charges in time. Both
     * simulators step at most 20 ps (the netlists' TMAX) on edges of 2 ns, so each is close to the exact
     * waveform, but their time grids differ and memspice is linearly interpolated onto ngspice's points:
     * the differences are largest on edges and at the pulse corners, measured at up to 1.04e-3 of a
     * vector's swing (i(vin) at the 25 ns corner). The bound is 3e-3 of the swing; a 10 % change of one
     * charge parameter in memspice alone moves the worst vector by 4.9e-3 (CGDO) to 5.1e-3 (TR) of its
     * swing, so the check sees charge errors of that size and larger (sign errors by far).
     */
    @TestFactory
    Stream<DynamicTest> transientChargesAgreeWithNgspice() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(TRAN_DIR)) {
            cases = s.filter(p -> p.toString().endsWith(".cir")).sorted().toList();
        }
        assertTrue(!cases.isEmpty(), "no transient device cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> checkTransient(c)));
    }

    private static void checkTransient(Path cir) throws Exception {
        String base = cir.getFileName().toString().replaceFirst("\\.cir$", "");
        ResultTable ng = RawFileReader.read(cir.resolveSibling(base + ".ngspice.raw")).stream()
                .filter(t -> t.plotName().equalsIgnoreCase("Transient Analysis")).findFirst().orElseThrow();
        TableSink sink = new TableSink();
        Simulator.Report report = Simulator.run(Simulator.read(cir, new RunStatistics()), sink, new RunStatistics());
        assertTrue(report.succeeded(), base + ": " + report.failures());
        ResultTable ours = sink.first("tran");
        // memspice validate's comparison: every vector at ngspice's times within the bound of its swing
        SwingComparison cmp = new SwingComparison(TRAN_FRACTION_OF_SWING);
        cmp.compare(base, ng, ours);
        System.out.printf(Locale.ROOT, "golden device tran %-17s %6d values, worst |diff|/swing = %.2e%n", base,
                cmp.compared(), cmp.worst());
        assertTrue(cmp.failures().isEmpty(), String.join("\n", cmp.failures()));
        assertTrue(cmp.compared() > 0, base + ": nothing was compared");
    }

    /** The largest |a - b| / (max(|a|, |b|) + floor/RELATIVE) over all compared values (for the log). */
    private static double worstRelative(ResultTable ng, ResultTable ours, boolean sweep) {
        double worst = 0;
        for (int c = (sweep ? 1 : 0); c < ng.columnCount(); c++) {
            String name = ng.columns().get(c).name();
            if (NgspiceNames.isSweep(name)) {
                continue;
            }
            var idx = ours.indexOf(NgspiceNames.toMemspice(name));
            if (idx.isEmpty()) {
                continue;
            }
            double floor = name.startsWith("i(") ? CURRENT_FLOOR : VOLTAGE_FLOOR;
            for (int r = 0; r < ng.rowCount(); r++) {
                double a = ng.value(r, c);
                double b = ours.value(r, idx.get());
                worst = Math.max(worst, Math.abs(a - b) / (Math.max(Math.abs(a), Math.abs(b)) + floor / RELATIVE));
            }
        }
        return worst;
    }
}
