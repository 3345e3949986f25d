package io.github.albero.reference;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ProgramCode;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The missions and programs of the spending classification (DM 27 March 2013) that chambers of
 * commerce use, with their official titles.
 *
 * <p>Titles vary slightly between documents and years, so {@link #matchesTitle(String)}
 * compares loosely and a mismatch is for a warning, never a rejection.
 */
public enum ReferenceProgram {
    /** 011-005: promotion of development, competitiveness and innovation. */
    COMPETITIVENESS_PROMOTION("011", "Competitività e sviluppo delle imprese", "005",
            "Promozione e attuazione di politiche di sviluppo, competitività e innovazione, di responsabilità sociale d'impresa e movimento cooperativo"),
    /** 012-004: market surveillance and consumer protection. */
    MARKET_SURVEILLANCE("012", "Regolazione dei mercati", "004",
            "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori"),
    /** 016-005: internationalisation and made in Italy. */
    INTERNATIONALISATION("016", "Commercio internazionale ed internazionalizzazione del sistema produttivo", "005",
            "Sostegno all'internazionalizzazione delle imprese e promozione del made in Italy"),
    /** 032-002: political direction. */
    POLITICAL_DIRECTION("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", "002", "Indirizzo politico"),
    /** 032-003: general services. */
    GENERAL_SERVICES("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", "003",
            "Servizi e affari generali per le amministrazioni di competenza"),
    /** 032-004: general, training and procurement services. */
    PROCUREMENT_SERVICES("032", "Servizi istituzionali e generali delle amministrazioni pubbliche", "004",
            "Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche"),
    /** 033-001: funds to be assigned. */
    FUNDS_TO_ASSIGN("033", "Fondi da ripartire", "001", "Fondi da assegnare"),
    /** 033-002: reserve and special funds. */
    RESERVE_FUNDS("033", "Fondi da ripartire", "002", "Fondi di riserva e speciali");

    private final MissionCode missionCode;
    private final String missionTitle;
    private final ProgramCode programCode;
    private final String programTitle;

    ReferenceProgram(String missionCode, String missionTitle, String programCode, String programTitle) {
        this.missionCode = MissionCode.of(missionCode);
        this.missionTitle = missionTitle;
        this.programCode = ProgramCode.of(programCode);
        this.programTitle = programTitle;
    }

    /**
     * {@return the reference program with those codes}
     *
     * @param mission a mission code
     * @param program a program code
     */
    public static Optional<ReferenceProgram> of(MissionCode mission, ProgramCode program) {
        return Arrays.stream(values()).filter(p -> p.missionCode.equals(mission) && p.programCode.equals(program)).findFirst();
    }

    /**
     * {@return the official title of that mission, if it is one chambers use}
     *
     * @param mission a mission code
     */
    public static Optional<String> missionTitle(MissionCode mission) {
        return Arrays.stream(values()).filter(p -> p.missionCode.equals(mission)).map(p -> p.missionTitle).findFirst();
    }

    /** {@return the mission code} */
    public MissionCode missionCode() {
        return missionCode;
    }

    /** {@return the official mission title} */
    public String missionTitle() {
        return missionTitle;
    }

    /** {@return the program code} */
    public ProgramCode programCode() {
        return programCode;
    }

    /** {@return the official program title} */
    public String programTitle() {
        return programTitle;
    }

    /**
     * Compares a document's program title with the official one, ignoring case, accents,
     * punctuation and spacing.
     *
     * @param title the title a document uses
     * @return true when it is the official title up to those differences
     */
    public boolean matchesTitle(String title) {
        return sameTitle(title, programTitle);
    }

    /** Whether a document's title is the official one up to case, accents, punctuation and spacing. */
    static boolean sameTitle(String title, String official) {
        return title != null && loose(title).equals(loose(official));
    }

    /**
     * Loose form of a title for comparisons: lower case, no accents, letters and digits only.
     *
     * @param title a title
     * @return its loose form
     */
    public static String loose(String title) {
        Objects.requireNonNull(title, "title");
        // the patterns compiled once, not at each call as String.replaceAll would
        return NOT_LETTER_OR_DIGIT.matcher(MARK.matcher(Normalizer.normalize(title.toLowerCase(Locale.ITALIAN), Normalizer.Form.NFD))
                .replaceAll("")).replaceAll(" ").strip();
    }

    private static final Pattern MARK = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
}
