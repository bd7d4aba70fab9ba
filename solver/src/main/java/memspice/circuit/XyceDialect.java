package memspice.circuit;

import java.util.Set;

import memspice.netlist.Directive;
import memspice.netlist.Item;
import memspice.netlist.Netlist;
import memspice.netlist.SubcircuitDefinition;

/**
 * Decides whether a netlist is written for Xyce, where a few semantics differ from SPICE (so far:
 * capacitor {@code IC=} at the operating point, {@link memspice.analysis.SimulationOptions#icop}; with
 * {@code .options timeint}, the error convention for device states, {@link #setsXyceTimeint}).
 *
 * <p>The rule, exact and documented in the README: a netlist is in Xyce dialect when it contains
 * a construct that only Xyce reads, namely
 * <ul>
 *   <li>a {@code YMEMRISTOR} instance (Xyce's Y-device syntax for its memristor; ngspice has no such
 *       device), at the top level or in any subcircuit definition, or</li>
 *   <li>an {@code .options} card whose first word is a Xyce option package
 *       ({@code timeint}, {@code nonlin}, {@code linsol}, ...; Xyce Reference Guide, .OPTIONS).</li>
 * </ul>
 * Everything else, in particular every netlist ngspice can read, is SPICE dialect.
 */
public final class XyceDialect {

    /** Xyce's .options package names (Xyce Reference Guide, .OPTIONS). */
    static final Set<String> OPTION_PACKAGES = Set.of("timeint", "nonlin", "nonlin-tran", "nonlin-dcop",
            "device", "linsol", "output", "restart", "parser", "topology", "measure");

    private XyceDialect() {
    }

    /** True when the netlist uses a construct only Xyce reads (see the class comment). */
    public static boolean isXyce(Netlist netlist) {
        for (Directive d : netlist.directives("options")) {
            if (!d.items().isEmpty() && d.items().get(0) instanceof Item.Word w && OPTION_PACKAGES.contains(w.lower())) {
                return true;
            }
        }
        return usesXyceDevice(netlist.top());
    }

    /**
     * True when an {@code .options} card names Xyce's time-integrator package ({@code .options timeint
     * ...}): the netlist then gives its transient tolerances in Xyce's sense, so memspice applies
     * Xyce's error convention to device states ({@link memspice.analysis.SimulationOptions#xyceerror}).
     */
    public static boolean setsXyceTimeint(Netlist netlist) {
        for (Directive d : netlist.directives("options")) {
            if (!d.items().isEmpty() && d.items().get(0) instanceof Item.Word w && w.lower().equals("timeint")) {
                return true;
            }
        }
        return false;
    }

    private static boolean usesXyceDevice(SubcircuitDefinition def) {
        if (def.hasYmemristor()) {
            return true;
        }
        for (SubcircuitDefinition sub : def.subcircuits().values()) {
            if (usesXyceDevice(sub)) {
                return true;
            }
        }
        return false;
    }
}
