package memspice.netlist;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list of a card's items held in an exact-size array (two objects per card instead
 * of a wrapper, a list and a ten-slot array). Holds no nulls.
 */
final class ItemList extends AbstractList<Item> implements RandomAccess {

    private static final ItemList EMPTY = new ItemList(new Item[0]);

    private final Item[] items;

    private ItemList(Item[] items) {
        this.items = items;
    }

    /** An unmodifiable copy of {@code items}. */
    static List<Item> copyOf(List<Item> items) {
        return items.isEmpty() ? EMPTY : new ItemList(items.toArray(new Item[0]));
    }

    @Override
    public Item get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
