package memspice.device;

import memspice.netlist.NetlistException;
import memspice.netlist.SourceLocation;

/**
 * An element of the circuit in the DAE form {@code f(x) + d/dt q(x) = b(t)}.
 *
 * <p>Life cycle: {@link #allocate} (internal unknowns: branch currents, internal nodes, states),
 * {@link #setup} (resolve unknown positions and Jacobian slots, once per topology), then
 * {@link #load} at every Newton iteration, {@link #accept} after every accepted time point.
 *
 * <p>Sign conventions: {@code f} at a node row is the current leaving the node through the device
 * (A); {@code q} is charge (C) or flux (Wb); {@code b} holds independent sources. A device never
 * branches on ground: positions and slots of ground resolve to a sink the system ignores.
 */
public interface Device {

    /** Hierarchical name in lower case ({@code r1}, {@code x1.r3}, {@code ymemristor!mr1}). */
    String name();

    /** The netlist card that created this device. */
    SourceLocation location();

    /**
     * Declares internal unknowns. Called once, before any {@link #setup}.
     *
     * @throws NetlistException for an inconsistency only this device can see
     */
    default void allocate(AllocationContext ctx) throws NetlistException {
    }

    /**
     * Resolves unknown positions and requests Jacobian slots. Called once per topology, after every
     * device has allocated; may look up other devices' branch currents.
     *
     * @throws NetlistException for a reference to a missing device or similar
     */
    void setup(SetupContext ctx) throws NetlistException;

    /**
     * Adds f, q, b and their Jacobians at the current solution. Called every Newton iteration:
     * no allocation, no look-ups by name, no side effects on the device.
     */
    void load(LoadContext ctx);

    /** True if f and q are linear in x and b does not depend on x: the Jacobian never changes. */
    default boolean isLinear() {
        return false;
    }

    /** Called after a time point is accepted (state history, breakpoints). */
    default void accept(AcceptContext ctx) {
    }

    /**
     * Called before a transient run with its print step and stop time (s), for defaults that depend
     * on them (omitted PULSE rise times, ...).
     */
    default void beginTransient(double step, double stop) {
    }

    /**
     * The first time strictly after t (s) where this device's inputs have a corner (a source's
     * PULSE edge, a PWL point), or {@code Double.POSITIVE_INFINITY}. Transient analysis steps onto
     * it exactly and restarts its integration order there.
     */
    default double nextBreakpoint(double t) {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Applies the device's own initial condition (capacitor or inductor {@code IC=}) to the start
     * of a transient run with {@code uic}.
     */
    default void applyInitialCondition(InitialConditionContext ctx) {
    }

    /**
     * Adds the device's small-signal excitation for {@code .ac} (an independent source's
     * {@code AC mag [phase]} as a phasor), at positions resolved in {@link #setup}. Most devices have
     * none; their small-signal behaviour is the G and C they load at the operating point.
     */
    default void loadAc(AcExcitation ctx) {
    }

    /** Declares how the device connects its terminals, for the topology checks before a DC solve. */
    void topology(TopologyContext ctx);

    /**
     * A probe for an output quantity of this device, or null if the device has none by that name.
     *
     * @param quantity lower case: "i" for the current into the first terminal (SPICE sign), or a
     *                 device-specific name such as "x" or "r" for a memristor's state or resistance
     */
    default OutputProbe probe(String quantity) {
        return null;
    }
}
