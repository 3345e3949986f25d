package io.github.albero.examples;

import io.github.albero.code.ObjectiveCode;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.IndicatorType;
import io.github.albero.model.Polarity;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;

/**
 * Objective 011-005-001 of the 2017 report of the Camera di Commercio di Lucca, built in code
 * (<i>obiettivo costruito nel codice</i>): the smallest complete example of the model, and the
 * same objective as the one in the bundled JSON (a test checks that they are equal, the JSON's
 * editorial notes aside).
 */
public final class SeedObjective {
    private SeedObjective() {
    }

    /**
     * {@return objective 011-005-001 (PROGRAMMAZIONE TERRITORIALE) with its description,
     * resources and both indicators, in document order}
     */
    public static StrategicObjective programmazioneTerritoriale() {
        String measures = "Capacità di affermare il ruolo dell’ente come promotore e partner di politiche di programmazione territoriale, "
                + "nonché come soggetto di aggregazione e concertazione delle categorie economiche in materia sviluppo economico e governo del territorio.";
        Indicator first = Indicator.builder()
                .name("Ampliamento dell’ambito di concertazione con le associazioni di categoria e gli stakeholders del territorio")
                .measures(measures)
                .type(IndicatorType.of("efficacia"))
                .unit("percentuale")
                .algorithm("% realizzazione attività programmate")
                .dataSource("rilevazione ufficio competente")
                .baseline(Baseline.ofText("prosegue l'attività a sostegno delle politiche di programmazione territoriale"))
                .polarity(Polarity.MILESTONE)
                .putTargets(2016, Target.parse("report"))
                .putTargets(2017, Target.parse("report"))
                .putTargets(2018, Target.parse("report"))
                .putResults(2016, Result.parse("100%"))
                .putResults(2017, Result.parse("100%"))
                .build();
        Indicator second = Indicator.builder()
                .name("Sperimentazione di politiche concertate di sviluppo (es. marketing territoriale)")
                .measures(measures)
                .type(IndicatorType.of("efficacia"))
                .unit("percentuale")
                .algorithm("% realizzazione attività programmate")
                .dataSource("rilevazione ufficio competente")
                .baseline(Baseline.ofText("avviate interlocuzioni con Amministrazioni comunali della Versilia e Categorie economiche per "
                        + "l'individuazione di azioni da svolgere in modo concertato con particolare riferimento alla promozione turistica."))
                .polarity(Polarity.MILESTONE)
                .putTargets(2016, Target.parse("Promozione ed attuazione delle politiche concertate sui settori selezionati ‐ report"))
                .putTargets(2017, Target.parse("Estensione della sperimentazione fatta ad altri settori individuati come prioritari per lo sviluppo"))
                .putTargets(2018, Target.parse("Estensione della sperimentazione fatta ad altri settori individuati come prioritari per lo sviluppo"))
                .putResults(2016, Result.parse("100%"))
                .putResults(2017, Result.parse("100%"))
                .build();
        return StrategicObjective.builder()
                .code(ObjectiveCode.parse("011‐005‐001"))
                .title("PROGRAMMAZIONE TERRITORIALE: Affermare il ruolo dell’ente come promotore e partner di politiche di programmazione "
                        + "territoriale, nonché come soggetto di aggregazione e concertazione delle categorie economiche in materia sviluppo "
                        + "economico e governo del territorio.")
                .description("Come richiesto dalla nuova programmazione comunitaria, che esorta le amministrazioni ad adottare un "
                        + "approccio di sistema, la Camera proseguirà nell'azione di facilitatore per le politiche di programmazione "
                        + "economica e territoriale. Si tratta di azioni rivolte a:\n"
                        + "– raccolta e diffusione delle informazioni inerenti i nuovi indirizzi e piani relativi alla programmazione "
                        + "economica e alla pianificazione che vengono sviluppati a livello locale, regionale, nazionale e comunitario;\n"
                        + "– aggregazione dei soggetti locali interessati  e degli esponenti del mondo delle imprese, per raggiungere la "
                        + "concertazione sulle politiche per lo sviluppo sostenibile per  il governo del territorio  di riferimento;\n"
                        + "– applicazione del principio della “specializzazione intelligente” promuovendo un dibattito sulle misure "
                        + "alternative al PIL per la misurazione dello sviluppo, con l’obiettivo di favorire l’individuazione di "
                        + "attività con maggiore potenziale di sviluppo ad oggi non adeguatamente valorizzate.")
                .timeframe(Timeframe.of("Biennio"))
                .responsibleUnit("Area dirigenziale Anagrafico‐certificativa, studi, politiche economiche e regolazione del mercato")
                .resources(Resources.of(2017,
                        ResourceAmounts.of(Money.parse("€ 0,00"), Money.parse("€ 5.000,00"), Money.parse("€ 0,00")),
                        ResourceAmounts.of(Money.parse("€ 0,00"), Money.parse("€ 0,00"), Money.parse("€ 0,00"))))
                .declaredIndicatorCount(2)
                .addIndicators(first, second)
                .build();
    }
}
