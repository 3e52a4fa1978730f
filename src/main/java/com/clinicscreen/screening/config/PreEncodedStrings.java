package com.clinicscreen.screening.config;

import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.policy.Instruction;
import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.policy.ReasonTexts;
import com.clinicscreen.screening.policy.Rule;
import com.clinicscreen.screening.policy.RuleCase;
import com.clinicscreen.screening.policy.SourceRef;
import com.clinicscreen.screening.policy.Treatment;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes the strings a decision takes from the policy (codes, names, reasons, instructions, sources, in
 * both languages) from JSON bytes encoded once, instead of escaping and encoding them again in every
 * response: they are most of a decision's bytes. Any other string is written as usual. The output is the
 * same bytes either way.
 *
 * <p>Strings are looked up by identity: a decision carries the policy's own {@code String} instances, and
 * the strings made per request (ids, filled-in messages) would otherwise each be hashed just to miss. An
 * equal string from elsewhere is simply written the usual way.
 */
final class PreEncodedStrings extends StdScalarSerializer<String> {

    private final IdentityHashMap<String, SerializedString> known;

    private PreEncodedStrings(IdentityHashMap<String, SerializedString> known) {
        super(String.class);
        this.known = known;
    }

    /** These string instances, encoded now; equal strings share one encoding. */
    static PreEncodedStrings of(Collection<String> strings) {
        Map<String, SerializedString> byText = new HashMap<>();
        IdentityHashMap<String, SerializedString> known = new IdentityHashMap<>();
        for (String text : strings) {
            if (text != null) {
                SerializedString encoded = byText.computeIfAbsent(text, SerializedString::new);
                encoded.asQuotedUTF8();
                known.put(text, encoded);
            }
        }
        return new PreEncodedStrings(known);
    }

    /** The strings decisions take from {@code policy}. */
    static PreEncodedStrings of(Policy policy) {
        Collection<String> strings = new ArrayList<>();
        texts(strings, policy.unsureNote(), policy.notAskedNote());
        for (Treatment treatment : policy.treatments().values()) {
            strings.add(treatment.code());
            texts(strings, treatment.name(), treatment.description());
            treatment.instructions().forEach(instruction -> instruction(strings, instruction));
            if (treatment.sessionGuidance() != null) {
                texts(strings, treatment.sessionGuidance().sessions(), treatment.sessionGuidance().notes());
            }
            for (Rule rule : treatment.rules()) {
                strings.add(rule.code());
                strings.add(rule.ref());
                for (SourceRef source : rule.sources()) {
                    strings.add(source.id());
                    strings.add(source.label());
                    strings.add(source.url());
                }
                for (RuleCase ruleCase : rule.cases()) {
                    ReasonTexts reason = ruleCase.texts();
                    texts(strings, reason.summary(), reason.patient(), reason.clinician(), reason.resolve());
                    ruleCase.instructions().forEach(instruction -> instruction(strings, instruction));
                }
            }
        }
        return of(strings);
    }

    /** Whether this very instance is written from its encoded bytes. */
    boolean knows(String value) {
        return known.containsKey(value);
    }

    @Override
    public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        SerializedString encoded = known.get(value);
        if (encoded != null) {
            generator.writeString(encoded);
        } else {
            generator.writeString(value);
        }
    }

    private static void instruction(Collection<String> strings, Instruction instruction) {
        strings.add(instruction.code());
        texts(strings, instruction.text());
    }

    private static void texts(Collection<String> strings, LocalizedText... texts) {
        for (LocalizedText text : texts) {
            if (text != null) {
                strings.add(text.en());
                strings.add(text.es());
            }
        }
    }
}
