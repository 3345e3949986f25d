package io.github.albero.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.albero.text.Formatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** "expected …, got …" names every token a parser can stand on, in both languages. */
class GotTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void everyTokenIsSaidInWords() {
        try (JsonParser p = MAPPER.createParser("{\"a\": [1, 2.5, \"x\", true, false, null, {}]}")) {
            In in = new In(p, true, null, null, null);
            StringBuilder english = new StringBuilder();
            StringBuilder italian = new StringBuilder();
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                english.append(in.got().render(Formatter.canonical())).append("; ");
                italian.append(in.got().render(Formatter.of(Locale.ITALIAN))).append("; ");
            }
            assertEquals("an object; a member name; an array; the number 1; the number 2.5; the string \"x\"; true; false; "
                    + "null (omit a member that has no value); an object; the end of an object; the end of an array; "
                    + "the end of an object; ", english.toString());
            assertEquals("un oggetto; un nome di membro; un array; il numero 1; il numero 2.5; la stringa \"x\"; true; false; "
                    + "null (ometti un membro che non ha valore); un oggetto; la fine di un oggetto; la fine di un array; "
                    + "la fine di un oggetto; ", italian.toString());
            assertEquals("the end of the document", in.got().render(Formatter.canonical()));
        }
    }
}
