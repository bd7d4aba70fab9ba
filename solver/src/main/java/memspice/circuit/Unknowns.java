package memspice.circuit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unknowns of a circuit in solution order: names as reported ({@code v(n1)}, {@code i(v1)}),
 * kinds, and state tolerances. Ids are dense from 0; ground is not an unknown.
 */
public final class Unknowns {

    private final List<String> names;
    private final Map<String, Integer> byName;
    private UnknownKind[] kinds = new UnknownKind[16];
    private double[] stateTolerance = new double[16];

    /** @param capacity initial capacity of the name table (any value works; it grows) */
    public Unknowns(int capacity) {
        names = new ArrayList<>(capacity);
        byName = new HashMap<>(capacity);
    }

    /**
     * Adds an unknown.
     *
     * @param name  output name, lower case and unique
     * @param kind  its kind
     * @param absTol absolute tolerance for STATE unknowns (ignored for others)
     * @return its id
     * @throws IllegalArgumentException if the name is taken
     */
    public int add(String name, UnknownKind kind, double absTol) {
        int id = names.size();
        if (byName.putIfAbsent(name, id) != null) {
            throw new IllegalArgumentException("unknown '" + name + "' declared twice");
        }
        if (id == kinds.length) {
            kinds = Arrays.copyOf(kinds, id * 2);
            stateTolerance = Arrays.copyOf(stateTolerance, id * 2);
        }
        names.add(name);
        kinds[id] = kind;
        stateTolerance[id] = absTol;
        return id;
    }

    public int size() {
        return names.size();
    }

    public String name(int id) {
        return names.get(id);
    }

    public UnknownKind kind(int id) {
        return kinds[id];
    }

    /** Absolute tolerance of a STATE unknown. */
    public double stateTolerance(int id) {
        return stateTolerance[id];
    }

    /** The id of an unknown by output name, or -1. */
    public int find(String name) {
        Integer id = byName.get(name);
        return id == null ? -1 : id;
    }

    /** All names in id order. */
    public List<String> names() {
        return names;
    }
}
