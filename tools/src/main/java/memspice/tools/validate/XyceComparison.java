package memspice.tools.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * The Xyce regression suite's comparison rule, as its README states it: the gold (a .prn table) is
 * interpolated linearly onto the test's time points, and per column the RMS over those points of
 * (gold - test) / (reltol |gold| + abstol) must be at most 1. Defaults reltol 0.01, abstol 1e-12;
 * {@code offset=} is added to both before the relative comparison. Tolerances come from the
 * netlist's {@code *COMP <column> [reltol=] [abstol=] [offset=]} lines.
 */
public class XyceComparison {

    /** One *COMP line. */
    public record Comp(String column, double reltol, double abstol, double offset) {
    }

    /** A table of columns by lower-case name; the first column is time. */
    public record Table(List<String> names, List<double[]> rows) {
        public int column(String name) {
            return names.indexOf(name.toLowerCase(Locale.ROOT));
        }

        public double[] times() {
            double[] t = new double[rows.size()];
            for (int k = 0; k < t.length; k++) {
                t[k] = rows.get(k)[0];
            }
            return t;
        }

        public double[] values(int column) {
            double[] v = new double[rows.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = rows.get(k)[column];
            }
            return v;
        }
    }

    protected XyceComparison() {
    }

    /** The *COMP lines of a netlist, in order. */
    public static List<Comp> comps(Path netlist) throws IOException {
        List<Comp> out = new ArrayList<>();
        for (String line : Files.readAllLines(netlist)) {
            String s = line.strip();
            if (!s.regionMatches(true, 0, "*COMP", 0, 5)) {
                continue;
            }
            String[] t = s.substring(5).strip().split("\\s+");
            double rel = 0.01;
            double abs = 1e-12;
            double off = 0;
            for (int k = 1; k < t.length; k++) {
                String[] kv = t[k].split("=");
                double v = Double.parseDouble(kv[1]);
                switch (kv[0].toLowerCase(Locale.ROOT)) {
                    case "reltol" -> rel = v;
                    case "abstol" -> abs = v;
                    case "offset" -> off = v;
                    default -> throw new IllegalArgumentException("unknown *COMP option " + kv[0] + " in " + netlist);
                }
            }
            out.add(new Comp(t[0].toLowerCase(Locale.ROOT), rel, abs, off));
        }
        return out;
    }

    /** A Xyce .prn file: header "Index TIME cols...", rows, "End of Xyce(TM) Simulation". Index dropped. */
    public static Table prn(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] head = lines.get(0).strip().split("\\s+");
        List<String> names = new ArrayList<>();
        for (int k = 1; k < head.length; k++) {
            names.add(head[k].toLowerCase(Locale.ROOT));
        }
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("End")) {
                continue;
            }
            String[] t = s.split("\\s+");
            double[] r = new double[t.length - 1];
            for (int k = 1; k < t.length; k++) {
                r[k - 1] = Double.parseDouble(t[k]);
            }
            rows.add(r);
        }
        return new Table(names, rows);
    }

    /** memspice's CSV output (RFC 4180 quoting of names with commas). */
    public static Table csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> names = new ArrayList<>();
        for (String n : splitCsv(lines.get(0))) {
            names.add(n.toLowerCase(Locale.ROOT));
        }
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> t = splitCsv(line);
            double[] r = new double[t.size()];
            for (int k = 0; k < r.length; k++) {
                r[k] = Double.parseDouble(t.get(k));
            }
            rows.add(r);
        }
        return new Table(names, rows);
    }

    private static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /**
     * The peer's norm per *COMP column: RMS over the test's time points accepted by {@code keep} of
     * (gold - test)/(reltol |gold| + abstol), offsets applied. A column missing from either table maps
     * to NaN.
     */
    public static Map<String, Double> norms(Table gold, Table test, List<Comp> comps, DoublePredicate keep) {
        Map<String, Double> out = new LinkedHashMap<>();
        double[] gt = gold.times();
        double[] tt = test.times();
        for (Comp c : comps) {
            int gc = gold.column(c.column());
            int tc = test.column(c.column());
            if (gc < 0 || tc < 0) {
                out.put(c.column(), Double.NaN);
                continue;
            }
            double[] gv = gold.values(gc);
            double[] tv = test.values(tc);
            double sum = 0;
            int n = 0;
            for (int k = 0; k < tt.length; k++) {
                if (!keep.test(tt[k])) {
                    continue;
                }
                double g = WaveformComparison.interpolate(gt, gv, tt[k]) + c.offset();
                double v = tv[k] + c.offset();
                double e = (g - v) / (c.reltol() * Math.abs(g) + c.abstol());
                sum += e * e;
                n++;
            }
            out.put(c.column(), Math.sqrt(sum / n));
        }
        return out;
    }

    /** Times where the series falls through {@code level} (linear interpolation between points). */
    public static List<Double> fallingCrossings(double[] ts, double[] ys, double level) {
        List<Double> out = new ArrayList<>();
        for (int k = 1; k < ts.length; k++) {
            if (ys[k - 1] > level && ys[k] <= level) {
                double a = (level - ys[k - 1]) / (ys[k] - ys[k - 1]);
                out.add(ts[k - 1] + a * (ts[k] - ts[k - 1]));
            }
        }
        return out;
    }
}
