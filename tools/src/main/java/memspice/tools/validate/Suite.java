package memspice.tools.validate;

import java.nio.file.Path;
import java.util.List;

/** A family of validation cases in one folder under validation/. */
public interface Suite {

    /** The suite's name in the table (its folder under validation/). */
    String name();

    /** What the suite checks, in one line, for the index page. */
    String description();

    /**
     * Runs the cases. A case that cannot be read or simulated gives a failed row, never an exception.
     *
     * @param validation the repository's validation/ folder
     * @param fast       run only the suite's small, quick subset
     * @return the rows, in case order; empty when the suite's folder is absent
     */
    List<CaseResult> run(Path validation, boolean fast);
}
