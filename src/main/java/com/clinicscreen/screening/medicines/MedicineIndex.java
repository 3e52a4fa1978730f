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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final String checksum;
    private final long loadMillis;

    public MedicineIndex(Terminology terminology) {
        this(read(), terminology, MedicineClassLabels.load(terminology));
    }

    /** An index over the given file text (for tests of what a broken file does). */
    MedicineIndex(String text, Terminology terminology, MedicineClassLabels labels) {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        String body = checkedBody(text, problems);
        // Rows of one medicine (the same rxcui; a row without one is a medicine of its own) share its
        // ingredients and classes: a name never shows fewer classes than another name of the same medicine.
        Map<String, Set<String>> ingredientsOf = new LinkedHashMap<>();
        Map<String, Set<String>> classesOf = new LinkedHashMap<>();
        List<String[]> rows = new ArrayList<>();
        int line = 0;
        for (String row : body.split("\n", -1)) {
            line++;
            if (row.isEmpty()) {
                continue;
            }
            String[] cells = row.split("\t", -1);
            String where = FILE + " body line " + line;
            if (cells.length != 7) {
                problems.add(where + ": " + cells.length + " columns instead of 7");
                continue;
            }
            if (!cells[0].equals(key(cells[0])) || cells[0].length() < MIN_QUERY) {
                problems.add(where + ": the key is not a normalised name");
            }
            if (cells[1].isBlank()) {
                problems.add(where + ": no display name");
            }
            if (kind(cells[2]) == null) {
                problems.add(where + ": unknown kind '" + cells[2] + "'");
            }
            if (!cells[3].equals("*") && Language.fromTag(cells[3]).filter(l -> l.tag().equals(cells[3])).isEmpty()) {
                problems.add(where + ": unknown language '" + cells[3] + "'");
            }
            if (!cells[4].matches("[0-9]*")) {
                problems.add(where + ": the rxcui is not a number");
            }
            String medicine = medicineOf(cells);
            Set<String> ingredients = ingredientsOf.computeIfAbsent(medicine, m -> new LinkedHashSet<>());
            for (String ingredient : cells[5].isEmpty() ? new String[0] : cells[5].split("\\|")) {
                ingredients.add(ingredient);
            }
            Set<String> classes = classesOf.computeIfAbsent(medicine, m -> new LinkedHashSet<>());
            for (String name : cells[6].isEmpty() ? new String[0] : cells[6].split(",")) {
                if (terminology.terminologyClass(name) == null) {
                    problems.add(where + ": unknown class '" + name + "'");
                } else if (labels.label(name, Language.EN) == null) {
                    problems.add(where + ": class '" + name + "' has no patient-facing label in "
                            + MedicineClassLabels.BUNDLE + "*.properties");
                } else {
                    classes.add(name);
                }
            }
            rows.add(cells);
        }
        if (rows.isEmpty()) {
            problems.add(FILE + " holds no names");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The medicine search data " + FILE + " is unusable:\n  - "
                    + String.join("\n  - ", problems.subList(0, Math.min(problems.size(), 20))));
        }
        rows.sort(Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> r[1]));
        if (rows.size() >= 1 << NAME_BITS) {
            throw new IllegalStateException(FILE + " holds more names than the index can rank");
        }
        List<String> medicineIds = new ArrayList<>(ingredientsOf.keySet());
        Map<String, Integer> medicineIndex = new LinkedHashMap<>();
        for (int i = 0; i < medicineIds.size(); i++) {
            medicineIndex.put(medicineIds.get(i), i);
        }
        names = new Name[rows.size()];
        keys = new String[rows.size()];
        List<String> later = new ArrayList<>();
        List<Integer> laterOwners = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i);
            String medicine = medicineOf(cells);
            List<String> ingredients = List.copyOf(ingredientsOf.get(medicine));
            MedicineResult[] views = new MedicineResult[Language.values().length];
            for (Language language : Language.values()) {
                List<MedicineClass> classes = classesOf.get(medicine).stream()
                        .map(c -> new MedicineClass(c, labels.label(c, language))).toList();
                views[language.ordinal()] = new MedicineResult(cells[1], kind(cells[2]),
                        cells[4].isEmpty() ? null : cells[4], ingredients, classes);
            }
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int at = cells[0].indexOf(' '); at >= 0; at = cells[0].indexOf(' ', at + 1)) {
                starts.add(at + 1);
                later.add(cells[0].substring(at + 1));
                laterOwners.add(i);
            }
            keys[i] = cells[0];
            names[i] = new Name(cells[0], cells[0].toCharArray(), starts.stream().mapToInt(Integer::intValue).toArray(),
                    cells[3].equals("*") ? null : Language.fromTag(cells[3]).orElseThrow(),
                    kind(cells[2]) == MedicineKind.COMMON, medicineIndex.get(medicine), views);
        }
        Integer[] order = new Integer[later.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(later::get));
        laterWords = new String[order.length];
        laterWordNames = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            laterWords[i] = later.get(order[i]);
            laterWordNames[i] = laterOwners.get(order[i]);
        }
        medicines = medicineIds.size();
        checksum = sha256(body + "\n" + labelsFingerprint(labels, classesOf));
        loadMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Medicine search loaded in %d ms: %d names of %d medicines, %d later words (about %d KB)",
                loadMillis, names.length, medicines, laterWords.length, estimatedBytes() / 1024);
    }

    /**
     * The medicines matching what a patient typed, best first, at most {@link #MAX_RESULTS}. The query is
     * normalised as the names are; one that normalises to under {@link #MIN_QUERY} characters matches nothing.
     */
    public MedicineSearch search(String query, Language language) {
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
            for (int i = 0; i < names.length; i++) {
                Name name = names[i];
                int best = allowed + 1;
                for (int start : name.wordStarts()) {
                    best = Math.min(best, distance.of(chars, chars.length, name.chars(), start, allowed));
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

    /** A name as the index keys it: lower case, accents removed, each run of other than a-z0-9 one space, trimmed. */
    public static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
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

    private static String medicineOf(String[] cells) {
        return cells[4].isEmpty() ? "name:" + cells[0] : cells[4];
    }

    /** A rough size of what the index holds (strings, arrays, the prebuilt results), for the start log. */
    private long estimatedBytes() {
        long bytes = 0;
        for (Name name : names) {
            bytes += 2L * (40 + name.key().length()) + 4L * name.wordStarts().length + 64;
            for (MedicineResult view : name.views()) {
                bytes += 48 + 40 + view.name().length() + 16L * view.classes().size();
            }
        }
        for (String word : laterWords) {
            bytes += 40 + word.length() + 4;
        }
        return bytes;
    }

    private static String labelsFingerprint(MedicineClassLabels labels, Map<String, Set<String>> classesOf) {
        StringBuilder text = new StringBuilder();
        classesOf.values().stream().flatMap(Set::stream).distinct().sorted().forEach(name -> {
            for (Language language : Language.values()) {
                text.append(name).append('\t').append(language.tag()).append('\t')
                        .append(labels.label(name, language)).append('\n');
            }
        });
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

    /** The rows after the header, once their checksum matches the one the header states. */
    private static String checkedBody(String text, List<String> problems) {
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
        String actual = sha256(rows);
        if (declared == null) {
            problems.add(FILE + " has no body-sha256 line");
        } else if (!declared.equals(actual)) {
            problems.add(FILE + " was changed after it was generated (body-sha256 " + actual + ", header says "
                    + declared + "): regenerate it with src/terminology/generate.py");
        }
        return rows;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
