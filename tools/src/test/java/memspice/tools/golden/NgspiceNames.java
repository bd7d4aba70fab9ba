package memspice.tools.golden;

/**
 * The suites' name for {@link memspice.tools.validate.NgspiceNames}: one implementation, shared with
 * {@code memspice validate}.
 */
final class NgspiceNames extends memspice.tools.validate.NgspiceNames {

    private NgspiceNames() {
    }
}
