package io.github.albero.testkit;

import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.model.Baseline;
import io.github.albero.model.Polarity;
import io.github.albero.model.Result;
import io.github.albero.model.ResultReading;
import io.github.albero.model.Target;
import io.github.albero.model.TargetReading;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The kinds of indicator the documents hold, each with its polarity, its realistic target and
 * result texts, and explicit readings for texts the core TextReader cannot read. Readable texts
 * are read by {@code Target.parse}/{@code Result.parse}, so text and reading always agree.
 */
enum Family {
    /** "report", "Realizzazione del progetto …": done or not done. */
    MILESTONE(Polarity.MILESTONE, List.of("percentuale", "SI/NO"),
            List.of("Sperimentazione di politiche concertate di sviluppo (es. marketing territoriale)",
                    "Ampliamento dell’ambito di concertazione con le associazioni di categoria e gli stakeholders del territorio",
                    "Realizzazione processo di accesso telematico e riutilizzo dei dati (Open Data)",
                    "Progetto integrato di manutenzione del complesso",
                    "Predisposizione del Piano triennale di prevenzione della corruzione"),
            List.of("% realizzazione attività programmate", "realizzazione SI/NO")) {
        @Override
        String targetText(SplittableRandom r, int year) {
            if (year >= 1900 && year <= 2099 && Draw.chance(r, 10)) {
                return "Avvio del servizio nel " + year;
            }
            if (year >= 1900 && year <= 2099 && Draw.chance(r, 10)) {
                return "Approvazione del piano entro il 30/06/" + year;
            }
            return Draw.pick(r, "report", "Report", "Relazione finale", "Realizzazione del progetto “Lucca Imprese”",
                    "Predisposizione del piano di comunicazione entro l’anno",
                    "Estensione della sperimentazione fatta ad altri settori individuati come prioritari per lo sviluppo",
                    "Promozione ed attuazione delle politiche concertate sui settori selezionati \u2010 report",
                    "Valutazione degli esiti del processo di accesso telematico e riutilizzo dei dati della Camera di Commercio "
                            + "(Open Data); progettazione di sviluppi ulteriori");
        }

        @Override
        Target explicitTarget(SplittableRandom r) {
            return Target.of("Consegna del report entro il " + Draw.pick(r, "15", "20", "30") + " giugno", Optional.of(TargetReading.milestone()));
        }

        @Override
        String unreadableTargetText(SplittableRandom r) {
            return Draw.pick(r, "___", "Entro il 31/12 di ogni anno");
        }

        @Override
        String resultText(SplittableRandom r) {
            return Draw.chance(r, 70) ? "100%" : Draw.pick(r, "50%", "80%", "SI", "realizzato", "Realizzato nei tempi previsti");
        }

        @Override
        Result explicitResult(SplittableRandom r) {
            return Result.of("Obiettivo conseguito al 100% (vedi relazione)", ResultReading.percentage(Percentage.HUNDRED));
        }

        @Override
        Baseline baseline(SplittableRandom r) {
            return Baseline.ofText(Draw.pick(r, ItalianTexts.MILESTONE_BASELINES));
        }
    },

    /** "realizzazione di almeno 2 eventi": a count of things, more is better. */
    COUNT(Polarity.HIGHER_IS_BETTER, List.of("numero", "valore assoluto"),
            List.of("Realizzazione eventi", "Campagne di promozione e informazione", "Proposte progettuali su bandi comunitari",
                    "Incontri con le associazioni di categoria", "Seminari informativi per le imprese"),
            List.of("numero di eventi realizzati", "n. campagne realizzate", "conteggio delle proposte presentate")) {
        @Override
        String targetText(SplittableRandom r, int year) {
            int n = Draw.between(r, 1, 12);
            if (Draw.chance(r, 3)) {
                return "almeno 1.500 imprese coinvolte";
            }
            return String.format(Locale.ROOT, Draw.pick(r, "realizzazione di almeno %d eventi",
                    "Realizzazione di almeno %d campagne di promozione/informazione (di cui almeno 1 in ambito diverso da quelle "
                            + "dell’anno precedente).",
                    "definizione di almeno %d proposte progettuali su bandi comunitari",
                    "almeno %d incontri con le associazioni di categoria",
                    "Organizzazione di almeno %d seminari informativi per le imprese"), n);
        }

        @Override
        Target explicitTarget(SplittableRandom r) {
            int n = Draw.between(r, 1, 12);
            return Target.of(n + " proposte progettuali presentate",
                    Optional.of(TargetReading.atLeast(Quantity.of(BigDecimal.valueOf(n), Unit.COUNT))));
        }

        @Override
        String unreadableTargetText(SplittableRandom r) {
            return Draw.pick(r, "n. " + Draw.between(r, 1, 9) + " proposte progettuali", "___",
                    "Mantenimento ed estensione operativa del tavolo territoriale: gestione delle " + Draw.between(r, 2, 5)
                            + " proposte progettuali approvate");
        }

        @Override
        String resultText(SplittableRandom r) {
            int n = Draw.between(r, 0, 15);
            return String.format(Locale.ROOT, Draw.pick(r, "n. %d campagne promozionali di cui n. 1 in ambito diverso", "n. %d proposte progettuali",
                    "n. %d", "%d eventi"), n);
        }

        @Override
        Result explicitResult(SplittableRandom r) {
            int n = Draw.between(r, 0, 15);
            return Result.of("Sono stati organizzati " + n + " seminari",
                    ResultReading.number(Quantity.of(BigDecimal.valueOf(n), Unit.COUNT)));
        }

        @Override
        Baseline baseline(SplittableRandom r) {
            int n = Draw.between(r, 0, 10);
            return Draw.chance(r, 50)
                    ? Baseline.builder().text("realizzate " + n + " campagne promozione e informazione")
                            .value(Quantity.of(BigDecimal.valueOf(n), Unit.COUNT)).build()
                    : Baseline.builder().value(Quantity.of(BigDecimal.valueOf(n), Unit.COUNT)).build();
        }
    },

