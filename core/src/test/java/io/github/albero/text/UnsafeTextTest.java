package io.github.albero.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UnsafeTextTest {
    @Test
    void escapeBellAndNulBecomeControlPictures() {
        assertEquals("a␛[31mb␇c␀", UnsafeText.visible("a\u001B[31mb\u0007c\u0000"));
    }

    @Test
    void bidiOverridesAndIsolatesAreShownByTheirCode() {
        assertEquals("x⟦U+202E⟧y⟦U+2066⟧", UnsafeText.visible("x\u202Ey\u2066"));
    }

    @Test
    void tabsLineBreaksEmojiAndRightToLeftLettersAreSafe() {
        String text = "riga\tuno\r\nriga due 😀 مرحبا שלום";
        assertSame(text, UnsafeText.visible(text));
        assertEquals(OptionalInt.empty(), UnsafeText.firstUnsafe(text));
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() {
        assertEquals("a\uFFFDb", UnsafeText.visible("a\uD83Db"));
        assertEquals(1, UnsafeText.count("😀\uDE00"));
    }

    @Test
    void firstUnsafeGivesTheCharIndex() {
        assertEquals(OptionalInt.of(3), UnsafeText.firstUnsafe("😀a\u009B"));
    }

    @Test
    void theVisibleFormOfAnyStringIsSafe() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s -> {
            String v = UnsafeText.visible(s);
            assertEquals(OptionalInt.empty(), UnsafeText.firstUnsafe(v));
            assertFalse(v.chars().anyMatch(c -> Character.isSurrogate((char) c)) && !validPairs(v));
        });
    }

    @Test
    void aSafeStringIsReturnedUnchanged() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40)).checkAssert(s -> {
            String t = s.replaceAll("[\\x00-\\x1F\\x7F]", "");
            assertSame(t, UnsafeText.visible(t));
            assertTrue(UnsafeText.count(t) == 0);
        });
    }

    private static boolean validPairs(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void findsTheSameFirstUnsafeCharacterAsAWalkByCodePoint() {
        // control characters, bidi controls, lone and paired surrogates, plain and accented letters
        qt().forAll(strings().betweenCodePoints(0, 0x10FFFF).ofLengthBetween(0, 12),
                strings().allPossible().ofLengthBetween(0, 12)).checkAssert((a, b) -> {
                    String s = a + "\u202Eé\uD83D" + b;
                    for (String t : new String[] {a, b, s, s.substring(0, s.length() - 1)}) {
                        assertEquals(byCodePoint(t), UnsafeText.firstUnsafe(t), t);
                    }
                });
    }

    private static OptionalInt byCodePoint(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (UnsafeText.isUnsafe(cp)) {
                return OptionalInt.of(i);
            }
            i += Character.charCount(cp);
        }
        return OptionalInt.empty();
    }
}
