package com.clinicscreen.screening.medicines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.api.MedicineClass;
import com.clinicscreen.screening.api.MedicineKind;
import com.clinicscreen.screening.api.MedicineResult;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.terminology.Terminology;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching and ranking on a small fixture (src/test/resources/terminology/medicines-fixture.tsv), and what a broken file does. */
class MedicineIndexTest {

    private static final Terminology TERMINOLOGY = new Terminology();
    private static final MedicineClassLabels LABELS = MedicineClassLabels.load(TERMINOLOGY);
    private static final MedicineIndex INDEX = new MedicineIndex(fixture(), TERMINOLOGY, LABELS);

    private static List<String> names(String query, Language language) {
        return INDEX.search(query, language).results().stream().map(MedicineResult::name).toList();
    }

    @Test
    void exactNameThenPrefixThenLaterWordsWithBrandsBeforeCommonNames() {
        // "aspirina" starts with the query too, but is the same medicine as "aspirin": shown once, under the exact name.
        assertEquals(List.of("aspirin", "aspirin and dipyridamole", "Bayer Aspirin", "baby aspirin"),
                names("aspirin", Language.EN));
    }

    @Test
    void prefixOfTheNameBeforeALaterWordAndShorterBeforeLonger() {
        // Last, one letter off: "aspi" without its "s" starts "apixaban".
        assertEquals(List.of("aspirin", "aspirin and dipyridamole", "Bayer Aspirin", "baby aspirin", "apixaban"),
                names("aspi", Language.EN));
        assertEquals(List.of("prednisone", "prednisolone"), names("pred", Language.EN));
        assertEquals(List.of("Elidel", "Eliquis"), names("eli", Language.EN));
    }

    @Test
    void aMedicineIsShownUnderItsNameInThePatientsLanguage() {
        assertEquals(List.of("aspirina", "aspirin and dipyridamole", "Bayer Aspirin", "baby aspirin", "apixabán"),
                names("aspi", Language.ES));
        assertEquals(List.of("apixabán"), names("apixa", Language.ES));
        assertEquals(List.of("apixaban"), names("apixa", Language.EN));
    }

    @Test
    void namesOfTheOtherLanguageAreFoundToo() {
        assertEquals("warfarina", names("warfarina", Language.EN).get(0));
        assertEquals("11289", INDEX.search("warfarina", Language.EN).results().get(0).rxcui());
        assertEquals("paracetamol", names("paracetamol", Language.EN).get(0));
        assertEquals("Tylenol", names("tylenol", Language.ES).get(0));
    }