    /** "100%", "non inferiore al 90%": a percentage, more is better. */
    PERCENT(Polarity.HIGHER_IS_BETTER, List.of("percentuale", "%"),
            List.of("Grado di realizzazione delle attività programmate", "Percentuale di pratiche evase telematicamente",
                    "Tasso di adesione delle imprese alle iniziative", "Percentuale di utilizzo del budget assegnato"),
            List.of("% realizzazione attività programmate", "pratiche evase / pratiche ricevute × 100")) {
        @Override
        String targetText(SplittableRandom r, int year) {
            int p = Draw.chance(r, 40) ? 100 : Draw.between(r, 50, 100);
            return Draw.pick(r, p + "%", "non inferiore al " + p + "%", "\u2265 " + p + "%", "almeno " + p + "%");
        }

        @Override
        Target explicitTarget(SplittableRandom r) {
            int p = Draw.between(r, 50, 100);
            return Target.of("almeno il " + p + "%", Optional.of(TargetReading.atLeast(Quantity.of(BigDecimal.valueOf(p), Unit.PERCENT))));
        }

        @Override
        String unreadableTargetText(SplittableRandom r) {
            return Draw.pick(r, "almeno il " + Draw.between(r, 50, 100) + "%", "___", "in linea con l’anno precedente (" + Draw.between(r, 50, 100) + "% circa)");
        }

        @Override
        String resultText(SplittableRandom r) {
            if (Draw.chance(r, 40)) {
                return "100%";
            }
            if (Draw.chance(r, 30)) {
                return Draw.between(r, 40, 99) + "," + Draw.between(r, 1, 9) + "%";
            }
            return Draw.between(r, 0, 100) + "%";
        }

        @Override
        Result explicitResult(SplittableRandom r) {
            int p = Draw.between(r, 40, 100);
            return Result.of("Obiettivo conseguito al " + p + "%", ResultReading.percentage(Percentage.of(p)));
        }

        @Override
        Baseline baseline(SplittableRandom r) {
            int p = Draw.between(r, 40, 100);
            return Baseline.builder().text(p + "%").value(Quantity.of(BigDecimal.valueOf(p), Unit.PERCENT)).build();
        }
    },

