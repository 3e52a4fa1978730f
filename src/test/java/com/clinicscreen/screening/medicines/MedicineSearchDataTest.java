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
