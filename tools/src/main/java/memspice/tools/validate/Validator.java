package memspice.tools.validate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import memspice.tools.plot.Charts;

/**
 * Runs every validation suite of the repository, prints the table (case, source, metric, value,
 * tolerance, pass) and, on request, writes one overlay PNG per case and an index.md with the table
 * and the image links.
 */
public final class Validator {

    /** Every suite, in the order of the table. Suites whose folder is absent give no rows. */
    public static List<Suite> suites() {
        return List.of(
                new OperatingPointSuite("golden/dc", "DC operating points and sweeps vs ngspice 39 (1e-9 relative)",
                        1e-9, 1e-12, 1e-15, 4),
                new OperatingPointSuite("golden/devices",
                        "diodes, BJTs, MOSFETs, switches, LM741 (.op/.dc) vs ngspice 39 (1e-6 relative)", 1e-6, 1e-9, 1e-12, 2),
                new DeviceTransientSuite(),
                new TransientSuite(),
                new AcSuite(),
                new OpampSuite(),
                new XyceMemristorSuite(),
                new ClosedFormSuite(),
                new PublishedSuite());
    }

    private Validator() {
    }

    /** Runs the suites; progress lines go to {@code log} (may be null). */
    public static List<CaseResult> run(Path validation, boolean fast, PrintStream log) {
        List<CaseResult> rows = new ArrayList<>();
        for (Suite s : suites()) {
            long t0 = System.nanoTime();
            List<CaseResult> r = s.run(validation, fast);
            rows.addAll(r);
            if (log != null) {
                log.printf(Locale.ROOT, "%-22s %3d rows in %.1f s%n", s.name(), r.size(), (System.nanoTime() - t0) * 1e-9);
            }
        }
        return rows;
    }

    /** The table as aligned text. */
    public static String table(List<CaseResult> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"suite", "case", "source", "metric", "value", "tolerance", "pass"});
        for (CaseResult r : rows) {
            cells.add(new String[] {r.suite(), r.name(), r.source(), r.metric(), num(r.value()), num(r.tolerance()),
                r.pass() ? "PASS" : "FAIL"});
        }
        int[] w = new int[7];
        for (String[] c : cells) {
            for (int k = 0; k < 7; k++) {
                w[k] = Math.max(w[k], c[k].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] c : cells) {
            for (int k = 0; k < 7; k++) {
                sb.append(k == 4 || k == 5 ? pad(c[k], w[k], true) : pad(c[k], w[k], false)).append(k < 6 ? "  " : "\n");
            }
        }
        return sb.toString();
    }

    /** Per suite: cases, rows, passed rows. */
    public static String summary(List<CaseResult> rows) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> cases = new LinkedHashMap<>();
        for (CaseResult r : rows) {
            int[] c = counts.computeIfAbsent(r.suite(), k -> new int[2]);
            c[0]++;
            c[1] += r.pass() ? 1 : 0;
            cases.computeIfAbsent(r.suite(), k -> new java.util.LinkedHashSet<>()).add(r.name());
        }
        StringBuilder sb = new StringBuilder();
        int total = 0;
        int passed = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            sb.append(String.format(Locale.ROOT, "%-22s %3d cases, %3d/%3d checks pass%n", e.getKey(),
                    cases.get(e.getKey()).size(), e.getValue()[1], e.getValue()[0]));
            total += e.getValue()[0];
            passed += e.getValue()[1];
        }
        sb.append(String.format(Locale.ROOT, "%-22s %3d/%3d checks pass%n", "total", passed, total));
        return sb.toString();
    }

    /** The failing rows with their notes. */
    public static String failures(List<CaseResult> rows) {
        StringBuilder sb = new StringBuilder();
        for (CaseResult r : rows) {
            if (!r.pass()) {
                sb.append("FAIL ").append(r.suite()).append(' ').append(r.name()).append(" (").append(r.metric())
                        .append("): ").append(r.note()).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Writes DIR/SUITE/CASE.png (suite folders flattened with '-') for every row with an overlay and
     * DIR/index.md with the summary, the table and the image links.
     */
    public static void report(List<CaseResult> rows, Path dir, boolean fast) throws IOException {
        Files.createDirectories(dir);
        Map<CaseResult, String> images = new LinkedHashMap<>();
        for (CaseResult r : rows) {
            if (r.overlay() == null) {
                continue;
            }
            String file = r.suite().replace('/', '-') + "/" + r.name() + ".png";
            CaseResult.Overlay o = r.overlay();
            String title = o.title() + String.format(Locale.ROOT, "  [%s vs tol %s: %s]", num(r.value()),
                    num(r.tolerance()), r.pass() ? "pass" : "FAIL");
            try {
                Charts.png(Charts.xy(title, o.xName(), o.xUnit(), o.curves(),
                        new Charts.XyOptions(o.logX(), false, o.markers(), 1000, 600), true), dir.resolve(file));
                images.put(r, file);
            } catch (RuntimeException e) {
                // XChart rejects some data (e.g. non-finite values); the table row stays, without a plot
                System.err.println("memspice validate: no plot for " + r.suite() + " " + r.name() + ": " + e.getMessage());
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("# memspice validation report\n\n");
        md.append("Written by `memspice validate").append(fast ? " --fast" : "").append(" --report DIR`. Each plot overlays ")
                .append("memspice (solid) on the reference (dashed): the case's worst signal.\n\n");
        md.append("## Suites\n\n| suite | what | checks | pass |\n|---|---|---|---|\n");
        for (Suite s : suites()) {
            long n = rows.stream().filter(r -> r.suite().equals(s.name())).count();
            long p = rows.stream().filter(r -> r.suite().equals(s.name()) && r.pass()).count();
            if (n > 0) {
                md.append("| ").append(s.name()).append(" | ").append(s.description()).append(" | ").append(n)
                        .append(" | ").append(p).append(" |\n");
            }
        }
        md.append("\n## Cases\n\n| suite | case | source | metric | value | tolerance | pass | plot | note |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (CaseResult r : rows) {
            String img = images.get(r);
            md.append("| ").append(r.suite()).append(" | ").append(r.name()).append(" | ").append(r.source()).append(" | ")
                    .append(r.metric().replace("|", "\\|")).append(" | ").append(num(r.value())).append(" | ")
                    .append(num(r.tolerance())).append(" | ").append(r.pass() ? "pass" : "**FAIL**").append(" | ")
                    .append(img == null ? "" : "[png](" + img + ")").append(" | ")
                    .append(r.note() == null ? "" : r.note().replace("|", "\\|").replace("\n", " ")).append(" |\n");
        }
        md.append("\n## Plots\n\n");
        for (Map.Entry<CaseResult, String> e : images.entrySet()) {
            md.append("### ").append(e.getKey().suite()).append(" / ").append(e.getKey().name()).append("\n\n![")
                    .append(e.getKey().name()).append("](").append(e.getValue()).append(")\n\n");
        }
        Files.writeString(dir.resolve("index.md"), md.toString());
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (v == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.2e", v);
    }

    private static String pad(String s, int w, boolean right) {
        String fill = " ".repeat(Math.max(0, w - s.length()));
        return right ? fill + s : s + fill;
    }
}