    /** "entro 5 gg": a number of days, less is better. */
    DAYS(Polarity.LOWER_IS_BETTER, List.of("giorni", "numero"),
            List.of("Tempo medio di lavorazione delle pratiche", "Tempo medio di evasione delle domande/denunce al Registro imprese",
                    "Tempo medio di pagamento delle fatture", "Tempi di rilascio dei certificati di origine"),
            List.of("tempo medio di lavorazione delle pratiche (gg)", "somma dei giorni di lavorazione / n. pratiche")) {
        @Override
        String targetText(SplittableRandom r, int year) {
            int d = Draw.between(r, 2, 60);
            return Draw.pick(r, "entro " + d + " gg", "entro " + d + " giorni", "non superiore a " + d + " giorni", "\u2264 " + d + " gg",
                    "tempo medio di evasione delle pratiche non superiore a " + d + " giorni");
        }

        @Override
        Target explicitTarget(SplittableRandom r) {
            int d = Draw.between(r, 2, 60);
            return Target.of("non più di " + d + " giorni", Optional.of(TargetReading.atMost(Quantity.of(BigDecimal.valueOf(d), Unit.DAYS))));
        }

        @Override
        String unreadableTargetText(SplittableRandom r) {
            return Draw.pick(r, "riduzione dei tempi medi di lavorazione", "___");
        }

        @Override
        String resultText(SplittableRandom r) {
            BigDecimal days = BigDecimal.valueOf(Draw.between(r, 5, 400), 1);
            return Draw.pick(r, days.toPlainString() + " gg", days.toPlainString().replace('.', ',') + " gg",
                    days.toPlainString().replace('.', ',') + " giorni", Draw.between(r, 1, 40) + " giorni");
        }

        @Override
        Result explicitResult(SplittableRandom r) {
            BigDecimal days = BigDecimal.valueOf(Draw.between(r, 5, 400), 1);
            return Result.of("media di " + days.toPlainString().replace('.', ',') + " giorni lavorativi",
                    ResultReading.number(Quantity.of(days, Unit.DAYS)));
        }

        @Override
        Baseline baseline(SplittableRandom r) {
            BigDecimal days = BigDecimal.valueOf(Draw.between(r, 5, 400), 1);
            return Baseline.builder().text(days.toPlainString().replace('.', ',') + " gg.").value(Quantity.of(days, Unit.DAYS)).build();
        }
    },

    /** "non inferiore a 3 (scala da 1 a 5)": a satisfaction score, more is better. */
    SCORE(Polarity.HIGHER_IS_BETTER, List.of("punteggio", "scala da 1 a 5"),
            List.of("Grado di soddisfazione dell’utenza", "Giudizio medio sui corsi di formazione",
                    "Soddisfazione degli utenti del servizio di mediazione"),
            List.of("media dei giudizi espressi dagli utenti (scala da 1 a 5)", "questionario di gradimento")) {
        @Override
        String targetText(SplittableRandom r, int year) {
            String s = Draw.pick(r, "3", "3,5", "4", "4,5");
            return Draw.pick(r, "non inferiore a " + s + " (scala da 1 a 5)",
                    "grado di soddisfazione dell’utenza non inferiore a " + s + " (scala da 1 a 5)", "almeno " + s + " (scala da 1 a 5)");
        }

        @Override
        Target explicitTarget(SplittableRandom r) {
            int s = Draw.between(r, 3, 4);
            return Target.of("valutazione media pari almeno a " + s + " su 5",
                    Optional.of(TargetReading.atLeast(Quantity.of(BigDecimal.valueOf(s), Unit.SCORE))));
        }

        @Override
        String unreadableTargetText(SplittableRandom r) {
            return Draw.pick(r, "valutazione media pari almeno a 4 su 5", "___");
        }

        @Override
        String resultText(SplittableRandom r) {
            BigDecimal s = BigDecimal.valueOf(Draw.between(r, 10, 50), 1);
            return Draw.chance(r, 50) ? s.toPlainString() : s.toPlainString().replace('.', ',');
        }

        @Override
        Result explicitResult(SplittableRandom r) {
            BigDecimal s = BigDecimal.valueOf(Draw.between(r, 10, 50), 1);
            return Result.of("giudizio medio " + s.toPlainString().replace('.', ',') + " su 5",
                    ResultReading.number(Quantity.of(s, Unit.SCORE)));
        }

        @Override
        Baseline baseline(SplittableRandom r) {
            BigDecimal s = BigDecimal.valueOf(Draw.between(r, 10, 50), 1);
            return Baseline.builder().text(s.toPlainString().replace('.', ',')).value(Quantity.of(s, Unit.SCORE)).build();
        }
    },

