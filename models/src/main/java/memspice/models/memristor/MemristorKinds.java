package memspice.models.memristor;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every memristor model family memspice knows, selectable by {@code level=} or {@code model=}.
 * Levels 2-4 are Xyce's numbers (TEAM, Yakopcic, PEM); the families Xyce lacks are selected by name.
 */
public final class MemristorKinds {

    private static final List<MemristorKind> ALL = List.of(
            TeamModel.KIND, YakopcicModel.KIND, PemModel.KIND, LinearDriftModel.KIND, VteamModel.KIND,
            StanfordRramModel.KIND, MmssModel.KIND);

    private MemristorKinds() {
    }

    /** All kinds in documentation order. */
    public static List<MemristorKind> all() {
        return ALL;
    }

    /** The kind with this level, or null. */
    public static MemristorKind byLevel(int level) {
        for (MemristorKind k : ALL) {
            if (k.level() == level && level != 0) {
                return k;
            }
        }
        return null;
    }

    /** The kind with this name (case-insensitive), or null. */
    public static MemristorKind byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (MemristorKind k : ALL) {
            if (k.name().equals(n)) {
                return k;
            }
        }
        return null;
    }

    /** "level=2 (team), ..., model=hp, ..." for error messages. */
    public static String choices() {
        return ALL.stream().map(k -> k.level() > 0 ? "level=" + k.level() + " (" + k.name() + ")" : "model=" + k.name())
                .collect(Collectors.joining(", "));
    }
}
