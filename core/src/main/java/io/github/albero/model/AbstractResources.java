package io.github.albero.model;

import io.github.albero.period.YearRange;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The resources assigned to an objective (<i>risorse</i>), year by year.
 *
 * <pre>{@code
 * Resources r = Resources.of(2017,
 *     ResourceAmounts.of(Money.ZERO, Money.parse("5.000,00"), Money.ZERO),   // preventivo
 *     ResourceAmounts.ZERO);                                                 // consuntivo
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractResources {
    /** {@return the resources by year, in year order} */
    @Value.NaturalOrder
    public abstract SortedMap<Integer, YearResources> years();

    /**
     * {@return resources for that single year}
     *
     * @param year the year
     * @param budget the budget (<i>preventivo</i>)
     * @param actual the actual figures (<i>consuntivo</i>)
     */
    public static Resources of(int year, ResourceAmounts budget, ResourceAmounts actual) {
        return Resources.builder().putYears(year, YearResources.builder().budget(budget).actual(actual).build()).build();
    }

    /**
     * {@return that year's resources, if any}
     *
     * @param year a year
     */
    public Optional<YearResources> year(int year) {
        return Optional.ofNullable(years().get(year));
    }

    /**
     * {@return that year's budget (<i>preventivo</i>), if any}
     *
     * @param year a year
     */
    public Optional<ResourceAmounts> budget(int year) {
        return year(year).flatMap(YearResources::budget);
    }

    /**
     * {@return that year's actual figures (<i>consuntivo</i>), if any}
     *
     * @param year a year
     */
    public Optional<ResourceAmounts> actual(int year) {
        return year(year).flatMap(YearResources::actual);
    }

    @Value.Check
    void check() {
        AbstractIndicator.checkYears(Texts.RESOURCES_YEARS, years());
    }
}
