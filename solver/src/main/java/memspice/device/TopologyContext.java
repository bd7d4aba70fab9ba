package memspice.device;

/**
 * How a device connects its terminals at DC, declared in {@link Device#topology} for the checks
 * before a DC solve (floating nodes, loops of voltage sources, cutsets of current sources). Node
 * arguments are node ids ({@link SetupContext#GROUND} for ground).
 */
public interface TopologyContext {

    /** A DC conduction path between two nodes (resistor, switch, diode). */
    void conducting(int a, int b);

    /** A branch that fixes v(a) - v(b) (voltage source, inductor at DC, E/H output): conducts, and loops of these are singular. */
    void voltageDefined(int a, int b);

    /** A current source between two nodes (I, G and F outputs): no DC path. */
    void currentSource(int a, int b);

    /** A capacitor (or other charge-only element) between two nodes: no DC path. */
    void capacitive(int a, int b);

    /** A terminal that senses but draws no current (controlling inputs). */
    void sensing(int a);
}
