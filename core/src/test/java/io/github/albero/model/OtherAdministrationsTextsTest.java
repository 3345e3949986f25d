package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Target and result texts as other administrations print them, and hostile variants of them:
 * each either reads as the text says or stays unread, never as a wrong number.
 */
class OtherAdministrationsTextsTest {
    // Sources, as read with the search tool on 2026-11-30:
    // - Ministero della Giustizia, "Piano degli indicatori - 2023", https://www.giustizia.it/giustizia/en/contentview.page?contentId=ART437677
    //   (targets "= 45.000", "=120.000", "=90%");
    // - MAECI, indicator 149.1 on https://performance.gov.it/performance/obiettivo-strategico/4165 ("Percentuale di … richieste
    //   di riscontro evase entro 20 giorni", target "maggiore o uguale a 90,00%");
    // - ASP Potenza, "Tabella su outcome-obiettivi-indicatori-target, Piano triennale della performance 2016-2018",
    //   https://123dok.org/document/y8gx3egw-allegato-obiettivi-incdicatori-triennale-performance-aggiornamento-integrazione-settembre.html
    //   (targets "> 95%", "= 98,0%", results "99,4%", "98,00%").
    @ParameterizedTest(name = "target \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "= 45.000|exactly 45000",
        "=120.000|exactly 120000",
        "=90%|exactly 90 %",
        "maggiore o uguale a 90,00%|atLeast 90 %",
        "> 95%|atLeast 95 %",
        "= 98,0%|exactly 98 %",
        // the MAECI indicator's share and time limit written as one target, as many comuni print it: the share is the target
        "90,00% delle richieste di riscontro evase entro 20 giorni|exactly 90 % (inferred)",
        "100% delle pratiche evase entro 30 gg|exactly 100 % (inferred)",
        "95 % delle fatture pagate entro 30 giorni|exactly 95 % (inferred)",
    })
    void targetsOfOtherAdministrationsReadAsPrinted(String text, String expected) {
        assertEquals(expected, TextReader.readTargetAfresh(text).map(String::valueOf).orElse("unread"));
        assertEquals(expected, TextReader.readTarget(text).map(String::valueOf).orElse("unread"));
    }

    @ParameterizedTest(name = "result \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "99,4%|percentage 99.4%",
        "98,00%|percentage 98%",
    })
    void resultsOfOtherAdministrationsReadAsPrinted(String text, String expected) {
        assertEquals(expected, TextReader.readResultAfresh(text).map(String::valueOf).orElse("unread"));
    }

    // Budgets and targets in thousands, millions or billions ("10 k€", "1,2 mln") were read as counts of 10 and 1.2:
    // a wrong number by a factor of a thousand or a million. Only "9M€"-like euro amounts are scaled; the rest stays unread.
    @ParameterizedTest(name = "\"{0}\" is not read as a plain count")
    @CsvSource(delimiter = '|', value = {
        "10 k€", "1,2 mln", "1,2 mld", "2 mila", "5 milioni di abitanti", "almeno 2 mila iscritti", "≥ 1,5 mln", "25 keur",
    })
    void figuresInThousandsOrMillionsAreNeverReadAsPlainCounts(String text) {
        assertEquals(Optional.empty(), TextReader.readTargetAfresh(text), "target");
        assertEquals(Optional.empty(), TextReader.readResultAfresh(text), "result");
    }

    @ParameterizedTest(name = "\"{0}\" still reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "9M€|exactly 9000000 EUR (inferred)",
        "5 mln di euro|exactly 5000000 EUR (inferred)",
        "10 km|exactly 10 n (inferred)",
        "3 milanesi|exactly 3 n (inferred)",
    })
    void millionsOfEurosAndOrdinaryNounsKeepTheirReading(String text, String expected) {
        assertEquals(expected, TextReader.readTargetAfresh(text).map(String::valueOf).orElse("unread"));
    }

    // ASP Potenza prints "> 95%"; converted from PDF or typed without the symbol, "≥" becomes "> =": the "=" alone was read
    // as exactly 90 %, an operator the text does not state
    @ParameterizedTest(name = "target \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "> = 90%|atLeast 90 %",
        ">  = 95 %|atLeast 95 %",
        "< = 30 gg|atMost 30 gg",
        "≥ 1/3|unread",
        "≥ 12/15|unread",
        "≤ 1,5/3|unread",
        "almeno 2, preferibilmente di più|atLeast 2",
        "almeno 1/3 dei comuni|unread",
        "non superiore a 1 / 4|unread",
        "= 4/5|unread",
        "≥ 4 (scala 1-5)|atLeast 4 score",
    })
    void comparisonsAreReadWithTheirWholeBoundOrNotAtAll(String text, String expected) {
        assertEquals(expected, TextReader.readTargetAfresh(text).map(String::valueOf).orElse("unread"));
    }

    // a bound on a value the text does not give is not a milestone: against a result "SI" it scored 100 %
    @ParameterizedTest(name = "\"{0}\" is not a milestone")
    @CsvSource(delimiter = '|', value = {
        "≥ valore 2023", "> valore 2022", "≥ anno precedente", "maggiore del valore 2022", "valore superiore alla media regionale",
        "<= media nazionale",
    })
    void aComparisonWithoutAFigureIsNotAMilestone(String text) {
        assertEquals(Optional.empty(), TextReader.readTargetAfresh(text));
    }

    // "realizzato all'80%" read as "status achieved" scored 100 instead of 80; "maggiore del 2023" is a bound on 2023's value
    @ParameterizedTest(name = "result \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "realizzato all'80%|percentage 80%",
        "Realizzato al 80%|percentage 80%",
        "attività realizzata all’85%|percentage 85%",
        "tempo medio di lavorazione delle pratiche 2.3 gg|number 2.3 gg",
        "Raggiunto|status achieved",
    })
    void aShareOfRealisationAfterAnApostropheIsReadAsThatShare(String text, String expected) {
        assertEquals(expected, TextReader.readResultAfresh(text).map(String::valueOf).orElse("unread"));
    }

    @ParameterizedTest(name = "target \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "maggiore del 2023|unread",
        "superiore al 2022|unread",
        "non inferiore all'anno 2022|unread",
        "≥ 2.023|atLeast 2023",
        "almeno 2000 utenti|atLeast 2000 n",
        "superiore al 95%|atLeast 95 %",
    })
    void aComparisonWithAYearAfterAnArticleIsNotABoundOfThatNumber(String text, String expected) {
        assertEquals(expected, TextReader.readTargetAfresh(text).map(String::valueOf).orElse("unread"));
    }

    // PIAO public-value targets and hostile variants: each read as it says or not at all
    @ParameterizedTest(name = "target \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "+2 p.p.|unread",
        "+ 2 pp|unread",
        "30 giugno|unread",
        "≥ 75° percentile|unread",
        "100% entro 30 gg|exactly 100 % (inferred)",
        "95 % entro 60 giorni|exactly 95 % (inferred)",
        "da definire|unread",
        "TBD|unread",
        "In corso di definizione|unread",
        "in linea con la media nazionale|unread",
        "Mantenimento baseline|unread",
        "≥ 2 eventi|atLeast 2 n",
        "report|milestone",
        "↑|unread",
        "/|unread",
        "//|unread",
        "Realizzazione del progetto|milestone",
    })
    void publicValueTargetsAreReadAsTheySayOrNotAtAll(String text, String expected) {
        assertEquals(expected, TextReader.readTargetAfresh(text).map(String::valueOf).orElse("unread"));
    }

    @ParameterizedTest(name = "\"{0}\" marks a year with nothing to report")
    @CsvSource(delimiter = '|', value = {"/", "//", " / "})
    void aSlashAloneIsAPlaceholderAsTablesUseIt(String text) {
        assertEquals("nothingReported", TextReader.readResultAfresh(text).map(String::valueOf).orElse("unread"));
    }
}
