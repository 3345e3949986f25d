package io.github.albero.reference;

import io.github.albero.internal.Problems;
import io.github.albero.text.Message;
import io.github.albero.code.MissionCode;
import io.github.albero.code.ProgramCode;
import java.util.Optional;

/**
 * The classification scheme (<i>classificazione</i>) a plan's first two levels follow: the
 * spending classification of chambers of commerce, that of local authorities and regions, or
 * the document's own strategic areas with no classification at all.
 *
 * <p>The scheme decides which codes a mission and a program may have, which reference data
 * their titles are compared with, and whether the code agreement rules apply (an objective coded
 * {@code MMM-PPP-NNN} starts with its mission's and program's codes). Objectives and indicators
 * carry the document's own codes under every scheme.
 *
 * <pre>{@code
 * Scheme.LOCAL_AUTHORITIES.missionProblem(MissionCode.of("01"));   // Optional.empty
 * Scheme.CHAMBERS_OF_COMMERCE.missionProblem(MissionCode.of("01")); // Optional[expected 3 digits]
 * }</pre>
 */
public enum Scheme {
    /**
     * The spending classification of chambers of commerce (DM 27 March 2013): missions and
     * programs of three digits ({@code 011}, {@code 005}), reference data {@link ReferenceProgram}.
     * The default, and the scheme of every document of format 1.0.
     */
    CHAMBERS_OF_COMMERCE("DM 27 March 2013", true),
    /**
     * The spending classification of regions and local authorities (D.Lgs. 118/2011, annex 14):
     * missions of two digits ({@code 01}–{@code 20}, {@code 50}, {@code 60}, {@code 99}),
     * programs of four digits starting with their mission's ({@code 0101}), reference data
     * {@link LocalAuthorityProgram}.
     */
    LOCAL_AUTHORITIES("D.Lgs. 118/2011", true),
    /**
     * No classification: the first level is a strategic area (<i>area strategica</i>) with the
     * document's own code ({@code "A"}, {@code "1"}, {@code "AS2"}), holding strategic objectives
     * directly, with no program level.
     */
    STRATEGIC_AREAS("strategic areas, no classification", false);

    private final String source;
    private final boolean programs;

    Scheme(String source, boolean programs) {
        this.source = source;
        this.programs = programs;
    }

    /** {@return where the scheme comes from, e.g. "D.Lgs. 118/2011"} */
    public String source() {
        return source;
    }

    /** {@return whether the scheme has a program level (strategic areas hold objectives directly)} */
    public boolean hasPrograms() {
        return programs;
    }

    /**
     * {@return what is wrong with a mission code under this scheme, or empty when it fits}
     *
     * @param code a mission (or area) code
     */
    public Optional<Message> missionProblem(MissionCode code) {
        String c = code.value();
        switch (this) {
            case CHAMBERS_OF_COMMERCE:
                return digits(c, 3) ? Optional.empty() : Optional.of(Problems.of("scheme.digits", 3));
            case LOCAL_AUTHORITIES:
                return digits(c, 2) ? Optional.empty()
                        : Optional.of(Problems.of("scheme.localMission"));
            default:
                return Optional.empty();
        }
    }

    /**
     * {@return what is wrong with a program code under this scheme, or empty when it fits}
     *
     * @param mission the program's mission
     * @param code a program code
     */
    public Optional<Message> programProblem(MissionCode mission, ProgramCode code) {
        String c = code.value();
        switch (this) {
            case CHAMBERS_OF_COMMERCE:
                return digits(c, 3) ? Optional.empty() : Optional.of(Problems.of("scheme.digits", 3));
            case LOCAL_AUTHORITIES:
                if (!digits(c, 4)) {
                    return Optional.of(Problems.of("scheme.localProgram", mission + "01"));
                }
                return c.startsWith(mission.value()) ? Optional.empty() : Optional.of(Problems.of("startsWithMission", mission));
            default:
                return Optional.of(Problems.of("scheme.noPrograms"));
        }
    }

    /**
     * {@return the reference title of a mission of this scheme, when it is one of the scheme's}
     *
     * @param mission a mission code
     */
    public Optional<String> missionTitle(MissionCode mission) {
        switch (this) {
            case CHAMBERS_OF_COMMERCE:
                return ReferenceProgram.missionTitle(mission);
            case LOCAL_AUTHORITIES:
                return LocalAuthorityProgram.missionTitle(mission);
            default:
                return Optional.empty();
        }
    }

    /**
     * {@return the reference title of a program of this scheme, when it is one of the scheme's}
     *
     * @param mission a mission code
     * @param program a program code
     */
    public Optional<String> programTitle(MissionCode mission, ProgramCode program) {
        switch (this) {
            case CHAMBERS_OF_COMMERCE:
                return ReferenceProgram.of(mission, program).map(ReferenceProgram::programTitle);
            case LOCAL_AUTHORITIES:
                return LocalAuthorityProgram.of(program).filter(p -> p.missionCode().equals(mission)).map(LocalAuthorityProgram::programTitle);
            default:
                return Optional.empty();
        }
    }

    private static boolean digits(String code, int length) {
        return code.length() == length && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** {@return whether reference data exist for this scheme (strategic areas have none)} */
    public boolean hasReferenceData() {
        return this != STRATEGIC_AREAS;
    }
}
