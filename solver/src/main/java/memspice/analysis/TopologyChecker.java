package memspice.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import memspice.circuit.Circuit;
import memspice.circuit.UnknownKind;
import memspice.device.Device;
import memspice.device.TopologyContext;
import memspice.netlist.NetlistException;

/**
 * Checks a circuit before a DC solve for the structures that make its equations singular, and
 * names the elements involved with their netlist lines:
 * <ul>
 * <li>nodes with no DC path to ground (connected only through capacitors, current sources or
 * controlling inputs); when only current sources join them to the rest, a cutset of current
 * sources;</li>
 * <li>loops made only of voltage sources, inductors and other voltage-defined branches.</li>
 * </ul>
 */
public final class TopologyChecker {

    private enum EdgeKind { CONDUCTING, VOLTAGE, CURRENT_SOURCE, CAPACITIVE, SENSING }

    private record Edge(int a, int b, EdgeKind kind, Device device) {
    }

    private final Circuit circuit;
    private final int ground;
    private final List<Edge> edges;

    private TopologyChecker(Circuit circuit) {
        this.circuit = circuit;
        this.ground = circuit.unknowns().size();
        this.edges = new ArrayList<>(2 * circuit.devices().size() + 16);
    }

    /**
     * @throws NetlistException at the line of an element of the first problem found
     */
    public static void check(Circuit circuit) throws NetlistException {
        TopologyChecker t = new TopologyChecker(circuit);
        t.collect();
        t.checkVoltageLoops();
        t.checkDcPaths();
    }

