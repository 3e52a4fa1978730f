package com.clinicscreen.screening.policy;

import com.clinicscreen.screening.api.PolicyView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reviewable view of the loaded policy, built once at start. */
@ApplicationScoped
public class PolicyViews {

    private final PolicyView view;

    public PolicyViews(PolicyProvider provider) {
        this.view = render(provider.policy());
    }

    public PolicyView view() {
        return view;
    }

    private static PolicyView render(Policy policy) {
        Map<String, Instruction> instructions = new LinkedHashMap<>();
        List<PolicyView.TreatmentView> treatments = policy.treatments().values().stream().map(t -> {
            t.instructions().forEach(i -> instructions.putIfAbsent(i.code(), i));
            List<PolicyView.RuleView> rules = t.rules().stream().map(r -> new PolicyView.RuleView(r.code(),
                    r.category(), r.ref(), r.definedIn(), r.sources().stream().map(SourceRef::id).toList(),
                    r.cases().stream().map(c -> {
                        c.instructions().forEach(i -> instructions.putIfAbsent(i.code(), i));
                        return new PolicyView.CaseView(c.finding(), c.outcome(), text(c.from()), text(c.until()),
                                text(c.notBefore()), c.instructions().stream().map(Instruction::code).toList(),
                                c.texts().summary());
                    }).toList())).toList();
            return new PolicyView.TreatmentView(t.code(), t.name(), t.description(), t.extendsTreatment(), t.goals(),
                    t.instructions().stream().map(Instruction::code).toList(), t.sessionGuidance(), rules);
        }).toList();
        List<PolicyView.InstructionEntry> entries = instructions.values().stream()
                .map(i -> new PolicyView.InstructionEntry(i.code(), i.phase().name(), i.audience().name(), i.fromDay(),
                        i.toDay(), i.text(), i.sources().stream().map(SourceRef::id).toList()))
                .toList();
        return new PolicyView(policy.id(), policy.version(), policy.title(), policy.sha256(),
                policy.hba1cUncontrolledAtOrAbove(), treatments, entries);
    }

    private static String text(Period period) {
        return period == null ? null : period.toString();
    }
}
