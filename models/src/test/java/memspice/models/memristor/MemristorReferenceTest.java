package memspice.models.memristor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** models/README.md carries the parameter tables generated from the declarations, up to date. */
class MemristorReferenceTest {

    @Test
    void readmeTablesMatchTheDeclarations() throws Exception {
        Path readme = Path.of("README.md");   // surefire runs in the module directory
        String text = Files.readString(readme);
        assertEquals(MemristorReference.replace(text), text, "models/README.md is stale: run "
                + "java -cp models/target/classes:solver/target/classes memspice.models.memristor.MemristorReference models/README.md");
        for (MemristorKind k : MemristorKinds.all()) {
            assertTrue(text.contains("### " + k.params().title()), k.name() + " missing from the README");
        }
    }
}
