package memspice.tools.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

import memspice.output.ResultTable;
import memspice.tools.plot.Curve;
import memspice.tools.plot.Units;

/**
 * memspice's own netlists of the Xyce memristor regression cases (validation/xyce-memristor, whose
 * README gives provenance and the rules) against the peer's gold tables, under the peer's rule
 * ({@link XyceComparison}: per *COMP column the RMS of (gold - test)/(reltol |gold| + abstol) at most
 * 1). PEM cases on every point; TEAM (alpha = 10, near-discontinuous on edges whose gold times are
 * themselves ~20 ns off) on every point farther than 3 us from a gold on edge, with the edge times
 * held to 2 us (the README's reasoning; same as XyceMemristorSuiteTest).
 */
public final class XyceMemristorSuite implements Suite {

    static final String FOLDER = "xyce-memristor";
    static final String SOURCE = "Xyce gold";

    @Override
    public String name() {
        return FOLDER;
    }

    @Override
    public String description() {
        return "own netlists of Xyce's memristor regression cases vs its gold (peer rule: norm <= 1)";
    }

    @Override
    public List<CaseResult> run(Path validation, boolean fast) {
        Path dir = validation.resolve(FOLDER);
        List<CaseResult> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        for (String c : fast ? List.of("pem_sine") : List.of("pem_sine", "pem_sine_xo")) {
            if (Files.exists(dir.resolve(c + ".cir"))) {
                out.add(peerRule(dir, c));
            }
        }
        if (!fast && Files.exists(dir.resolve("team_sine.cir"))) {
            out.addAll(team(dir));
        }
        return out;
    }

    /** memspice's transient table in the peer comparison's form (names lower-cased). */
    static XyceComparison.Table table(ResultTable t) {
        List<String> names = new ArrayList<>();
        for (String n : t.names()) {
            names.add(n.toLowerCase(Locale.ROOT));
        }
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            double[] row = new double[t.columnCount()];
            for (int c = 0; c < row.length; c++) {
                row[c] = t.value(r, c);
            }
            rows.add(row);
        }
        return new XyceComparison.Table(names, rows);
    }

    private static CaseResult peerRule(Path dir, String base) {
        try {
            Path cir = dir.resolve(base + ".cir");
            XyceComparison.Table gold = XyceComparison.prn(dir.resolve(base + ".gold.prn"));
            Simulation sim = Simulation.run(cir);
            if (!sim.report().succeeded()) {
                return CaseResult.failed(FOLDER, base, SOURCE, "memspice failed: " + sim.failureText());
            }
            XyceComparison.Table test = table(sim.sink().first("tran"));
            Map<String, Double> norms = XyceComparison.norms(gold, test, XyceComparison.comps(cir), t -> true);
            return normRow(base, "peer norm (worst column)", norms, gold, test);
        } catch (Exception e) {
            return CaseResult.failed(FOLDER, base, SOURCE, String.valueOf(e.getMessage()));
        }
    }

    private static CaseResult normRow(String base, String metric, Map<String, Double> norms, XyceComparison.Table gold,
            XyceComparison.Table test) {
        String worst = null;
        double value = 0;
        boolean complete = !norms.isEmpty();
        for (Map.Entry<String, Double> e : norms.entrySet()) {
            if (e.getValue().isNaN()) {
                complete = false;
                worst = e.getKey();
                value = Double.NaN;
                break;
            }
            if (worst == null || e.getValue() > value) {
                worst = e.getKey();
                value = e.getValue();
            }
        }
        String note = complete ? "worst " + worst + "; all " + format(norms) : "column " + worst + " missing";
        return CaseResult.of(FOLDER, base, SOURCE, metric, value, 1.0, complete, note, overlay(base, worst, gold, test));
    }

    private static String format(Map<String, Double> norms) {
        StringBuilder sb = new StringBuilder();
        norms.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(String.format(Locale.ROOT, "%.3g", v)));
        return sb.toString();
    }

    private List<CaseResult> team(Path dir) {
        String base = "team_sine";
        try {
            Path cir = dir.resolve(base + ".cir");
            XyceComparison.Table gold = XyceComparison.prn(dir.resolve(base + ".gold.prn"));
            Simulation sim = Simulation.run(cir);
            if (!sim.report().succeeded()) {
                return List.of(CaseResult.failed(FOLDER, base, SOURCE, "memspice failed: " + sim.failureText()));
            }
            XyceComparison.Table test = table(sim.sink().first("tran"));
            String x = "n(ymemristor!mr1_x)";
            int gx = gold.column(x);
            int tx = test.column(x);
            if (gx < 0 || tx < 0) {
                return List.of(CaseResult.failed(FOLDER, base, SOURCE, "state column " + x + " missing"));
            }
            // on edges: the state falls through mid-level (plateaus ~1.34 nm and ~0 nm)
            List<Double> goldEdges = XyceComparison.fallingCrossings(gold.times(), gold.values(gx), 0.67);
            List<Double> ourEdges = XyceComparison.fallingCrossings(test.times(), test.values(tx), 0.67);
            double worstEdge = Double.NaN;
            boolean sameCount = goldEdges.size() == ourEdges.size() && !goldEdges.isEmpty();
            if (sameCount) {
                worstEdge = 0;
                for (int k = 0; k < goldEdges.size(); k++) {
                    worstEdge = Math.max(worstEdge, Math.abs(goldEdges.get(k) - ourEdges.get(k)));
                }
            }
            // The gold's alpha = 10 edges are a regression snapshot (../shared README: edges differ by up to
            // ~1 nm from an independent integration; converged memspice edges sit 14-20 ns after the gold's),
            // so the peer rule is applied 1 us away from them and the edge times are held to 0.5 us, as in
            // XyceCompatibilityTest.
            DoublePredicate away = t -> goldEdges.stream().allMatch(e -> Math.abs(t - e) > 1e-6);
            Map<String, Double> masked = XyceComparison.norms(gold, test, XyceComparison.comps(cir), away);
            List<CaseResult> rows = new ArrayList<>();
            rows.add(normRow(base, "peer norm, 1 us around on edges excluded", masked, gold, test));
            rows.add(CaseResult.of(FOLDER, base, SOURCE, "on-edge time difference (s)", worstEdge, 0.5e-6, sameCount,
                    sameCount ? goldEdges.size() + " edges" : "gold " + goldEdges.size() + " edges, memspice " + ourEdges.size(),
                    null));
            return rows;
        } catch (Exception e) {
            return List.of(CaseResult.failed(FOLDER, base, SOURCE, String.valueOf(e.getMessage())));
        }
    }

    private static CaseResult.Overlay overlay(String base, String column, XyceComparison.Table gold,
            XyceComparison.Table test) {
        if (column == null) {
            return null;
        }
        int g = gold.column(column);
        int t = test.column(column);
        if (g < 0 || t < 0) {
            return null;
        }
        String unit = Units.of(column, null);
        return new CaseResult.Overlay(base + ": " + column, "time", "s", List.of(
                new Curve("memspice " + column, test.times(), test.values(t), unit, false),
                new Curve("Xyce gold " + column, gold.times(), gold.values(g), unit, true)), false, false);
    }
}
