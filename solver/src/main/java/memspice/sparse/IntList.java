package memspice.sparse;

import java.util.Arrays;

/** A growable list of ints for the orderings' quotient graph; analysis-time only, never in factor. */
final class IntList {

    int[] items;
    int size;

    IntList(int capacity) {
        items = new int[Math.max(2, capacity)];
    }

    void add(int v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = v;
    }
}
