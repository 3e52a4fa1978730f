package com.clinicscreen.screening.service;

import com.clinicscreen.screening.api.PolicyView;
import com.clinicscreen.screening.config.PolicyProvider;
import com.clinicscreen.screening.policy.Instruction;
import com.clinicscreen.screening.policy.Policy;
import com.clinicscreen.screening.policy.SourceRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reviewable view of the policy in effect, built once at start. */
@ApplicationScoped
public class PolicyViews {

    private final PolicyView view;

    public PolicyViews(PolicyProvider provider) {
        this.view = render(provider.policy());
    }

    public PolicyView view() {
        return view;
    }

    static PolicyView render(Policy policy) {
        Map<String, Instruction> instructions = new LinkedHashMap<>();
        List<PolicyView.TreatmentView> treatments = policy.treatments().values().stream().map(t -> {
            t.instructions().forEach(i -> instructions.putIfAbsent(i.code(), i));
            List<PolicyView.RuleView> rules = t.rules().stream().map(r -> new PolicyView.RuleView(r.code(),
                    r.category(), r.ref(), r.effectRef(), r.sources().stream().map(SourceRef::id).toList(),
                    r.cases().stream().map(c -> {
                        c.instructions().forEach(i -> instructions.putIfAbsent(i.code(), i));
                        return new PolicyView.CaseView(c.finding(), c.outcome(), text(c.from()), text(c.until()),
                                text(c.notBefore()), c.then(), c.asAlternative(),
                                c.instructions().stream().map(Instruction::code).toList(), c.texts().summary(),
                                c.clinicOverride() == null ? null : c.clinicOverride().justification());
                    }).toList())).toList();
            List<PolicyView.NoEffectView> noEffect = t.noEffects().stream()
                    .map(n -> new PolicyView.NoEffectView(n.rule(), n.finding(), n.because(), n.overrideJustification()))
                    .toList();
            // Requestable means a caller may post it now: a treatment the clinic does not offer is refused (400).
            return new PolicyView.TreatmentView(t.code(), t.name(), t.description(), t.requestable() && t.offered(), t.offered(),
                    t.goals(), t.suggestedOnlyFor().isEmpty() ? null : t.suggestedOnlyFor(),
                    t.instructions().stream().map(Instruction::code).toList(), t.sessionGuidance(), rules, noEffect);
        }).toList();
        List<PolicyView.InstructionEntry> entries = instructions.values().stream()
                .map(i -> new PolicyView.InstructionEntry(i.code(), i.phase().name(), i.audience().name(), i.fromDay(),
                        i.toDay(), i.text(), i.sources().stream().map(SourceRef::id).toList()))
                .toList();
        List<PolicyView.ParameterView> parameters = policy.parameters().values().stream()
                .map(p -> new PolicyView.ParameterView(p.name(), p.value(), p.defaultValue(), p.min(), p.max(), p.ref(),
                        p.setByClinic() ? "CLINIC" : "POLICY"))
                .toList();
        List<PolicyView.ToggleView> toggles = policy.toggles().values().stream()
                .map(t -> new PolicyView.ToggleView(t.name(), t.on(), t.defaultValue(), t.ref(), t.rule(), t.to(),
                        t.setByClinic() ? "CLINIC" : "POLICY"))
                .toList();
        PolicyView.ClinicView clinic = policy.clinic() == null ? null
                : new PolicyView.ClinicView(policy.clinic().id(), policy.clinic().name(), policy.clinic().sha256());
        return new PolicyView(policy.id(), policy.version(), policy.title(), policy.sha256(), clinic, parameters,
                toggles, policy.implications().closure(), treatments, entries);
    }

    private static String text(Period period) {
        return period == null ? null : period.toString();
    }
}
