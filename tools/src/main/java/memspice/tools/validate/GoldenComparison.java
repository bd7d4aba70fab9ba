package memspice.tools.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.output.ResultTable;

/**
 * Compares memspice's table of one analysis with ngspice's plot, column by column and point by
 * point: |a - b| <= rel * max(|a|, |b|) + floor, with the floor by quantity type.
 */
public class GoldenComparison {

    private final double relative;
    private final double voltageFloor;
    private final double currentFloor;
    private final List<String> failures = new ArrayList<>();
    private int compared;
    private double worstRatio;
    private String worstSignal;

    public GoldenComparison(double relative, double voltageFloor, double currentFloor) {
        this.relative = relative;
        this.voltageFloor = voltageFloor;
        this.currentFloor = currentFloor;
    }

    /**
     * @param rows          pairs {ngspice row, memspice row} to compare
     * @param restricted    true when memspice's columns were chosen by .print/.save, so a vector it
     *                      lacks is not an error
     */
    public void compare(String label, ResultTable ng, ResultTable ours, List<int[]> rows, boolean sweep, boolean restricted) {
        for (int c = 0; c < ng.columnCount(); c++) {
            String ngName = ng.columns().get(c).name();
            int oc;
            if (sweep && c == 0) {
                oc = 0;
            } else if (NgspiceNames.isSweep(ngName)) {
                continue;
            } else {
                String name = NgspiceNames.toMemspice(ngName);
                var idx = ours.indexOf(name);
                if (idx.isEmpty()) {
                    if (!restricted && !NgspiceNames.isExpansionInternal(ngName)) {
                        failures.add(label + ": memspice has no column " + name + " (ngspice " + ngName + ")");
                    }
                    continue;
                }
                oc = idx.get();
            }
            double floor = ngName.startsWith("i(") || ng.columns().get(c).type().equals("current") ? currentFloor
                    : voltageFloor;
            for (int[] pair : rows) {
                double a = ng.value(pair[0], c);
                double b = ours.value(pair[1], oc);
                double tol = relative * Math.max(Math.abs(a), Math.abs(b)) + floor;
                compared++;
                double ratio = Math.abs(a - b) / tol;
                if (worstSignal == null || ratio > worstRatio || Double.isNaN(ratio)) {
                    worstRatio = Double.isNaN(ratio) ? Double.POSITIVE_INFINITY : ratio;
                    worstSignal = ngName;
                }
                if (!(Math.abs(a - b) <= tol)) {
                    failures.add(String.format(Locale.ROOT, "%s: %s row %d: ngspice %.15g, memspice %.15g (diff %.3g > %.3g)",
                            label, ngName, pair[0], a, b, Math.abs(a - b), tol));
                    break;
                }
            }
        }
    }

    public List<String> failures() {
        return failures;
    }

    public int compared() {
        return compared;
    }

    /** The largest |a - b| / tolerance over the compared values (below 1 when all passed). */
    public double worstRatio() {
        return worstRatio;
    }

    /** ngspice's name of the vector with {@link #worstRatio()}, or null when nothing was compared. */
    public String worstSignal() {
        return worstSignal;
    }
}
