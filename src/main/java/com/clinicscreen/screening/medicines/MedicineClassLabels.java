package com.clinicscreen.screening.medicines;

import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.terminology.Terminology;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The patient-facing name of each medicine class, per language (messages/medicine-classes*.properties). Every
 * language must name the same classes, and every name must be a class of the terminology, so a renamed
 * class cannot leave a search result without its label.
 */
public final class MedicineClassLabels {

    static final String BUNDLE = "messages/medicine-classes";

    private final Map<Language, Map<String, String>> labels;

    private MedicineClassLabels(Map<Language, Map<String, String>> labels) {
        this.labels = labels;
    }

    /** The bundles on the class path. */
    public static MedicineClassLabels load(Terminology terminology) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = resource(language);
            try (InputStream in = MedicineClassLabels.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    texts.put(language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return of(texts, terminology);
    }

    /** Bundles given as text; refused whole when one is missing, differs in its classes or names an unknown class. */
    static MedicineClassLabels of(Map<Language, String> texts, Terminology terminology) {
        List<String> problems = new ArrayList<>();
        Map<Language, Map<String, String>> labels = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String text = texts.get(language);
            if (text == null) {
                problems.add(resource(language) + " is missing");
                continue;
            }
            Map<String, String> entries = new TreeMap<>();
            Properties reader = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (entries.putIfAbsent((String) key, ((String) value).strip()) != null) {
                        problems.add(resource(language) + ": '" + key + "' is given more than once");
                    }
                    return null;
                }
            };
            try {
                reader.load(new StringReader(text));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(resource(language) + " cannot be read: " + e.getMessage());
            }
            entries.forEach((name, label) -> {
                if (terminology.terminologyClass(name) == null) {
                    problems.add(resource(language) + ": '" + name + "' is not a class of terminology/classes.tsv");
                }
                if (label.isEmpty()) {
                    problems.add(resource(language) + ": '" + name + "' has no text");
                }
            });
            labels.put(language, Map.copyOf(entries));
        }
        if (problems.isEmpty() && labels.values().stream().map(Map::keySet).distinct().count() > 1) {
            problems.add("the languages of " + BUNDLE + "*.properties name different classes");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The medicine class labels are not usable: " + String.join("; ", problems));
        }
        return new MedicineClassLabels(labels);
    }

    /** The class's patient-facing name, or null when the bundles do not name it. */
    public String label(String className, Language language) {
        return labels.get(language).get(className);
    }

    static String resource(Language language) {
        return BUNDLE + (language == Language.EN ? "" : "_" + language.tag()) + ".properties";
    }
}
