package memspice.tools.xyce;

/**
 * The suites' name for {@link memspice.tools.validate.XyceComparison} (the peer's comparison rule,
 * its {@code Table} and {@code Comp} types): one implementation, shared with {@code memspice validate}.
 */
final class XyceComparison extends memspice.tools.validate.XyceComparison {

    private XyceComparison() {
    }
}
