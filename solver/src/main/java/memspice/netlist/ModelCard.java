package memspice.netlist;

import java.util.List;
import java.util.Locale;

/**
 * A {@code .model name type (p1=v1 p2=v2 ...)} card, parsed but not interpreted: device factories
 * read the parameters they know, evaluated in the scope of the instance that uses the model.
 *
 * @param name       lower case
 * @param type       lower case ({@code d}, {@code npn}, {@code memristor}, {@code sw}, ...)
 * @param parameters assignments as written (values are words or expressions)
 * @param location   where the card is
 */
public record ModelCard(String name, String type, List<Item.Assignment> parameters, SourceLocation location) {

    /** The assignment for a parameter name (case-insensitive), or null. The last one wins. */
    public Item.Assignment find(String parameter) {
        String key = parameter.toLowerCase(Locale.ROOT);
        Item.Assignment found = null;
        for (Item.Assignment a : parameters) {
            if (a.key().equals(key)) {
                found = a;
            }
        }
        return found;
    }
}
