package com.clinicscreen.screening.medicines;

import com.clinicscreen.screening.api.MedicineClass;
import com.clinicscreen.screening.api.MedicineKind;
import com.clinicscreen.screening.api.MedicineResult;
import com.clinicscreen.screening.api.MedicineSearch;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.terminology.Terminology;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * The medicine names patients search (data: terminology/medicines.tsv, written by
 * src/terminology/generate.py): one row per name, with the RxNorm concept it stands for, its ingredients
 * and the classes the screening asks about. Loaded and checked once at start; a file that is missing,
 * edited by hand (its body no longer matches the checksum in its header), has a malformed row or names a
 * class without a patient-facing label stops the service.
 *
 * <p>Names are kept sorted, and so are the later words of each name, so an exact or prefix match is a
 * binary search; the typo-tolerant path scans the names with a banded distance that gives up on a name
 * after a few letters. Each result is built at load, in every language, so a search allocates only its
 * candidate list.
 */
// A bean made by startup.BuiltInDataBeans from what startup.BuiltInData loaded at start.
public class MedicineIndex {

    static final String FILE = "terminology/medicines.tsv";
    public static final int MAX_RESULTS = 10;
    /** The shortest query searched for: one letter matches too much to help. */
    public static final int MIN_QUERY = 2;
    public static final int MAX_QUERY = 60;
    private static final Logger LOG = Logger.getLogger(MedicineIndex.class);

    // Score of a candidate, lower is better, packed into a long: tier, distance, language, kind, length,
    // then the name's alphabetical position (names are sorted by key, so its index).
    private static final int EXACT = 0;
    private static final int PREFIX = 1;
    private static final int LATER_WORD = 2;
    private static final int TYPO = 3;
    private static final int NAME_BITS = 20;

    /** One searchable name. */
    private record Name(String key, char[] chars, int[] wordStarts, Language language, boolean common, int medicine,
            MedicineResult[] views) {}

    private final Name[] names;
    private final String[] keys;
    // Every later word of every name to its end ("aspirin" of "baby aspirin"), sorted, with its name.
    private final String[] laterWords;
    private final int[] laterWordNames;
    private final int medicines;
    // For reading a patient's medicine list: each medicine by its rxcui, each name by its key (its first
    // position), and each medicine's classes.
    private final Map<String, Integer> medicineByRxcui;
    private final Map<String, Integer> nameByKey;
    private final List<MedicineClass>[] classesOfMedicine;
    private final String checksum;
    private final long loadMillis;

    public MedicineIndex(Terminology terminology) {
        this(read(), terminology, MedicineClassLabels.load(terminology));
    }

