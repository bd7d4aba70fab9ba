package memspice.models.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The declared parameters of one model, in declaration order, with the model's name and the
 * publication it implements. Each parameter gets a dense index used by {@link ParamValues}.
 */
public final class ParamSet {

    private final String title;
    private final String source;
    private final List<Param> params = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    /**
     * @param title  model name for the docs ("TEAM memristor")
     * @param source the publication (authors, journal, year) the equations come from
     */
    public ParamSet(String title, String source) {
        this.title = title;
        this.source = source;
    }

    /** Declares a parameter; returns its index. */
    public int add(String name, double defaultValue, String unit, String description, String... aliases) {
        Param p = new Param(name.toLowerCase(Locale.ROOT), defaultValue, unit, description, aliases);
        int i = params.size();
        if (index.putIfAbsent(p.name(), i) != null) {
            throw new IllegalArgumentException("parameter " + name + " declared twice in " + title);
        }
        for (String a : aliases) {
            if (index.putIfAbsent(a.toLowerCase(Locale.ROOT), i) != null) {
                throw new IllegalArgumentException("alias " + a + " declared twice in " + title);
            }
        }
        params.add(p);
        return i;
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    public List<Param> params() {
        return Collections.unmodifiableList(params);
    }

    public int size() {
        return params.size();
    }

    /** The index of a name or alias (lower case), or -1. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** A Markdown table of the parameters: name, default, unit, description. */
    public String markdownTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| parameter | default | unit | description |\n|---|---|---|---|\n");
        for (Param p : params) {
            sb.append("| ").append(p.name());
            if (p.aliases().length > 0) {
                sb.append(" (").append(String.join(", ", p.aliases())).append(')');
            }
            sb.append(" | ").append(Double.isNaN(p.defaultValue()) ? "required" : format(p.defaultValue()))
                    .append(" | ").append(p.unit().isEmpty() ? "-" : p.unit())
                    .append(" | ").append(p.description()).append(" |\n");
        }
        return sb.toString();
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
