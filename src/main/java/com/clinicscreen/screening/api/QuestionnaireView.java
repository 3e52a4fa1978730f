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
@Schema(description = "The intake questionnaire in one language, with every rule a form must follow to be accepted.")
public record QuestionnaireView(
        @Schema(description = "Questionnaire id.") String id,
        @Schema(description = "Version of the questionnaire definition.") String version,
        @Schema(description = "Language of the texts (en or es).") String language,
        @Schema(description = "Title of the form.") String title,
        @Schema(description = "The rules a form must follow, in words: how enableWhen and required work, list limits, "
                + "date bounds and the request fields that are not questions.") List<String> rules,
        @Schema(description = "The clinic's time zone (IANA id): \"today\" in the date rules is today there, so a form "
                + "can bound dates exactly as the service does.", example = "America/Los_Angeles") String clinicTimeZone,
        @Schema(description = "Sections, in display order.") List<Section> sections,
        @Schema(description = "Items, in display order; a GROUP item holds its own items.") List<Item> items) {

    @Schema(name = "QuestionnaireSection", description = "A section of the form.")
    public record Section(@Schema(description = "Section id, referenced by items.") String id,
            @Schema(description = "Section heading.") String title) {}

    @Schema(name = "QuestionnaireItem", description = "A question (or a repeating group of questions) of the form.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Item(
            @Schema(description = "Item id: the question number of the clinical reference (Q01-Q38; Q39 is the medicine list), with a suffix for "
                    + "follow-up questions.") String id,
            @Schema(description = "Id of the section it belongs to.") String section,
            @Schema(description = "The request path the answer goes to; [] marks one entry of a repeating group.")
            String field,
            @Schema(description = "Answer type.") ItemType type,
            @Schema(description = "Must be answered while the item is shown.") boolean required,
            @Schema(description = "When the item is shown: every condition must hold (AND); none means always.")
            List<Condition> enableWhen,
            @Schema(description = "Allowed answers of a choice item, in display order.") List<Option> options,
            @Schema(description = "Question text.") String text,
            @Schema(description = "Help text shown with the question.") String help,
            @Schema(description = "Unit of a NUMBER answer.") String unit,
            @Schema(description = "Smallest NUMBER answer accepted.") BigDecimal min,
            @Schema(description = "Largest NUMBER answer accepted.") BigDecimal max,
            @Schema(description = "True for a GROUP answered once per entry (a list).") Boolean repeats,
            @Schema(description = "Most entries a list answer (MULTIPLE_CHOICE, repeating GROUP or MEDICINE_LIST) accepts.")
            Integer maxItems,
            @Schema(description = "For a DATE item: the dates it accepts.") DateRange dates,
            @Schema(description = "The questions of a GROUP item.") List<Item> items,
            @Schema(description = "For a MEDICINE_LIST item: the path of the medicine search to offer names from "
                    + "(GET, with q and lang). A name the search does not find is sent as typed (name only).",
                    example = "/v1/medicines") String search,
            @Schema(description = "The medicine classes this question asks about (as in GET /v1/medicines results): "
                    + "a listed medicine of one of them contradicts a \"no\" answer here and raises an answer check.")
            List<String> medicineClasses) {}

    /**
     * The dates a DATE item accepts: not before the latest of {@code notBefore}, not after the earliest of
     * {@code notAfter} (see the questionnaire's rules for what "today", "evaluationDate", a field path and
     * "today+P300D" mean).
     */
    @Schema(name = "QuestionnaireDateRange", description = "The dates a DATE item accepts.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record DateRange(
            @Schema(description = "The answer must not be before any of these (a date, a field path, today or evaluationDate).")
            List<String> notBefore,
            @Schema(description = "The answer must not be after any of these (a date, a field path, today, evaluationDate "
                    + "or today+<ISO-8601 period>).") List<String> notAfter) {}

    @Schema(name = "QuestionnaireCondition", description = "Holds when the answer at field is one of anyOf (for a list "
            + "answer, when any of its entries is).")
    public record Condition(@Schema(description = "Request path of the answer it looks at.") String field,
            @Schema(description = "The answers that make it hold (OR).") List<String> anyOf) {}

    @Schema(name = "QuestionnaireOption", description = "An allowed answer of a choice item.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Option(@Schema(description = "The value sent in the request.") String value,
            @Schema(description = "Label shown to the patient.") String label,
            @Schema(description = "Help text for this option.") String help) {}
}
