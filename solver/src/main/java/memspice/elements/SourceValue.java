package memspice.elements;

import java.util.List;
import java.util.Locale;

import memspice.device.InstanceCard;
import memspice.device.LoadContext;
import memspice.netlist.Item;
import memspice.netlist.NetlistException;

/**
 * The value specification of an independent source card: {@code [DC] v}, {@code AC mag [phase]},
 * and a transient function, in any order. DC analyses use the DC value; transients the function
 * (or the DC value when there is none). Without a DC value the function's value at t = 0 serves
 * as DC value, as in ngspice (which warns about it).
 */
final class SourceValue {
    private double dc;
    private final boolean dcGiven;
    private final double acMagnitude;
    private final double acPhaseDegrees;
    private final Waveform waveform;
    private Waveform bound;

    private SourceValue(double dc, boolean dcGiven, double acMagnitude, double acPhaseDegrees, Waveform waveform) {
        this.dc = dc;
        this.dcGiven = dcGiven;
        this.acMagnitude = acMagnitude;
        this.acPhaseDegrees = acPhaseDegrees;
        this.waveform = waveform;
        this.bound = waveform;
    }

    /** Fills the transient function's omitted arguments from the .tran card. */
    void beginTransient(double step, double stop) {
        bound = waveform == null ? null : waveform.bind(step, stop);
    }

    /** Parses the items after the two nodes. */
    static SourceValue parse(InstanceCard card, java.util.List<Item> items, String syntax) throws NetlistException {
        Double dc = null;
        double acMag = 0;
        double acPhase = 0;
        Waveform wave = null;
        for (int k = 0; k < items.size(); k++) {
            Item it = items.get(k);
            if (it instanceof Item.Assignment a) {
                switch (a.key()) {
                    case "dc" -> dc = card.value(a.value(), "DC value");
                    case "ac" -> acMag = card.value(a.value(), "AC magnitude");
                    case "acphase" -> acPhase = card.value(a.value(), "AC phase");
                    case "m" -> {
                        if (card.value(a.value(), "multiplier") != 1.0) {
                            throw card.error("multiplier m is not supported on independent sources");
                        }
                    }
                    default -> throw card.error("unexpected parameter '" + a.key() + "' (syntax: " + syntax + ")");
                }
                continue;
            }
            String word = it instanceof Item.Word w ? w.lower() : null;
            if ("dc".equals(word)) {
                if (k + 1 >= items.size()) {
                    throw card.error("DC needs a value");
                }
                dc = card.value(items.get(++k), "DC value");
            } else if ("ac".equals(word)) {
                acMag = 1;
                if (k + 1 < items.size() && isValue(items.get(k + 1))) {
                    acMag = card.value(items.get(++k), "AC magnitude");
                    if (k + 1 < items.size() && isValue(items.get(k + 1))) {
                        acPhase = card.value(items.get(++k), "AC phase");
                    }
                }
            } else if (word != null && Waveforms.isFunction(word)) {
                if (wave != null) {
                    throw card.error("more than one transient function");
                }
                if (k + 1 >= items.size() || !(items.get(k + 1) instanceof Item.Group g)) {
                    throw card.error(word.toUpperCase(Locale.ROOT) + " needs its arguments in parentheses");
                }
                k++;
                List<Item> args = new java.util.ArrayList<>(g.items());
                // ngspice writes PWL's options after the parentheses: PWL(t1 v1 ...) r=t td=t
                while (word.equals("pwl") && k + 1 < items.size() && items.get(k + 1) instanceof Item.Assignment o
                        && (o.key().equals("r") || o.key().equals("td"))) {
                    args.add(items.get(++k));
                }
                wave = Waveforms.parse(card, word, args);
            } else if (word != null && (word.startsWith("distof"))) {
                throw card.error(word + " (distortion analysis) is not supported");
            } else if (dc == null && isValue(it)) {
                dc = card.value(it, "DC value");
            } else {
                throw card.error("unexpected '" + it + "' (syntax: " + syntax + ")");
            }
        }
        boolean given = dc != null;
        double dcValue = given ? dc : wave != null ? wave.value(0) : 0.0;
        return new SourceValue(dcValue, given, acMag, acPhase, wave);
    }

    private static boolean isValue(Item it) {
        if (it instanceof Item.ExprText) {
            return true;
        }
        if (it instanceof Item.Word w) {
            String l = w.lower();
            return !l.equals("dc") && !l.equals("ac") && !Waveforms.isFunction(l) && !l.startsWith("distof");
        }
        return false;
    }

    /** The source's present value: the function at ctx.time() in transients, else the DC value. */
    double value(LoadContext ctx) {
        return ctx.isTransient() && bound != null ? bound.value(ctx.time()) : dc;
    }

    /** The value at a given time in a transient (s), or the DC value outside one. */
    double value(boolean inTransient, double time) {
        return inTransient && bound != null ? bound.value(time) : dc;
    }

    double dc() {
        return dc;
    }

    void setDc(double value) {
        dc = value;
    }

    boolean dcGiven() {
        return dcGiven;
    }

    double acMagnitude() {
        return acMagnitude;
    }

    double acPhaseDegrees() {
        return acPhaseDegrees;
    }

    /** The transient function bound to the present .tran, or null. */
    Waveform waveform() {
        return bound;
    }
}
