package io.github.albero.testkit;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Pools of realistic Italian texts, after the 2017 report of the Camera di Commercio di Lucca:
 * accents, typographic apostrophes and quotes (’ “ ”), the Unicode hyphen U+2010 and the en
 * dash, never a non-breaking space.
 */
final class ItalianTexts {
    private ItalianTexts() {
    }

    static final List<String> ADMINISTRATIONS = List.of(
            "Camera di Commercio di Lucca",
            "Camera di Commercio Industria Artigianato e Agricoltura di Lucca",
            "Camera di Commercio della Romagna \u2013 Forlì\u2010Cesena e Rimini",
            "Camera di Commercio dell’Umbria",
            "Camera di Commercio di Chieti Pescara",
            "Camera di Commercio di Cosenza",
            "Camera di Commercio Metropolitana di Milano Monza Brianza Lodi",
            "Camera di Commercio di Pordenone\u2010Udine",
            "Camera di Commercio della Maremma e del Tirreno",
            "Camera di Commercio di Sassari",
            "Camera di Commercio di Bolzano",
            "Camera di Commercio dell’Emilia");

    static final List<String> THEMES = List.of(
            "PROGRAMMAZIONE TERRITORIALE", "ANALISI DEL SISTEMA ECONOMICO LOCALE", "SEMPLIFICAZIONE AMMINISTRATIVA",
            "INTERNAZIONALIZZAZIONE", "TUTELA DEL CONSUMATORE", "TRASPARENZA E INTEGRITÀ", "DIGITALIZZAZIONE DEI SERVIZI",
            "VALORIZZAZIONE DEL PATRIMONIO", "GIUSTIZIA ALTERNATIVA", "QUALITÀ DEI SERVIZI", "EFFICIENZA DELLA GESTIONE",
            "COMUNICAZIONE ISTITUZIONALE", "RETI D’IMPRESA", "ORIENTAMENTO AL LAVORO", "REGISTRO IMPRESE",
            "REGOLAZIONE DEL MERCATO");

    static final List<String> PURPOSES = List.of(
            "Affermare il ruolo dell’ente come promotore e partner di politiche di programmazione territoriale, nonché come soggetto "
                    + "di aggregazione e concertazione delle categorie economiche in materia sviluppo economico e governo del territorio.",
            "Valorizzazione dell’informazione economica per il miglioramento della definizione delle politiche di intervento per lo "
                    + "sviluppo del territorio.",
            "Ridurre i tempi di evasione delle pratiche del Registro imprese.",
            "Sostenere l’accesso delle imprese ai mercati esteri e promuovere il “made in Italy”.",
            "Garantire la regolazione del mercato e la tutela della fede pubblica.",
            "Favorire la diffusione della mediazione e dell’arbitrato come strumenti di giustizia alternativa.",
            "Migliorare la qualità percepita dei servizi camerali.",
            "Contenere i costi di funzionamento nel rispetto degli equilibri di bilancio.",
            "Riaffermare il ruolo di “primo punto di contatto” tra mondo imprenditoriale e istituzioni europee, statali e territoriali.",
            "Accrescere la trasparenza e l’accessibilità delle informazioni sull’attività dell’ente.",
            "Promuovere la digitalizzazione delle imprese e dei servizi (Punto Impresa Digitale).",
            "Completare il progetto integrato di manutenzione del Polo Tecnologico Lucchese.");

    static final List<String> SENTENCES = List.of(
            "Come richiesto dalla nuova programmazione comunitaria, che esorta le amministrazioni ad adottare un approccio di sistema, "
                    + "la Camera proseguirà nell’azione di facilitatore per le politiche di programmazione economica e territoriale.",
            "La Camera intende rafforzare il proprio ruolo come soggetto di riferimento sul territorio per la produzione e il reperimento, "
                    + "l’analisi e il monitoraggio dell’informazione economico\u2010statistica provinciale.",
            "Saranno inoltre consolidati i rapporti di collaborazione instaurati negli anni con gli stakeholder (istituzioni pubbliche, "
                    + "associazioni di categoria, enti di ricerca, ecc.).",
            "Si proseguirà in quelle azioni di coordinamento su temi di interesse dei vari attori economici, quali le modalità per "
                    + "l’inserimento in bandi regionali, nazionali e comunitari.",
            "Infine si intende proseguire la politica di promozione delle reti di impresa e la sperimentazione sulla possibilità di "
                    + "promuovere reti anche tra soggetti od organizzazioni di diversa natura.",
            "L’obiettivo è favorire l’individuazione di attività con maggiore potenziale di sviluppo ad oggi non adeguatamente valorizzate.",
            "Sarà assicurato il supporto agli organi camerali per la definizione di politiche di intervento tramite la fornitura di dati "
                    + "statistici di fonte camerale e non.",
            "Il patto che questa Amministrazione intende sottoscrivere con le imprese ha ad oggetto i cd. servizi anagrafico\u2010certificativi.",
            "Si tratta di un’attività già avviata, che verrà estesa ai settori individuati come prioritari per lo sviluppo.",
            "Particolare attenzione sarà dedicata alla qualità del servizio, misurata attraverso indagini di “customer satisfaction”.",
            "Le attività saranno svolte in collaborazione con le associazioni di categoria e con gli ordini professionali.",
            "È prevista la pubblicazione dei risultati sul sito istituzionale, nella sezione “Amministrazione trasparente”.");

