package com.clinicscreen.screening.problems;

import com.clinicscreen.screening.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The message bundles, one per language ({@code messages/problems.properties} for English,
 * {@code problems_<tag>.properties} for the others): key to {@link MessageFormat} pattern, as HAPI FHIR's
 * {@code hapi-messages.properties}. Read once at start and refused whole when anything is off, so the
 * service does not start rather than answer with a missing or wrong text: a key of {@link ProblemKey}
 * missing from a language, a key no code uses, a key given twice, placeholders other than exactly the
 * key's arguments, a typed placeholder ({@code {0,number}} would group digits differently per language)
 * or a lone apostrophe (MessageFormat would silently drop it and quote the rest).
 *
 * <p>Patterns are compiled at load into literal pieces and argument positions, so rendering is an array
 * read and a concatenation, with no shared mutable formatter between request threads.
 */
// A bean made by startup.BuiltInDataBeans from what startup.BuiltInData loaded at start.
public class ProblemTexts {

    static final String BUNDLE = "messages/problems";

    // Marks an argument's place in a pattern formatted once at load; private-use characters, refused in texts.
    private static final char MARK_START = '\uE000';
    private static final char MARK_END = '\uE001';

    /** A compiled pattern: {@code literals[0] args[arguments[0]] literals[1] ...}. */
    private record Template(String[] literals, int[] arguments) {

        String fill(List<String> args) {
            if (arguments.length == 0) {
                return literals[0];
            }
            StringBuilder text = new StringBuilder(literals[0]);
            for (int i = 0; i < arguments.length; i++) {
                text.append(args.get(arguments[i])).append(literals[i + 1]);
            }
            return text.toString();
        }
    }

    // [language][key]
    private final Template[][] templates;

    public ProblemTexts() {
        this(loadBundles());
    }

    private ProblemTexts(Map<Language, String> bundles) {
        List<String> problems = new ArrayList<>();
        templates = new Template[Language.values().length][];
        for (Language language : Language.values()) {
            templates[language.ordinal()] = compile(language, bundles.get(language), problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The problem message bundles (" + BUNDLE + "*.properties) are not usable: "
                    + String.join("; ", problems));
        }
    }

    /** Bundles given as text (for tests of what a broken bundle does). */
    static ProblemTexts of(Map<Language, String> bundles) {
        return new ProblemTexts(bundles);
    }

    public String render(ProblemMessage message, Language language) {
        return templates[language.ordinal()][message.key().ordinal()].fill(message.args());
    }

    public String render(ProblemKey key, Language language, Object... args) {
        return render(ProblemMessage.of(key, args), language);
    }

    static String resource(Language language) {
        return BUNDLE + (language == Language.EN ? "" : "_" + language.tag()) + ".properties";
    }

    private static Map<Language, String> loadBundles() {
        Map<Language, String> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = resource(language);
            try (InputStream in = ProblemTexts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    bundles.put(language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return bundles;
    }

    private static Template[] compile(Language language, String bundle, List<String> problems) {
        String where = resource(language);
        Template[] compiled = new Template[ProblemKey.values().length];
        if (bundle == null) {
            problems.add(where + " is missing");
            return compiled;
        }
        Map<String, String> patterns = parse(bundle, where, problems);
        for (String code : patterns.keySet()) {
            if (ProblemKey.forCode(code).isEmpty()) {
                problems.add(where + ": '" + code + "' is not a key the service uses");
            }
        }
        for (ProblemKey key : ProblemKey.values()) {
            String pattern = patterns.get(key.code());
            if (pattern == null || pattern.isBlank()) {
                problems.add(where + ": '" + key.code() + "' has no text");
                continue;
            }
            try {
                compiled[key.ordinal()] = template(key, pattern);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": '" + key.code() + "' " + e.getMessage());
            }
        }
        return compiled;
    }

    /** The entries of a properties text, in order; a key given twice is a problem, not an override. */
    private static Map<String, String> parse(String bundle, String where, List<String> problems) {
        Map<String, String> entries = new LinkedHashMap<>();
        Properties reader = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (entries.putIfAbsent((String) key, (String) value) != null) {
                    problems.add(where + ": '" + key + "' is given more than once");
                }
                return null;
            }
        };
        try {
            reader.load(new StringReader(bundle));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(where + " cannot be read: " + e.getMessage());
        }
        return entries;
    }

    private static Template template(ProblemKey key, String pattern) {
        if (pattern.indexOf(MARK_START) >= 0 || pattern.indexOf(MARK_END) >= 0) {
            throw new IllegalArgumentException("holds a private-use character");
        }
        if (pattern.replace("''", "").indexOf('\'') >= 0) {
            throw new IllegalArgumentException("has a lone apostrophe: write '' for one");
        }
        MessageFormat format;
        try {
            format = new MessageFormat(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a MessageFormat pattern (" + e.getMessage() + ")");
        }
        for (Format typed : format.getFormats()) {
            if (typed != null) {
                throw new IllegalArgumentException("has a typed placeholder: only {0}, {1}, ... are allowed");
            }
        }
        int count = format.getFormatsByArgumentIndex().length;
        Object[] marks = new Object[count];
        for (int i = 0; i < count; i++) {
            marks[i] = MARK_START + Integer.toString(i) + MARK_END;
        }
        String marked = format.format(marks);
        List<String> literals = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        int from = 0;
        for (int start = marked.indexOf(MARK_START); start >= 0; start = marked.indexOf(MARK_START, from)) {
            int end = marked.indexOf(MARK_END, start);
            literals.add(marked.substring(from, start));
            arguments.add(Integer.parseInt(marked.substring(start + 1, end)));
            from = end + 1;
        }
        literals.add(marked.substring(from));
        TreeSet<Integer> used = new TreeSet<>(arguments);
        List<Integer> expected = IntStream.range(0, key.arguments().size()).boxed().toList();
        if (!List.copyOf(used).equals(expected)) {
            throw new IllegalArgumentException("has placeholders " + used + " but takes " + expected + " "
                    + key.arguments());
        }
        return new Template(literals.toArray(String[]::new), arguments.stream().mapToInt(Integer::intValue).toArray());
    }
}
