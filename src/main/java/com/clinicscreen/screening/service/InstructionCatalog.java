package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.InstructionsView;
import com.clinicscreen.screening.config.PolicyProvider;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.policy.Instruction;
import com.clinicscreen.screening.policy.Policy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The patient instructions of every treatment and rule, rendered once per language at start. */
@ApplicationScoped
public class InstructionCatalog {

    private final Map<Language, InstructionsView> views = new EnumMap<>(Language.class);

    public InstructionCatalog(PolicyProvider provider) {
        Map<String, Instruction> all = patientInstructions(provider.policy());
        for (Language language : Language.values()) {
            List<InstructionsView.Entry> entries = new ArrayList<>(all.size());
            all.values().forEach(i -> entries.add(new InstructionsView.Entry(i.code(), i.phase().name(),
                    i.text().in(language))));
            views.put(language, new InstructionsView(language.tag(), List.copyOf(entries)));
        }
    }

    public InstructionsView in(Language language) {
        return views.get(language);
    }

    static Map<String, Instruction> patientInstructions(Policy policy) {
        Map<String, Instruction> all = new LinkedHashMap<>();
        policy.treatments().values().forEach(t -> {
            t.instructions().forEach(i -> all.putIfAbsent(i.code(), i));
            t.rules().forEach(r -> r.cases().forEach(c -> c.instructions().forEach(i -> all.putIfAbsent(i.code(), i))));
        });
        all.values().removeIf(i -> i.audience() != Instruction.Audience.PATIENT);
        return all;
    }
}
