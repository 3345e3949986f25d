package io.github.albero.model;

import java.lang.invoke.VarHandle;
import java.util.Map;
import java.util.Optional;
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
    @Value.Default
    public YearMap<YearResources> years() {
        return YearMap.of();
    }

    /**
     * Copies these resources with other years.
     *
     * @param entries the resources by year; no null key or value
     * @return the copy
     */
    public final Resources withYears(Map<Integer, ? extends YearResources> entries) {
        return ((Resources) this).withYears(YearMap.copyOf(entries, "years"));
    }

    /**
     * The part of {@link Resources.Builder} that fills the year map without a sorted copy: each
     * method reads the map set so far and sets a new one (a year map has a few years).
     */
    public abstract static class Builder {
        private static final VarHandle YEARS = YearMap.field(Resources.Builder.class, "years");

        /** Made by {@link Resources#builder()} only. */
        Builder() {
        }

        /**
         * Sets the resources by year, replacing any set before.
         *
         * @param years a year map
         * @return this builder
         */
        public abstract Resources.Builder years(YearMap<YearResources> years);

        @SuppressWarnings("unchecked")
        private YearMap<YearResources> years() {
            return (YearMap<YearResources>) YEARS.get(this);
        }

        /**
         * Puts one year's resources, replacing any put before for that year.
         *
         * @param year the year
         * @param resources its resources; not null
         * @return this builder
         */
        public final Resources.Builder putYears(int year, YearResources resources) {
            return years(YearMap.with(years(), year, resources, "years"));
        }

        /**
         * Puts one year's resources, replacing any put before for that year.
         *
         * @param entry the year and its resources; not null
         * @return this builder
         */
        public final Resources.Builder putYears(Map.Entry<Integer, ? extends YearResources> entry) {
            return putYears(YearMap.key(entry, "years"), entry.getValue());
        }

        /**
         * Puts the resources of every year of a map, replacing any put before for those years.
         *
         * @param entries the resources by year; no null key or value
         * @return this builder
         */
        public final Resources.Builder putAllYears(Map<Integer, ? extends YearResources> entries) {
            return years(YearMap.withAll(years(), entries, "years"));
        }

        /**
         * Sets the resources by year, replacing any set before.
         *
         * @param entries the resources by year; no null key or value
         * @return this builder
         */
        public final Resources.Builder years(Map<Integer, ? extends YearResources> entries) {
            return years(YearMap.copyOf(entries, "years"));
        }
    }

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
