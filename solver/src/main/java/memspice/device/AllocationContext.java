package memspice.device;

/**
 * What a device may declare in {@link Device#allocate}: unknowns of its own, each with the name it is
 * reported under. Returns unknown ids, later turned into positions by {@link SetupContext#position}.
 */
public interface AllocationContext {

    /**
     * A branch current unknown (A) whose equation row is a voltage relation (V source, inductor,
     * voltage-controlled voltage source).
     *
     * @param outputName the name results use, e.g. {@code "i(v1)"}
     */
    int branch(String outputName);

    /** An internal node voltage (V) with its own KCL row, e.g. a diode's node behind RS. */
    int internalNode(String outputName);

    /**
     * A device state unknown (e.g. a memristor's w), its row a state equation.
     *
     * @param outputName    the name results use, e.g. {@code "n(ymemristor!mr1_x)"}
     * @param absTolerance  absolute convergence tolerance of the state, in its own unit
     */
    int state(String outputName, double absTolerance);
}
