package memspice.device;

/**
 * Where a device adds its small-signal excitation for {@code .ac}: the phasor B of
 * (G + j omega C) X = B, by position (as handed out in {@link SetupContext#position}). Writes to
 * the ground sink position are discarded.
 */
public interface AcExcitation {

    /**
     * Adds a complex amplitude to a row of B (A at node rows, V at branch rows), in the same sign
     * convention as {@link LoadContext#addSource}.
     *
     * @param position row position
     * @param re       real part
     * @param im       imaginary part
     */
    void add(int position, double re, double im);
}
