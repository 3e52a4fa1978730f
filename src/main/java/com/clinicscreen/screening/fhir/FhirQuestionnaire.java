package com.clinicscreen.screening.fhir;

import com.clinicscreen.screening.api.ItemType;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.domain.LocalizedText;
import com.clinicscreen.screening.questionnaire.Questionnaire;
import com.clinicscreen.screening.questionnaire.QuestionnaireDocument.CodingDef;
import com.clinicscreen.screening.questionnaire.QuestionnaireDocument.OptionDef;
import com.clinicscreen.screening.questionnaire.QuestionnaireProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intake questionnaire as a FHIR R4 Questionnaire, generated once at start from the same definition
 * the JSON API validates with, so the two can never differ. English text with Spanish translations
 * (the FHIR translation extension); each choice's codes are the values the API accepts.
 */
@ApplicationScoped
public class FhirQuestionnaire {

    public static final String BASE = "https://contraindication-screening.example/fhir/";
    private static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
    /** RxNorm, as FHIR names the code system. */
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    // The value set of all RxNorm codes (HL7 terminology: a code system's implicit "all codes" value set).
    private static final String RXNORM_ALL = RXNORM + "/vs";
    private static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    private static final String ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Questionnaire questionnaire;
    private final ObjectNode resource;
    private final String json;
    private final Map<String, Questionnaire.Item> itemsByField = new HashMap<>();

    public FhirQuestionnaire(QuestionnaireProvider provider) {
        this.questionnaire = provider.questionnaire();
        index(questionnaire.items());
        this.resource = build();
        this.json = resource.toString();
    }

    public String id() {
        return questionnaire.id();
    }

    public String url() {
        return BASE + "Questionnaire/" + questionnaire.id();
    }

    /** The business version, the one this server has (it keeps no other). */
    public String version() {
        return questionnaire.version();
    }

    /**
     * Whether a canonical reference names this Questionnaire: "url" (any version, so this one) or
     * "url|version" with this version. A version the server does not have must not be read as this one.
     */
    public boolean isNamedBy(String canonical) {
        String[] parts = canonical.split("\\|", 2);
        return parts[0].equals(url()) && (parts.length == 1 || parts[1].equals(version()));
    }

    public Questionnaire definition() {
        return questionnaire;
    }

    /** The Questionnaire resource as JSON text (rendered once). */
    public String json() {
        return json;
    }

    /** The code system of a choice item's answers. */
    public static String answerSystem(Questionnaire.Item item) {
        return BASE + "CodeSystem/" + item.optionSet();
    }

    private void index(List<Questionnaire.Item> items) {
        for (Questionnaire.Item item : items) {
            itemsByField.put(item.fieldTemplate(), item);
            index(item.items());
        }
    }