    @Test
    void caseAccentsAndPunctuationDoNotMatter() {
        assertEquals(List.of("apixabán"), names("  APIXABÁN ", Language.ES));
        assertEquals(List.of("Bayer Aspirin"), names("Bayer-Aspirin", Language.EN));
        assertEquals(List.of("Bayer Aspirin"), names("bayer   asp", Language.EN));
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "eliqis, Eliquis", // a letter left out, 6 characters: one mistake allowed
            "elqu, Eliquis", // two letters swapped, 4 characters
            "xeralto, Xarelto", // two letters wrong, 7 characters: two allowed
            "acutane, Accutane",
            "prednsne, prednisone", // two letters left out, 8 characters
            "warfrin, warfarin",
            "coumadine, Coumadin"})
    void typingMistakesAreForgivenByLength(String query, String expected) {
        assertEquals(expected, names(query, Language.EN).get(0));
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing")
    @CsvSource({
            "xeralt", // 6 characters with two mistakes
            "elq", // 3 characters: no mistake forgiven
            "prdnsne", // 7 characters with three mistakes
            "zz"})
    void tooManyMistakesForTheLengthFindNothing(String query) {
        assertEquals(List.of(), names(query, Language.EN));
    }

    @Test
    void exactAndPrefixMatchesComeBeforeTypoMatches() {
        // "elid" starts Elidel; Eliquis is one letter off ("eliq").
        assertEquals(List.of("Elidel", "Eliquis"), names("elid", Language.EN));
    }

    @Test
    void queriesThatAreNotTwoLettersOrDigitsFindNothing() {
        assertEquals(List.of(), names("a.", Language.EN));
        assertEquals(List.of(), names("--", Language.EN));
        assertEquals("a.", INDEX.search("a.", Language.EN).query());
    }

    @Test
    void rowsOfOneMedicineShareTheirClassesSoNoNameShowsFewer() {
        MedicineResult prednisone = INDEX.search("prednisone", Language.EN).results().get(0);
        assertEquals(List.of("SYSTEMIC_CORTICOSTEROID", "IMMUNOSUPPRESSANT"),
                prednisone.classes().stream().map(MedicineClass::code).toList());
        assertEquals(List.of("prednisone"), prednisone.ingredients());
        assertEquals(MedicineKind.INGREDIENT, prednisone.kind());
    }

    @Test
    void resultsCarryKindRxcuiIngredientsAndLabelsInTheRequestLanguage() {
        MedicineResult eliquis = INDEX.search("eliq", Language.EN).results().get(0);
        assertEquals(new MedicineResult("Eliquis", MedicineKind.BRAND, "1364441", List.of("apixaban"),
                List.of(new MedicineClass("ANTICOAGULANT", "blood thinner (anticoagulant)"))), eliquis);
        MedicineResult spanish = INDEX.search("eliq", Language.ES).results().get(0);
        assertEquals(List.of(new MedicineClass("ANTICOAGULANT", "anticoagulante (para evitar coágulos)")), spanish.classes());
        assertEquals(List.of(), INDEX.search("tylenol", Language.EN).results().get(0).classes());
        assertEquals(null, INDEX.search("aspirin and", Language.EN).results().get(0).rxcui());
        assertEquals(List.of("aspirin", "dipyridamole"), INDEX.search("aspirin and", Language.EN).results().get(0).ingredients());
    }

    @Test
    void keysAreNormalisedAsTheDataIs() {
        assertEquals("apixaban", MedicineIndex.key("Apixabán"));
        assertEquals("st joseph s aspirin", MedicineIndex.key("  St. Joseph's  Aspirin! "));
        assertEquals("advil pm 200", MedicineIndex.key("ADVIL-PM (200)"));
        assertEquals("", MedicineIndex.key("¿¡ -- !?"));
    }

    /** The load checks a key without normalising it: a text is its own key exactly when it looks like one. */
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(value = {"''", "a", "ab", "a b", "ab 12", "' a'", "'a '", "'a  b'", "A", "a-b", "á", "a\tb", "ß", "ﬁ", "a.b"})
    void aTextIsItsOwnKeyExactlyWhenItLooksLikeOne(String text) {
        assertEquals(MedicineIndex.key(text).equals(text), MedicineIndex.isKey(text));
        assertEquals(slowKey(text), MedicineIndex.key(text));
    }

    @Test
    void asciiTextIsKeyedAsTheFullNormalisationKeysIt() {
        for (String text : List.of("Advil PM", "  St. Joseph's  Aspirin! ", "ADVIL-PM (200)", "x", "--a--b--", "a1b2 C3",
                "tab\tand\nline", "")) {
            assertEquals(slowKey(text), MedicineIndex.key(text), text);
        }
    }

    /** The key as the Unicode normalisation alone gives it, for every text (the index skips it for ASCII). */
    private static String slowKey(String text) {
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder();
        boolean gap = false;
        for (char c : decomposed.toCharArray()) {
            c = Character.toLowerCase(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(gap && key.length() > 0 ? " " : "").append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    @Test
    void theChecksumCoversTheData() {
        MedicineIndex other = new MedicineIndex(withChecksum(body().replace("Eliquis", "ELIQUIS")), TERMINOLOGY, LABELS);
        assertTrue(!other.checksum().equals(INDEX.checksum()));
        assertEquals(INDEX.checksum(), new MedicineIndex(fixture(), TERMINOLOGY, LABELS).checksum());
    }

    @Test
    void aFileEditedByHandStopsTheStart() {
        String edited = fixture().replace("Eliquis", "Eliquiss");
        assertRefused(edited, "was changed after it was generated");
    }

    @Test
    void aFileWithoutChecksumStopsTheStart() {
        assertRefused(body(), "has no body-sha256 line");
    }

    @Test
    void anUnknownClassStopsTheStart() {
        assertRefused(withChecksum(body() + "foo\tFoo\tbrand\t*\t1\tfoo\tBLOOD_THINNER\n"), "unknown class 'BLOOD_THINNER'");
    }

    @Test
    void aClassWithoutPatientLabelStopsTheStart() {
        assertRefused(withChecksum(body() + "foo\tFoo\tbrand\t*\t1\tfoo\tPREGNANCY\n"), "class 'PREGNANCY' has no patient-facing label");
    }

    @Test
    void malformedRowsStopTheStart() {
        assertRefused(withChecksum(body() + "foo\tFoo\tbrand\t*\t1\tfoo\n"), "6 columns instead of 7");
        assertRefused(withChecksum(body() + "foo\tFoo\tgeneric\t*\t1\tfoo\t\n"), "unknown kind 'generic'");
        assertRefused(withChecksum(body() + "foo\tFoo\tbrand\tfr\t1\tfoo\t\n"), "unknown language 'fr'");
        assertRefused(withChecksum(body() + "foo\tFoo\tbrand\t*\tRX1\tfoo\t\n"), "the rxcui is not a number");
        assertRefused(withChecksum(body() + "St. Foo\tFoo\tbrand\t*\t1\tfoo\t\n"), "the key is not a normalised name");
        assertRefused(withChecksum(""), "holds no names");
    }

    @Test
    void labelsForEveryLanguageAndOnlyForKnownClasses() {
        String english = "ANTICOAGULANT = blood thinner\n";
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> MedicineClassLabels.of(Map.of(Language.EN, english), TERMINOLOGY));
        assertTrue(missing.getMessage().contains("medicine-classes_es.properties is missing"), missing.getMessage());
        IllegalStateException different = assertThrows(IllegalStateException.class,
                () -> MedicineClassLabels.of(Map.of(Language.EN, english, Language.ES, "NSAID = AINE\n"), TERMINOLOGY));
        assertTrue(different.getMessage().contains("name different classes"), different.getMessage());
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> MedicineClassLabels.of(Map.of(Language.EN, "THINNER = x\n", Language.ES, "THINNER = x\n"), TERMINOLOGY));
        assertTrue(unknown.getMessage().contains("'THINNER' is not a class"), unknown.getMessage());
    }

    private static void assertRefused(String text, String expected) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new MedicineIndex(text, TERMINOLOGY, LABELS));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
        assertTrue(refused.getMessage().contains("terminology/medicines.tsv"), refused.getMessage());
    }

    static String fixture() {
        try (InputStream in = MedicineIndexTest.class.getClassLoader().getResourceAsStream("terminology/medicines-fixture.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body() {
        String text = fixture();
        return text.substring(text.indexOf("\n", text.indexOf("# body-sha256")) + 1);
    }

    private static String withChecksum(String body) {
        try {
            return "# body-sha256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8))) + "\n" + body;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
