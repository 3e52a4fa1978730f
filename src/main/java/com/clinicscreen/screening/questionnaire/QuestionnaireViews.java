package com.clinicscreen.screening.questionnaire;

import com.clinicscreen.screening.api.ItemType;
import com.clinicscreen.screening.api.ListedMedicine;
import com.clinicscreen.screening.api.RecentProcedures;
import com.clinicscreen.screening.config.PolicyProvider;
import com.clinicscreen.screening.config.ScreeningConfig;
import com.clinicscreen.screening.api.QuestionnaireView;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The questionnaire rendered once per language at start; requests only pick one. */
@ApplicationScoped
public class QuestionnaireViews {

    private final Questionnaire questionnaire;
    private final Map<Language, QuestionnaireView> views = new EnumMap<>(Language.class);

    public QuestionnaireViews(QuestionnaireProvider provider, ScreeningConfig config, PolicyProvider policy) {
        this.questionnaire = provider.questionnaire();
        Set<String> offered = Set.copyOf(policy.policy().requestableCodes());
        for (Language language : Language.values()) {
            views.put(language, render(questionnaire, language, config, offered));
        }
    }

    public String id() {
        return questionnaire.id();
    }

    public QuestionnaireView in(Language language) {
        return views.get(language);
    }

    private static QuestionnaireView render(Questionnaire q, Language language, ScreeningConfig config,
            Set<String> offered) {
        List<QuestionnaireView.Section> sections = new ArrayList<>();
        q.sections().forEach((id, title) -> sections.add(new QuestionnaireView.Section(id, title.in(language))));
        // The limits a form must respect are the service's, written into the rules as they are.
        List<String> rules = q.rules().stream().map(rule -> rule.in(language)
                .replace("{planningHorizonDays}", Integer.toString(config.planningHorizonDays()))
                .replace("{maxListItems}", Integer.toString(RecentProcedures.MAX_ENTRIES))).toList();
        return new QuestionnaireView(q.id(), q.version(), language.tag(), q.title().in(language), rules,
                config.clinicTimeZone().getId(), sections, items(q.items(), language, offered));
    }

    /** The items as a form renders them; the treatment question offers only what the clinic offers. */
    private static List<QuestionnaireView.Item> items(List<Questionnaire.Item> items, Language language,
            Set<String> offered) {
        List<QuestionnaireView.Item> views = new ArrayList<>();
        for (Questionnaire.Item item : items) {
            List<QuestionnaireView.Condition> conditions = item.enableWhen().stream()
                    .map(c -> new QuestionnaireView.Condition(c.field().path(), List.copyOf(c.anyOf()))).toList();
            List<QuestionnaireView.Option> options = item.options().stream()
                    .filter(o -> !item.fieldTemplate().equals("treatment") || offered.contains(o.value()))
                    .map(o -> new QuestionnaireView.Option(o.value(), o.label().in(language), text(o.help(), language)))
                    .toList();
            Integer maxItems = switch (item.type()) {
                case MULTIPLE_CHOICE -> options.size();
                case GROUP -> RecentProcedures.MAX_ENTRIES;
                case MEDICINE_LIST -> ListedMedicine.MAX_LISTED;
                default -> null;
            };
            QuestionnaireView.DateRange dates = item.type() != ItemType.DATE ? null : new QuestionnaireView.DateRange(
                    item.notBefore().stream().map(Questionnaire.DateBound::text).toList(),
                    item.notAfter().stream().map(Questionnaire.DateBound::text).toList());
            views.add(new QuestionnaireView.Item(item.id(), item.section(), item.fieldTemplate(), item.type(),
                    item.required(), conditions, options, item.text().in(language), text(item.help(), language),
                    item.unit(), item.min(), item.max(), item.repeats() ? Boolean.TRUE : null, maxItems, dates,
                    items(item.items(), language, offered), item.search(), item.medicineClasses()));
        }
        return List.copyOf(views);
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? null : text.in(language);
    }
}
