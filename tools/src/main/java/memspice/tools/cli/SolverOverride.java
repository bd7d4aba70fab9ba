package memspice.tools.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.netlist.Card;
import memspice.netlist.Directive;
import memspice.netlist.Item;
import memspice.netlist.Netlist;
import memspice.netlist.SourceLocation;

/**
 * {@code memspice run --solver direct|iterative|auto}: the same as a last {@code .options solver=...}
 * card, so the command line wins over the netlist.
 */
public final class SolverOverride {

    private SolverOverride() {
    }

    /** True for direct, iterative or auto (any case). */
    public static boolean isValid(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.equals("direct") || v.equals("iterative") || v.equals("auto");
    }

    /**
     * @return the netlist with the option appended
     * @throws IllegalArgumentException for a value other than direct, iterative or auto
     */
    public static Netlist apply(Netlist netlist, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (!isValid(v)) {
            throw new IllegalArgumentException("--solver must be direct, iterative or auto, not '" + value + "'");
        }
        List<Directive> directives = new ArrayList<>(netlist.directives());
        Card card = new Card(SourceLocation.none("--solver"), ".options solver=" + v);
        directives.add(new Directive("options", List.of(new Item.Assignment("solver", new Item.Word(v))), card));
        return new Netlist(netlist.file(), netlist.title(), netlist.top(), netlist.globals(), directives,
                netlist.warnings());
    }
}
