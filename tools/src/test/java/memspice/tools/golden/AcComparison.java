package memspice.tools.golden;

/**
 * The suites' name for {@link memspice.tools.validate.AcComparison}: one implementation, shared with
 * {@code memspice validate}.
 */
final class AcComparison extends memspice.tools.validate.AcComparison {

    AcComparison(double relative, double floorFraction) {
        super(relative, floorFraction);
    }
}
