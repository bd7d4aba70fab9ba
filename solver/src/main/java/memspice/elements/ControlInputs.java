package memspice.elements;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import memspice.device.LoadContext;
import memspice.device.SetupContext;
import memspice.device.TopologyContext;
import memspice.netlist.NetlistException;
import memspice.netlist.SourceLocation;

/**
 * The controlling quantities of a dependent source: node-voltage differences, branch currents of
 * other devices, simulation time and temperature. Reads them from the solution and stamps the
 * chain-rule Jacobian entries into given rows.
 */
public final class ControlInputs {

    /** Kinds of controlling quantity. */
    enum Kind { VOLTAGE, CURRENT, TIME, TEMPERATURE }

    private final List<Kind> kinds = new ArrayList<>();
    private final List<int[]> nodes = new ArrayList<>();     // VOLTAGE: {plus, minus} node ids
    private final List<String> devices = new ArrayList<>();  // CURRENT: referenced device
    private Kind[] kindArray;  // frozen at setup for the load loop
    private int[] positive;   // position per input (voltage plus / current branch)
    private int[] negative;   // position per input (voltage minus)
    private int[][] slotsPositive;   // [row][input]
    private int[][] slotsNegative;

    /** Adds v(plus) - v(minus) (node ids); returns the input index. */
    public int voltage(int plus, int minus) {
        for (int k = 0; k < kinds.size(); k++) {
            if (kinds.get(k) == Kind.VOLTAGE && nodes.get(k)[0] == plus && nodes.get(k)[1] == minus) {
                return k;
            }
        }
        return add(Kind.VOLTAGE, new int[] {plus, minus}, null);
    }

    /** Adds the branch current of a device (hierarchical name); returns the input index. */
    public int current(String device) {
        for (int k = 0; k < kinds.size(); k++) {
            if (kinds.get(k) == Kind.CURRENT && devices.get(k).equals(device)) {
                return k;
            }
        }
        return add(Kind.CURRENT, null, device);
    }

    /** Adds simulation time (s); returns the input index. */
    public int time() {
        int k = kinds.indexOf(Kind.TIME);
        return k >= 0 ? k : add(Kind.TIME, null, null);
    }

    /** Adds the circuit temperature (degrees C); returns the input index. */
    public int temperature() {
        int k = kinds.indexOf(Kind.TEMPERATURE);
        return k >= 0 ? k : add(Kind.TEMPERATURE, null, null);
    }

    private int add(Kind kind, int[] nodePair, String device) {
        kinds.add(kind);
        nodes.add(nodePair);
        devices.add(device);
        return kinds.size() - 1;
    }

    public int size() {
        return kinds.size();
    }

    /** True if some input is the time or temperature (the source is then not linear in x). */
    public boolean hasTimeOrTemperature() {
        return kinds.contains(Kind.TIME) || kinds.contains(Kind.TEMPERATURE);
    }

    /**
     * Resolves positions and the Jacobian slots of every input in every row the owner stamps.
     *
     * @param rows   unknown ids of the rows the owner will stamp derivatives into
     * @param owner  the owning device's name, for messages
     * @throws NetlistException if a referenced device does not exist or has no branch current
     */
    public void setup(SetupContext ctx, int[] rows, String owner, SourceLocation at) throws NetlistException {
        int m = kinds.size();
        kindArray = kinds.toArray(new Kind[0]);
        positive = new int[m];
        negative = new int[m];
        slotsPositive = new int[rows.length][m];
        slotsNegative = new int[rows.length][m];
        for (int k = 0; k < m; k++) {
            int plus;
            int minus = SetupContext.GROUND;
            switch (kinds.get(k)) {
                case VOLTAGE -> {
                    plus = nodes.get(k)[0];
                    minus = nodes.get(k)[1];
                }
                case CURRENT -> {
                    String dev = devices.get(k);
                    OptionalInt br = ctx.branchOf(dev);
                    if (br.isEmpty()) {
                        throw new NetlistException(at, owner + ": " + (ctx.hasDevice(dev)
                                ? "device '" + dev + "' has no branch current to control with (use a voltage source, inductor, E or H)"
                                : "controlling device '" + dev + "' does not exist"));
                    }
                    plus = br.getAsInt();
                }
                default -> {
                    plus = SetupContext.GROUND;
                }
            }
            positive[k] = ctx.position(plus);
            negative[k] = ctx.position(minus);
            for (int r = 0; r < rows.length; r++) {
                slotsPositive[r][k] = ctx.slot(rows[r], plus);
                slotsNegative[r][k] = ctx.slot(rows[r], minus);
            }
        }
    }

    /** Reads every input's present value into u. */
    public void read(LoadContext ctx, double[] u) {
        for (int k = 0; k < u.length; k++) {
            switch (kindArray[k]) {
                case VOLTAGE, CURRENT -> u[k] = ctx.x(positive[k]) - ctx.x(negative[k]);
                case TIME -> u[k] = ctx.time();
                default -> u[k] = ctx.temperature() - 273.15;
            }
        }
    }

    /** Reads every input's value from a solution (for output probes). */
    public void read(memspice.device.SolutionView s, double temperatureC, double[] u) {
        for (int k = 0; k < u.length; k++) {
            switch (kindArray[k]) {
                case VOLTAGE, CURRENT -> u[k] = s.x(positive[k]) - s.x(negative[k]);
                case TIME -> u[k] = s.time();
                default -> u[k] = temperatureC;
            }
        }
    }

    /**
     * Adds {@code sign * dF/du_k * du_k/dx} to row {@code row} (an index into the rows given to setup).
     */
    public void stamp(LoadContext ctx, int row, double[] dFdu, double sign) {
        int[] sp = slotsPositive[row];
        int[] sn = slotsNegative[row];
        for (int k = 0; k < dFdu.length; k++) {
            double d = sign * dFdu[k];
            if (d != 0.0) {
                ctx.addG(sp[k], d);
                ctx.addG(sn[k], -d);
            }
        }
    }

    /** Declares controlling nodes as sensing terminals. */
    public void topology(TopologyContext ctx) {
        for (int k = 0; k < kinds.size(); k++) {
            if (kinds.get(k) == Kind.VOLTAGE) {
                ctx.sensing(nodes.get(k)[0]);
                ctx.sensing(nodes.get(k)[1]);
            }
        }
    }
}