    /** An index over the given file text (for tests of what a broken file does). */
    MedicineIndex(String text, Terminology terminology, MedicineClassLabels labels) {
        // Runs once at start, mostly interpreted: one pass over the text in small methods the JIT compiles
        // early, with plain loops, and no regex, Normalizer, lambda or string building unless a row is broken.
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        MessageDigest digest = sha256();
        String body = checkedBody(text, problems, digest);
        Rows rows = new Rows(body, terminology, labels, problems);
        int line = 0;
        for (int from = 0; from <= body.length(); ) {
            int end = body.indexOf('\n', from);
            end = end < 0 ? body.length() : end;
            line++;
            if (end > from) {
                rows.read(from, end, line);
            }
            from = end + 1;
        }
        if (rows.count == 0) {
            problems.add(FILE + " holds no names");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The medicine search data " + FILE + " is unusable:\n  - "
                    + String.join("\n  - ", problems.subList(0, Math.min(problems.size(), 20))));
        }
        if (rows.count >= 1 << NAME_BITS) {
            throw new IllegalStateException(FILE + " holds more names than the index can rank");
        }
        // The generator writes the rows in this order, which is checked as they are read; a file in another
        // order (a test's) is sorted here.
        int[] order = rows.sorted ? null : rows.sortedOrder();
        names = new Name[rows.count];
        keys = new String[rows.count];
        LaterWords later = new LaterWords(rows.laterWords);
        nameByKey = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            names[i] = rows.name(order == null ? i : order[i], i, later);
            keys[i] = names[i].key();
            if (i == 0 || !keys[i].equals(keys[i - 1])) {
                nameByKey.put(keys[i], i);
            }
        }
        medicineByRxcui = rows.medicineIds;
        classesOfMedicine = rows.classesOfMedicine;
        later.sort();
        laterWords = later.words;
        laterWordNames = later.names;
        medicines = rows.medicines;
        // The checksum of body + "\n" + labels, continuing the digest the body check took.
        digest.update(("\n" + labelsFingerprint(labels, rows.classNames())).getBytes(StandardCharsets.UTF_8));
        checksum = HexFormat.of().formatHex(digest.digest());
        loadMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Medicine search loaded in %d ms: %d names of %d medicines, %d later words (about %d KB)",
                loadMillis, names.length, medicines, laterWords.length, (rows.bytes + later.bytes) / 1024);
    }

    /**
     * The rows of the file as read, in file order. Rows of one medicine (the same rxcui; a row without one is a
     * medicine of its own) share its ingredients and classes: a name never shows fewer classes than another
     * name of the same medicine. Almost every medicine has one row, so a medicine keeps its first row's cells
     * as they are and gets sets only when a later row differs.
     */
    private static final class Rows {

        private static final List<MedicineClass>[] NO_CLASSES = noClasses();

        private final String body;
        private final Terminology terminology;
        private final MedicineClassLabels labels;
        private final List<String> problems;
        private final int[] tabs = new int[6];
        // By row, in file order (grown as needed: a row is about 70 bytes, so they rarely are).
        private String[] key;
        private String[] display;
        private MedicineKind[] kind;
        private Language[] language;
        private String[] rxcui;
        private int[] medicine;
        // By medicine id: the rxcui, or "name:" and the key for a row without one (never a number).
        final Map<String, Integer> medicineIds;
        // By medicine: its first row's ingredients and classes cells, and the sets of one whose rows differ.
        private String[] ingredientsCell;
        private String[] classesCell;
        private Set<String>[] mergedIngredients;
        private Set<String>[] mergedClasses;
        List<MedicineClass>[] classesOfMedicine;
        private final Set<String> checkedClassCells = new HashSet<>();
        private final Map<String, List<MedicineClass>[]> labelledCells = new HashMap<>();
        int count;
        int medicines;
        int laterWords;
        boolean sorted = true;
        /** A rough size of the names and their results, for the start log. */
        long bytes;

        @SuppressWarnings("unchecked")
        Rows(String body, Terminology terminology, MedicineClassLabels labels, List<String> problems) {
            this.body = body;
            this.terminology = terminology;
            this.labels = labels;
            this.problems = problems;
            int capacity = body.length() / 64 + 16;
            key = new String[capacity];
            display = new String[capacity];
            kind = new MedicineKind[capacity];
            language = new Language[capacity];
            rxcui = new String[capacity];
            medicine = new int[capacity];
            medicineIds = new HashMap<>(capacity * 2);
            ingredientsCell = new String[capacity];
            classesCell = new String[capacity];
            mergedIngredients = new Set[capacity];
            mergedClasses = new Set[capacity];
            classesOfMedicine = new List[capacity];
        }

        private void grow() {
            int capacity = key.length * 2;
            key = Arrays.copyOf(key, capacity);
            display = Arrays.copyOf(display, capacity);
            kind = Arrays.copyOf(kind, capacity);
            language = Arrays.copyOf(language, capacity);
            rxcui = Arrays.copyOf(rxcui, capacity);
            medicine = Arrays.copyOf(medicine, capacity);
            ingredientsCell = Arrays.copyOf(ingredientsCell, capacity);
            classesCell = Arrays.copyOf(classesCell, capacity);
            mergedIngredients = Arrays.copyOf(mergedIngredients, capacity);
            mergedClasses = Arrays.copyOf(mergedClasses, capacity);
            classesOfMedicine = Arrays.copyOf(classesOfMedicine, capacity);
        }

        /** Reads and checks the row between {@code from} and {@code end} (its line break). */
        void read(int from, int end, int line) {
            int columns = 1;
            for (int at = body.indexOf('\t', from); at >= 0 && at < end; at = body.indexOf('\t', at + 1)) {
                if (columns <= tabs.length) {
                    tabs[columns - 1] = at;
                }
                columns++;
            }
            if (columns != 7) {
                problems.add(where(line) + ": " + columns + " columns instead of 7");
                return;
            }
            String keyCell = body.substring(from, tabs[0]);
            String displayCell = body.substring(tabs[0] + 1, tabs[1]);
            String kindCell = body.substring(tabs[1] + 1, tabs[2]);
            String languageCell = body.substring(tabs[2] + 1, tabs[3]);
            String rxcuiCell = body.substring(tabs[3] + 1, tabs[4]);
            String ingredients = body.substring(tabs[4] + 1, tabs[5]);
            String classes = body.substring(tabs[5] + 1, end);
            if (!isKey(keyCell) || keyCell.length() < MIN_QUERY) {
                problems.add(where(line) + ": the key is not a normalised name");
            }
            if (displayCell.isBlank()) {
                problems.add(where(line) + ": no display name");
            }
            MedicineKind kindOf = kind(kindCell);
            if (kindOf == null) {
                problems.add(where(line) + ": unknown kind '" + kindCell + "'");
            }
            Language languageOf = languageCell.equals("*") ? null : language(languageCell);
            if (languageOf == null && !languageCell.equals("*")) {
                problems.add(where(line) + ": unknown language '" + languageCell + "'");
            }
            if (!isDigits(rxcuiCell)) {
                problems.add(where(line) + ": the rxcui is not a number");
            }
            if (!classes.isEmpty() && !checkedClassCells.contains(classes)) {
                checkClasses(classes, line);
            }
            if (count == key.length) {
                grow(); // medicines never outnumber rows, so this grows theirs too
            }
            int id = medicineOf(rxcuiCell.isEmpty() ? "name:".concat(keyCell) : rxcuiCell, ingredients, classes);
            if (count > 0 && sorted) {
                int compared = key[count - 1].compareTo(keyCell);
                sorted = compared < 0 || (compared == 0 && display[count - 1].compareTo(displayCell) <= 0);
            }
            key[count] = keyCell;
            display[count] = displayCell;
            kind[count] = kindOf;
            language[count] = languageOf;
            rxcui[count] = rxcuiCell.isEmpty() ? null : rxcuiCell;
            medicine[count] = id;
            for (int at = keyCell.indexOf(' '); at >= 0; at = keyCell.indexOf(' ', at + 1)) {
                laterWords++;
            }
            count++;
        }

        private void checkClasses(String classes, int line) {
            int before = problems.size();
            for (String name : classes.split(",")) {
                if (terminology.terminologyClass(name) == null) {
                    problems.add(where(line) + ": unknown class '" + name + "'");
                } else if (labels.label(name, Language.EN) == null) {
                    problems.add(where(line) + ": class '" + name + "' has no patient-facing label in "
                            + MedicineClassLabels.BUNDLE + "*.properties");
                }
            }
            if (problems.size() == before) {
                checkedClassCells.add(classes);
            }
        }

        private int medicineOf(String id, String ingredients, String classes) {
            Integer known = medicineIds.get(id);
            if (known == null) {
                medicineIds.put(id, medicines);
                ingredientsCell[medicines] = ingredients;
                classesCell[medicines] = classes;
                return medicines++;
            }
            int m = known;
            mergedIngredients[m] = merge(mergedIngredients[m], ingredientsCell[m], ingredients, "\\|");
            mergedClasses[m] = merge(mergedClasses[m], classesCell[m], classes, ",");
            return m;
        }

        /** The name of row {@code row}, ranked {@code rank}-th, with its results built in every language. */
        Name name(int row, int rank, LaterWords later) {
            int m = medicine[row];
            List<String> ingredients = mergedIngredients[m] != null ? List.copyOf(mergedIngredients[m])
                    : ingredients(ingredientsCell[m]);
            List<MedicineClass>[] classes = mergedClasses[m] != null ? labelled(String.join(",", mergedClasses[m]))
                    : classesCell[m].isEmpty() ? NO_CLASSES : labelled(classesCell[m]);
            MedicineResult[] views = new MedicineResult[classes.length];
            for (int l = 0; l < views.length; l++) {
                // A medicine of no class reads the same in every language: one result serves them all.
                views[l] = l > 0 && classes[l].isEmpty() ? views[0]
                        : new MedicineResult(display[row], kind[row], rxcui[row], ingredients, classes[l]);
            }
            String name = key[row];
            int[] starts = FIRST_WORD_ONLY;
            int space = name.indexOf(' ');
            if (space >= 0) {
                int words = 2;
                for (int at = name.indexOf(' ', space + 1); at >= 0; at = name.indexOf(' ', at + 1)) {
                    words++;
                }
                starts = new int[words];
                int w = 1;
                for (int at = space; at >= 0; at = name.indexOf(' ', at + 1)) {
                    starts[w++] = at + 1;
                    later.add(name.substring(at + 1), rank);
                }
            }
            classesOfMedicine[m] = classes[0];
            bytes += 2L * (40 + name.length()) + 4L * starts.length + 64
                    + views.length * (88L + display[row].length() + 16L * classes[0].size());
            return new Name(name, name.toCharArray(), starts, language[row], kind[row] == MedicineKind.COMMON, m, views);
        }

        /** The classes of a cell, labelled in each language, shared by every row with that cell. */
        @SuppressWarnings("unchecked")
        private List<MedicineClass>[] labelled(String cell) {
            List<MedicineClass>[] views = labelledCells.get(cell);
            if (views == null) {
                String[] names = cell.split(",");
                views = new List[LANGUAGES.length];
                for (Language l : LANGUAGES) {
                    MedicineClass[] view = new MedicineClass[names.length];
                    for (int i = 0; i < names.length; i++) {
                        view[i] = new MedicineClass(names[i], labels.label(names[i], l));
                    }
                    views[l.ordinal()] = List.of(view);
                }
                labelledCells.put(cell, views);
            }
            return views;
        }

        /** Every class a result shows, sorted (the checksum covers their labels). */
        Set<String> classNames() {
            Set<String> names = new TreeSet<>();
            for (String cell : labelledCells.keySet()) {
                names.addAll(Arrays.asList(cell.split(",")));
            }
            return names;
        }

        /** The rows' positions in key then display order, equal rows in file order (a sort that keeps ties). */
        int[] sortedOrder() {
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer, String>comparing(i -> key[i]).thenComparing(i -> display[i]));
            int[] sorted = new int[count];
            for (int i = 0; i < count; i++) {
                sorted[i] = order[i];
            }
            return sorted;
        }

        @SuppressWarnings("unchecked")
        private static List<MedicineClass>[] noClasses() {
            List<MedicineClass>[] none = new List[LANGUAGES.length];
            Arrays.fill(none, List.of());
            return none;
        }

        /** A cell's ingredients, each once: most cells hold one. */
        private static List<String> ingredients(String cell) {
            if (cell.isEmpty()) {
                return List.of();
            }
            if (cell.indexOf('|') < 0) {
                return List.of(cell);
            }
            return List.copyOf(new LinkedHashSet<>(Arrays.asList(cell.split("\\|"))));
        }

        /** The set of a medicine whose rows differ, made from its first row's cell when a later one differs. */
        private static Set<String> merge(Set<String> merged, String first, String cell, String separator) {
            if (merged == null) {
                if (cell.equals(first)) {
                    return null;
                }
                merged = new LinkedHashSet<>(split(first, separator));
            }
            merged.addAll(split(cell, separator));
            return merged;
        }

        private static List<String> split(String cell, String separator) {
            return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(separator));
        }
    }

    /** Every later word of every name to its end ("aspirin" of "baby aspirin"), with the name's rank. */
    private static final class LaterWords {

        final String[] words;
        final int[] names;
        private int count;
        /** A rough size of the words, for the start log. */
        long bytes;

        LaterWords(int capacity) {
            words = new String[capacity];
            names = new int[capacity];
        }

        void add(String word, int name) {
            bytes += 44 + word.length();
            words[count] = word;
            names[count++] = name;
        }

        /** Sorts by word, a word of several names keeping them in name order (both sorts are stable). */
        void sort() {
            // By first letter (a counting sort), then each letter's words: fewer comparisons than one sort of all.
            int[] from = new int[36 + 1];
            for (int i = 0; i < count; i++) {
                from[bucket(words[i]) + 1]++;
            }
            for (int b = 0; b < 36; b++) {
                from[b + 1] += from[b];
            }
            int[] next = from.clone();
            Entry[] entries = new Entry[count];
            for (int i = 0; i < count; i++) {
                entries[next[bucket(words[i])]++] = new Entry(words[i], names[i]);
            }
            for (int b = 0; b < 36; b++) {
                if (from[b + 1] - from[b] > 1) {
                    Arrays.sort(entries, from[b], from[b + 1]);
                }
            }
            for (int i = 0; i < count; i++) {
                words[i] = entries[i].word();
                names[i] = entries[i].name();
            }
        }

        /** The first letter's place in String order: a later word starts with 0-9 or a-z (the key was checked). */
        private static int bucket(String word) {
            char c = word.charAt(0);
            return c <= '9' ? c - '0' : c - 'a' + 10;
        }

        private record Entry(String word, int name) implements Comparable<Entry> {
            @Override
            public int compareTo(Entry other) {
                return word.compareTo(other.word);
            }
        }
    }

    private static final int[] FIRST_WORD_ONLY = {0};
    private static final Language[] LANGUAGES = Language.values();
    private static final String[] TAGS = tags();

    private static String where(int line) {
        return FILE + " body line " + line;
    }

    private static String[] tags() {
        String[] tags = new String[LANGUAGES.length];
        for (int i = 0; i < LANGUAGES.length; i++) {
            tags[i] = LANGUAGES[i].tag();
        }
        return tags;
    }

    /** The language of exactly this tag ("es", not "ES" or "es-MX"), or null. */
    private static Language language(String tag) {
        for (int i = 0; i < TAGS.length; i++) {
            if (TAGS[i].equals(tag)) {
                return LANGUAGES[i];
            }
        }
        return null;
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} is its own {@link #key}: only a-z, 0-9 and single spaces between them. */
    static boolean isKey(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                    && (c != ' ' || i == 0 || i == last || text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The medicines matching what a patient typed, best first, at most {@link #MAX_RESULTS}. The query is
     * normalised as the names are; one that normalises to under {@link #MIN_QUERY} characters matches nothing.
     */
    public MedicineSearch search(String query, Language language) {
        return search(query, language, true);
    }

    /** The search, with or without skipping the names no typo can reach (without: only to test the skipping). */
    MedicineSearch search(String query, Language language, boolean skipUnreachable) {
        String key = key(query);
        if (key.length() < MIN_QUERY) {
            return new MedicineSearch(query, List.of());
        }
        long[] found = new long[16];
        int count = 0;
        int from = lowerBound(keys, key);
        for (int i = from; i < keys.length && keys[i].startsWith(key); i++) {
            int tier = keys[i].length() == key.length() ? EXACT : PREFIX;
            found = grow(found, count);
            found[count++] = score(tier, 0, names[i], language, i);
        }
        for (int i = lowerBound(laterWords, key); i < laterWords.length && laterWords[i].startsWith(key); i++) {
            int owner = laterWordNames[i];
            found = grow(found, count);
            found[count++] = score(LATER_WORD, 0, names[owner], language, owner);
        }
        int allowed = key.length() >= 7 ? 2 : key.length() >= 4 ? 1 : 0;
        // Typo matches rank below every exact and prefix match: needed only when those are too few.
        if (allowed > 0 && distinctMedicines(found, count) < MAX_RESULTS) {
            char[] chars = key.toCharArray();
            PrefixDistance distance = new PrefixDistance(chars.length, allowed);
            long first = skipUnreachable ? firstLetters(chars, allowed) : ALL_LETTERS;
            for (int i = 0; i < names.length; i++) {
                Name name = names[i];
                int best = allowed + 1;
                for (int start : name.wordStarts()) {
                    if (sharesALetter(first, name.chars(), start, allowed)) {
                        best = Math.min(best, distance.of(chars, chars.length, name.chars(), start, allowed));
                    }
                }
                if (best <= allowed) {
                    found = grow(found, count);
                    found[count++] = score(TYPO, best, name, language, i);
                }
            }
        }
        Arrays.sort(found, 0, count);
        List<MedicineResult> results = new ArrayList<>(Math.min(count, MAX_RESULTS));
        int[] shown = new int[MAX_RESULTS];
        for (int c = 0; c < count && results.size() < MAX_RESULTS; c++) {
            Name name = names[(int) (found[c] & ((1 << NAME_BITS) - 1))];
            if (!contains(shown, results.size(), name.medicine())) {
                shown[results.size()] = name.medicine();
                results.add(name.views()[language.ordinal()]);
            }
        }
        return new MedicineSearch(query, results);
    }

    /*
     * Skipping a word no typo can reach: within `allowed` edits (substitutions, deletions, insertions, swaps of
     * two neighbours) at least one of the query's first allowed + 1 letters is kept (a substitution or deletion
     * loses one letter each; a swap keeps both), and the first kept one lands within the word's first
     * allowed + 1 letters (only the edits before it can shift it). A word whose first allowed + 1 letters share
     * none with the query's is further than allowed. Letters are bits of a long: a-z, 0-9, space.
     */
    private static final long ALL_LETTERS = -1L;

    private static long firstLetters(char[] query, int allowed) {
        long letters = 0;
        for (int p = 0; p <= allowed && p < query.length; p++) {
            letters |= letter(query[p]);
        }
        return letters;
    }

    private static boolean sharesALetter(long letters, char[] name, int start, int allowed) {
        int end = Math.min(name.length, start + allowed + 1);
        for (int p = start; p < end; p++) {
            if ((letters & letter(name[p])) != 0) {
                return true;
            }
        }
        return false;
    }

    private static long letter(char c) {
        if (c >= 'a' && c <= 'z') {
            return 1L << (c - 'a');
        }
        if (c >= '0' && c <= '9') {
            return 1L << (26 + c - '0');
        }
        return c == ' ' ? 1L << 36 : ALL_LETTERS; // nothing else is in a key; were it, it could match anything
    }

    /** A name as the index keys it: lower case, accents removed, each run of other than a-z0-9 one space, trimmed. */
    public static String key(String text) {
        if (isKey(text)) {
            return text;
        }
        // Only text beyond ASCII can have accents to remove: ASCII is its own decomposition.
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !key.isEmpty()) {
                    key.append(' ');
                }
                key.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The classes (their codes) of the medicine with this rxcui, or of every medicine with a name that normalises
     * as {@code name} does; empty for one of no concern; null when the index knows neither. Hash lookups: no scan.
     */
    public List<String> classesOf(String rxcui, String name) {
        List<String> classes = null;
        // Only a number is an rxcui: the map also holds "name:" ids of rows without one.
        Integer medicine = rxcui == null || !isDigits(rxcui) ? null : medicineByRxcui.get(rxcui);
        if (medicine != null) {
            classes = add(null, medicine);
        }
        Integer first = name == null ? null : nameByKey.get(key(name));
        if (first != null) {
            for (int i = first; i < keys.length && keys[i].equals(keys[first]); i++) {
                classes = add(classes, names[i].medicine());
            }
        }
        return classes == null ? null : List.copyOf(classes);
    }

    private List<String> add(List<String> classes, int medicine) {
        List<String> into = classes == null ? new ArrayList<>(2) : classes;
        for (MedicineClass each : classesOfMedicine[medicine]) {
            if (!into.contains(each.code())) {
                into.add(each.code());
            }
        }
        return into;
    }

    /** The SHA-256 of the data and labels the results are built from: changes whenever a result can. */
    public String checksum() {
        return checksum;
    }

    public int names() {
        return names.length;
    }

    public int medicines() {
        return medicines;
    }

    public long loadMillis() {
        return loadMillis;
    }

    private static long score(int tier, int distance, Name name, Language language, int index) {
        long score = tier;
        score = score * 4 + distance;
        score = score * 2 + (name.language() == null || name.language() == language ? 0 : 1);
        score = score * 2 + (name.common() ? 1 : 0);
        score = score * 256 + Math.min(name.key().length(), 255);
        return (score << NAME_BITS) | index;
    }

    private int distinctMedicines(long[] found, int count) {
        int[] seen = new int[MAX_RESULTS];
        int distinct = 0;
        for (int c = 0; c < count && distinct < MAX_RESULTS; c++) {
            int medicine = names[(int) (found[c] & ((1 << NAME_BITS) - 1))].medicine();
            if (!contains(seen, distinct, medicine)) {
                seen[distinct++] = medicine;
            }
        }
        return distinct;
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static long[] grow(long[] array, int count) {
        return count < array.length ? array : Arrays.copyOf(array, array.length * 2);
    }

    private static int lowerBound(String[] sorted, String key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static MedicineKind kind(String kind) {
        return switch (kind) {
            case "brand" -> MedicineKind.BRAND;
            case "ingredient" -> MedicineKind.INGREDIENT;
            case "common" -> MedicineKind.COMMON;
            default -> null;
        };
    }


    private static String labelsFingerprint(MedicineClassLabels labels, Set<String> classNames) {
        StringBuilder text = new StringBuilder();
        for (String name : classNames) {
            for (Language language : LANGUAGES) {
                text.append(name).append('\t').append(language.tag()).append('\t')
                        .append(labels.label(name, language)).append('\n');
            }
        }
        return text.toString();
    }

    private static String read() {
        try (InputStream in = MedicineIndex.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("The medicine search data " + FILE
                        + " is missing from the service: regenerate it with src/terminology/generate.py");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The medicine search data " + FILE + " cannot be read", e);
        }
    }

    /**
     * The rows after the header, once their checksum matches the one the header states; {@code digest} is left
     * holding the body, for the index's own checksum to continue.
     */
    private static String checkedBody(String text, List<String> problems, MessageDigest digest) {
        String declared = null;
        int body = 0;
        while (body < text.length() && text.startsWith("#", body)) {
            int end = text.indexOf('\n', body);
            end = end < 0 ? text.length() : end;
            String line = text.substring(body, end);
            if (line.startsWith("# body-sha256 ")) {
                declared = line.substring("# body-sha256 ".length()).trim();
            }
            body = Math.min(end + 1, text.length());
        }
        String rows = text.substring(body);
        digest.update(rows.getBytes(StandardCharsets.UTF_8));
        String actual = HexFormat.of().formatHex(copy(digest).digest());
        if (declared == null) {
            problems.add(FILE + " has no body-sha256 line");
        } else if (!declared.equals(actual)) {
            problems.add(FILE + " was changed after it was generated (body-sha256 " + actual + ", header says "
                    + declared + "): regenerate it with src/terminology/generate.py");
        }
        return rows;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 of this JVM cannot be copied", e);
        }
    }
}
