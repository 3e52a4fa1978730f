package com.clinicscreen.screening.medicines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.api.MedicineResult;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.terminology.Terminology;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search over the shipped data (terminology/medicines.tsv), run on the index directly. */
class MedicineSearchDataTest {

    private static final MedicineIndex INDEX = new MedicineIndex(new Terminology());

    @Test
    void everyNameTypedInFullFindsItsOwnMedicine() throws IOException {
        List<String> missed = new ArrayList<>();
        int rows = 0;
        for (String[] row : rows()) {
            rows++;
            Language language = row[3].equals("es") ? Language.ES : Language.EN;
            List<MedicineResult> results = INDEX.search(row[1], language).results();
            boolean found = results.stream().anyMatch(result -> row[4].isEmpty()
                    ? result.rxcui() == null && MedicineIndex.key(result.name()).equals(row[0])
                    : row[4].equals(result.rxcui()));
            if (!found) {
                missed.add(row[1] + " (" + row[4] + ")");
            }
        }
        assertEquals(INDEX.names(), rows);
        assertEquals(List.of(), missed);
    }

    @Test
    void atMostTenResultsOneForEachMedicine() {
        List<MedicineResult> results = INDEX.search("pr", Language.EN).results();
        assertEquals(10, results.size());
        assertEquals(10, results.stream().map(r -> r.rxcui() == null ? r.name() : r.rxcui()).distinct().count());
    }

    /** What patients type, with the medicine they mean: its name as shown (case and accents aside) and an ingredient. */
    @ParameterizedTest(name = "[{index}] \"{0}\" ({1}) finds {2}")
    @CsvSource({
            "eliqis, en, Eliquis, apixaban",
            "eliquis, en, Eliquis, apixaban",
            "eliq, en, Eliquis, apixaban",
            "xeralto, en, Xarelto, rivaroxaban",
            "xar, en, Xarelto, rivaroxaban",
            "acutane, en, Accutane, isotretinoin",
            "abso, en, Absorica, isotretinoin",
            "predisone, en, prednisone, prednisone",
            "ibuprofin, en, ibuprofen, ibuprofen",
            "clopidogrl, en, clopidogrel, clopidogrel",
            "prednisona, es, prednisona, prednisone",
            "ibuprofeno, es, ibuprofeno, ibuprofen",
            "aspirina, es, aspirina, aspirin",
            "warfarina, es, warfarina, warfarin",
            "aspirina, en, aspirina, aspirin",
            "asprin, en, aspirin, aspirin",
            "warferin, en, warfarin, warfarin",
            "coumadin, en, Coumadin, warfarin",
            "cumadin, en, Coumadin, warfarin",
            "plavix, en, Plavix, clopidogrel",
            "advil, en, Advil, ibuprofen",
            "motrin, en, Motrin, ibuprofen",
            "aleve, en, Aleve, naproxen",
            "naproxeno, es, naproxeno, naproxen",
            "methotrexate, en, methotrexate, methotrexate",
            "metotrexato, es, metotrexato, methotrexate",
            "pradaxa, en, Pradaxa, dabigatran etexilate",
            "celebrex, en, Celebrex, celecoxib",
            "dexametasona, es, dexametasona, dexamethasone",
            "baby asp, en, baby aspirin, aspirin"})
    void namesAsPatientsTypeThem(String query, String lang, String name, String ingredient) {
        Language language = Language.fromTag(lang).orElseThrow();
        List<MedicineResult> results = INDEX.search(query, language).results();
        assertTrue(results.stream().anyMatch(result -> MedicineIndex.key(result.name()).equals(MedicineIndex.key(name))
                        && result.ingredients().contains(ingredient)),
                "\"" + query + "\" did not find " + name + " (" + ingredient + "); found "
                        + results.stream().map(r -> r.name() + " " + r.ingredients()).toList());
    }

    /**
     * The typo scan skips the words no typo can reach; the results are those of scanning every word, for typos
     * anywhere, the first letters included (changed, left out, one put before, the first two swapped).
     */
    @Test
    void skippingUnreachableNamesChangesNoResult() throws IOException {
        List<String[]> rows = rows();
        int compared = 0;
        int typoFound = 0;
        for (int r = 0; r < rows.size(); r += 11) {
            String key = rows.get(r)[0];
            if (key.length() < 5) {
                continue;
            }
            List<String> queries = List.of(
                    (char) ('a' + (key.charAt(0) - 'a' + 1) % 26) + key.substring(1), // first letter wrong
                    key.substring(1), // first letter left out
                    "x" + key, // one letter too many in front
                    key.charAt(1) + "" + key.charAt(0) + key.substring(2), // first two swapped
                    "q" + key.substring(2), // two first letters lost, one wrong
                    key.substring(0, 2) + "z" + key.substring(3), // third letter wrong
                    key.substring(0, Math.min(key.length(), 7)) + "e", // a prefix, one letter off
                    key.substring(0, key.length() - 1) + "y");
            for (String query : queries) {
                for (Language language : Language.values()) {
                    List<MedicineResult> skipping = INDEX.search(query, language, true).results();
                    assertEquals(INDEX.search(query, language, false).results(), skipping, query);
                    compared++;
                    if (!skipping.isEmpty() && INDEX.search(query.substring(0, 4), language).results().isEmpty()) {
                        typoFound++; // found only by the typo scan
                    }
                }
            }
        }
        assertTrue(compared > 5000, "compared " + compared);
        assertTrue(typoFound > 200, "queries found only by the typo scan: " + typoFound);
    }

    /** The shipped file is read in its own order (checked, not sorted); in another order the index is the same. */
    @Test
    void theIndexDoesNotDependOnTheOrderOfTheRows() throws Exception {
        String text;
        try (InputStream in = MedicineSearchDataTest.class.getClassLoader().getResourceAsStream(MedicineIndex.FILE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = new ArrayList<>(List.of(text.substring(text.indexOf("\n", text.indexOf("# body-sha256")) + 1)
                .split("\n")));
        // Ordered by the key read backwards; rows with the same key keep their order (as the generator's sort
        // leaves rows of the same key and display in its own order, and the index keeps it).
        lines.sort(java.util.Comparator.comparing(line -> new StringBuilder(line.substring(0, line.indexOf('\t')))
                .reverse().toString()));
        String body = String.join("\n", lines) + "\n";
        String reversed = "# body-sha256 " + java.util.HexFormat.of().formatHex(java.security.MessageDigest
                .getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8))) + "\n" + body;
        Terminology terminology = new Terminology();
        MedicineIndex other = new MedicineIndex(reversed, terminology, MedicineClassLabels.load(terminology));
        assertEquals(INDEX.names(), other.names());
        assertEquals(INDEX.medicines(), other.medicines());
        List<String[]> rows = rows();
        for (int r = 0; r < rows.size(); r += 5) {
            String key = rows.get(r)[0];
            for (String query : List.of(key, key.substring(0, Math.min(3, key.length())), "x" + key.substring(1))) {
                for (Language language : Language.values()) {
                    assertEquals(INDEX.search(query, language).results(), other.search(query, language).results(), query);
                }
            }
            assertEquals(INDEX.classesOf(rows.get(r)[4], key), other.classesOf(rows.get(r)[4], key), key);
        }
    }

    private static List<String[]> rows() throws IOException {
        try (InputStream in = MedicineSearchDataTest.class.getClassLoader().getResourceAsStream(MedicineIndex.FILE)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        }
    }
}
