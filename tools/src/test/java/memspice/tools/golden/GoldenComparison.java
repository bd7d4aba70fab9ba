package memspice.tools.golden;

/**
 * The suites' name for {@link memspice.tools.validate.GoldenComparison}: one implementation, shared
 * with {@code memspice validate}.
 */
final class GoldenComparison extends memspice.tools.validate.GoldenComparison {

    GoldenComparison(double relative, double voltageFloor, double currentFloor) {
        super(relative, voltageFloor, currentFloor);
    }
}
