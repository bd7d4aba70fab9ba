package memspice.circuit;

import java.util.Arrays;
import java.util.OptionalInt;

import memspice.analysis.SimulationOptions;
import memspice.device.Device;
import memspice.device.LoadContext;
import memspice.device.SetupContext;
import memspice.netlist.NetlistException;

/**
 * The assembled DAE {@code f(x) + d/dt q(x) = b(t)} of a circuit: unknown positions, the Jacobian
 * pattern shared by G = df/dx and C = dq/dx (compressed sparse columns), and the vectors devices
 * load into. Built once per topology; every Newton iteration calls {@link #load()}.
 *
 * <p>Positions equal unknown ids; ground maps to the sink position {@code n}, whose x stays 0.
 * Slots are numbered in request order; {@link #cscIndex(int)} maps a slot to its place in the
 * column-compressed value array. The last slot is the sink.
 */
public final class MnaSystem {

    private final Circuit circuit;
    private final int n;
    private final Device[] devices;
    private final int[] colPtr;
    private final int[] rowIdx;
    private final int[] slotToCsc;
    private final int[] diagonalSlot;   // per unknown: slot of (i,i) for node rows, -1 otherwise
    private final int slotCount;
    private static final int SINK_SLOT = 0;
    private final boolean linear;

    private final double[] x;
    private final double[] f;
    private final double[] q;
    private final double[] b;
    private final double[] scale;
    private final double[] g;
    private final double[] c;
    private final LoadContext context;

    /**
     * Sets every device up and builds the pattern.
     *
     * @throws NetlistException from a device's setup (e.g. a reference to a missing source)
     */
    public MnaSystem(Circuit circuit) throws NetlistException {
        this.circuit = circuit;
        circuit.allocate();
        this.n = circuit.unknowns().size();
        this.devices = circuit.devices().toArray(new Device[0]);
        // a two-terminal device writes 4 slots, 2 of them node diagonals that others share
        SlotTable slots = new SlotTable(n, n + 2 * devices.length);
        int[] limitingCount = {0};
        // Node diagonals always exist: gmin stepping and gshunt write there.
        diagonalSlot = new int[n];
        Arrays.fill(diagonalSlot, -1);
        for (int i = 0; i < n; i++) {
            if (circuit.unknowns().kind(i) == UnknownKind.NODE) {
                diagonalSlot[i] = slots.slot(i, i);
            }
        }
        SetupContext ctx = new SetupContext() {
            @Override
            public int position(int unknown) {
                return unknown < 0 ? n : unknown;
            }

            @Override
            public int slot(int row, int col) {
                return row < 0 || col < 0 ? SINK_SLOT : slots.slot(row, col);
            }

            @Override
            public OptionalInt branchOf(String deviceName) {
                Device d = circuit.device(deviceName);
                if (d == null) {
                    return OptionalInt.empty();
                }
                int id = circuit.unknowns().find("i(" + deviceName + ")");
                return id < 0 || circuit.unknowns().kind(id) != UnknownKind.BRANCH ? OptionalInt.empty()
                        : OptionalInt.of(id);
            }

            @Override
            public boolean hasDevice(String deviceName) {
                return circuit.device(deviceName) != null;
            }

            @Override
            public SimulationOptions options() {
                return circuit.options();
            }

            @Override
            public int limitingMemory(int count) {
                int first = limitingCount[0];
                limitingCount[0] += count;
                return first;
            }
        };
        boolean allLinear = true;
        for (Device d : devices) {
            d.setup(ctx);
            allLinear &= d.isLinear();
        }
        this.linear = allLinear;
        int count = slots.count();
        this.slotCount = count;
        int[][] csc = slots.compress();
        this.colPtr = csc[0];
        this.rowIdx = csc[1];
        this.slotToCsc = csc[2];
        this.x = new double[n + 1];
        this.f = new double[n + 1];
        this.q = new double[n + 1];
        this.b = new double[n + 1];
        this.scale = new double[n + 1];
        this.g = new double[count];
        this.c = new double[count];
        this.context = new LoadContext(x, f, q, b, scale, g, c);
        context.allocateLimitingMemory(limitingCount[0]);
        context.setGmin(circuit.options().gmin);
        context.setTemperature(circuit.options().temperatureKelvin());
    }

    /**
     * Clears the vectors and lets every device load at the current {@link #x()}. The sink entries
     * are cleared afterwards.
     */
    public void load() {
        Arrays.fill(f, 0.0);
        Arrays.fill(q, 0.0);
        Arrays.fill(b, 0.0);
        Arrays.fill(scale, 0.0);
        Arrays.fill(g, 0.0);
        Arrays.fill(c, 0.0);
        x[n] = 0.0;
        context.clearLimited();
        for (Device d : devices) {
            d.load(context);
        }
        f[n] = 0.0;
        q[n] = 0.0;
        b[n] = 0.0;
        g[SINK_SLOT] = 0.0;
        c[SINK_SLOT] = 0.0;
    }

    public Circuit circuit() {
        return circuit;
    }

    /** Number of unknowns. */
    public int size() {
        return n;
    }