    static final List<String> BULLETS = List.of(
            "raccolta e diffusione delle informazioni inerenti i nuovi indirizzi e piani relativi alla programmazione economica;",
            "aggregazione dei soggetti locali interessati e degli esponenti del mondo delle imprese;",
            "applicazione del principio della “specializzazione intelligente” promuovendo un dibattito sulle misure alternative al PIL;",
            "monitoraggio dei tempi medi di lavorazione delle pratiche telematiche;",
            "organizzazione di seminari informativi rivolti alle imprese e ai professionisti.");

    static final List<String> OPERATIONAL_TITLES = List.of(
            "Tavolo territoriale di confronto sull’utilizzo di provvidenze pubbliche",
            "Realizzazione processo di accesso telematico e riutilizzo dei dati della Camera di Commercio (Open Data)",
            "Monitoraggio qualità del servizio",
            "Nuove azioni di monitoraggio e diffusione informazioni per le attività economiche",
            "Organizzazione di eventi per lo sviluppo del territorio",
            "Campagne di promozione e informazione ai consumatori",
            "Revisione dei processi di lavorazione delle pratiche telematiche",
            "Formazione del personale sulle nuove procedure",
            "Monitoraggio sull’efficacia delle azioni formative verso l’utenza",
            "Sperimentazione di politiche concertate di sviluppo (es. marketing territoriale)");

    static final List<String> RESPONSIBLE_UNITS = List.of(
            "Area dirigenziale Anagrafico\u2010certificativa, studi, politiche economiche e regolazione del mercato",
            "Area dirigenziale Promozione e sviluppo dell’economia locale",
            "Segretario Generale",
            "Servizio Risorse finanziarie e provveditorato",
            "Ufficio Studi e statistica",
            "Ufficio Registro imprese",
            "Servizio Regolazione del mercato e tutela del consumatore");

    static final List<String> STAKEHOLDERS = List.of(
            "imprese", "associazioni di categoria", "consumatori", "ordini professionali", "Regione Toscana",
            "Comuni della provincia", "Università e centri di ricerca", "istituti di credito",
            "professionisti (mediatori e arbitri)", "scuole e studenti");

    static final List<String> DATA_SOURCES = List.of(
            "rilevazione ufficio competente", "Banca dati Infocamere", "Priamo", "indagine di customer satisfaction",
            "contabilità economico\u2010patrimoniale", "protocollo informatico");

    static final List<String> TYPES = List.of(
            "efficacia", "Efficacia", "efficienza", "qualità", "Qualità", "economicità", "impatto", "Stato delle risorse",
            "volume");

    static final List<String> UNUSUAL_TYPES = List.of("customer satisfaction", "Efficacia / qualità", "outcome", "tempestività");

    static final List<String> NOTES = List.of(
            "Testo trascritto dal PDF: a capo ricomposti.",
            "Valore riportato come nel documento originale.",
            "Risultato 2018 non ancora disponibile alla data della relazione.",
            "Il documento non indica l’anno di riferimento del valore osservato.",
            "Dato fornito dall’ufficio competente su richiesta dell’OIV.");

    static final List<String> COMMENTS = List.of(
            "Scostamento dovuto al ritardo nell’approvazione del bando regionale.",
            "La predisposizione del progetto integrato di manutenzione del Polo Tecnologico Lucchese è stata rinviata a causa dello "
                    + "slittamento dei tempi della stazione appaltante, Provincia di Lucca.",
            "Risultato superiore alle attese grazie alla collaborazione con le associazioni di categoria.",
            "Il tavolo di coordinamento si è riunito per armonizzare le proposte progettuali del territorio.",
            "Attività riprogrammata nel corso dell’anno per effetto della riforma del sistema camerale (D.Lgs. 219/2016).");

