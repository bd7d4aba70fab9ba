package memspice.circuit;

/**
 * What an unknown is, which fixes its unit and the tolerances that judge its convergence.
 */
public enum UnknownKind {
    /** A node voltage (V); its row is Kirchhoff's current law (A). */
    NODE,
    /** A branch current (A); its row is a voltage relation (V). */
    BRANCH,
    /** A device state in its own unit; its row is the state equation. */
    STATE
}