    /** "tra 80% e 90%": keep between two bounds. */
    RANGE(Polarity.TARGET_RANGE, List.of("percentuale"),
            List.of("Incidenza degli oneri di funzionamento sul totale degli oneri", "Indice di equilibrio strutturale",
                    "Tasso di copertura dei servizi a domanda individuale"),
            List.of("oneri di funzionamento / oneri correnti × 100")) {
        @Override
        String targetText(SplittableRandom r, int year) {
            int low = Draw.between(r, 10, 80);
            int high = low + Draw.between(r, 5, 20);
            return Draw.pick(r, "tra " + low + "% e " + high + "%", "fra " + low + "% e " + high + "%");
        }

        @Override
        Target explicitTarget(SplittableRandom r) {
            int low = Draw.between(r, 10, 80);
            int high = low + Draw.between(r, 5, 20);
            return Target.of("compreso nell’intervallo " + low + "%\u2013" + high + "%", Optional.of(
                    TargetReading.between(BigDecimal.valueOf(low), BigDecimal.valueOf(high), Unit.PERCENT)));
        }

        @Override
        String unreadableTargetText(SplittableRandom r) {
            return Draw.pick(r, "in linea con la media regionale (" + Draw.between(r, 10, 80) + "% circa)", "___");
        }

        @Override
        String resultText(SplittableRandom r) {
            int whole = Draw.between(r, 5, 100);
            String decimals = Draw.chance(r, 30) ? "," + Draw.between(r, 1, 9) : "";
            // never above 100%: "100,5%" would be a completion over 100 (ALB-NUM-001)
            return (decimals.isEmpty() ? whole : Math.min(whole, 99)) + decimals + "%";
        }

        @Override
        Result explicitResult(SplittableRandom r) {
            int p = Draw.between(r, 5, 100);
            return Result.of("pari al " + p + " per cento", ResultReading.percentage(Percentage.of(p)));
        }

        @Override
        Baseline baseline(SplittableRandom r) {
            int p = Draw.between(r, 5, 100);
            return Baseline.builder().value(Quantity.of(BigDecimal.valueOf(p), Unit.PERCENT)).build();
        }
    },

    /** "3": an exact number to reach. */
    EXACT(Polarity.HIGHER_IS_BETTER, List.of("valore assoluto", "numero"),
            List.of("Numero di sportelli attivati", "Rapporti statistici pubblicati", "Protocolli d’intesa sottoscritti"),
            List.of("conteggio", "numero di documenti pubblicati sul sito istituzionale")) {
        @Override
        String targetText(SplittableRandom r, int year) {
            return Integer.toString(Draw.between(r, 1, 20));
        }

        @Override
        Target explicitTarget(SplittableRandom r) {
            int n = Draw.between(r, 1, 20);
            return Target.of("pubblicazione di " + n + " rapporti", Optional.of(TargetReading.exactly(Quantity.of(BigDecimal.valueOf(n)))));
        }

        @Override
        String unreadableTargetText(SplittableRandom r) {
            return Draw.pick(r, "pubblicazione di " + Draw.between(r, 1, 20) + " rapporti", "___");
        }

        @Override
        String resultText(SplittableRandom r) {
            return Integer.toString(Draw.between(r, 0, 25));
        }

        @Override
        Result explicitResult(SplittableRandom r) {
            int n = Draw.between(r, 0, 25);
            return Result.of("pubblicati " + n + " rapporti", ResultReading.number(Quantity.of(BigDecimal.valueOf(n))));
        }

        @Override
        Baseline baseline(SplittableRandom r) {
            int n = Draw.between(r, 0, 20);
            return Baseline.builder().text(Integer.toString(n)).value(Quantity.of(BigDecimal.valueOf(n))).build();
        }
    };

    private final Polarity polarity;
    private final List<String> unitLabels;
    private final List<String> names;
    private final List<String> algorithms;

    Family(Polarity polarity, List<String> unitLabels, List<String> names, List<String> algorithms) {
        this.polarity = polarity;
        this.unitLabels = unitLabels;
        this.names = names;
        this.algorithms = algorithms;
    }

    Polarity polarity() {
        return polarity;
    }

    String unitLabel(SplittableRandom r) {
        return Draw.pick(r, unitLabels);
    }

    String name(SplittableRandom r) {
        return Draw.pick(r, names);
    }

    String algorithm(SplittableRandom r) {
        return Draw.pick(r, algorithms);
    }

    /** A text TextReader reads into this family's operator, for a target of {@code year}. */
    abstract String targetText(SplittableRandom r, int year);

    /** A target whose text TextReader cannot read, with the reading a person would give it. */
    abstract Target explicitTarget(SplittableRandom r);

    /** A target text with no reading (underscores, a comparison TextReader does not know). */
    abstract String unreadableTargetText(SplittableRandom r);

    /** A result text TextReader reads into a number or percentage of this family's unit. */
    abstract String resultText(SplittableRandom r);

    /** A result whose text TextReader cannot read, with an explicit reading of this family's unit. */
    abstract Result explicitResult(SplittableRandom r);

    /** A last observed value in this family's unit, without year. */
    abstract Baseline baseline(SplittableRandom r);

    /** A family, the milestone and count ones most often, as in the documents. */
    static Family draw(SplittableRandom r) {
        int roll = r.nextInt(100);
        if (roll < 35) {
            return MILESTONE;
        }
        if (roll < 55) {
            return COUNT;
        }
        if (roll < 70) {
            return PERCENT;
        }
        if (roll < 80) {
            return DAYS;
        }
        if (roll < 88) {
            return SCORE;
        }
        if (roll < 94) {
            return RANGE;
        }
        return EXACT;
    }
}
