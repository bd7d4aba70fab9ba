package memspice.output;

import java.util.Locale;

/**
 * Fast {@code %.Ne} formatting for large tables: the same characters as
 * {@code String.format(Locale.ROOT, "%.Ne", v)}, without the Formatter's per-call parsing.
 */
public final class ScientificFormat {

    private ScientificFormat() {
    }

    /**
     * Appends v with {@code digits} digits after the point (1 to 15) and a signed exponent of at least
     * two digits, exactly as {@code %.<digits>e} prints it.
     */
    public static StringBuilder append(StringBuilder sb, double v, int digits) {
        if (!Double.isFinite(v) || digits < 1 || digits > 15) {
            return sb.append(String.format(Locale.ROOT, "%." + digits + "e", v));
        }
        if (v == 0) {
            if (1 / v < 0) {
                sb.append('-');
            }
            sb.append("0.");
            for (int i = 0; i < digits; i++) {
                sb.append('0');
            }
            return sb.append("e+00");
        }
        // Java's %e rounds the shortest decimal representation (Double.toString's digits) half-up;
        // doing the same on those digits reproduces it exactly
        String repr = Double.toString(Math.abs(v));
        int ePos = repr.indexOf('E');
        String mant = ePos >= 0 ? repr.substring(0, ePos) : repr;
        int exp10 = ePos >= 0 ? Integer.parseInt(repr.substring(ePos + 1)) : 0;
        int dot = mant.indexOf('.');
        char[] d = new char[mant.length()];
        int nd = 0;
        int pointAfter = dot;          // digits before the decimal point
        for (int i = 0; i < mant.length(); i++) {
            char c = mant.charAt(i);
            if (c != '.') {
                d[nd++] = c;
            }
        }
        int lead = 0;
        while (lead < nd - 1 && d[lead] == '0') {
            lead++;
        }
        int exp = pointAfter - lead - 1 + exp10;   // exponent of the first significant digit
        int keep = digits + 1;
        char[] out = new char[keep + 1];           // one spare place for a carry into a new digit
        for (int i = 0; i < keep; i++) {
            int src = lead + i;
            out[i + 1] = src < nd ? d[src] : '0';
        }
        out[0] = '0';
        int next = lead + keep;
        if (next < nd && d[next] >= '5') {
            int i = keep;
            while (out[i] == '9') {
                out[i] = '0';
                i--;
            }
            out[i]++;
        }
        int first = 1;
        if (out[0] != '0') {
            first = 0;
            exp++;
        }
        if (v < 0) {
            sb.append('-');
        }
        sb.append(out[first]).append('.');
        sb.append(out, first + 1, digits);
        sb.append('e').append(exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        if (e < 10) {
            sb.append('0');
        }
        return sb.append(e);
    }

    /** Appends s left-justified in a field of the given width. */
    public static StringBuilder pad(StringBuilder sb, String s, int width) {
        sb.append(s);
        for (int i = s.length(); i < width; i++) {
            sb.append(' ');
        }
        return sb;
    }
}
