package memspice.tools.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a published case, read from its {@code reference.csv}: one
 * {@code name,value,unit,source} line per quantity (lines starting with '#' and blank lines
 * skipped). The source column says where each number comes from (paper and equation, table or
 * figure, or "derived" with the formula); the checks read their parameters and expected values
 * from here, never from constants in code.
 */
final class ReferenceSet {

    private final Path file;
    private final Map<String, Double> values;

    private ReferenceSet(Path file, Map<String, Double> values) {
        this.file = file;
        this.values = values;
    }

    /**
     * Reads a reference.csv.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a malformed entry
     */
    static ReferenceSet read(Path file) throws IOException {
        Map<String, Double> v = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", 4);
            if (f.length < 2) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected name,value,unit,source");
            }
            try {
                v.put(f[0].strip(), Double.parseDouble(f[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": '" + f[1].strip() + "' is not a number");
            }
        }
        return new ReferenceSet(file, v);
    }

    /** The value of {@code name}; throws IllegalArgumentException naming the file when absent. */
    double get(String name) {
        Double d = values.get(name);
        if (d == null) {
            throw new IllegalArgumentException(file + ": no entry '" + name + "'");
        }
        return d;
    }

    /** The value of {@code name}, or {@code fallback} when absent. */
    double get(String name, double fallback) {
        return values.getOrDefault(name, fallback);
    }
}
