package memspice.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.circuit.Values;
import memspice.netlist.Directive;
import memspice.netlist.Item;
import memspice.netlist.NetlistException;
import memspice.netlist.ParameterScope;

/**
 * One sweep of a {@code .dc} card: a target (source or parameter name) and its values.
 * Forms: {@code name start stop step} (ngspice), {@code [LIN] name start stop step},
 * {@code DEC|OCT name start stop points}, {@code name LIST v1 v2 ...} (Xyce).
 *
 * @param target lower-case name of the source or parameter
 * @param values the points in sweep order
 */
public record SweepSpec(String target, double[] values) {

    /** Most points one sweep may have (guards against a wrong step). */
    static final int MAX_POINTS = 10_000_000;

    /**
     * Parses all sweeps of a .dc card, innermost (first written) first.
     *
     * @throws NetlistException for a malformed card or impossible ranges
     */
    public static List<SweepSpec> parseAll(Directive d, ParameterScope scope) throws NetlistException {
        List<Item> items = d.items();
        List<SweepSpec> sweeps = new ArrayList<>();
        int k = 0;
        while (k < items.size()) {
            String type = "lin";
            if (word(items.get(k)) != null && List.of("lin", "dec", "oct").contains(word(items.get(k)))
                    && k + 1 < items.size() && word(items.get(k + 1)) != null && !isNumeric(items.get(k + 1))) {
                type = word(items.get(k));
                k++;
            }
            String target = word(items.get(k));
            if (target == null || isNumeric(items.get(k))) {
                throw d.error(".dc expects a source or parameter name, got '" + items.get(k) + "'");
            }
            k++;
            if (k < items.size() && items.get(k).isWord("list")) {
                k++;
                List<Double> vals = new ArrayList<>();
                while (k < items.size() && isNumeric(items.get(k))) {
                    vals.add(Values.evaluate(items.get(k), scope, d.location(), "list value"));
                    k++;
                }
                if (vals.isEmpty()) {
                    throw d.error(".dc " + target + " LIST needs at least one value");
                }
                sweeps.add(new SweepSpec(target, vals.stream().mapToDouble(Double::doubleValue).toArray()));
                continue;
            }
            if (k < items.size() && word(items.get(k)) != null && List.of("lin", "dec", "oct").contains(word(items.get(k)))) {
                type = word(items.get(k));
                k++;
            }
            if (k + 3 > items.size()) {
                throw d.error(".dc " + target + " needs start, stop and " + (type.equals("lin") ? "step" : "points"));
            }
            double start = Values.evaluate(items.get(k), scope, d.location(), "sweep start");
            double stop = Values.evaluate(items.get(k + 1), scope, d.location(), "sweep stop");
            double third = Values.evaluate(items.get(k + 2), scope, d.location(),
                    type.equals("lin") ? "sweep step" : "points per " + (type.equals("dec") ? "decade" : "octave"));
            k += 3;
            sweeps.add(new SweepSpec(target, points(d, type, start, stop, third)));
        }
        if (sweeps.isEmpty() || sweeps.size() > 2) {
            throw d.error(".dc takes one or two sweeps, got " + sweeps.size());
        }
        return sweeps;
    }

    private static double[] points(Directive d, String type, double start, double stop, double third)
            throws NetlistException {
        if (type.equals("lin")) {
            if (third == 0) {
                throw d.error(".dc step must not be 0");
            }
            if (start != stop && Math.signum(stop - start) != Math.signum(third)) {
                throw d.error(".dc step " + third + " does not lead from " + start + " to " + stop);
            }
            // Points start + k*step up to stop, with a small slack so that a stop on the grid is kept.
            double span = (stop - start) / third;
            long count = (long) Math.floor(span + 1e-9 * Math.max(1, Math.abs(span))) + 1;
            check(d, count);
            double[] v = new double[(int) count];
            for (int i = 0; i < v.length; i++) {
                v[i] = start + i * third;
            }
            return v;
        }
        if (start <= 0 || stop <= 0) {
            throw d.error(".dc " + type.toUpperCase(Locale.ROOT) + " needs positive start and stop");
        }
        if (third < 1 || third != Math.rint(third)) {
            throw d.error(".dc " + type.toUpperCase(Locale.ROOT) + " needs a whole number of points, got " + third);
        }
        double base = type.equals("dec") ? 10 : 2;
        double perUnit = third;
        double units = Math.log(stop / start) / Math.log(base);
        long count = (long) Math.floor(Math.abs(units) * perUnit + 1e-9) + 1;
        check(d, count);
        double[] v = new double[(int) count];
        double sign = Math.signum(units == 0 ? 1 : units);
        for (int i = 0; i < v.length; i++) {
            v[i] = start * Math.pow(base, sign * i / perUnit);
        }
        return v;
    }

    private static void check(Directive d, long count) throws NetlistException {
        if (count < 1 || count > MAX_POINTS) {
            throw d.error(".dc sweep would have " + count + " points");
        }
    }

    private static String word(Item it) {
        return it instanceof Item.Word w ? w.lower() : null;
    }

    private static boolean isNumeric(Item it) {
        if (it instanceof Item.ExprText) {
            return true;
        }
        return it instanceof Item.Word w && memspice.expr.SpiceNumber.isNumber(w.text());
    }
}
