package memspice.circuit;

/**
 * An open-addressing hash map from non-negative long keys to int values, without boxing: the slot
 * table of a 1024 x 1024 crossbar holds millions of (row, column) keys. Set-up time only.
 */
final class LongIntMap {

    private static final long EMPTY = -1;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;
    private int shift;

    /**
     * @param expected the likely number of keys: the table holds that many without growing, at a
     *                 load of at most 0.7 (linear probing stays short there)
     */
    LongIntMap(int expected) {
        int cap = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16, expected / 0.7) - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        java.util.Arrays.fill(keys, EMPTY);
        mask = cap - 1;
        shift = 64 - Integer.numberOfTrailingZeros(cap);
    }

    /** The value of key (>= 0), or -1 when absent. */
    int get(long key) {
        int i = index(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Maps key (>= 0) to value, which must be >= 0; the key must be absent. */
    void putNew(long key, int value) {
        if (10L * (size + 1) > 7L * keys.length) {     // load above 0.7
            grow();
        }
        int i = index(key);
        while (keys[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    /** Fibonacci hashing: the top bits of key * 2^64/phi spread consecutive and strided keys evenly. */
    private int index(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        java.util.Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        shift = 64 - Integer.numberOfTrailingZeros(keys.length);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                putNew(oldKeys[i], oldValues[i]);
            }
        }
    }
}
