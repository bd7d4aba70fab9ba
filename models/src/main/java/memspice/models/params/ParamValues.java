package memspice.models.params;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import memspice.device.InstanceCard;
import memspice.netlist.Item;
import memspice.netlist.ModelCard;
import memspice.netlist.NetlistException;

/**
 * Values of a {@link ParamSet} for one device instance: defaults, then the .model card, then the
 * instance's own overrides. Unknown names are errors naming the card.
 */
public final class ParamValues {

    private final ParamSet set;
    private final double[] values;
    private final boolean[] given;

    private ParamValues(ParamSet set) {
        this.set = set;
        this.values = new double[set.size()];
        this.given = new boolean[set.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = set.params().get(i).defaultValue();
        }
    }

    /**
     * Reads a model card and instance overrides.
     *
     * @param card      the instance card (evaluates expressions in its scope, reports errors)
     * @param model     the .model card, or null
     * @param overrides instance assignments to apply after the model card
     * @param ignored   names accepted but not part of the set (e.g. "level", "model")
     * @throws NetlistException for an unknown parameter or a missing required one
     */
    public static ParamValues read(ParamSet set, InstanceCard card, ModelCard model, List<Item.Assignment> overrides,
                                   Set<String> ignored) throws NetlistException {
        ParamValues v = new ParamValues(set);
        double[] sigma = new double[set.size()];
        long seed = 1;
        if (model != null) {
            for (Item.Assignment a : model.parameters()) {
                if (ignored.contains(a.key())) {
                    continue;
                }
                if (a.key().equals(Variation.SEED)) {
                    seed = (long) card.modelValue(model, a);
                    continue;
                }
                if (a.key().startsWith(Variation.PREFIX)) {
                    int i = set.indexOf(a.key().substring(Variation.PREFIX.length()));
                    double s = card.modelValue(model, a);
                    if (i < 0 || !(s >= 0)) {
                        throw new NetlistException(model.location(), "model " + model.name() + ": '" + a.key()
                                + "' must name a parameter of " + set.title() + " and be a non-negative relative sigma");
                    }
                    sigma[i] = s;
                    continue;
                }
                int i = set.indexOf(a.key());
                if (i < 0) {
                    throw new NetlistException(model.location(), "model " + model.name() + ": " + set.title()
                            + " has no parameter '" + a.key() + "'");
                }
                v.values[i] = card.modelValue(model, a);
                v.given[i] = true;
            }
        }
        for (Item.Assignment a : overrides) {
            if (ignored.contains(a.key())) {
                continue;
            }
            int i = set.indexOf(a.key());
            if (i < 0) {
                throw card.error(set.title() + " has no parameter '" + a.key() + "'");
            }
            v.values[i] = card.value(a.value(), a.key());
            v.given[i] = true;
        }
        for (int i = 0; i < v.values.length; i++) {
            if (Double.isNaN(v.values[i])) {
                throw card.error(set.title() + " needs parameter '" + set.params().get(i).name() + "'");
            }
            if (sigma[i] > 0) {
                v.values[i] *= Variation.factor(sigma[i], seed, card.name(), set.params().get(i).name());
            }
        }
        return v;
    }

    /** The value of a parameter by index. */
    public double get(int index) {
        return values[index];
    }

    /** Replaces a value (variation, derived defaults). */
    public void set(int index, double value) {
        values[index] = value;
    }

    /** True if the card or the instance gave this parameter. */
    public boolean given(int index) {
        return given[index];
    }

    public ParamSet set() {
        return set;
    }

    /** A copy of all values by index. */
    public double[] toArray() {
        return Arrays.copyOf(values, values.length);
    }
}
