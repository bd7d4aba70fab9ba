package memspice.tools.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps ngspice raw-file vector names to memspice output names: identical for node voltages
 * ({@code v(x1.n3)}); ngspice prefixes the type letter to devices inside subcircuits
 * ({@code i(v.x1.v1)} is memspice's {@code i(x1.v1)}); its sweep variables are {@code v-sweep},
 * {@code i-sweep}, {@code res-sweep}, {@code temp-sweep}.
 */
public class NgspiceNames {

    private static final Pattern SUBCIRCUIT_DEVICE = Pattern.compile("i\\(([a-z])\\.(x[^)]*\\.[^)]*)\\)");

    protected NgspiceNames() {
    }

    /** ngspice's internal node and B source of an E/G value=/vol=/cur= expansion. */
    public static boolean isExpansionInternal(String name) {
        return name.matches("v\\(([^)]*\\.)?[eg][^.)]*_int1\\)") || name.matches("i\\((b\\.x[^)]*\\.)?b[eg][^.)]*\\)");
    }

    /** True for ngspice's name of a DC sweep variable. */
    public static boolean isSweep(String name) {
        return name.matches("v\\((v|i|res|temp)-sweep\\)|(v|i|res|temp)-sweep");
    }

    /** The memspice name of an ngspice vector. */
    public static String toMemspice(String ngspice) {
        if (ngspice.startsWith("i(a$poly$")) {
            ngspice = "i(" + ngspice.substring("i(a$poly$".length());
        }
        Matcher m = SUBCIRCUIT_DEVICE.matcher(ngspice);
        if (m.matches()) {
            return "i(" + m.group(2) + ")";
        }
        return ngspice;
    }
}
