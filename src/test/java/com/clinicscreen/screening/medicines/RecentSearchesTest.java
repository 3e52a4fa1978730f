package com.clinicscreen.screening.medicines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.terminology.Terminology;
import org.junit.jupiter.api.Test;

class RecentSearchesTest {

    private static final Terminology TERMINOLOGY = new Terminology();
    private static final MedicineIndex INDEX = new MedicineIndex(MedicineIndexTest.fixture(), TERMINOLOGY,
            MedicineClassLabels.load(TERMINOLOGY));

    @Test
    void answersAsTheIndexPerLanguageAndStaysBounded() {
        RecentSearches searches = new RecentSearches(INDEX);
        assertEquals(INDEX.search("aspi", Language.ES), searches.search("aspi", Language.ES));
        assertEquals(INDEX.search("aspi", Language.EN), searches.search("aspi", Language.EN));
        assertSame(searches.search("aspi", Language.ES), searches.search("aspi", Language.ES));
        for (int i = 0; i < RecentSearches.CAPACITY * 2 + 10; i++) {
            searches.search("q" + i, Language.EN);
            org.junit.jupiter.api.Assertions.assertTrue(searches.size() <= RecentSearches.CAPACITY);
        }
        assertEquals(INDEX.search("eliq", Language.EN), searches.search("eliq", Language.EN));
    }
}
