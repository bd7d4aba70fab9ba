package memspice.elements;

import java.util.ArrayList;
import java.util.List;

import memspice.device.InstanceCard;
import memspice.netlist.Item;
import memspice.netlist.NetlistException;

/**
 * Parses the transient functions of independent sources, with SPICE defaults for omitted
 * arguments (ngspice manual, section "Independent sources"):
 * {@code PULSE(v1 v2 td tr tf pw per [np])}, {@code SIN(vo va freq td theta phase)},
 * {@code EXP(v1 v2 td1 tau1 td2 tau2)}, {@code PWL(t1 v1 t2 v2 ... [r=t] [td=t])},
 * {@code SFFM(vo va fc mdi fs)}, {@code AM(va vo mf fc td)}.
 */
public final class Waveforms {

    private Waveforms() {
    }

    /** True if the word names a transient function. */
    public static boolean isFunction(String lower) {
        return switch (lower) {
            case "pulse", "sin", "exp", "pwl", "sffm", "am" -> true;
            default -> false;
        };
    }

    /**
     * Parses a function's argument group.
     *
     * @param kind   lower-case function name
     * @param group  its arguments (for PWL also the r= and td= written after the parentheses)
     * @param tstep  default time scale for omitted rise/fall times (the .tran step, or 0 if unknown)
     * @param tstop  default for omitted periods (the .tran stop time, or 0 if unknown)
     */
    public static Waveform parse(InstanceCard card, String kind, List<Item> group) throws NetlistException {
        List<Double> a = new ArrayList<>();
        double repeat = Double.NaN;
        double delay = 0;
        for (Item it : group) {
            if (it instanceof Item.Assignment as && kind.equals("pwl")) {
                switch (as.key()) {
                    case "r" -> repeat = card.value(as.value(), "PWL repeat time");
                    case "td" -> delay = card.value(as.value(), "PWL delay");
                    default -> throw card.error("unknown PWL option '" + as.key() + "'");
                }
            } else {
                a.add(card.value(it, kind.toUpperCase(java.util.Locale.ROOT) + " argument"));
            }
        }
        return switch (kind) {
            case "pulse" -> pulse(card, a);
            case "sin" -> sine(card, a);
            case "exp" -> exponential(card, a);
            case "pwl" -> pwl(card, a, repeat, delay);
            case "sffm" -> sffm(card, a);
            case "am" -> am(card, a);
            default -> throw card.error("unknown source function '" + kind + "'");
        };
    }

    private static double arg(List<Double> a, int i, double dflt) {
        return i < a.size() ? a.get(i) : dflt;
    }

    /** An argument that falls back to a .tran-dependent default (NaN) when omitted or zero, as ngspice does. */
    private static double argOrDefault(List<Double> a, int i) {
        return i < a.size() && a.get(i) != 0.0 ? a.get(i) : Double.NaN;
    }

    private static void count(InstanceCard card, List<Double> a, int min, int max, String name) throws NetlistException {
        if (a.size() < min || a.size() > max) {
            throw card.error(name + " takes " + min + " to " + max + " arguments, got " + a.size());
        }
    }

    private static Waveform pulse(InstanceCard card, List<Double> a) throws NetlistException {
        count(card, a, 2, 8, "PULSE");
        for (int i = 2; i < Math.min(7, a.size()); i++) {
            if (a.get(i) < 0) {
                throw card.error("PULSE times must not be negative, got " + a.get(i));
            }
        }
        return new PulseWaveform(a.get(0), a.get(1), arg(a, 2, 0), argOrDefault(a, 3), argOrDefault(a, 4),
                i(a, 5), argOrDefault(a, 6), a.size() > 7 ? (int) Math.round(a.get(7)) : 0);
    }

    /** An optional argument whose omission means "the .tran default" (NaN); zero stays zero. */
    private static double i(List<Double> a, int i) {
        return i < a.size() ? a.get(i) : Double.NaN;
    }

    private static Waveform sine(InstanceCard card, List<Double> a) throws NetlistException {
        count(card, a, 2, 6, "SIN");
        return new SineWaveform(a.get(0), a.get(1), argOrDefault(a, 2), arg(a, 3, 0), arg(a, 4, 0), arg(a, 5, 0));
    }

    private static Waveform exponential(InstanceCard card, List<Double> a) throws NetlistException {
        count(card, a, 2, 6, "EXP");
        return new ExpWaveform(a.get(0), a.get(1), arg(a, 2, 0), argOrDefault(a, 3), argOrDefault(a, 4),
                argOrDefault(a, 5));
    }

    private static Waveform pwl(InstanceCard card, List<Double> a, double repeat, double delay) throws NetlistException {
        if (a.size() < 2 || a.size() % 2 != 0) {
            throw card.error("PWL needs time-value pairs, got " + a.size() + " numbers");
        }
        double[] t = new double[a.size() / 2];
        double[] v = new double[a.size() / 2];
        for (int k = 0; k < t.length; k++) {
            t[k] = a.get(2 * k);
            v[k] = a.get(2 * k + 1);
            if (k > 0 && t[k] < t[k - 1]) {
                throw card.error("PWL times must not decrease (" + t[k - 1] + " then " + t[k] + ")");
            }
        }
        if (!Double.isNaN(repeat) && (repeat < t[0] || repeat >= t[t.length - 1])) {
            throw card.error("PWL repeat time r=" + repeat + " must lie in [" + t[0] + ", " + t[t.length - 1] + ")");
        }
        return new PwlWaveform(t, v, repeat, delay);
    }

    private static Waveform sffm(InstanceCard card, List<Double> a) throws NetlistException {
        count(card, a, 2, 5, "SFFM");
        return new SffmWaveform(a.get(0), a.get(1), argOrDefault(a, 2), arg(a, 3, 0), argOrDefault(a, 4));
    }

    private static Waveform am(InstanceCard card, List<Double> a) throws NetlistException {
        count(card, a, 2, 5, "AM");
        return new AmWaveform(a.get(0), a.get(1), argOrDefault(a, 2), argOrDefault(a, 3), arg(a, 4, 0));
    }
}
