package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextReaderFormsTest {
    @ParameterizedTest(name = "target \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "= 2|exactly 2",
        "=2|exactly 2",
        "pari a 2|exactly 2",
        "uguale a 4|exactly 4",
        "pari al 100%|exactly 100 %",
        "> 10|atLeast 10",
        "< 5|atMost 5",
        ">= 90%|atLeast 90 %",
        "≥ 90%|atLeast 90 %",
        "≤ 15 gg|atMost 15 gg",
        "<= 30 giorni|atMost 30 gg",
        "non più di 5 giorni|atMost 5 gg",
        "più di 3 eventi|atLeast 3 n",
        "superiore al 95%|atLeast 95 %",
        "inferiore al 2%|atMost 2 %",
        "entro 48 ore|atMost 48 h",
        "53‰|exactly 53 ‰ (inferred)",
        "54,24 ‰|exactly 54.24 ‰ (inferred)",
        "5%|exactly 5 % (inferred)",
        "€ 5.000|exactly 5000 EUR (inferred)",
        "entro il 30/06/2017|deadline 2017-06-30",
        "entro il 30 giugno 2017|deadline 2017-06-30",
        "31/12/2017|deadline 2017-12-31 (inferred)",
        "approvazione del regolamento entro il 31/03/2018|deadline 2018-03-31",
        "incremento del 5% rispetto al 2016|increase 5 % over 2016",
        "riduzione rispetto all'anno precedente|decrease over previous year",
        "Riduzione delle spese di funzionamento per la voce prestazione di servizi rispetto all’anno precedente.|decrease over previous year",
        "riduzione del 10% dei tempi medi rispetto al 2015|decrease 10 % over 2015",
        "mantenimento del valore 2016|maintain over 2016",
        "mantenimento del livello dell'anno precedente|maintain over previous year",
        "SI|milestone",
        "tra 80% e 90%|between 80..90 %",
        "non inferiore a 3 (scala di valutazione da 1 a 5)|atLeast 3 score",
        "Almeno due iniziative coordinate di implementazione del piano operativo.|atLeast 2 n",
        "non più di tre giorni|atMost 3 gg",
        "almeno 2 campagne (di cui almeno 1 nuova)|atLeast 2 n",
        "100% dei comuni subentrati in ANPR.|exactly 100 % (inferred)",
        "30% dei musei da accreditare.|exactly 30 % (inferred)",
        "riduzione dei tempi di risposta entro 20 giorni|atMost 20 gg",
        "aumento delle imprese assistite: almeno 50|atLeast 50"})
    void readsTheFormsOfRealDocuments(String text, String expected) {
        assertEquals(expected, TextReader.readTarget(text).map(Object::toString).orElse("unread"));
    }

    @ParameterizedTest(name = "target \"{0}\" stays unread")
    @ValueSource(strings = {"miglioramento rispetto al 2016", "incremento di 3 punti percentuali rispetto al 2016",
        "entro il 31/02/2017", "riduzione dei costi", "2015: 3 - 2016: 4", "incremento di almeno 3 sedi e 2 sportelli rispetto al 2016",
        "Baseline: almeno 70 PA completano l’assessment dei propri servizi",
        "Baseline: numero di report ricevuti",
        "Aumento del 25% rispetto alla baseline.",
        "Incremento di almeno 80 amministrazioni che rilasciano software",
        "Incremento di 10 nuove Amministrazioni, di cui 4 per il settore Sanità",
        "almeno 70 amministrazioni rilasciano software e almeno 600 soggetti lo riusano",
        "Il 50% delle Regioni e il 10% dei Comuni aderenti espongono i propri servizi su IO.",
        "85% dei comuni entro il 2021"})
    void neverGuesses(String text) {
        assertEquals("unread", TextReader.readTarget(text).map(Object::toString).orElse("unread"));
    }

    @ParameterizedTest(name = "result \"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "53‰|number 53 ‰",
        "54,24 ‰|number 54.24 ‰",
        "€ 255.000|number 255000 EUR",
        "15/06/2017|date 2017-06-15",
        "approvato il 28/06/2017|date 2017-06-28",
        "n.d.|nothingReported",
        "n/a|nothingReported",
        ".....|nothingReported",
        "On|status achieved",
        "Off|status notAchieved",
        "12 ore|number 12 h"})
    void readsResultForms(String text, String expected) {
        assertEquals(expected, TextReader.readResult(text).map(Object::toString).orElse("unread"));
    }

    @ParameterizedTest(name = "\"{0}\" parses back from its canonical form")
    @ValueSource(strings = {"5%", "almeno 2 eventi", "tra 3 e 5", "entro il 30/06/2017", "incremento del 5% rispetto al 2016",
        "riduzione rispetto all'anno precedente", "mantenimento del valore 2016", "report", "54,24 ‰", "= -3"})
    void theCanonicalFormParsesBack(String text) {
        TargetReading r = TextReader.readTarget(text).get();
        assertEquals(r, TargetReading.parse(r.toString()));
    }

    @Test
    void aBareValueIsInferredAndAComparisonStated() {
        assertFalse(TextReader.readTarget("5%").get().operatorStated());
        assertTrue(TextReader.readTarget("almeno 5%").get().operatorStated());
        assertTrue(TextReader.readTarget("= 5%").get().operatorStated());
    }
}
