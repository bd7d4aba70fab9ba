package memspice.netlist;

/**
 * A small direct-mapped cache of the bare words of recent cards, so that equal words seen close
 * together (the value {@code 1.0} of every wire segment, the node shared by neighbouring segments)
 * become one shared, immutable {@link Item.Word} instead of a new Word and String each. A miss
 * replaces the slot; the table stays small (it fits in cache), because a table of every word of a
 * million-card netlist costs more in cache misses than the allocations it saves. Not thread-safe;
 * one per parse.
 */
final class WordTable {

    private static final int BITS = 10;
    private final Item.Word[] words = new Item.Word[1 << BITS];
    /** The hash of each slot's word: most look-ups are misses, rejected here without touching the word. */
    private final int[] hashes = new int[1 << BITS];

    /**
     * The word {@code text[start, end)}, end > start: a cached equal word, or a new one.
     *
     * @param h the word's {@link String#hashCode()} (the caller computes it while scanning the word)
     */
    Item.Word word(String text, int start, int end, int h) {
        int i = (h * 0x9E3779B9) >>> (32 - BITS);     // Fibonacci hashing: similar names spread out
        int len = end - start;
        Item.Word w = words[i];
        if (w != null && hashes[i] == h && w.text().length() == len && text.regionMatches(start, w.text(), 0, len)) {
            return w;
        }
        w = new Item.Word(text.substring(start, end));
        words[i] = w;
        hashes[i] = h;
        return w;
    }
}
