package memspice.device;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * All {@link DeviceFactory} implementations on the class path, by key. Built once per process.
 */
public final class DeviceRegistry {

    private static volatile DeviceRegistry instance;
    private final Map<String, DeviceFactory> byKey;

    private DeviceRegistry(Map<String, DeviceFactory> byKey) {
        this.byKey = Collections.unmodifiableMap(byKey);
    }

    /**
     * The registry of every factory visible to this class's loader.
     *
     * @throws IllegalStateException if two factories claim the same key (a packaging bug)
     */
    public static DeviceRegistry get() {
        DeviceRegistry r = instance;
        if (r == null) {
            synchronized (DeviceRegistry.class) {
                r = instance;
                if (r == null) {
                    r = load();
                    instance = r;
                }
            }
        }
        return r;
    }

    private static DeviceRegistry load() {
        Map<String, DeviceFactory> map = new HashMap<>();
        for (DeviceFactory f : ServiceLoader.load(DeviceFactory.class, DeviceRegistry.class.getClassLoader())) {
            for (String key : f.keys()) {
                DeviceFactory old = map.put(key, f);
                if (old != null) {
                    throw new IllegalStateException("device key " + key + " claimed by both "
                            + old.getClass().getName() + " and " + f.getClass().getName());
                }
            }
        }
        return new DeviceRegistry(map);
    }

    /** The factory for a key, or null. */
    public DeviceFactory factory(String key) {
        return byKey.get(key);
    }

    /** Every registered key, sorted. */
    public java.util.SortedSet<String> keys() {
        return new TreeSet<>(byKey.keySet());
    }

    /** Every registered factory, one entry per key. */
    public Map<String, DeviceFactory> factories() {
        return byKey;
    }
}
