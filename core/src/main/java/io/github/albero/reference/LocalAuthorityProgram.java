package io.github.albero.reference;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ProgramCode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A program of the spending classification of regions and local authorities (D.Lgs. 23 June
 * 2011 n. 118, annex 14, <i>missioni e programmi</i>): missions {@code 01}–{@code 20},
 * {@code 50}, {@code 60}, {@code 99}, programs of four digits, the mission's two and the
 * program's two ({@code 0101} Organi istituzionali).
 *
 * <p>Reference data for {@link Scheme#LOCAL_AUTHORITIES}. Programs whose title names the
 * <i>politica regionale unitaria</i> are used by regions only. As for chambers, titles vary
 * between documents, so {@link #matchesTitle(String)} compares loosely and a mismatch is for a
 * warning, never a rejection. Missions 01 and 12 and programs 0101, 0402 and 1201 agree with
 * published budget documents of comuni; the program list has not yet been checked line by line
 * against the text of the annex.
 *
 * <pre>{@code
 * LocalAuthorityProgram.of(ProgramCode.of("0101")).get().programTitle();  // "Organi istituzionali"
 * LocalAuthorityProgram.missionTitle(MissionCode.of("12"));  // Optional[Diritti sociali, politiche sociali e famiglia]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LocalAuthorityProgram implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String[][] MISSIONS = {
            {"01", "Servizi istituzionali, generali e di gestione"},
            {"02", "Giustizia"},
            {"03", "Ordine pubblico e sicurezza"},
            {"04", "Istruzione e diritto allo studio"},
            {"05", "Tutela e valorizzazione dei beni e delle attività culturali"},
            {"06", "Politiche giovanili, sport e tempo libero"},
            {"07", "Turismo"},
            {"08", "Assetto del territorio ed edilizia abitativa"},
            {"09", "Sviluppo sostenibile e tutela del territorio e dell'ambiente"},
            {"10", "Trasporti e diritto alla mobilità"},
            {"11", "Soccorso civile"},
            {"12", "Diritti sociali, politiche sociali e famiglia"},
            {"13", "Tutela della salute"},
            {"14", "Sviluppo economico e competitività"},
            {"15", "Politiche per il lavoro e la formazione professionale"},
            {"16", "Agricoltura, politiche agroalimentari e pesca"},
            {"17", "Energia e diversificazione delle fonti energetiche"},
            {"18", "Relazioni con le altre autonomie territoriali e locali"},
            {"19", "Relazioni internazionali"},
            {"20", "Fondi e accantonamenti"},
            {"50", "Debito pubblico"},
            {"60", "Anticipazioni finanziarie"},
            {"99", "Servizi per conto terzi"}
    };
    private static final String[][] PROGRAMS = {
            {"0101", "Organi istituzionali"},
            {"0102", "Segreteria generale"},
            {"0103", "Gestione economica, finanziaria, programmazione e provveditorato"},
            {"0104", "Gestione delle entrate tributarie e servizi fiscali"},
            {"0105", "Gestione dei beni demaniali e patrimoniali"},
            {"0106", "Ufficio tecnico"},
            {"0107", "Elezioni e consultazioni popolari - Anagrafe e stato civile"},
            {"0108", "Statistica e sistemi informativi"},
            {"0109", "Assistenza tecnico-amministrativa agli enti locali"},
            {"0110", "Risorse umane"},
            {"0111", "Altri servizi generali"},
            {"0112", "Politica regionale unitaria per i servizi istituzionali, generali e di gestione"},
            {"0201", "Uffici giudiziari"},
            {"0202", "Casa circondariale e altri servizi"},
            {"0203", "Politica regionale unitaria per la giustizia"},
            {"0301", "Polizia locale e amministrativa"},
            {"0302", "Sistema integrato di sicurezza urbana"},
            {"0303", "Politica regionale unitaria per l'ordine pubblico e la sicurezza"},
            {"0401", "Istruzione prescolastica"},
            {"0402", "Altri ordini di istruzione non universitaria"},
            {"0404", "Istruzione universitaria"},
            {"0405", "Istruzione tecnica superiore"},
            {"0406", "Servizi ausiliari all'istruzione"},
            {"0407", "Diritto allo studio"},
            {"0408", "Politica regionale unitaria per l'istruzione e il diritto allo studio"},
            {"0501", "Valorizzazione dei beni di interesse storico"},
            {"0502", "Attività culturali e interventi diversi nel settore culturale"},
            {"0503", "Politica regionale unitaria per la tutela dei beni e delle attività culturali"},
            {"0601", "Sport e tempo libero"},
            {"0602", "Giovani"},
            {"0603", "Politica regionale unitaria per i giovani, lo sport e il tempo libero"},
            {"0701", "Sviluppo e valorizzazione del turismo"},
            {"0702", "Politica regionale unitaria per il turismo"},
            {"0801", "Urbanistica e assetto del territorio"},
            {"0802", "Edilizia residenziale pubblica e locale e piani di edilizia economico-popolare"},
            {"0803", "Politica regionale unitaria per l'assetto del territorio e l'edilizia abitativa"},
            {"0901", "Difesa del suolo"},
            {"0902", "Tutela, valorizzazione e recupero ambientale"},
            {"0903", "Rifiuti"},
            {"0904", "Servizio idrico integrato"},
            {"0905", "Aree protette, parchi naturali, protezione naturalistica e forestazione"},
            {"0906", "Tutela e valorizzazione delle risorse idriche"},
            {"0907", "Sviluppo sostenibile territorio montano piccoli Comuni"},
            {"0908", "Qualità dell'aria e riduzione dell'inquinamento"},
            {"0909", "Politica regionale unitaria per lo sviluppo sostenibile e la tutela del territorio e l'ambiente"},
            {"1001", "Trasporto ferroviario"},
            {"1002", "Trasporto pubblico locale"},
            {"1003", "Trasporto per vie d'acqua"},
            {"1004", "Altre modalità di trasporto"},
            {"1005", "Viabilità e infrastrutture stradali"},
            {"1006", "Politica regionale unitaria per i trasporti e il diritto alla mobilità"},
            {"1101", "Sistema di protezione civile"},
            {"1102", "Interventi a seguito di calamità naturali"},
            {"1103", "Politica regionale unitaria per il soccorso e la protezione civile"},
            {"1201", "Interventi per l'infanzia e i minori e per asili nido"},
            {"1202", "Interventi per la disabilità"},
            {"1203", "Interventi per gli anziani"},
            {"1204", "Interventi per i soggetti a rischio di esclusione sociale"},
            {"1205", "Interventi per le famiglie"},
            {"1206", "Interventi per il diritto alla casa"},
            {"1207", "Programmazione e governo della rete dei servizi sociosanitari e sociali"},
            {"1208", "Cooperazione e associazionismo"},
            {"1209", "Servizio necroscopico e cimiteriale"},
            {"1210", "Politica regionale unitaria per i diritti sociali e la famiglia"},
            {"1301", "Servizio sanitario regionale - finanziamento ordinario corrente per la garanzia dei LEA"},
            {"1302", "Servizio sanitario regionale - finanziamento aggiuntivo corrente per livelli di assistenza superiori ai LEA"},
            {"1303", "Servizio sanitario regionale - finanziamento aggiuntivo corrente per la copertura dello squilibrio di bilancio corrente"},
            {"1304", "Servizio sanitario regionale - ripiano di disavanzi sanitari relativi ad esercizi pregressi"},
            {"1305", "Servizio sanitario regionale - investimenti sanitari"},
            {"1306", "Servizio sanitario regionale - restituzione maggiori gettiti SSN"},
            {"1307", "Ulteriori spese in materia sanitaria"},
            {"1308", "Politica regionale unitaria per la tutela della salute"},
            {"1401", "Industria, PMI e Artigianato"},
            {"1402", "Commercio - reti distributive - tutela dei consumatori"},
            {"1403", "Ricerca e innovazione"},
            {"1404", "Reti e altri servizi di pubblica utilità"},
            {"1405", "Politica regionale unitaria per lo sviluppo economico e la competitività"},
            {"1501", "Servizi per lo sviluppo del mercato del lavoro"},
            {"1502", "Formazione professionale"},
            {"1503", "Sostegno all'occupazione"},
            {"1504", "Politica regionale unitaria per il lavoro e la formazione professionale"},
            {"1601", "Sviluppo del settore agricolo e del sistema agroalimentare"},
            {"1602", "Caccia e pesca"},
            {"1603", "Politica regionale unitaria per l'agricoltura, i sistemi agroalimentari, la caccia e la pesca"},
            {"1701", "Fonti energetiche"},
            {"1702", "Politica regionale unitaria per l'energia e la diversificazione delle fonti energetiche"},
            {"1801", "Relazioni finanziarie con le altre autonomie territoriali"},
            {"1802", "Politica regionale unitaria per le relazioni con le altre autonomie territoriali e locali"},
            {"1901", "Relazioni internazionali e Cooperazione allo sviluppo"},
            {"1902", "Cooperazione territoriale"},
            {"2001", "Fondo di riserva"},
            {"2002", "Fondo crediti di dubbia esigibilità"},
            {"2003", "Altri fondi"},
            {"5001", "Quota interessi ammortamento mutui e prestiti obbligazionari"},
            {"5002", "Quota capitale ammortamento mutui e prestiti obbligazionari"},
            {"6001", "Restituzione anticipazione di tesoreria"},
            {"9901", "Servizi per conto terzi e Partite di giro"},
            {"9902", "Anticipazioni per il finanziamento del sistema sanitario nazionale"}
    };
    private static final Map<String, String> MISSION_TITLES = new LinkedHashMap<>();
    private static final Map<String, LocalAuthorityProgram> BY_CODE = new LinkedHashMap<>();

    static {
        for (String[] m : MISSIONS) {
            MISSION_TITLES.put(m[0], m[1]);
        }
        for (String[] p : PROGRAMS) {
            BY_CODE.put(p[0], new LocalAuthorityProgram(p[0], p[1]));
        }
    }

    // the program code holds its mission's (0101 → 01): the mission is derived, never stored twice
    private final String code;
    private final String title;

    private LocalAuthorityProgram(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /**
     * {@return the program with that code}
     *
     * @param program a four-digit program code such as {@code 0101}
     */
    public static Optional<LocalAuthorityProgram> of(ProgramCode program) {
        Objects.requireNonNull(program, "program");
        return Optional.ofNullable(BY_CODE.get(program.value()));
    }

    /**
     * {@return the official title of that mission, if it is one of D.Lgs. 118/2011}
     *
     * @param mission a two-digit mission code
     */
    public static Optional<String> missionTitle(MissionCode mission) {
        Objects.requireNonNull(mission, "mission");
        return Optional.ofNullable(MISSION_TITLES.get(mission.value()));
    }

    /** {@return every program, in code order} */
    public static List<LocalAuthorityProgram> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_CODE.values()));
    }

    /** {@return the mission codes, in order} */
    public static List<MissionCode> missions() {
        List<MissionCode> all = new ArrayList<>();
        MISSION_TITLES.keySet().forEach(c -> all.add(MissionCode.of(c)));
        return Collections.unmodifiableList(all);
    }

    /** {@return the mission code: the program code's first two digits} */
    public MissionCode missionCode() {
        return MissionCode.of(code.substring(0, 2));
    }

    /** {@return the official title of the program's mission} */
    public String missionTitle() {
        return MISSION_TITLES.get(code.substring(0, 2));
    }

    /** {@return the four-digit program code} */
    public ProgramCode programCode() {
        return ProgramCode.of(code);
    }

    /** {@return the official program title} */
    public String programTitle() {
        return title;
    }

    /**
     * Compares a document's program title with the official one, ignoring case, accents,
     * punctuation and spacing.
     *
     * @param title the title a document uses
     * @return true when it is the official title up to those differences
     */
    public boolean matchesTitle(String title) {
        return ReferenceProgram.sameTitle(title, this.title);
    }

    /** {@return true when {@code o} is the same program} */
    @Override
    public boolean equals(Object o) {
        return o instanceof LocalAuthorityProgram other && other.code.equals(code);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** {@return the code and title, e.g. {@code 0101 Organi istituzionali}} */
    @Override
    public String toString() {
        return code + " " + title;
    }
}