    static final List<String> NARRATIVE_RESULTS = List.of(
            "In attesa dei dati definitivi della Regione",
            "Il tavolo di coordinamento si è riunito per armonizzare le proposte progettuali del territorio in modo da evitare "
                    + "sovrapposizioni concorrenziali; il tavolo si è declinato in tavoli tematici specifici per tema o per tipologia di beneficiario.",
            "Attività svolta come da programma, vedi relazione allegata",
            "Dato non ancora disponibile",
            "2015: \u2010 160.238,64 \u20104,1%");

    static final List<String> STATUS_RESULTS = List.of(
            "parziale realizzazione, in corso di completamento",
            "rinviato per ritardi nel completamento dei lavori delle aree esterne",
            "non realizzato",
            "non raggiunto per mancata adesione delle imprese",
            "realizzato",
            "Raggiunto",
            "SI",
            "NO",
            "parzialmente raggiunto",
            "posticipato all’anno successivo");

    static final List<String> NOTHING_REPORTED = List.of("_____", "___", "\u2010", "n.d.");

    static final List<String> MILESTONE_BASELINES = List.of(
            "prosegue l’attività a sostegno delle politiche di programmazione territoriale",
            "avviate interlocuzioni con Amministrazioni comunali della Versilia e Categorie economiche per l’individuazione di azioni "
                    + "da svolgere in modo concertato con particolare riferimento alla promozione turistica.",
            "messa a punto e realizzazione di un sistema per la diffusione dei dati statistici tramite modalità di accesso telematico e riutilizzo",
            "nuovo indicatore: nessun valore osservato",
            "Il monitoraggio realizzato nel corso dell’anno ha evidenziato buoni livelli di soddisfazione.");

    static final List<String> MISSION_TITLES = List.of(
            "Politiche per il lavoro e la formazione professionale", "Sviluppo sostenibile e tutela del territorio e dell’ambiente",
            "Ricerca e innovazione", "Turismo", "Agricoltura, politiche agroalimentari e pesca",
            "Energia e diversificazione delle fonti energetiche", "Istruzione e diritto allo studio");

    static final List<String> PROGRAM_TITLES = List.of(
            "Interventi per la promozione dell’economia locale", "Sistemi informativi e digitalizzazione",
            "Gestione del patrimonio immobiliare", "Formazione e aggiornamento del personale",
            "Supporto agli organi istituzionali", "Comunicazione e relazioni con il pubblico (URP)");

    static final List<String> PLAN_NOTES = List.of(
            "Trascrizione della Relazione approvata dalla Giunta camerale.",
            "Gli importi sono espressi in euro.",
            "I risultati dell’anno in corso sono provvisori.");

    /** One to three sentences, or a long text with bullets when {@code longText}. */
    static String description(SplittableRandom r, boolean longText) {
        if (longText) {
            return longText(r, Draw.between(r, 2_000, 12_000));
        }
        StringBuilder sb = new StringBuilder(Draw.pick(r, SENTENCES));
        int more = Draw.between(r, 0, 2);
        for (int i = 0; i < more; i++) {
            sb.append(' ').append(Draw.pick(r, SENTENCES));
        }
        if (Draw.chance(r, 20)) {
            sb.append(" Si tratta di azioni rivolte a:");
            int bullets = Draw.between(r, 2, 3);
            for (int i = 0; i < bullets; i++) {
                sb.append("\n\u2013 ").append(Draw.pick(r, BULLETS));
            }
        }
        return sb.toString();
    }

    /** A text of at least {@code minLength} characters, of sentences and dashed bullets. */
    static String longText(SplittableRandom r, int minLength) {
        StringBuilder sb = new StringBuilder(minLength + 300);
        sb.append(Draw.pick(r, SENTENCES));
        while (sb.length() < minLength) {
            if (Draw.chance(r, 15)) {
                sb.append("\n\u2013 ").append(Draw.pick(r, BULLETS));
            } else {
                sb.append(Draw.chance(r, 20) ? "\n" : " ").append(Draw.pick(r, SENTENCES));
            }
        }
        return sb.toString();
    }

    /** A title such as "PROGRAMMAZIONE TERRITORIALE: Affermare il ruolo dell’ente …". */
    static String objectiveTitle(SplittableRandom r) {
        return Draw.chance(r, 80) ? Draw.pick(r, THEMES) + ": " + Draw.pick(r, PURPOSES) : Draw.pick(r, PURPOSES);
    }
}
