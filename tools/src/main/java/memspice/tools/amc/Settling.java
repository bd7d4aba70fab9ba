package memspice.tools.amc;

import java.util.List;

import memspice.output.ResultTable;

/**
 * Settling time of a set of waveforms to a final vector: the first time after which
 * max_j |v_j(t) - v_j(inf)| stays within {@code band * max_j |v_j(inf)|}. The waveforms are read as
 * straight lines between accepted time points, and the crossing is interpolated on the last segment
 * that leaves the band.
 */
public final class Settling {

    private Settling() {
    }

    /**
     * @param tran   a transient table with a {@code time} column
     * @param names  the column names of the waveforms, e.g. {@code v(c1)}
     * @param finals their final values (same order)
     * @param band   relative band, e.g. 1e-3
     * @return the settling time in s; NaN when the last point is still outside the band
     */
    public static double time(ResultTable tran, List<String> names, double[] finals, double band) {
        int time = column(tran, "time");
        int[] cols = new int[names.size()];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = column(tran, names.get(j));
        }
        double limit = band * InverseTheory.normInf(finals);
        int rows = tran.rowCount();
        double last = error(tran, rows - 1, cols, finals);
        if (last > limit) {
            return Double.NaN;
        }
        for (int k = rows - 2; k >= 0; k--) {
            double e = error(tran, k, cols, finals);
            if (e > limit) {
                double t0 = tran.value(k, time);
                double t1 = tran.value(k + 1, time);
                double e1 = error(tran, k + 1, cols, finals);
                return t0 + (t1 - t0) * (e - limit) / (e - e1);
            }
        }
        return tran.value(0, time);
    }

    private static double error(ResultTable t, int row, int[] cols, double[] finals) {
        double e = 0;
        for (int j = 0; j < cols.length; j++) {
            e = Math.max(e, Math.abs(t.value(row, cols[j]) - finals[j]));
        }
        return e;
    }

    private static int column(ResultTable t, String name) {
        return t.indexOf(name).orElseThrow(() -> new IllegalStateException("no column " + name + " in the transient"));
    }
}
