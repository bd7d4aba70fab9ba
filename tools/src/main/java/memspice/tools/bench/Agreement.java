package memspice.tools.bench;

import java.util.Optional;

import memspice.output.ResultTable;
import memspice.tools.validate.WaveformComparison;

/**
 * How far memspice's answers are from the peer's on the columns both report, as one number.
 */
final class Agreement {

    private Agreement() {
    }

    /**
     * Largest |a - b| / max(|a|, |b|, floor) over the shared columns of two operating points
     * (first row of each table); NaN when no column is shared.
     */
    static double operatingPoint(ResultTable peer, ResultTable ours, double floor) {
        double worst = Double.NaN;
        for (int c = 0; c < peer.columnCount(); c++) {
            Optional<Integer> oc = ours.indexOf(peer.columns().get(c).name());
            if (oc.isEmpty()) {
                continue;
            }
            double a = peer.value(0, c);
            double b = ours.value(0, oc.get());
            double rel = Math.abs(a - b) / Math.max(floor, Math.max(Math.abs(a), Math.abs(b)));
            worst = Double.isNaN(worst) ? rel : Math.max(worst, rel);
        }
        return worst;
    }

    /**
     * Largest |memspice - peer| over the peer's time points (memspice read as straight lines between
     * its accepted points), relative to the largest peak-to-peak swing among the shared columns whose
     * names start with prefix; NaN when none is shared.
     */
    static double waveforms(ResultTable peer, ResultTable ours, String prefix) {
        double[] tp = peer.column(0);
        double[] to = ours.column(0);
        double swing = 0;
        double worst = 0;
        boolean any = false;
        for (int c = 1; c < peer.columnCount(); c++) {
            String name = peer.columns().get(c).name();
            Optional<Integer> oc = ours.indexOf(name);
            if (!name.startsWith(prefix) || oc.isEmpty()) {
                continue;
            }
            any = true;
            double[] vp = peer.column(c);
            double[] vo = ours.column(oc.get());
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < tp.length; k++) {
                lo = Math.min(lo, vp[k]);
                hi = Math.max(hi, vp[k]);
                worst = Math.max(worst, Math.abs(WaveformComparison.interpolate(to, vo, tp[k]) - vp[k]));
            }
            swing = Math.max(swing, hi - lo);
        }
        return any && swing > 0 ? worst / swing : Double.NaN;
    }


    /**
     * Largest |a - b| over the largest |a| among the shared columns of one kind, node voltages
     * ({@code v(...)}) and branch currents ({@code i(...)}) separately, and the larger of the two:
     * a difference measured against the circuit's own scale, so columns near 0 (the column wires of a
     * crossbar with 0 V sense sources) do not dominate through their own tiny magnitude.
     */
    static double scaled(ResultTable reference, ResultTable other) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int c = 0; c < other.columnCount(); c++) {
            index.put(other.columns().get(c).name(), c);
        }
        double worst = Double.NaN;
        for (String kind : new String[] {"v(", "i("}) {
            double scale = 0;
            double diff = 0;
            for (int c = 0; c < reference.columnCount(); c++) {
                String name = reference.columns().get(c).name();
                Integer oc = index.get(name);
                if (!name.startsWith(kind) || oc == null) {
                    continue;
                }
                double a = reference.value(0, c);
                scale = Math.max(scale, Math.abs(a));
                diff = Math.max(diff, Math.abs(a - other.value(0, oc)));
            }
            if (scale > 0) {
                worst = Double.isNaN(worst) ? diff / scale : Math.max(worst, diff / scale);
            }
        }
        return worst;
    }
}
