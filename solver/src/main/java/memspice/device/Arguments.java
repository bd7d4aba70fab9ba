package memspice.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import memspice.netlist.Item;
import memspice.netlist.NetlistException;

/**
 * A cursor over a card's arguments for factories that parse positionally: nodes first, then values,
 * keywords and {@code key=value} assignments.
 */
public final class Arguments {

    private final InstanceCard card;
    private final List<Item> items;
    private final String syntax;
    private int pos;

    /**
     * @param card   the card being parsed
     * @param syntax the element's syntax summary, quoted in errors
     */
    public Arguments(InstanceCard card, String syntax) {
        this(card, card.items(), syntax);
    }

    /** A cursor over a sub-list (e.g. the items of a group). */
    public Arguments(InstanceCard card, List<Item> items, String syntax) {
        this.card = card;
        this.items = items;
        this.syntax = syntax;
    }

    public boolean hasNext() {
        return pos < items.size();
    }

    /** The next item without consuming it, or null at the end. */
    public Item peek() {
        return pos < items.size() ? items.get(pos) : null;
    }

    /** Consumes and returns the next item. */
    public Item next(String what) throws NetlistException {
        if (pos >= items.size()) {
            throw card.error("missing " + what + " (syntax: " + syntax + ")");
        }
        return items.get(pos++);
    }

    /** Consumes a node name. */
    public int node(String what) throws NetlistException {
        Item it = next(what);
        if (!(it instanceof Item.Word)) {
            throw card.error("expected " + what + " (a node name), got '" + it + "' (syntax: " + syntax + ")");
        }
        return card.node(it);
    }

    /** Consumes a numeric value (number or expression). */
    public double value(String what) throws NetlistException {
        return card.value(next(what), what);
    }

    /** True if the next item is this keyword (ignoring case); consumes it if so. */
    public boolean keyword(String keyword) {
        Item it = peek();
        if (it != null && it.isWord(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    /** True if the next item is a plain word that starts a keyword list, without consuming it. */
    public boolean nextIsWord(String keyword) {
        Item it = peek();
        return it != null && it.isWord(keyword);
    }

    /** The next item as a lower-case word, consumed. */
    public String word(String what) throws NetlistException {
        Item it = next(what);
        if (!(it instanceof Item.Word w)) {
            throw card.error("expected " + what + ", got '" + it + "' (syntax: " + syntax + ")");
        }
        return w.text().toLowerCase(Locale.ROOT);
    }

    /** The remaining assignments; any other remaining item is an error. */
    public List<Item.Assignment> remainingAssignments() throws NetlistException {
        if (!hasNext()) {
            return List.of();             // the common case: no list per card
        }
        List<Item.Assignment> out = new ArrayList<>();
        while (hasNext()) {
            Item it = items.get(pos++);
            if (!(it instanceof Item.Assignment a)) {
                throw card.error("unexpected '" + it + "' (syntax: " + syntax + ")");
            }
            out.add(a);
        }
        return out;
    }

    /** Fails if anything is left. */
    public void end() throws NetlistException {
        if (hasNext()) {
            throw card.error("unexpected '" + items.get(pos) + "' (syntax: " + syntax + ")");
        }
    }
}