    /** Work that may throw a {@link NetlistException}. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws NetlistException;
    }

    /**
     * Checks the circuit while {@code work} (the MNA set-up) runs on this thread: on a circuit of
     * {@link #PARALLEL_MIN_DEVICES} devices or more the check runs on a second thread. Devices only
     * report their connections in {@code topology()}, reading what allocation fixed, while set-up
     * writes their matrix slots, so the two share nothing that changes. A topology error is
     * reported first, as when the check ran before the set-up.
     *
     * @throws NetlistException the topology error, else the work's
     */
    public static <T> T checkWhile(Circuit circuit, Work<T> work) throws NetlistException {
        if (circuit.devices().size() < PARALLEL_MIN_DEVICES || Runtime.getRuntime().availableProcessors() < 2) {
            check(circuit);
            return work.run();
        }
        NetlistException[] problem = new NetlistException[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread checker = new Thread(() -> {
            try {
                check(circuit);
            } catch (NetlistException e) {
                problem[0] = e;
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "memspice-topology");
        checker.setDaemon(true);
        checker.start();
        T result = null;
        NetlistException workProblem = null;
        try {
            result = work.run();
        } catch (NetlistException e) {
            workProblem = e;
        } finally {
            try {
                checker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking the circuit's topology", e);
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        if (problem[0] != null) {
            throw problem[0];
        }
        if (workProblem != null) {
            throw workProblem;
        }
        return result;
    }

    /** Circuits with fewer devices are checked on the calling thread (a thread costs ~0.1 ms). */
    static final int PARALLEL_MIN_DEVICES = 4096;

    private int id(int node) {
        return node < 0 ? ground : node;
    }

    private void collect() {
        for (Device d : circuit.devices()) {
            d.topology(new TopologyContext() {
                @Override
                public void conducting(int a, int b) {
                    edges.add(new Edge(id(a), id(b), EdgeKind.CONDUCTING, d));
                }

                @Override
                public void voltageDefined(int a, int b) {
                    edges.add(new Edge(id(a), id(b), EdgeKind.VOLTAGE, d));
                }

                @Override
                public void currentSource(int a, int b) {
                    edges.add(new Edge(id(a), id(b), EdgeKind.CURRENT_SOURCE, d));
                }

                @Override
                public void capacitive(int a, int b) {
                    edges.add(new Edge(id(a), id(b), EdgeKind.CAPACITIVE, d));
                }

                @Override
                public void sensing(int a) {
                    edges.add(new Edge(id(a), id(a), EdgeKind.SENSING, d));
                }
            });
        }
    }

    private void checkVoltageLoops() throws NetlistException {
        int[] parent = identity(ground + 1);
        List<Edge> forest = new ArrayList<>();   // the voltage edges accepted so far (a forest)
        for (Edge e : edges) {
            if (e.kind() != EdgeKind.VOLTAGE) {
                continue;
            }
            if (e.a() == e.b()) {
                throw new NetlistException(e.device().location(), e.device().name()
                        + " connects node " + nodeName(e.a()) + " to itself: its voltage cannot be enforced");
            }
            int ra = find(parent, e.a());
            int rb = find(parent, e.b());
            if (ra == rb) {
                List<Edge> path = path(adjacencyOf(forest), e.a(), e.b());
                StringBuilder sb = new StringBuilder();
                for (Edge p : path) {
                    sb.append(describe(p.device())).append(", ");
                }
                sb.append(describe(e.device()));
                throw new NetlistException(e.device().location(), "loop of voltage sources and inductors: " + sb
                        + " (their voltages around the loop are not independent)");
            }
            parent[ra] = rb;
            forest.add(e);
        }
    }

    /** Adjacency lists of the given edges over all nodes (only built to name a loop's members). */
    private List<List<Edge>> adjacencyOf(List<Edge> forest) {
        List<List<Edge>> adjacency = new ArrayList<>();
        for (int i = 0; i <= ground; i++) {
            adjacency.add(new ArrayList<>());
        }
        for (Edge e : forest) {
            adjacency.get(e.a()).add(e);
            adjacency.get(e.b()).add(e);
        }
        return adjacency;
    }

    private List<Edge> path(List<List<Edge>> adjacency, int from, int to) {
        Edge[] via = new Edge[ground + 1];
        boolean[] seen = new boolean[ground + 1];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        seen[from] = true;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            if (v == to) {
                break;
            }
            for (Edge e : adjacency.get(v)) {
                int w = e.a() == v ? e.b() : e.a();
                if (!seen[w]) {
                    seen[w] = true;
                    via[w] = e;
                    queue.add(w);
                }
            }
        }
        List<Edge> out = new ArrayList<>();
        for (int v = to; v != from && via[v] != null; v = via[v].a() == v ? via[v].b() : via[v].a()) {
            out.add(0, via[v]);
        }
        return out;
    }

    private void checkDcPaths() throws NetlistException {
        int[] parent = identity(ground + 1);
        for (Edge e : edges) {
            if (e.kind() == EdgeKind.CONDUCTING || e.kind() == EdgeKind.VOLTAGE) {
                parent[find(parent, e.a())] = find(parent, e.b());
            }
        }
        int groundRoot = find(parent, ground);
        for (int node = 0; node < ground; node++) {
            if (circuit.unknowns().kind(node) != UnknownKind.NODE || find(parent, node) == groundRoot) {
                continue;
            }
            int root = find(parent, node);
            List<String> members = new ArrayList<>();
            for (int v = 0; v < ground; v++) {
                if (circuit.unknowns().kind(v) == UnknownKind.NODE && find(parent, v) == root) {
                    members.add(nodeName(v));
                }
            }
            Set<Device> boundary = new LinkedHashSet<>();
            boolean onlyCurrentSources = true;
            boolean anyCurrentSource = false;
            Device first = null;
            for (Edge e : edges) {
                boolean touches = find(parent, e.a()) == root || find(parent, e.b()) == root;
                if (!touches) {
                    continue;
                }
                if (first == null) {
                    first = e.device();
                }
                if (e.kind() == EdgeKind.CONDUCTING || e.kind() == EdgeKind.VOLTAGE) {
                    continue;
                }
                boundary.add(e.device());
                if (e.kind() == EdgeKind.CURRENT_SOURCE) {
                    anyCurrentSource = true;
                } else {
                    onlyCurrentSources = false;
                }
            }
            String nodes = members.size() == 1 ? "node " + members.get(0)
                    : "nodes " + String.join(", ", members.subList(0, Math.min(6, members.size())))
                    + (members.size() > 6 ? ", ... (" + members.size() + " in all)" : "");
            StringBuilder via = new StringBuilder();
            for (Device d : boundary) {
                via.append(via.length() == 0 ? "" : ", ").append(describe(d));
            }
            String message = nodes + " (no DC path to ground)";
            if (boundary.isEmpty()) {
                message += ": nothing connects " + (members.size() == 1 ? "it" : "them") + " to the rest of the circuit";
            } else if (onlyCurrentSources && anyCurrentSource) {
                message += ": a cutset of current sources (" + via + ") forces current into "
                        + (members.size() == 1 ? "it" : "them") + " with nowhere to flow";
            } else {
                message += ": connected to the rest only through " + via;
            }
            throw new NetlistException(first != null ? first.location()
                    : memspice.netlist.SourceLocation.none(circuit.file().toString()), message);
        }
    }

    private String nodeName(int id) {
        if (id == ground) {
            return "0";
        }
        String n = circuit.unknowns().name(id);
        return n.startsWith("v(") ? n.substring(2, n.length() - 1) : n;
    }

    private static String describe(Device d) {
        return d.name() + " (line " + d.location().line() + ")";
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        Arrays.setAll(p, i -> i);
        return p;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
