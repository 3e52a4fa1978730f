package com.clinicscreen.screening.cdshooks;

import com.clinicscreen.screening.domain.Certainty;
import com.clinicscreen.screening.domain.FindingCode;
import com.clinicscreen.screening.shipped.JsonTwin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The code table (data: ehr/code-table.yaml) that maps coded observation values (pregnancy and
 * breastfeeding status) and allergies to the findings the JSON API uses. Loaded and checked once at start.
 */
// A bean made by startup.BuiltInDataBeans from what startup.BuiltInData loaded at start.
public class CodeTable {

    static final String RESOURCE = "ehr/code-table.yaml";

    /** A table entry that matched: the finding (null means "known to be absent", e.g. not pregnant). */
    public record Match(FindingCode finding, Certainty certainty, String label) {}

    record Document(String version, Map<String, String> systems, List<ObservationEntry> observations, List<Entry> allergies) {}

    record Entry(String system, String code, String finding, String certainty, String confidence, String label) {}

    record ObservationEntry(SystemCode code, List<Entry> values) {}

    record SystemCode(String system, String code) {}

    private final String version;
    private final Map<String, List<Entry>> allergies = new HashMap<>();
    private final Map<String, List<Entry>> observationValues = new HashMap<>();
    private final Map<String, String> systems;
    private int size;

    public CodeTable() {
        Document doc;
        try {
            doc = JsonTwin.readResource(RESOURCE, Document.class);
            if (doc == null) {
                throw new IllegalStateException("Code table " + RESOURCE + " is missing from the service");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Code table " + RESOURCE + " cannot be read", e);
        }
        this.version = doc.version();
        this.systems = doc.systems();
        List<String> problems = new ArrayList<>();
        index(doc.allergies(), allergies, "allergies", problems);
        for (ObservationEntry observation : doc.observations() == null ? List.<ObservationEntry>of() : doc.observations()) {
            String observationKey = key(url(observation.code().system(), problems), observation.code().code());
            for (Entry value : observation.values()) {
                check(value, "observations", problems);
                observationValues.computeIfAbsent(observationKey + "=" + key(url(value.system(), problems), value.code()),
                        k -> new ArrayList<>()).add(value);
                size++;
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Code table " + RESOURCE + " is invalid:\n  - " + String.join("\n  - ", problems));
        }
    }

    public String version() {
        return version;
    }

    public int size() {
        return size;
    }

    public List<Match> allergy(String system, String code) {
        return lookup(allergies, system, code);
    }

    public List<Match> observation(String system, String code, String valueSystem, String valueCode) {
        List<Entry> entries = observationValues.get(key(system, code) + "=" + key(valueSystem, valueCode));
        return entries == null ? List.of() : entries.stream().map(CodeTable::match).toList();
    }

    private List<Match> lookup(Map<String, List<Entry>> table, String system, String code) {
        List<Entry> entries = table.get(key(system, code));
        return entries == null ? List.of() : entries.stream().map(CodeTable::match).toList();
    }

    private void index(List<Entry> entries, Map<String, List<Entry>> into, String section, List<String> problems) {
        for (Entry entry : entries == null ? List.<Entry>of() : entries) {
            check(entry, section, problems);
            String system = url(entry.system(), problems);
            into.computeIfAbsent(key(system, entry.code()), k -> new ArrayList<>()).add(entry);
            size++;
        }
    }

    private void check(Entry entry, String section, List<String> problems) {
        if (!"NONE".equals(entry.finding())) {
            try {
                FindingCode.valueOf(entry.finding());
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(section + " " + entry.code() + ": unknown finding '" + entry.finding() + "'");
            }
        }
        if (entry.certainty() != null && !List.of("CONFIRMED", "UNSURE").contains(entry.certainty())) {
            problems.add(section + " " + entry.code() + ": certainty must be CONFIRMED or UNSURE");
        }
    }

    private String url(String systemKey, List<String> problems) {
        String url = systems.get(systemKey);
        if (url == null) {
            problems.add("unknown system '" + systemKey + "'");
        }
        return url;
    }

    private static Match match(Entry entry) {
        FindingCode finding = "NONE".equals(entry.finding()) ? null : FindingCode.valueOf(entry.finding());
        Certainty certainty = "UNSURE".equals(entry.certainty()) ? Certainty.UNSURE : Certainty.CONFIRMED;
        return new Match(finding, certainty, entry.label());
    }

    private static String key(String system, String code) {
        return system + "|" + code;
    }
}