    private ObjectNode build() {
        ObjectNode q = JSON.objectNode();
        q.put("resourceType", "Questionnaire");
        q.put("id", questionnaire.id());
        q.put("url", url());
        q.put("version", questionnaire.version());
        q.put("name", "MicroneedlingIntake");
        q.put("title", questionnaire.title().en());
        translate(q, "title", questionnaire.title());
        q.put("status", "active");
        q.putArray("subjectType").add("Patient");
        q.put("language", Language.EN.tag());
        ObjectNode text = q.putObject("text");
        text.put("status", "generated");
        text.put("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + escape(questionnaire.title().en()) + "</div>");
        Map<String, ArrayNode> sections = new LinkedHashMap<>();
        ArrayNode top = q.putArray("item");
        questionnaire.sections().forEach((id, title) -> {
            ObjectNode group = top.addObject();
            group.put("linkId", id);
            group.put("text", title.en());
            translate(group, "text", title);
            group.put("type", "group");
            sections.put(id, group.putArray("item"));
        });
        for (Questionnaire.Item item : questionnaire.items()) {
            ArrayNode into = item.section() == null ? top : sections.get(item.section());
            into.add(item(item));
        }
        sections.forEach((id, items) -> {
            if (items.isEmpty()) {
                throw new IllegalStateException("Questionnaire section '" + id + "' has no items");
            }
        });
        return q;
    }

    private ObjectNode item(Questionnaire.Item item) {
        ObjectNode node = JSON.objectNode();
        node.put("linkId", item.id());
        if (!item.codes().isEmpty()) {
            ArrayNode codes = node.putArray("code");
            for (CodingDef code : item.codes()) {
                codes.addObject().put("system", code.system()).put("code", code.code()).put("display", code.display());
            }
        }
        node.put("text", item.text().en());
        translate(node, "text", item.text());
        node.put("type", fhirType(item.type()));
        addEnableWhen(node, item);
        if (item.required()) {
            node.put("required", true);
        }
        if (item.type() == ItemType.MULTIPLE_CHOICE || item.type() == ItemType.MEDICINE_LIST || item.repeats()) {
            node.put("repeats", true);
        }
        if (item.type() == ItemType.MEDICINE_LIST) {
            // Any RxNorm medicine (valueCoding), or one typed as the patient wrote it (valueString), looked up
            // as the patient types.
            node.put("answerValueSet", RXNORM_ALL);
            ObjectNode control = node.putArray("extension").addObject();
            control.put("url", ITEM_CONTROL);
            control.putObject("valueCodeableConcept").putArray("coding").addObject()
                    .put("system", ITEM_CONTROL_SYSTEM).put("code", "autocomplete");
        }
        if (!item.options().isEmpty()) {
            ArrayNode options = node.putArray("answerOption");
            for (OptionDef option : item.options()) {
                ObjectNode coding = options.addObject().putObject("valueCoding");
                coding.put("system", answerSystem(item)).put("code", option.value()).put("display", option.label().en());
                translate(coding, "display", option.label());
            }
        }
        if (item.type() == ItemType.GROUP) {
            ArrayNode children = node.putArray("item");
            item.items().forEach(child -> children.add(item(child)));
        }
        return node;
    }

    /**
     * Our conditions hold together (AND), each over a set of values (OR). FHIR has one behaviour per
     * item, so an item has either one condition with several values (any) or several single-valued
     * conditions (all); the start fails on anything else rather than publish a different form.
     */
    private void addEnableWhen(ObjectNode node, Questionnaire.Item item) {
        List<Questionnaire.Condition> conditions = item.enableWhen();
        if (conditions.isEmpty()) {
            return;
        }
        boolean multiValued = conditions.stream().anyMatch(c -> c.anyOf().size() > 1);
        if (multiValued && conditions.size() > 1) {
            throw new IllegalStateException("Item " + item.id() + ": its conditions cannot be expressed in FHIR");
        }
        ArrayNode enableWhen = node.putArray("enableWhen");
        for (Questionnaire.Condition condition : conditions) {
            Questionnaire.Item question = itemsByField.get(condition.field().path());
            if (question == null) {
                throw new IllegalStateException("Item " + item.id() + ": no question fills " + condition.field().path());
            }
            for (String value : condition.anyOf()) {
                ObjectNode when = enableWhen.addObject();
                when.put("question", question.id());
                when.put("operator", "=");
                when.putObject("answerCoding").put("system", answerSystem(question)).put("code", value);
            }
        }
        if (enableWhen.size() > 1) {
            node.put("enableBehavior", multiValued ? "any" : "all");
        }
    }

    private static String fhirType(ItemType type) {
        return switch (type) {
            case YES_NO_UNSURE, YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE -> "choice";
            case DATE -> "date";
            case NUMBER -> "decimal";
            case GROUP -> "group";
            case MEDICINE_LIST -> "open-choice";
        };
    }

    /** Adds the Spanish text as a FHIR translation extension on the primitive {@code field}. */
    private static void translate(ObjectNode node, String field, LocalizedText text) {
        ObjectNode translation = node.putObject("_" + field).putArray("extension").addObject();
        translation.put("url", TRANSLATION);
        ArrayNode parts = translation.putArray("extension");
        parts.addObject().put("url", "lang").put("valueCode", Language.ES.tag());
        parts.addObject().put("url", "content").put("valueString", text.es());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
