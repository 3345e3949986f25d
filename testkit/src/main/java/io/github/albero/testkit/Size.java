package io.github.albero.testkit;

import java.util.Objects;

/**
 * The shape knobs of generated plans: how many missions, programs per mission, strategic
 * objectives per program, indicators per objective, operational objectives per strategic
 * objective, indicators per operational objective, and years in the horizon. Each knob is an
 * inclusive {@link Range}; every generated plan honours all of them.
 *
 * <p>Counts are drawn so that the extremes of each range come up often: an empty or a
 * single-child level and the widest allowed level both appear regularly, not only once in a
 * blue moon. One exception keeps plans valid: a strategic objective always gets at least one
 * indicator (directly or through an operational objective) when the knobs allow it, by raising
 * its direct indicator count within its range.
 *
 * <pre>{@code
 * Size.defaults().missions(1, 3).years(3, 3);   // 1-3 missions, three-year horizons
 * Size.exactly(1, 1, 1, 2, 0, 0, 3);            // one objective with two indicators
 * }</pre>
 */
public final class Size {
    /** Most missions (and programs per mission, objectives per program): three-digit codes. */
    public static final int MAX_CODES = 999;
    /** Most indicators or operational objectives per objective. */
    public static final int MAX_CHILDREN = 10_000;
    /** Most years in a horizon. */
    public static final int MAX_YEARS = 50;

    private static final Size DEFAULTS = new Size(new Range(0, 5), new Range(0, 4), new Range(0, 6),
            new Range(0, 10), new Range(0, 3), new Range(0, 4), new Range(1, 5));

    private final Range missions;
    private final Range programsPerMission;
    private final Range objectivesPerProgram;
    private final Range indicatorsPerObjective;
    private final Range operationalObjectivesPerObjective;
    private final Range indicatorsPerOperationalObjective;
    private final Range years;

    private Size(Range missions, Range programsPerMission, Range objectivesPerProgram, Range indicatorsPerObjective,
            Range operationalObjectivesPerObjective, Range indicatorsPerOperationalObjective, Range years) {
        this.missions = check("missions", missions, 0, MAX_CODES);
        this.programsPerMission = check("programsPerMission", programsPerMission, 0, MAX_CODES);
        this.objectivesPerProgram = check("objectivesPerProgram", objectivesPerProgram, 0, MAX_CODES);
        this.indicatorsPerObjective = check("indicatorsPerObjective", indicatorsPerObjective, 0, MAX_CHILDREN);
        this.operationalObjectivesPerObjective = check("operationalObjectivesPerObjective", operationalObjectivesPerObjective, 0, MAX_CHILDREN);
        this.indicatorsPerOperationalObjective = check("indicatorsPerOperationalObjective", indicatorsPerOperationalObjective, 0, MAX_CHILDREN);
        this.years = check("years", years, 1, MAX_YEARS);
    }

    private static Range check(String knob, Range range, int min, int max) {
        Objects.requireNonNull(range, knob);
        if (range.min() < min || range.max() > max) {
            throw new IllegalArgumentException(knob + ": must lie within " + min + ".." + max + " (got " + range + ")");
        }
        return range;
    }

    /**
     * The default shape: 0-5 missions, 0-4 programs per mission, 0-6 objectives per program,
     * 0-10 indicators per objective, 0-3 operational objectives with 0-4 indicators each, and
     * horizons of 1-5 years. Small on average, with empty, deep and wide corners.
     *
     * @return the default shape
     */
    public static Size defaults() {
        return DEFAULTS;
    }

    /**
     * A small shape for fast properties: 1-2 missions, 1-2 programs, 1-3 objectives, 1-3
     * indicators, 0-1 operational objectives with 0-2 indicators, 1-3 years.
     *
     * @return the small shape
     */
    public static Size small() {
        return new Size(new Range(1, 2), new Range(1, 2), new Range(1, 3), new Range(1, 3), new Range(0, 1),
                new Range(0, 2), new Range(1, 3));
    }

    /**
     * A large shape with deep and wide trees: 3-8 missions, 2-6 programs, 2-12 objectives,
     * 1-20 indicators, 1-5 operational objectives with 1-8 indicators, 3-6 years.
     *
     * @return the large shape
     */
    public static Size large() {
        return new Size(new Range(3, 8), new Range(2, 6), new Range(2, 12), new Range(1, 20), new Range(1, 5),
                new Range(1, 8), new Range(3, 6));
    }

    /**
     * A shape with every knob fixed.
     *
     * @param missions missions
     * @param programsPerMission programs per mission
     * @param objectivesPerProgram strategic objectives per program
     * @param indicatorsPerObjective indicators directly under each strategic objective
     * @param operationalObjectivesPerObjective operational objectives per strategic objective
     * @param indicatorsPerOperationalObjective indicators per operational objective
     * @param years years in the horizon
     * @return the shape
     */
    public static Size exactly(int missions, int programsPerMission, int objectivesPerProgram, int indicatorsPerObjective,
            int operationalObjectivesPerObjective, int indicatorsPerOperationalObjective, int years) {
        return new Size(Range.of(missions), Range.of(programsPerMission), Range.of(objectivesPerProgram),
                Range.of(indicatorsPerObjective), Range.of(operationalObjectivesPerObjective),
                Range.of(indicatorsPerOperationalObjective), Range.of(years));
    }

    /**
     * {@return a copy with that knob}
     *
     * @param min fewest missions
     * @param max most missions, at most {@value #MAX_CODES}
     */
    public Size missions(int min, int max) {
        return new Size(new Range(min, max), programsPerMission, objectivesPerProgram, indicatorsPerObjective,
                operationalObjectivesPerObjective, indicatorsPerOperationalObjective, years);
    }

