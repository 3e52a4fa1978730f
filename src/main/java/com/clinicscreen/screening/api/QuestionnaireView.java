package com.clinicscreen.screening.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The intake questionnaire in one language: enough to render the form. {@code field} is the request
 * path an item fills; an item is shown when all its {@code enableWhen} conditions hold, and then it
 * must be answered if {@code required}.
 */
public record QuestionnaireView(String id, String version, String language, String title, List<String> rules,
        List<Section> sections, List<Item> items) {

    @Schema(name = "QuestionnaireSection")
    public record Section(String id, String title) {}

    @Schema(name = "QuestionnaireItem")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Item(String id, String section, String field, ItemType type, boolean required,
            List<Condition> enableWhen, List<Option> options, String text, String help, String unit, BigDecimal min,
            BigDecimal max, Boolean repeats, Integer maxItems, DateRange dates, List<Item> items) {}

    /**
     * The dates a DATE item accepts: not before the latest of {@code notBefore}, not after the earliest of
     * {@code notAfter} (see the questionnaire's rules for what "today", "evaluationDate", a field path and
     * "today+P300D" mean).
     */
    @Schema(name = "QuestionnaireDateRange")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DateRange(List<String> notBefore, List<String> notAfter) {}

    @Schema(name = "QuestionnaireCondition")
    public record Condition(String field, List<String> anyOf) {}

    @Schema(name = "QuestionnaireOption")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Option(String value, String label, String help) {}
}
