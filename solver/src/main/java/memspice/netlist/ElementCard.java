package memspice.netlist;

import java.util.List;

/**
 * An element line ({@code R1 a b 1k}, {@code X1 in out amp gain=2}, {@code YMEMRISTOR mr1 a b m}),
 * tokenized once when the netlist is read.
 *
 * @param card  the source card
 * @param key   the device key looked up in the registry: the upper-case first letter, or for
 *              {@code Y} devices the type word ({@code YMEMRISTOR})
 * @param name  the element's local name, lower case ({@code r1}; for Y devices {@code ymemristor!mr1},
 *              the Xyce spelling)
 * @param items the arguments after the name
 */
public record ElementCard(Card card, String key, String name, List<Item> items) {

    public SourceLocation location() {
        return card.location();
    }
}