    /**
     * {@return a copy with that knob}
     *
     * @param min fewest programs per mission
     * @param max most programs per mission, at most {@value #MAX_CODES}
     */
    public Size programsPerMission(int min, int max) {
        return new Size(missions, new Range(min, max), objectivesPerProgram, indicatorsPerObjective,
                operationalObjectivesPerObjective, indicatorsPerOperationalObjective, years);
    }

    /**
     * {@return a copy with that knob}
     *
     * @param min fewest strategic objectives per program
     * @param max most strategic objectives per program, at most {@value #MAX_CODES}
     */
    public Size objectivesPerProgram(int min, int max) {
        return new Size(missions, programsPerMission, new Range(min, max), indicatorsPerObjective,
                operationalObjectivesPerObjective, indicatorsPerOperationalObjective, years);
    }

    /**
     * {@return a copy with that knob}
     *
     * @param min fewest indicators directly under a strategic objective
     * @param max most, at most {@value #MAX_CHILDREN}
     */
    public Size indicatorsPerObjective(int min, int max) {
        return new Size(missions, programsPerMission, objectivesPerProgram, new Range(min, max),
                operationalObjectivesPerObjective, indicatorsPerOperationalObjective, years);
    }

    /**
     * {@return a copy with that knob}
     *
     * @param min fewest operational objectives per strategic objective
     * @param max most, at most {@value #MAX_CHILDREN}
     */
    public Size operationalObjectivesPerObjective(int min, int max) {
        return new Size(missions, programsPerMission, objectivesPerProgram, indicatorsPerObjective,
                new Range(min, max), indicatorsPerOperationalObjective, years);
    }

    /**
     * {@return a copy with that knob}
     *
     * @param min fewest indicators per operational objective
     * @param max most, at most {@value #MAX_CHILDREN}
     */
    public Size indicatorsPerOperationalObjective(int min, int max) {
        return new Size(missions, programsPerMission, objectivesPerProgram, indicatorsPerObjective,
                operationalObjectivesPerObjective, new Range(min, max), years);
    }

    /**
     * {@return a copy with that knob}
     *
     * @param min fewest years in the horizon, at least 1
     * @param max most years, at most {@value #MAX_YEARS}
     */
    public Size years(int min, int max) {
        return new Size(missions, programsPerMission, objectivesPerProgram, indicatorsPerObjective,
                operationalObjectivesPerObjective, indicatorsPerOperationalObjective, new Range(min, max));
    }

    /** {@return the number of missions} */
    public Range missions() {
        return missions;
    }

    /** {@return the number of programs per mission} */
    public Range programsPerMission() {
        return programsPerMission;
    }

    /** {@return the number of strategic objectives per program} */
    public Range objectivesPerProgram() {
        return objectivesPerProgram;
    }

    /** {@return the number of indicators directly under each strategic objective} */
    public Range indicatorsPerObjective() {
        return indicatorsPerObjective;
    }

    /** {@return the number of operational objectives per strategic objective} */
    public Range operationalObjectivesPerObjective() {
        return operationalObjectivesPerObjective;
    }

    /** {@return the number of indicators per operational objective} */
    public Range indicatorsPerOperationalObjective() {
        return indicatorsPerOperationalObjective;
    }

    /** {@return the number of years in the horizon} */
    public Range years() {
        return years;
    }

    /** {@return true when {@code o} is a {@code Size} equal to this one} */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Size)) {
            return false;
        }
        Size s = (Size) o;
        return missions.equals(s.missions) && programsPerMission.equals(s.programsPerMission)
                && objectivesPerProgram.equals(s.objectivesPerProgram) && indicatorsPerObjective.equals(s.indicatorsPerObjective)
                && operationalObjectivesPerObjective.equals(s.operationalObjectivesPerObjective)
                && indicatorsPerOperationalObjective.equals(s.indicatorsPerOperationalObjective) && years.equals(s.years);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(missions, programsPerMission, objectivesPerProgram, indicatorsPerObjective,
                operationalObjectivesPerObjective, indicatorsPerOperationalObjective, years);
    }

    /** {@return e.g. {@code Size[missions 0..5, programs 0..4, …, years 1..5]}} */
    @Override
    public String toString() {
        return "Size[missions " + missions + ", programs " + programsPerMission + ", objectives " + objectivesPerProgram
                + ", indicators " + indicatorsPerObjective + ", operational objectives " + operationalObjectivesPerObjective
                + " with indicators " + indicatorsPerOperationalObjective + ", years " + years + "]";
    }

    /**
     * An inclusive range of counts.
     *
     * @param min the smallest count, not negative
     * @param max the largest count, not below {@code min}
     */
    public record Range(int min, int max) {
        /**
         * Checks the bounds.
         *
         * @param min the smallest count, not negative
         * @param max the largest count, not below {@code min}
         */
        public Range {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("range: expected 0 <= min <= max (got " + min + ".." + max + ")");
            }
        }

        /**
         * {@return the range of exactly that count}
         *
         * @param count a count
         */
        public static Range of(int count) {
            return new Range(count, count);
        }

        /**
         * {@return true when the count lies in the range}
         *
         * @param count a count
         */
        public boolean contains(int count) {
            return count >= min && count <= max;
        }

        /** {@return {@code "min..max"}} */
        @Override
        public String toString() {
            return min + ".." + max;
        }
    }
}
