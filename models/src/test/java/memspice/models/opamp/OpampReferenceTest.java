package memspice.models.opamp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** models/README.md carries the op-amp parameter table exactly as the declarations generate it. */
class OpampReferenceTest {

    @Test
    void readmeHasTheGeneratedParameterTable() throws Exception {
        String text = Files.readString(Path.of("README.md"));   // surefire runs in the module directory
        assertTrue(text.contains("### " + OpampParameters.PARAMS.title() + "\n\n" + OpampParameters.PARAMS.markdownTable()),
                "models/README.md's op-amp table is stale: replace it with OpampParameters.PARAMS.markdownTable()");
    }
}
