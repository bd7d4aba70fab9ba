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
    private final String device;

    private ReferenceSet(Path file, Map<String, Double> values, String device) {
        this.file = file;
        this.values = values;
        this.device = device;
    }

    /**
     * The same numbers seen from one device of a netlist with several: {@code name@device}, when
     * present, overrides {@code name}.
     */
    ReferenceSet forDevice(String name) {
        return new ReferenceSet(file, values, name);
    }

    private Double lookup(String name) {
        Double d = device == null ? null : values.get(name + "@" + device);
        return d != null ? d : values.get(name);
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
        return new ReferenceSet(file, v, null);
    }

    /** The value of {@code name}; throws IllegalArgumentException naming the file when absent. */
    double get(String name) {
        Double d = lookup(name);
        if (d == null) {
            throw new IllegalArgumentException(file + ": no entry '" + name + "'");
        }
        return d;
    }

    /** Whether {@code name} (or its device override) is present. */
    boolean has(String name) {
        return lookup(name) != null;
    }

    /** The value of {@code name}, or {@code fallback} when absent. */
    double get(String name, double fallback) {
        Double d = lookup(name);
        return d == null ? fallback : d;
    }
}
