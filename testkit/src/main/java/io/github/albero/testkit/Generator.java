package io.github.albero.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A generator of values of type {@code T}: a plain function of a seeded random source, so the
 * same seed always gives the same value. Generators are stateless and thread-safe; the random
 * source carries all the state.
 *
 * <p>This is the framework-neutral contract: a property-testing library only has to turn its
 * own randomness into a {@code long} seed and call {@link #generate(long)}.
 *
 * <pre>{@code
 * Generator<Money> money = Generators.money();
 * money.generate(42L);                 // always the same amount for seed 42
 * money.sample(42L, 10);               // ten amounts, the same ten every time
 * }</pre>
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Generator<T> {
    /**
     * Draws the next value from a random source, advancing it.
     *
     * @param random the random source; not null
     * @return a value, never null
     */
    T next(SplittableRandom random);

    /**
     * Generates the value for a seed.
     *
     * @param seed the seed
     * @return the value for that seed, equal for equal seeds
     */
    default T generate(long seed) {
        return next(new SplittableRandom(seed));
    }

    /**
     * Generates {@code count} values from one seed.
     *
     * @param seed the seed
     * @param count how many values, not negative
     * @return the values, an unmodifiable list equal for equal seeds
     */
    default List<T> sample(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count: must not be negative (got " + count + ")");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(next(random));
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * Returns a generator of {@code f} applied to this generator's values, e.g. to apply a
     * defect to valid plans.
     *
     * @param f the function, not null
     * @param <R> the type of the new values
     * @return the mapped generator
     */
    default <R> Generator<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return random -> f.apply(next(random));
    }
}