    /** The solution vector by position (length n + 1; entry n is ground). Analyses write it. */
    public double[] x() {
        return x;
    }

    public double[] f() {
        return f;
    }

    public double[] q() {
        return q;
    }

    public double[] b() {
        return b;
    }

    /** Per row: the largest single contribution loaded (A or V), the scale for residual tolerances. */
    public double[] scale() {
        return scale;
    }

    /** df/dx by slot. */
    public double[] g() {
        return g;
    }

    /** dq/dx by slot. */
    public double[] c() {
        return c;
    }

    public LoadContext context() {
        return context;
    }

    public int[] colPtr() {
        return colPtr;
    }

    public int[] rowIdx() {
        return rowIdx;
    }

    /** Number of structural nonzeros of the Jacobian. */
    public int nonZeros() {
        return colPtr[n];
    }

    /** Number of slots including the sink slot 0. */
    public int slotCount() {
        return slotCount;
    }

    /** Position of a slot in the CSC value array. */
    public int cscIndex(int slot) {
        return slotToCsc[slot];
    }

    /** The slot of a node's diagonal entry, or -1 for branch and state rows. */
    public int diagonalSlot(int unknown) {
        return diagonalSlot[unknown];
    }

    /** True if every device is linear. */
    public boolean isLinear() {
        return linear;
    }

    /**
     * Writes J = G + alpha * C into a CSC value array (plus {@code diagonalG} on every node diagonal).
     *
     * @param alpha     the integration coefficient (0 in DC)
     * @param diagonalG conductance added from every node to ground (S): gmin stepping and gshunt
     * @param values    length {@link #nonZeros()}
     */
    public void jacobian(double alpha, double diagonalG, double[] values) {
        Arrays.fill(values, 0.0);
        if (alpha == 0.0) {
            for (int s = 1; s < slotCount; s++) {
                values[slotToCsc[s]] += g[s];
            }
        } else {
            for (int s = 1; s < slotCount; s++) {
                values[slotToCsc[s]] += g[s] + alpha * c[s];
            }
        }
        if (diagonalG != 0.0) {
            for (int i = 0; i < n; i++) {
                if (diagonalSlot[i] >= 0) {
                    values[slotToCsc[diagonalSlot[i]]] += diagonalG;
                }
            }
        }
    }

    /**
     * Adds a conductance per node to the node diagonals of a CSC value array.
     *
     * @param perNode conductance (S) by unknown id; entries of non-node unknowns are ignored
     */
    public void addToDiagonals(double[] perNode, double[] values) {
        for (int i = 0; i < n; i++) {
            if (perNode[i] != 0.0 && diagonalSlot[i] >= 0) {
                values[slotToCsc[diagonalSlot[i]]] += perNode[i];
            }
        }
    }

    /** Maps slot requests to dense slot ids and compresses them into CSC. */
    private static final class SlotTable {
        private final int n;
        private final LongIntMap ids;
        private int[] rows;
        private int[] cols;
        private int count = 1;   // slot 0 is the sink

        /** @param expected the likely number of slots (sizes the tables once; any value works) */
        SlotTable(int n, int expected) {
            this.n = n;
            int cap = Math.max(64, expected + 1);
            ids = new LongIntMap(cap);
            rows = new int[cap];
            cols = new int[cap];
        }

        int slot(int row, int col) {
            long key = (long) row * n + col;
            int id = ids.get(key);
            if (id >= 0) {
                return id;
            }
            if (count == rows.length) {
                rows = Arrays.copyOf(rows, count * 2);
                cols = Arrays.copyOf(cols, count * 2);
            }
            rows[count] = row;
            cols[count] = col;
            ids.putNew(key, count);
            return count++;
        }

        int count() {
            return count;
        }

        /** {colPtr, rowIdx, slotToCsc}; rows sorted within columns; slot 0 (the sink) maps to -1. */
        int[][] compress() {
            int nnz = count - 1;
            int[] colPtr = new int[n + 1];
            for (int s = 1; s < count; s++) {
                colPtr[cols[s] + 1]++;
            }
            for (int j = 0; j < n; j++) {
                colPtr[j + 1] += colPtr[j];
            }
            // Order slots by (col, row) with a counting sort on rows, then columns (stable).
            int[] byRow = new int[nnz];
            int[] rowStart = new int[n + 1];
            for (int s = 1; s < count; s++) {
                rowStart[rows[s] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                rowStart[i + 1] += rowStart[i];
            }
            int[] fill = Arrays.copyOf(rowStart, n);
            for (int s = 1; s < count; s++) {
                byRow[fill[rows[s]]++] = s;
            }
            int[] next = Arrays.copyOf(colPtr, n);
            int[] rowIdx = new int[nnz];
            int[] slotToCsc = new int[count];
            for (int s : byRow) {
                int k = next[cols[s]]++;
                rowIdx[k] = rows[s];
                slotToCsc[s] = k;
            }
            slotToCsc[0] = -1;
            return new int[][] {colPtr, rowIdx, slotToCsc};
        }
    }
}
