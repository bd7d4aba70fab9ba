package memspice.analysis;

import java.util.List;
import java.util.Locale;

import memspice.circuit.Values;
import memspice.netlist.Directive;
import memspice.netlist.Item;
import memspice.netlist.NetlistException;
import memspice.netlist.ParameterScope;

/**
 * The frequencies of an {@code .ac dec|oct|lin N fstart fstop} card (Hz), as SPICE spaces them:
 * DEC and OCT put N points per decade or octave at fstart * base^(k/N) up to fstop (within a
 * relative 1e-9), LIN puts N points evenly from fstart to fstop inclusive (one point at fstart for
 * N = 1).
 */
public final class FrequencySweep {

    private static final long MAX_POINTS = 10_000_000;

    private FrequencySweep() {
    }

    /**
     * @throws NetlistException for a malformed card, a non-positive or non-integer N, fstart <= 0 for
     *                          DEC/OCT, fstart < 0, or fstop < fstart
     */
    public static double[] parse(Directive d, ParameterScope scope) throws NetlistException {
        List<Item> items = d.items();
        if (items.size() != 4 || !(items.get(0) instanceof Item.Word w)
                || !List.of("dec", "oct", "lin").contains(w.lower())) {
            throw d.error(".ac needs: .ac dec|oct|lin <points> <fstart> <fstop>");
        }
        String type = w.lower();
        double points = Values.evaluate(items.get(1), scope, d.location(), "number of points");
        double start = Values.evaluate(items.get(2), scope, d.location(), "start frequency");
        double stop = Values.evaluate(items.get(3), scope, d.location(), "stop frequency");
        if (!(points >= 1) || points != Math.rint(points)) {
            throw d.error(".ac needs a whole number of points >= 1, got " + points);
        }
        if (type.equals("lin") ? !(start >= 0) : !(start > 0)) {
            throw d.error(".ac " + type.toUpperCase(Locale.ROOT) + " needs fstart " + (type.equals("lin") ? ">= 0" : "> 0")
                    + ", got " + start);
        }
        if (!(stop >= start) || !Double.isFinite(stop)) {
            throw d.error(".ac needs fstop >= fstart, got fstart = " + start + ", fstop = " + stop);
        }
        if (type.equals("lin")) {
            int count = (int) points;
            double[] f = new double[count];
            double step = count == 1 ? 0 : (stop - start) / (count - 1);
            for (int k = 0; k < count; k++) {
                f[k] = k == count - 1 && count > 1 ? stop : start + k * step;
            }
            return f;
        }
        double base = type.equals("dec") ? 10 : 2;
        double units = Math.log(stop / start) / Math.log(base);
        long count = (long) Math.floor(units * points + 1e-9) + 1;
        if (count > MAX_POINTS) {
            throw d.error(".ac sweep would have " + count + " points");
        }
        double[] f = new double[(int) count];
        for (int k = 0; k < f.length; k++) {
            f[k] = start * Math.pow(base, k / points);
        }
        return f;
    }
}
