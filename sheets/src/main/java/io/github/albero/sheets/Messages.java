package io.github.albero.sheets;

import io.github.albero.text.Catalog;
import java.util.ResourceBundle;
import java.util.Locale;
import java.util.Map;

/**
 * The spreadsheet messages, Italian and English, through core's one {@link Catalog} mechanism
 * ({@code messages.properties} beside this class): named parameters {@code {name}}, plural forms
 * {@code {count|one|other}}, as in validation.
 */
final class Messages {
    static final Catalog CATALOG = Catalog.of("io.github.albero.sheets.messages", ResourceBundle::getBundle);

    private Messages() {
    }

    static String text(Locale locale, String key) {
        return CATALOG.template(locale, key);
    }

    static String render(Locale locale, String key, Map<String, ?> arguments) {
        return CATALOG.message(key, arguments).render(locale);
    }

    /**
     * The rules of core's value types, which core words in English only, rendered in Italian:
     * each pattern replaces the English wording; anything not listed stays as core wrote it.
     */
    private static final String[][] CORE_ITALIAN = {
        {"must not be negative", "non deve essere negativo"},
        {"must have at most (\\d+) decimals", "deve avere al più $1 decimali"},
        {"expected a number such as 1\\.234,56 or 1234\\.56", "atteso un numero come 1.234,56 o 1234.56"},
        {"expected a weight such as 50, 33,33 or 40%", "atteso un peso come 50, 33,33 o 40%"},
        {"expected a number with an optional unit, such as 2\\.9 gg", "atteso un numero con un'eventuale unità, come 2,9 gg"},
        {"expected MMM-PPP-NNN \\(mission-program-number\\), e\\.g\\. 011-005-001",
            "atteso MMM-PPP-NNN (missione-programma-numero), ad esempio 011-005-001"},
        {"expected MMM-PPP \\(mission-program\\), e\\.g\\. 011-005", "atteso MMM-PPP (missione-programma), ad esempio 011-005"},
        {"expected 3 digits", "attese 3 cifre"},
        {"must lie within the horizon", "deve cadere nell'orizzonte"},
        {"magnitude must be below 10\\^15", "deve essere inferiore a 10^15 in valore assoluto"},
        {"must not be blank", "non deve essere vuoto"},
        {"is required", "è obbligatorio"},
        {"expected a year or a range such as 2016-2018", "atteso un anno o un intervallo come 2016-2018"},
        {"only EUR is supported", "è ammesso solo EUR"},
        {"must be unique within", "deve essere unico in"},
        {"must be 1 to (\\d+) characters", "deve avere da 1 a $1 caratteri"},
        {"a list item cannot hold a line break", "una voce di elenco non può contenere un a capo"},
        {"only objectives have this column, not a", "solo gli obiettivi hanno questa colonna, non un/una"},
        {"must not be before the start", "non deve precedere l'inizio"},
        {"must lie in the year of the start", "deve cadere nell'anno dell'inizio"},
        {"a monitoring period lies within one year", "un periodo di monitoraggio cade in un solo anno"},
        {"a public-value objective has no operational objectives", "un obiettivo di valore pubblico non ha obiettivi operativi"},
        {"public-value objectives must not contribute to each other in a cycle",
            "gli obiettivi di valore pubblico non devono contribuire l'uno all'altro in un ciclo"},
        {"a public-value objective cannot contribute to itself", "un obiettivo di valore pubblico non può contribuire a se stesso"},
        {"is already the code of a performance objective", "è già il codice di un obiettivo di performance"},
        {"must be listed once", "deve comparire una sola volta"},
        {"must each be listed once", "devono comparire una sola volta ciascuna"},
        {"give either a value or the parts \\(numerator and denominator\\), not both or neither",
            "indicare il valore oppure le parti (numeratore e denominatore), non entrambi e non nessuno dei due"},
        {"must be a ratio like the first part", "deve essere un rapporto come la prima voce"},
        {"must be a value like the first part", "deve essere un valore come la prima voce"},
        {"a breakdown needs at least one part", "una scomposizione richiede almeno una voce"},
    };

    static String problem(Locale locale, String english) {
        boolean italian = locale != null && "it".equals(locale.getLanguage());
        if (!italian || english == null) {
            return english;
        }
        String s = english;
        for (String[] p : CORE_ITALIAN) {
            s = s.replaceAll(p[0], p[1]);
        }
        return s;
    }

    static String abbreviate(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
