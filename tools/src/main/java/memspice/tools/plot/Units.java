package memspice.tools.plot;

import java.util.Locale;

/**
 * Physical units of result columns, from a raw file's variable type when there is one, else from
 * the column name as memspice and ngspice write it: {@code v(..)} and the parts {@code vr vi vm} in
 * V, {@code vp} in degrees, {@code vdb} in dB, {@code i(..)} (and its parts) in A, {@code p(..)} in
 * W, {@code time} in s, {@code frequency} in Hz; anything else (a memristor state {@code n(..)}, a
 * swept parameter) has no unit.
 */
public final class Units {

    private Units() {
    }

    /**
     * @param name column name
     * @param type raw-file variable type ("voltage", "current", "time", "frequency", ...) or null
     * @return the unit symbol, "" when none is known
     */
    public static String of(String name, String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT).strip();
        if (n.startsWith("vdb(") || n.startsWith("idb(")) {
            return "dB";
        }
        if (n.startsWith("vp(") || n.startsWith("ip(")) {
            return "deg";
        }
        switch (t) {
            case "voltage":
                return "V";
            case "current":
                return "A";
            case "time":
                return "s";
            case "frequency":
                return "Hz";
            default:
                break;
        }
        if (n.equals("time") || n.equals("t")) {
            return "s";
        }
        if (n.equals("frequency") || n.equals("freq") || n.equals("f")) {
            return "Hz";
        }
        if (n.matches("v[rim]?\\(.*")) {
            return "V";
        }
        if (n.matches("i[rim]?\\(.*")) {
            return "A";
        }
        if (n.matches("[pw]\\(.*")) {
            return "W";
        }
        if (n.matches("temp(-sweep)?")) {
            return "degC";
        }
        return "";
    }

    /** A word for the quantity a unit measures, for an axis title ("voltage", "current", ...). */
    public static String quantity(String unit) {
        return switch (unit) {
            case "V" -> "voltage";
            case "A" -> "current";
            case "s" -> "time";
            case "Hz" -> "frequency";
            case "W" -> "power";
            case "ohm" -> "resistance";
            case "dB" -> "magnitude";
            case "deg" -> "phase";
            case "degC" -> "temperature";
            case "m" -> "length";
            default -> "value";
        };
    }

    /** An engineering prefix and its factor for data whose largest magnitude is {@code peak}. */
    public record Prefix(String symbol, double factor) {
    }

    /**
     * The SI prefix that puts {@code peak} between 1 and 1000 (f to G); none for dB, degrees,
     * unitless data or a zero peak.
     */
    public static Prefix prefixFor(double peak, String unit) {
        if (unit.isEmpty() || unit.equals("dB") || unit.equals("deg") || unit.equals("degC") || !(peak > 0)
                || !Double.isFinite(peak)) {
            return new Prefix("", 1);
        }
        String[] symbols = {"f", "p", "n", "\u00b5", "m", "", "k", "M", "G"};
        // a peak within 0.2 % below a power of 1000 (a sine sampled near its crest) keeps that prefix
        int e = (int) Math.floor(Math.log10(peak * 1.002) / 3);
        e = Math.max(-5, Math.min(3, e));
        return new Prefix(symbols[e + 5], Math.pow(10, -3 * e));
    }

    /** "name (unit)" or the bare name without a unit. */
    public static String label(String what, String prefixedUnit) {
        return prefixedUnit.isEmpty() ? what : what + " (" + prefixedUnit + ")";
    }
}
