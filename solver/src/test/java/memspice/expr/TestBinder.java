package memspice.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A binder for tests: node voltages v(n) at indices from {@code nodes}, v(a,b) as its own index
 * (a real binder would more likely reject it or map it to a difference variable), device currents
 * i(d) from {@code devices}, and simulator variables {@code time}, {@code temper}.
 */
final class TestBinder implements VariableBinder {
    final Map<String, Integer> nodes = new HashMap<>();
    final Map<String, Integer> devices = new HashMap<>();
    final Map<String, Integer> names = new HashMap<>();
    final Map<List<String>, Integer> pairs = new HashMap<>();
    final List<String> calls = new ArrayList<>();

    TestBinder() {
        nodes.put("a", 0);
        nodes.put("b", 1);
        nodes.put("1", 2);
        nodes.put("x1.n3", 3);
        nodes.put("0", 4);
        devices.put("v1", 5);
        names.put("time", 6);
        names.put("temper", 7);
        pairs.put(List.of("a", "b"), 8);
    }

    @Override
    public int identifier(String name) {
        calls.add("id:" + name);
        return names.getOrDefault(name, -1);
    }

    @Override
    public int probe(String function, List<String> args) throws ExprException {
        calls.add(function + args);
        if (function.equals("i")) {
            Integer d = devices.get(args.get(0));
            if (d == null) {
                throw new ExprException("unknown device '" + args.get(0) + "'");
            }
            return d;
        }
        if (args.size() == 2) {
            Integer p = pairs.get(args);
            if (p == null) {
                throw new ExprException("unsupported node pair " + args);
            }
            return p;
        }
        Integer n = nodes.get(args.get(0));
        if (n == null) {
            throw new ExprException("unknown node '" + args.get(0) + "'");
        }
        return n;
    }
}
