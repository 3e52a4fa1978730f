package com.clinicscreen.screening.terminology;

import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.FindingCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The terminology generated from published value sets (data: terminology/*.tsv, written by
 * src/terminology/generate.py): RxNorm codes and medicine names by class, SNOMED CT codes and ICD-10-CM
 * codes and ranges by class. Loaded and checked once at start; a file that is missing, edited by hand
 * (its body no longer matches the checksum in its header) or names an unknown class or finding stops the
 * service. Every lookup on the request path is a hash lookup.
 */
// A bean made by startup.BuiltInDataBeans from what startup.BuiltInData loaded at start.
public class Terminology {

    static final String DIRECTORY = "terminology/";
    private static final Logger LOG = Logger.getLogger(Terminology.class);
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+(?:[-'][a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private record Row(String mode, List<TerminologyClass> classes, String display) {}

    private record Name(String[] tokens, String text, List<TerminologyClass> classes) {}

    private final Map<String, TerminologyClass> classes = new HashMap<>();
    private final Map<String, Classification> medications = new HashMap<>();
    private final Map<String, Row> conditionCodes = new HashMap<>();
    private final Map<String, Row> icdPrefixes = new HashMap<>();
    private final Map<String, List<Name>> namesByFirstToken = new HashMap<>();
    private final long loadMillis;

    public Terminology() {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        for (String[] row : read("classes.tsv", 4, problems)) {
            classes.put(row[0], new TerminologyClass(row[0], findings(row[1], row[0], problems),
                    findings(row[2], row[0], problems), row[3]));
        }
        for (String[] row : read("medications.tsv", 5, problems)) {
            medications.put(row[0], new Classification(classes(row[2], "medications.tsv " + row[0], problems), row[3]));
        }
        for (String[] row : read("conditions.tsv", 7, problems)) {
            CodeSystem system = "icd10cm".equals(row[0]) ? CodeSystem.ICD10CM : "snomed".equals(row[0]) ? CodeSystem.SNOMED : null;
            if (system == null || !("code".equals(row[1]) || "prefix".equals(row[1])) || !("add".equals(row[3]) || "only".equals(row[3]))) {
                problems.add("conditions.tsv " + row[2] + ": unknown system, match or mode");
                continue;
            }
            Row entry = new Row(row[3], classes(row[4], "conditions.tsv " + row[2], problems), row[5]);
            String code = system == CodeSystem.ICD10CM ? icd(row[2]) : row[2];
            if ("prefix".equals(row[1])) {
                icdPrefixes.put(code, entry);
            } else {
                conditionCodes.put(system.name() + "|" + code, entry);
            }
        }
        for (String[] row : read("names.tsv", 3, problems)) {
            String[] tokens = tokens(row[0]).toArray(String[]::new);
            if (tokens.length == 0) {
                problems.add("names.tsv: a name without words");
                continue;
            }
            namesByFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>())
                    .add(new Name(tokens, row[0], classes(row[2], "names.tsv " + row[0], problems)));
        }
        if (medications.isEmpty() || icdPrefixes.isEmpty() || namesByFirstToken.isEmpty()) {
            problems.add("a terminology file holds no entries");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Terminology data under " + DIRECTORY + " is unusable:\n  - "
                    + String.join("\n  - ", problems.subList(0, Math.min(problems.size(), 20))));
        }
        loadMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Terminology loaded in %d ms: %d medication codes, %d condition codes and ICD-10 ranges, %d medicine names",
                loadMillis, medications.size(), conditionCodes.size() + icdPrefixes.size(), names());
    }

    /** A medication code's classes, or null when the terminology does not hold the code. */
    public Classification medication(String system, String code) {
        if (CodeSystem.of(system) != CodeSystem.RXNORM || code == null) {
            return null;
        }
        return medications.get(code.trim());
    }

    /**
     * A condition code's classes, or null when the terminology does not hold it. An ICD-10-CM code takes
     * the classes of the ranges that cover it (a more specific range may replace them) and of its own entry.
     */
    public Classification condition(String system, String code) {
        if (code == null) {
            return null;
        }
        return switch (CodeSystem.of(system)) {
            case SNOMED -> rowClassification(conditionCodes.get("SNOMED|" + code.trim()));
            case ICD10CM -> icdClassification(icd(code));
            default -> null;
        };
    }

    /** The medicine names in free text, matched by whole words ("aspirin" is not in "aspirin-free"). */
    public List<NameMatch> medicineNames(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = tokens(text);
        List<NameMatch> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (Name name : namesByFirstToken.getOrDefault(words.get(i), List.of())) {
                if (i + name.tokens().length <= words.size() && matchesAt(words, i, name.tokens()) && seen.add(name.text())) {
                    found.add(new NameMatch(name.text(), name.classes()));
                }
            }
        }
        return found;
    }

    public TerminologyClass terminologyClass(String name) {
        return classes.get(name);
    }

    public int medicationCodes() {
        return medications.size();
    }

    public int conditionEntries() {
        return conditionCodes.size() + icdPrefixes.size();
    }

    public int names() {
        return namesByFirstToken.values().stream().mapToInt(List::size).sum();
    }

    /** How long loading and checking the data took at start. */
    public long loadMillis() {
        return loadMillis;
    }

    private Classification icdClassification(String code) {
        List<TerminologyClass> found = new ArrayList<>();
        String display = "";
        boolean known = false;
        for (int length = Math.min(3, code.length()); length <= code.length(); length++) {
            Row row = icdPrefixes.get(code.substring(0, length));
            if (row == null) {
                continue;
            }
            known = true;
            if ("only".equals(row.mode())) {
                found.clear();
            }
            addAll(found, row.classes());
            display = row.display().isEmpty() ? display : row.display();
        }
        Row exact = conditionCodes.get("ICD10CM|" + code);
        if (exact != null) {
            known = true;
            addAll(found, exact.classes());
            display = exact.display().isEmpty() ? display : exact.display();
        }
        return known ? new Classification(List.copyOf(found), display) : null;
    }

    private static Classification rowClassification(Row row) {
        return row == null ? null : new Classification(row.classes(), row.display());
    }

    private static void addAll(List<TerminologyClass> into, List<TerminologyClass> more) {
        for (TerminologyClass each : more) {
            if (!into.contains(each)) {
                into.add(each);
            }
        }
    }

    private static boolean matchesAt(List<String> words, int start, String[] tokens) {
        for (int j = 0; j < tokens.length; j++) {
            if (!words.get(start + j).equals(tokens[j])) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, accents dropped, split into words; a hyphen or apostrophe inside a word keeps it whole. */
    static List<String> tokens(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(plain);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static String icd(String code) {
        return code.trim().replace(".", "").toUpperCase(Locale.ROOT);
    }

    private List<TerminologyClass> classes(String names, String where, List<String> problems) {
        List<TerminologyClass> found = new ArrayList<>();
        for (String name : names.isEmpty() ? new String[0] : names.split(",")) {
            TerminologyClass each = classes.get(name);
            if (each == null) {
                problems.add(where + ": unknown class '" + name + "'");
            } else {
                found.add(each);
            }
        }
        return List.copyOf(found);
    }

    private static List<ClassFinding> findings(String list, String where, List<String> problems) {
        List<ClassFinding> found = new ArrayList<>();
        for (String each : list.isEmpty() ? new String[0] : list.split(",")) {
            String[] parts = each.split(":");
            try {
                found.add(new ClassFinding(FindingCode.valueOf(parts[0]), Certainty.valueOf(parts[1])));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                problems.add("classes.tsv " + where + ": unknown finding or certainty '" + each + "'");
            }
        }
        return List.copyOf(found);
    }

    /** The rows of a data file, after checking its body against the checksum its header states. */
    private static List<String[]> read(String file, int columns, List<String> problems) {
        String text;
        try (InputStream in = Terminology.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                problems.add(file + " is missing from the service");
                return List.of();
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Terminology file " + file + " cannot be read", e);
        }
        String declared = null;
        int body = 0;
        List<String[]> rows = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            String line = text.substring(at, end);
            if (line.startsWith("#")) {
                if (line.startsWith("# body-sha256 ")) {
                    declared = line.substring("# body-sha256 ".length()).trim();
                }
                body = end + 1;
            } else if (!line.isEmpty()) {
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    problems.add(file + ": a line with " + cells.length + " columns instead of " + columns + ": " + line);
                } else {
                    rows.add(cells);
                }
            }
            at = end + 1;
        }
        String actual = sha256(text.substring(Math.min(body, text.length())));
        if (declared == null) {
            problems.add(file + " has no body-sha256 line");
        } else if (!declared.equals(actual)) {
            problems.add(file + " was changed after it was generated (body-sha256 " + actual + ", header says " + declared
                    + "): regenerate it with src/terminology/generate.py");
        }
        return rows;
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
