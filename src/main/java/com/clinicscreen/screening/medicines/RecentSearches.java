package com.clinicscreen.screening.medicines;

import com.clinicscreen.screening.api.MedicineSearch;
import com.clinicscreen.screening.domain.Language;
import jakarta.inject.Singleton;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers to recent searches, by query as sent and language: patients type the same beginnings of the
 * same names, and a typo-tolerant search scans every name. Bounded: when full it is emptied and fills again
 * with what is searched now, which needs no bookkeeping on the event loop. Holds nothing about a patient:
 * the answer depends only on the query and the published data.
 */
@Singleton
public class RecentSearches {

    static final int CAPACITY = 4096;

    private record Key(String query, Language language) {}

    private final MedicineIndex index;
    private final ConcurrentHashMap<Key, MedicineSearch> answers = new ConcurrentHashMap<>();

    public RecentSearches(MedicineIndex index) {
        this.index = index;
    }

    public MedicineSearch search(String query, Language language) {
        Key key = new Key(query, language);
        MedicineSearch answer = answers.get(key);
        if (answer == null) {
            answer = index.search(query, language);
            if (answers.size() >= CAPACITY) {
                answers.clear();
            }
            answers.put(key, answer);
        }
        return answer;
    }

    int size() {
        return answers.size();
    }
}
