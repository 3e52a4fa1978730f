package com.clinicscreen.screening.problems;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The problem bundles: complete in every language, alike in placeholders, and refused whole when not. */
class ProblemTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final ProblemTexts TEXTS = new ProblemTexts();

    @Test
    void everyKeyIsInBothBundlesWithTheSameArgumentIndexes() throws IOException {
        Properties english = bundle(Language.EN);
        Properties spanish = bundle(Language.ES);
        Set<String> keys = Stream.of(ProblemKey.values()).map(ProblemKey::code).collect(Collectors.toSet());
        assertEquals(keys, english.stringPropertyNames(), "English keys are the keys the service uses");
        assertEquals(keys, spanish.stringPropertyNames(), "Spanish keys are the keys the service uses");
        for (ProblemKey key : ProblemKey.values()) {
            Set<Integer> expected = IntStream.range(0, key.arguments().size()).boxed().collect(Collectors.toSet());
            assertEquals(expected, placeholders(english.getProperty(key.code())), key.code() + " in English");
            assertEquals(expected, placeholders(spanish.getProperty(key.code())), key.code() + " in Spanish");
        }
    }

    @Test
    void everyKeyRendersItsArgumentsInEachLanguageAndSpanishIsNeverACopyOfEnglish() {
        for (ProblemKey key : ProblemKey.values()) {
            Object[] args = key.arguments().stream().map(name -> "<" + name + ">").toArray();
            String english = TEXTS.render(key, Language.EN, args);
            String spanish = TEXTS.render(key, Language.ES, args);
            for (Object arg : args) {
                assertTrue(english.contains((String) arg), english);
                assertTrue(spanish.contains((String) arg), spanish);
            }
            assertFalse(english.isBlank());
            assertNotEquals(english, spanish, key.code() + " has no Spanish text of its own");
        }
    }

    @Test
    void apostrophesAndQuotesComeOutAsWritten() {
        assertEquals("No questionnaire 'nope'", TEXTS.render(ProblemKey.DETAIL_NO_QUESTIONNAIRE, Language.EN, "nope"));
        assertEquals("No existe el cuestionario 'nope'", TEXTS.render(ProblemKey.DETAIL_NO_QUESTIONNAIRE, Language.ES, "nope"));
        assertEquals("Tokens cannot be verified yet: the identity provider's keys are not loaded",
                TEXTS.render(ProblemKey.TITLE_KEYS_UNAVAILABLE, Language.EN));
        assertEquals("unknown field here; answers go inside \"answers\"",
                TEXTS.render(ProblemKey.UNKNOWN_FIELD_OUTSIDE_ANSWERS, Language.EN));
    }

    @Test
    void numbersAreWrittenAlikeInEveryLanguage() {
        // No grouping by locale: a byte limit or a line number reads the same in English and Spanish.
        assertEquals("The body is larger than 65536 bytes", TEXTS.render(ProblemKey.DETAIL_BODY_LARGER_THAN, Language.EN, 65536));
        assertEquals("El cuerpo supera los 65536 bytes", TEXTS.render(ProblemKey.DETAIL_BODY_LARGER_THAN, Language.ES, 65536L));
    }

    /**
     * The old table turned English back into Spanish by pattern, and its catch-all "No (.+)" gave any new
     * message starting with "No" a wrong Spanish text. Now a message that has no Spanish text of its own
     * stops the start, whatever it starts with.
     */
    @Test
    void aMessageWithoutItsOwnSpanishTextStopsTheStartInsteadOfBorrowingAnother() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ProblemTexts.of(bundles(
                UnaryOperator.identity(), spanish -> without(spanish, ProblemKey.DETAIL_NO_QUESTIONNAIRE))));
        assertTrue(e.getMessage().contains("problems_es.properties: 'detail.no-questionnaire' has no text"), e.getMessage());
        // Every English text starting with "No" has its own Spanish one, not a rewrite of the English words.
        for (ProblemKey key : ProblemKey.values()) {
            Object[] args = key.arguments().stream().map(name -> "x").toArray();
            String english = TEXTS.render(key, Language.EN, args);
            if (english.startsWith("No ")) {
                String spanish = TEXTS.render(key, Language.ES, args);
                assertFalse(spanish.contains(english.substring(3)), key.code() + ": " + spanish);
            }
        }
    }

    @Test
    void aBrokenBundleIsRefusedNamingTheFileAndKey() {
        assertRefused(bundles(english -> english.replace("field.too-long = is longer than {0} characters",
                "field.too-long = is longer than {1} characters"), UnaryOperator.identity()),
                "problems.properties: 'field.too-long' has placeholders [1] but takes [0] [max]");
        assertRefused(bundles(UnaryOperator.identity(), spanish -> spanish.replace("tiene más de {0} caracteres",
                "es demasiado largo")), "problems_es.properties: 'field.too-long' has placeholders [] but takes [0]");
        assertRefused(bundles(english -> english + "\nfield.not-used = nobody says this\n", UnaryOperator.identity()),
                "'field.not-used' is not a key the service uses");
        assertRefused(bundles(UnaryOperator.identity(), spanish -> spanish + "\nfield.required = otra vez\n"),
                "problems_es.properties: 'field.required' is given more than once");
        assertRefused(bundles(english -> english.replace("provider''s keys", "provider's keys"), UnaryOperator.identity()),
                "'problem.keys-unavailable.title' has a lone apostrophe");
        assertRefused(bundles(english -> english.replace("larger than {0} bytes", "larger than {0,number} bytes"),
                UnaryOperator.identity()), "'detail.body-larger-than' has a typed placeholder");
        Map<Language, String> noSpanish = bundles(UnaryOperator.identity(), UnaryOperator.identity());
        noSpanish.remove(Language.ES);
        assertRefused(noSpanish, "problems_es.properties is missing");
        assertDoesNotThrow(() -> ProblemTexts.of(bundles(UnaryOperator.identity(), UnaryOperator.identity())));
    }

    @Test
    void aMessageTakesExactlyItsKeysArguments() {
        assertThrows(IllegalArgumentException.class, () -> ProblemMessage.of(ProblemKey.TOO_LONG));
        assertThrows(IllegalArgumentException.class, () -> ProblemMessage.of(ProblemKey.REQUIRED, "extra"));
    }

    private static void assertRefused(Map<Language, String> bundles, String expected) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ProblemTexts.of(bundles));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static String without(String bundle, ProblemKey key) {
        return bundle.lines().filter(line -> !line.startsWith(key.code() + " ")).collect(Collectors.joining("\n"));
    }

    private static Map<Language, String> bundles(UnaryOperator<String> english, UnaryOperator<String> spanish) {
        Map<Language, String> bundles = new EnumMap<>(Language.class);
        bundles.put(Language.EN, english.apply(text(Language.EN)));
        bundles.put(Language.ES, spanish.apply(text(Language.ES)));
        return bundles;
    }

    private static String text(Language language) {
        try (InputStream in = ProblemTextsTest.class.getClassLoader().getResourceAsStream(ProblemTexts.resource(language))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties bundle(Language language) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text(language)));
        return properties;
    }
}
