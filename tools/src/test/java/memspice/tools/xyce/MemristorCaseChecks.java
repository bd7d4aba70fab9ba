package memspice.tools.xyce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks behind both Xyce memristor suites (the peer's netlists in ../shared and our own in
 * validation/xyce-memristor): each runs a netlist through the CLI and holds it to a gold table or to
 * an internal identity, printing the measured norms.
 */
final class MemristorCaseChecks {

    private MemristorCaseChecks() {
    }

    private static void report(String label, Map<String, Double> norms) {
        StringBuilder sb = new StringBuilder(label).append(':');
        norms.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s=%.3g", k, v)));
        System.out.println(sb);
    }

    private static void assertAllAtMostOne(String label, Map<String, Double> norms) {
        norms.forEach((k, v) -> assertTrue(v <= 1, label + ": column " + k + " has the peer norm " + v
                + " > 1 (all norms: " + norms + ")"));
    }

    /**
     * PEM (and any case whose gold we should match under the peer's rule as it stands): every *COMP
     * column's norm over all test points is at most 1 (the peer's pass criterion).
     */
    static void peerRule(Path netlist, Path gold, Path out) throws IOException {
        XyceComparison.Table test = XyceRun.tran(netlist, out);
        Map<String, Double> n = XyceComparison.norms(XyceComparison.prn(gold), test, XyceComparison.comps(netlist), t -> true);
        report(netlist.getFileName().toString(), n);
        assertAllAtMostOne(netlist.getFileName().toString(), n);
    }

    /**
     * TEAM (alpha = 10): the on-switching edges are near-discontinuous (x falls ~1.3 nm within ~20 ns)
     * and the gold's own edge times are ~15 ns early against a converged integration (see
     * {@link #teamConverged}). Under the peer's rule every test point inside that gap counts an error
     * of ~50 (0.5 nm against abstol 0.01 nm), and an accurate run resolves each edge with ~100 points,
     * so unmasked the rule measures point placement rather than accuracy there (measured: x norm 24.1
     * at the netlist's reltol 1e-4, 22.9 at a converged reltol 1e-7; 2.7 even with each of our edges
     * shifted onto the gold's). The check therefore (1) holds the edge times to 0.5 us (0.05 % of the
     * 1 ms period: with Xyce's error control on the state, SimulationOptions.xyceerror, the worst is
     * 0.17 us; SPICE's trtol x reltol x |x| convention gave 0.52 us and fails this bound), and (2)
     * applies the peer's rule, with the netlist's own tolerances, to every point more than 1 us away
     * from a gold on-switching edge (the plateaus, the slow off-switching ramps and the sine itself;
     * the mask is wider than the bound so that an edge within the bound never lands outside it). The
     * unmasked norms are printed for the record.
     */
    static void team(Path netlist, Path gold, Path out) throws IOException {
        XyceComparison.Table test = XyceRun.tran(netlist, out);
        XyceComparison.Table g = XyceComparison.prn(gold);
        List<Double> goldEdges = onEdges(g);
        double worst = worstEdgeOffset(goldEdges, onEdges(test));
        System.out.printf(Locale.ROOT, "%s: worst on-edge time difference %.3g s%n", netlist.getFileName(), worst);
        assertTrue(worst <= 0.5e-6, "on-switching edge times differ from the gold by up to " + worst + " s");
        List<XyceComparison.Comp> comps = XyceComparison.comps(netlist);
        Map<String, Double> all = XyceComparison.norms(g, test, comps, t -> true);
        report(netlist.getFileName() + " (peer rule, all points)", all);
        Map<String, Double> masked = XyceComparison.norms(g, test, comps,
                t -> goldEdges.stream().allMatch(e -> Math.abs(t - e) > 1e-6));
        report(netlist.getFileName() + " (peer rule, 1 us around on edges excluded)", masked);
        assertAllAtMostOne(netlist.getFileName().toString(), masked);
    }

