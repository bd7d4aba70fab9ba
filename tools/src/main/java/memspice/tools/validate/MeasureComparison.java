package memspice.tools.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import memspice.analysis.measure.MeasureResult;

/**
 * .measure results against ngspice's (a NAME.ngspice.measure file of "name = value ..." or
 * "name failed" lines): the same names, the same failures, values within {@code relative}.
 */
public final class MeasureComparison {

    private final List<String> failures = new ArrayList<>();
    private double worst;
    private int compared;

    /** Compares; a missing file means ngspice made no measurement. */
    public MeasureComparison(String base, Path file, List<MeasureResult> ours, double relative) throws IOException {
        Map<String, Double> ng = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] w = line.strip().split("\\s+");
                if (w.length >= 2 && w[1].equals("failed")) {
                    ng.put(w[0].toLowerCase(Locale.ROOT), Double.NaN);
                } else if (w.length >= 3 && w[1].equals("=")) {
                    ng.put(w[0].toLowerCase(Locale.ROOT), Double.parseDouble(w[2]));
                } else if (!line.isBlank()) {
                    failures.add(base + ": unreadable line in " + file.getFileName() + ": " + line);
                }
            }
        }
        if (ng.size() != ours.size()) {
            failures.add(base + ": ngspice has " + ng.size() + " measurements, memspice " + ours.size());
        }
        for (MeasureResult r : ours) {
            Double expected = ng.get(r.name());
            if (expected == null) {
                failures.add(base + ": ngspice has no measurement " + r.name());
            } else if (expected.isNaN() != !r.succeeded()) {
                failures.add(base + ": measurement " + r.name() + ": ngspice " + (expected.isNaN() ? "failed" : expected)
                        + ", memspice " + (r.succeeded() ? r.value() : "failed (" + r.failure() + ")"));
            } else if (r.succeeded()) {
                double rel = Math.abs(r.value() - expected) / Math.abs(expected);
                compared++;
                worst = Math.max(worst, rel);
                if (!(rel <= relative)) {
                    failures.add(String.format(Locale.ROOT, "%s: measurement %s: ngspice %.7g, memspice %.7g (rel %.2e > %.0e)",
                            base, r.name(), expected, r.value(), rel, relative));
                }
            }
        }
    }

    public List<String> failures() {
        return failures;
    }

    /** The largest relative difference of a measured value. */
    public double worst() {
        return worst;
    }

    /** How many values were compared (failed measurements not counted). */
    public int compared() {
        return compared;
    }
}
