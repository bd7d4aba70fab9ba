package memspice.tools.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.output.ResultTable;

/**
 * Transient comparison at the reference's own time points: memspice's waveform, linearly
 * interpolated onto each reference time, must be within {@code fraction} of the vector's swing
 * (peak-to-peak over the reference run) plus 1e-12. Every reference vector must be present.
 */
public class SwingComparison {

    private final double fraction;
    private final List<String> failures = new ArrayList<>();
    private double worst;
    private String worstSignal;
    private int compared;

    public SwingComparison(double fraction) {
        this.fraction = fraction;
    }

    public void compare(String label, ResultTable ng, ResultTable ours) {
        for (int c = 1; c < ng.columnCount(); c++) {
            String name = ng.columns().get(c).name();
            var idx = ours.indexOf(NgspiceNames.toMemspice(name));
            if (idx.isEmpty()) {
                failures.add(label + ": memspice has no column " + name);
                continue;
            }
            double swing = WaveformComparison.peakToPeak(ng.column(c));
            int k = 0;
            for (int r = 0; r < ng.rowCount(); r++) {
                double t = ng.value(r, 0);
                while (k + 2 < ours.rowCount() && ours.value(k + 1, 0) < t) {
                    k++;
                }
                double t0 = ours.value(k, 0);
                double t1 = ours.value(k + 1, 0);
                double w = t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 0;
                double b = (1 - w) * ours.value(k, idx.get()) + w * ours.value(k + 1, idx.get());
                double d = Math.abs(b - ng.value(r, c));
                compared++;
                if (swing > 0 && (worstSignal == null || d / swing > worst)) {
                    worst = d / swing;
                    worstSignal = NgspiceNames.toMemspice(name);
                }
                if (!(d <= fraction * swing + 1e-12) && failures.size() < 5) {
                    failures.add(String.format(Locale.ROOT, "%s: %s at t=%.6g: ngspice %.9g, memspice %.9g (swing %.3g)",
                            label, name, t, ng.value(r, c), b, swing));
                }
            }
        }
    }

    public List<String> failures() {
        return failures;
    }

    /** The largest |diff| / swing over all compared values. */
    public double worst() {
        return worst;
    }

    /** memspice's name of the vector with {@link #worst()}. */
    public String worstSignal() {
        return worstSignal;
    }

    public int compared() {
        return compared;
    }
}
