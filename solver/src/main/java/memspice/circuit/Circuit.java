package memspice.circuit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import memspice.analysis.SimulationOptions;
import memspice.device.AllocationContext;
import memspice.device.Device;
import memspice.netlist.Diagnostic;
import memspice.netlist.NetlistException;
import memspice.netlist.SourceLocation;

/**
 * A flat circuit: devices with hierarchical names and the unknowns they share. Node unknowns are
 * created while elaborating; branch and state unknowns when the devices allocate.
 */
public final class Circuit {

    private final Map<String, Map<Integer, Double>> nodeValues = new java.util.HashMap<>();

    private final String title;
    private final Path file;
    private final SimulationOptions options;
    private final Unknowns unknowns;
    private final List<Device> devices;
    private final Map<String, Device> byName;
    private final List<Diagnostic> warnings = new ArrayList<>();
    private boolean allocated;

    /**
     * @param expectedDevices how many devices are likely (sizes the name tables once: growing a
     *                        hash table rehashes every name, a measurable part of elaborating a
     *                        large array); any count works
     */
    public Circuit(String title, Path file, SimulationOptions options, int expectedDevices) {
        this.title = title;
        this.file = file;
        this.options = options;
        int n = Math.max(16, expectedDevices);
        this.devices = new ArrayList<>(n);
        this.byName = new HashMap<>(tableCapacity(n));
        this.unknowns = new Unknowns(tableCapacity(n));
    }

    /** A HashMap capacity that holds n entries without growing (default load factor 0.75). */
    static int tableCapacity(int n) {
        return (int) Math.min(1 << 30, n / 3L * 4 + 16);
    }

    public String title() {
        return title;
    }

    public Path file() {
        return file;
    }

    public SimulationOptions options() {
        return options;
    }

    public Unknowns unknowns() {
        return unknowns;
    }

    public List<Device> devices() {
        return devices;
    }

    public List<Diagnostic> warnings() {
        return warnings;
    }

    /**
     * The id of a node by hierarchical name (lower case), created on first use.
     *
     * @throws IllegalStateException after allocation (the node set is frozen)
     */
    public int node(String name) {
        if (allocated && unknowns.findNode(name) < 0) {
            throw new IllegalStateException("node '" + name + "' added after allocation");
        }
        return unknowns.node(name);
    }

    /** The id of an existing node, or -2 if there is no such node (ground names are not nodes). */
    public int findNode(String name) {
        int id = unknowns.findNode(name);
        return id < 0 ? -2 : id;
    }

    /** Number of node unknowns (ids 0..nodeCount-1 are nodes until allocation adds more). */
    public int nodeCount() {
        return unknowns.nodeCount();
    }

    /**
     * Adds a device.
     *
     * @throws NetlistException if a device of the same hierarchical name exists
     */
    public void add(Device d) throws NetlistException {
        Device old = byName.putIfAbsent(d.name(), d);
        if (old != null) {
            throw new NetlistException(d.location(), "duplicate element name '" + d.name() + "' (first defined at "
                    + old.location() + ")");
        }
        devices.add(d);
    }

    /** A device by hierarchical name, or null. */
    public Device device(String name) {
        return byName.get(name);
    }

    /**
     * Lets every device declare its internal unknowns; afterwards the unknown set is frozen.
     *
     * @throws NetlistException from a device
     */
    public void allocate() throws NetlistException {
        if (allocated) {
            return;
        }
        allocated = true;
        AllocationContext ctx = new AllocationContext() {
            @Override
            public int branch(String outputName) {
                return unknowns.add(outputName, UnknownKind.BRANCH, 0);
            }

            @Override
            public int internalNode(String outputName) {
                return unknowns.add(outputName, UnknownKind.NODE, 0);
            }

            @Override
            public int state(String outputName, double absTolerance) {
                return unknowns.add(outputName, UnknownKind.STATE, absTolerance);
            }
        };
        for (Device d : devices) {
            try {
                d.allocate(ctx);
            } catch (IllegalArgumentException e) {
                throw new NetlistException(d.location(), d.name() + ": " + e.getMessage());
            }
        }
    }

    /**
     * Records a node value from a {@code .ic} or {@code .nodeset} card inside a subcircuit instance.
     *
     * @param kind "ic" or "nodeset"
     * @param node node unknown id
     * @param value volts
     */
    public void addNodeValue(String kind, int node, double value) {
        nodeValues.computeIfAbsent(kind, k -> new java.util.LinkedHashMap<>()).put(node, value);
    }

    /** The node values recorded by subcircuit instances for "ic" or "nodeset" (id -> volts). */
    public Map<Integer, Double> nodeValues(String kind) {
        return nodeValues.getOrDefault(kind, Map.of());
    }

    public void warn(SourceLocation at, String message) {
        warnings.add(new Diagnostic(at, message));
    }
}
