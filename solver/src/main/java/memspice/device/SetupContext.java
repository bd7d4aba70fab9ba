package memspice.device;

import java.util.OptionalInt;

import memspice.analysis.SimulationOptions;

/**
 * What a device may ask in {@link Device#setup}: positions of unknowns in the solution vector,
 * Jacobian slots, other devices' branch currents, and the simulation options.
 */
public interface SetupContext {

    /** Node id meaning ground. */
    int GROUND = -1;

    /**
     * The position of an unknown in the vectors {@link LoadContext} exposes; ground maps to a sink
     * position whose value is always 0 and whose writes are discarded.
     */
    int position(int unknown);

    /**
     * A slot for the Jacobian entry (row, column), shared by G = df/dx and C = dq/dx. Requests for
     * the same entry return the same slot; any ground index yields the sink slot.
     */
    int slot(int rowUnknown, int columnUnknown);

    /** The branch-current unknown of a named device (hierarchical name), if it has one. */
    OptionalInt branchOf(String deviceName);

    /** True if a device with this hierarchical name exists. */
    boolean hasDevice(String deviceName);

    /** The options of this run. */
    SimulationOptions options();

    /**
     * Reserves {@code count} entries of junction-limiting memory (see {@link LoadContext#limitMemory})
     * and returns the index of the first.
     */
    default int limitingMemory(int count) {
        throw new UnsupportedOperationException("this setup context has no limiting memory");
    }
}