    /**
     * TEAM at reltol 1e-7 (the netlist's text with its reltol replaced): the run gets through all ten
     * alpha = 10 edges (before the state's absolute tolerance, SimulationOptions.xyceerror, the step
     * fell below its 2e-15 s minimum at the first edge), and its edges, converged (reltol 1e-6 and
     * 1e-7 agree to ~3 ns), lie 10-25 ns after the gold's; bound 40 ns = that spread plus margin, and
     * 25x tighter than the default-tolerance bound in {@link #team}. The unmasked peer norm of the
     * state stays above 1 even so (measured 22.9): the gold's own edge error, not ours, is what the
     * mask in {@link #team} excludes; asserted so that this statement stays true.
     */
    static void teamConverged(Path netlist, Path gold, Path out) throws IOException {
        String text = Files.readString(netlist);
        String tight = text.replaceAll("(?i)reltol\\s*=\\s*\\S+", "reltol=1e-7");
        assertTrue(!tight.equals(text), "the TEAM netlist sets reltol");
        Files.createDirectories(out);
        Path copy = out.resolve("team-reltol-1e-7.cir");
        Files.writeString(copy, tight);
        XyceComparison.Table test = XyceRun.tran(copy, out.resolve("run"));
        XyceComparison.Table g = XyceComparison.prn(gold);
        List<Double> goldEdges = onEdges(g);
        List<Double> ours = onEdges(test);
        double worst = worstEdgeOffset(goldEdges, ours);
        double last = test.times()[test.times().length - 1];
        System.out.printf(Locale.ROOT, "%s at reltol 1e-7: %d points to t = %.6g s, worst on-edge time difference %.3g s%n",
                netlist.getFileName(), test.rows().size(), last, worst);
        assertTrue(worst <= 40e-9, "converged on-switching edges differ from the gold by up to " + worst + " s");
        Map<String, Double> all = XyceComparison.norms(g, test, XyceComparison.comps(netlist), t -> true);
        report(netlist.getFileName() + " at reltol 1e-7 (peer rule, all points)", all);
        assertTrue(all.get("n(ymemristor!mr1_x)") > 1, "a converged run still misses the gold's edges under the unmasked rule");
    }

    /** The on-switching edges: the state falls through mid-level (plateaus ~1.34 nm and ~-0.004 nm). */
    private static List<Double> onEdges(XyceComparison.Table t) {
        int x = t.column("n(ymemristor!mr1_x)");
        assertTrue(x > 0, "state column missing from " + t.names());
        return XyceComparison.fallingCrossings(t.times(), t.values(x), 0.67);
    }

    private static double worstEdgeOffset(List<Double> goldEdges, List<Double> ourEdges) {
        assertEquals(10, goldEdges.size(), "the gold switches on once per period");
        assertEquals(goldEdges.size(), ourEdges.size(), "number of on-switching edges");
        double worst = 0;
        for (int k = 0; k < goldEdges.size(); k++) {
            worst = Math.max(worst, Math.abs(goldEdges.get(k) - ourEdges.get(k)));
        }
        return worst;
    }

    /**
     * The PEM case with space-separated .dat tables. The peer's gold bakes in its table-reading defect
     * (the first digit of each value swallowed: 0.63 read as 0.03, so its state starts 21 times
     * slower). memspice reads .dat and .csv alike, so: (1) the gold's own first-step state rates show
     * the defect (csv gold / dat gold = 0.630/0.030 = 21 within 1 %, every other factor being equal);
     * (2) our run of the .dat netlist equals, to 1e-12 relative, our run of the same netlist text
     * pointing at the .csv tables (the tables are read identically); (3) it does not match the .dat
     * gold (norm > 1), as a correct reader must not.
     */
    static void pemDatDefect(Path datNetlist, Path datGold, Path csvGold, Path out) throws IOException {
        XyceComparison.Table dat = XyceComparison.prn(datGold);
        XyceComparison.Table csv = XyceComparison.prn(csvGold);
        int dx = dat.column("n(ymemristor!mr1_x)");
        int cx = csv.column("n(ymemristor!mr1_x)");
        double ratio = (csv.rows().get(1)[cx] / csv.rows().get(1)[0]) / (dat.rows().get(1)[dx] / dat.rows().get(1)[0]);
        System.out.printf(Locale.ROOT, "%s: gold first-step state rate ratio csv/dat = %.4f (0.63/0.03 = 21)%n",
                datNetlist.getFileName(), ratio);
        assertEquals(21.0, ratio, 0.21, "the .dat gold's slow-down is the swallowed digit (0.63 -> 0.03)");
        XyceComparison.Table test = XyceRun.tran(datNetlist, out.resolve("dat"));
        Path dir = datNetlist.toAbsolutePath().getParent();
        String text = Files.readString(datNetlist);
        String asCsv = text.replaceAll("(?i)fxpdata\\s*=\\s*(\\S+)\\.dat", "fxpdata=" + dir.toString().replace("\\", "/") + "/$1.csv")
                .replaceAll("(?i)fxmdata\\s*=\\s*(\\S+)\\.dat", "fxmdata=" + dir.toString().replace("\\", "/") + "/$1.csv");
        assertTrue(!asCsv.equals(text), "the .dat netlist names .dat tables");
        Files.createDirectories(out);
        Path csvNetlist = out.resolve("as-csv.cir");
        Files.writeString(csvNetlist, asCsv);
        XyceComparison.Table same = XyceRun.tran(csvNetlist, out.resolve("csv"));
        assertEquals(test.rows().size(), same.rows().size(), "same time points");
        for (int k = 0; k < test.rows().size(); k++) {
            double[] a = test.rows().get(k);
            double[] b = same.rows().get(k);
            for (int c = 0; c < a.length; c++) {
                assertEquals(b[c], a[c], 1e-12 * Math.abs(b[c]) + 1e-300, "dat vs csv tables, row " + k + " column " + c);
            }
        }
        Map<String, Double> vsDat = XyceComparison.norms(dat, test, XyceComparison.comps(datNetlist), t -> true);
        report(datNetlist.getFileName() + " against its own (defective) gold", vsDat);
        assertTrue(vsDat.get("n(ymemristor!mr1_x)") > 1, "a correct table reader cannot match the defective gold");
    }

