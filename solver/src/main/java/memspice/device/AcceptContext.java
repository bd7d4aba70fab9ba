package memspice.device;

/**
 * What a device sees after a time point is accepted.
 */
public interface AcceptContext {
    /** The accepted time (s). */
    double time();

    /** The accepted solution value at a position. */
    double x(int position);
}
