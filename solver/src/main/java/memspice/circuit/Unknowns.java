package memspice.circuit;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unknowns of a circuit in solution order: names as reported ({@code v(n1)}, {@code i(v1)}),
 * kinds, and state tolerances. Ids are dense from 0; ground is not an unknown.
 *
 * <p>Circuit nodes are kept by node name ({@link #node}); their output name {@code v(<node>)} is
 * made when first asked for, since a large array has millions of nodes and most runs print few of
 * them. Other unknowns (branches, internal nodes, states) are kept by output name.
 */
public final class Unknowns {

    private String[] names;          // output name; null for a node until name() makes it
    private String[] nodeNames;      // node name of an unknown made by node(), else null
    private final Map<String, Integer> nodeIds;
    private final Map<String, Integer> byName = new HashMap<>();
    private UnknownKind[] kinds;
    private double[] stateTolerance;
    private int size;

    /** @param capacity initial capacity of the node table (any value works; it grows) */
    public Unknowns(int capacity) {
        int n = Math.max(16, capacity);
        names = new String[n];
        nodeNames = new String[n];
        kinds = new UnknownKind[n];
        stateTolerance = new double[n];
        nodeIds = new HashMap<>(n);
    }

    /**
     * The id of circuit node {@code nodeName} (lower case, hierarchical), created on first use as a
     * NODE unknown named {@code v(<nodeName>)}.
     */
    public int node(String nodeName) {
        Integer id = nodeIds.get(nodeName);
        if (id != null) {
            return id;
        }
        int nid = append(null, UnknownKind.NODE, 0);
        nodeNames[nid] = nodeName;
        nodeIds.put(nodeName, nid);
        return nid;
    }

    /** The id of an existing circuit node, or -1. */
    public int findNode(String nodeName) {
        Integer id = nodeIds.get(nodeName);
        return id == null ? -1 : id;
    }

    /** Number of unknowns made by {@link #node}. */
    public int nodeCount() {
        return nodeIds.size();
    }

    /**
     * Adds an unknown that is not a circuit node (a branch, internal node or state).
     *
     * @param name  output name, lower case and unique
     * @param kind  its kind
     * @param absTol absolute tolerance for STATE unknowns (ignored for others)
     * @return its id
     * @throws IllegalArgumentException if the name is taken
     */
    public int add(String name, UnknownKind kind, double absTol) {
        if (find(name) >= 0) {
            throw new IllegalArgumentException("unknown '" + name + "' declared twice");
        }
        int id = append(name, kind, absTol);
        byName.put(name, id);
        return id;
    }

    private int append(String name, UnknownKind kind, double absTol) {
        int id = size;
        if (id == kinds.length) {
            int n = id * 2;
            names = Arrays.copyOf(names, n);
            nodeNames = Arrays.copyOf(nodeNames, n);
            kinds = Arrays.copyOf(kinds, n);
            stateTolerance = Arrays.copyOf(stateTolerance, n);
        }
        names[id] = name;
        kinds[id] = kind;
        stateTolerance[id] = absTol;
        size++;
        return id;
    }

    public int size() {
        return size;
    }

    public String name(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("unknown " + id + " of " + size);
        }
        String s = names[id];
        if (s == null) {
            s = "v(" + nodeNames[id] + ")";
            names[id] = s;   // a racing reader at worst makes an equal string again
        }
        return s;
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
        if (id != null) {
            return id;
        }
        if (name.length() > 3 && name.startsWith("v(") && name.endsWith(")")) {
            return findNode(name.substring(2, name.length() - 1));
        }
        return -1;
    }

    /** All names in id order. */
    public List<String> names() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return name(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
