package memspice.models.semi;

import memspice.device.Arguments;
import memspice.device.InstanceCard;
import memspice.expr.SpiceNumber;
import memspice.netlist.Item;
import memspice.netlist.NetlistException;

/**
 * The optional tail of a semiconductor instance card after the model name: an optional positional
 * area, the {@code off} keyword, and {@code key=value} assignments ({@code area=}, {@code m=},
 * {@code w=}, {@code l=}, initial conditions). Known geometry and multiplicity keys are read; keys
 * this engine does not model are reported as warnings; unknown keys are errors naming the card.
 */
public final class InstanceOptions {

    /** Area factor (dimensionless), 1 unless given. */
    public double area = 1.0;
    /** Parallel multiplicity m, 1 unless given. */
    public double m = 1.0;
    /** Channel width and length (m), NaN unless given. */
    public double w = Double.NaN;
    public double l = Double.NaN;

    /**
     * Reads the rest of the card.
     *
     * @param geometry true for MOSFETs (w, l accepted), false for junction devices (area accepted)
     * @param ignored  assignment keys accepted with a warning (ic, temp, ad, as, ...)
     */
    public static InstanceOptions read(InstanceCard card, Arguments args, boolean geometry, java.util.Set<String> ignored)
            throws NetlistException {
        InstanceOptions o = new InstanceOptions();
        if (!geometry && args.hasNext() && isNumber(args.peek())) {
            o.area = args.value("area");
        }
        while (args.hasNext() && args.peek() instanceof Item.Word word) {
            if (word.lower().equals("off")) {
                args.next("off");
                card.warn("'off' ignored (the initial guess is always 0 V)");
            } else {
                args.end();
            }
        }
        for (Item.Assignment a : args.remainingAssignments()) {
            String k = a.key();
            if (k.equals("m")) {
                o.m = card.value(a.value(), k);
            } else if (!geometry && k.equals("area")) {
                o.area = card.value(a.value(), k);
            } else if (geometry && k.equals("w")) {
                o.w = card.value(a.value(), k);
            } else if (geometry && k.equals("l")) {
                o.l = card.value(a.value(), k);
            } else if (ignored.contains(k)) {
                card.warn("parameter " + k + " ignored");
            } else {
                throw card.error("unknown instance parameter '" + k + "'");
            }
        }
        if (!(o.area > 0)) {
            throw card.error("area must be positive, got " + o.area);
        }
        if (!(o.m > 0)) {
            throw card.error("multiplier m must be positive, got " + o.m);
        }
        return o;
    }

    private static boolean isNumber(Item it) {
        return it instanceof Item.ExprText || (it instanceof Item.Word w && SpiceNumber.isNumber(w.text()));
    }
}