    /**
     * The TEAM case with a 0 V ammeter: at every point the ammeter current equals the device current
     * (relative 1e-3, the README's bound; they differ only by Newton tolerance, ~1e-9 A here) and the
     * power outputs p() and w() equal the braced expression (v(n2)-v(n3))*i(device) (1e-6 W absolute,
     * the README's bound; the two are computed by different code paths from the same solution).
     */
    static void power(Path netlist, Path out) throws IOException {
        XyceComparison.Table t = XyceRun.tran(netlist, out);
        int im = t.column("i(vmon)");
        int id = t.column("i(ymemristor!mr1)");
        int ex = t.column("{(v(n2)-v(n3))*i(ymemristor!mr1)}");
        int p = t.column("p(ymemristor!mr1)");
        int w = t.column("w(ymemristor!mr1)");
        assertTrue(im > 0 && id > 0 && ex > 0 && p > 0 && w > 0, "columns missing: " + t.names());
        double worstI = 0;
        double worstP = 0;
        double maxP = 0;
        for (double[] r : t.rows()) {
            double di = Math.abs(r[im] - r[id]);
            assertTrue(di <= 1e-3 * Math.abs(r[im]) + 1e-9, "i(vmon) " + r[im] + " vs i(device) " + r[id] + " at t=" + r[0]);
            assertTrue(Math.abs(r[p] - r[ex]) <= 1e-6 && Math.abs(r[w] - r[ex]) <= 1e-6,
                    "power " + r[p] + " / " + r[w] + " vs v*i " + r[ex] + " at t=" + r[0]);
            worstI = Math.max(worstI, di);
            worstP = Math.max(worstP, Math.abs(r[p] - r[ex]));
            maxP = Math.max(maxP, Math.abs(r[p]));
        }
        System.out.printf(Locale.ROOT, "%s: %d points, worst |i(vmon)-i(dev)| %.3g A, worst |p - v*i| %.3g W (max p %.3g W)%n",
                netlist.getFileName(), t.rows().size(), worstI, worstP, maxP);
        assertTrue(maxP > 1e-4, "the device carries power");
    }

    /**
     * The Yakopcic device beside the author's behavioural subcircuit: the column pairs agree to
     * 5e-4 absolute and relative (the README's bound; the two integrate the same equations, the
     * subcircuit through a 1 F capacitor, so they differ by the integrator's tolerance only).
     */
    static void yakopcicPairs(Path netlist, Path out) throws IOException {
        XyceComparison.Table t = XyceRun.tran(netlist, out);
        String[][] pairs = {{"v(n1,n2)", "v(n1,n3)"}, {"i(ymemristor!mr1)", "i(rptg2)"}, {"n(ymemristor!mr1_x)", "v(n4)"}};
        for (String[] pr : pairs) {
            int a = t.column(pr[0]);
            int b = t.column(pr[1]);
            assertTrue(a > 0 && b > 0, "columns " + pr[0] + ", " + pr[1] + " missing from " + t.names());
            double worst = 0;
            for (double[] r : t.rows()) {
                double d = Math.abs(r[a] - r[b]);
                worst = Math.max(worst, d / (5e-4 * Math.abs(r[b]) + 5e-4));
            }
            System.out.printf(Locale.ROOT, "%s: %s vs %s worst |diff|/(5e-4 |b| + 5e-4) = %.3g%n",
                    netlist.getFileName(), pr[0], pr[1], worst);
            assertTrue(worst <= 1, pr[0] + " and " + pr[1] + " differ by more than 5e-4 (abs and rel)");
        }
        int x = t.column("n(ymemristor!mr1_x)");
        double moved = 0;
        for (double[] r : t.rows()) {
            moved = Math.max(moved, Math.abs(r[x] - t.rows().get(0)[x]));
        }
        assertTrue(moved > 0.1, "the state moves (by " + moved + ")");
    }
}
