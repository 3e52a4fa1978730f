package com.clinicscreen.screening.questionnaire;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.config.ClinicCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A form author who reads only the published questionnaire (items, enableWhen, required, options, maxItems,
 * min/max, dates and the written rules) builds forms the API accepts, and the API refuses a form that leaves
 * a shown required item unanswered or puts a date outside the stated range, naming that field.
 */
@QuarkusTest
class FormsFromThePublishedQuestionnaireTest {

    private static final int FORMS = 300;

    @Inject
    ClinicCalendar calendar;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void everyFormBuiltByTheRulesIsAccepted() {
        List<Map<String, Object>> items = questionnaire();
        Random random = new Random(20261130L);
        for (int i = 0; i < FORMS; i++) {
            Form form = new FormBuilder(items, calendar.today(), random).build();
            Response response = post(form.body());
            assertEquals(200, response.statusCode(), () -> "form " + form.body() + " got " + response.asString());
        }
    }

    @Test
    void aShownRequiredItemLeftOutIsRefusedByItsField() {
        List<Map<String, Object>> items = questionnaire();
        Random random = new Random(7L);
        int refused = 0;
        for (int i = 0; i < 60; i++) {
            Form form = new FormBuilder(items, calendar.today(), random).build();
            List<String> required = form.shownRequiredLeaves();
            String dropped = required.get(random.nextInt(required.size()));
            Map<String, Object> body = form.without(dropped);
            post(body).then().statusCode(400).body("errors.field", hasItem(dropped));
            refused++;
        }
        assertEquals(60, refused);
    }

    @Test
    void aDateOutsideItsStatedRangeIsRefusedByItsField() {
        List<Map<String, Object>> items = questionnaire();
        Random random = new Random(11L);
        for (int i = 0; i < 40; i++) {
            Form form = new FormBuilder(items, calendar.today(), random).build();
            Map.Entry<String, LocalDate> date = form.anyUpperBoundedDate(random);
            Map<String, Object> body = form.with(date.getKey(), date.getValue().plusDays(1).toString());
            post(body).then().statusCode(400).body("errors.field", hasItem(date.getKey()));
        }
    }

    private static List<Map<String, Object>> questionnaire() {
        JsonPath json = given().accept(ContentType.JSON).get("/v1/questionnaires/microneedling-intake")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(json.getList("rules").size() >= 5, "the questionnaire states its rules");
        return json.getList("items");
    }

    private static Response post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/screenings");
    }

    /** A filled-in form: the request body and, per shown date item, the latest date its range allows. */
    record Form(Map<String, Object> body, List<String> shownRequiredLeaves, Map<String, LocalDate> latestDates) {

        Map<String, Object> without(String field) {
            Map<String, Object> copy = deepCopy(body);
            String[] path = field.split("\\.");
            parent(copy, path).remove(path[path.length - 1]);
            return copy;
        }

        Map<String, Object> with(String field, Object value) {
            Map<String, Object> copy = deepCopy(body);
            String[] path = field.split("\\.");
            parent(copy, path).put(path[path.length - 1], value);
            return copy;
        }

        Map.Entry<String, LocalDate> anyUpperBoundedDate(Random random) {
            List<Map.Entry<String, LocalDate>> dates = new ArrayList<>(latestDates.entrySet());
            return dates.get(random.nextInt(dates.size()));
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> parent(Map<String, Object> root, String[] path) {
            Map<String, Object> node = root;
            for (int i = 0; i < path.length - 1; i++) {
                node = (Map<String, Object>) node.get(path[i]);
            }
            return node;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> deepCopy(Map<String, Object> source) {
            Map<String, Object> copy = new LinkedHashMap<>();
            source.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> map
                    ? deepCopy((Map<String, Object>) map)
                    : value));
            return copy;
        }
    }

    /** Fills the form item by item, in the published order, following only what the questionnaire states. */
    private static final class FormBuilder {

        private final List<Map<String, Object>> items;
        private final LocalDate today;
        private final Random random;
        private final Map<String, Object> body = new LinkedHashMap<>();
        private final Map<String, Object> answered = new LinkedHashMap<>();
        private final List<String> shownRequired = new ArrayList<>();
        private final Map<String, LocalDate> latestDates = new LinkedHashMap<>();
        private LocalDate evaluationDate;

        FormBuilder(List<Map<String, Object>> items, LocalDate today, Random random) {
            this.items = items;
            this.today = today;
            this.random = random;
        }

        Form build() {
            evaluationDate = today;
            if (random.nextBoolean()) {
                evaluationDate = today.plusDays(random.nextInt(731));
                body.put("plannedTreatmentDate", evaluationDate.toString());
            }
            for (Map<String, Object> item : items) {
                String field = (String) item.get("field");
                if (!shown(item)) {
                    continue;
                }
                boolean required = Boolean.TRUE.equals(item.get("required"));
                if (!required && random.nextInt(3) == 0) {
                    continue;
                }
                Object value = answer(item, field);
                if (value == null) {
                    continue;
                }
                if (required && !"GROUP".equals(item.get("type"))) {
                    shownRequired.add(field);
                }
                answered.put(field, value);
                put(body, field, value);
            }
            return new Form(body, shownRequired, latestDates);
        }

        private boolean shown(Map<String, Object> item) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> conditions = (List<Map<String, Object>>) item.getOrDefault("enableWhen", List.of());
            for (Map<String, Object> condition : conditions) {
                String field = (String) condition.get("field");
                // the written rules: treatment is MN when absent
                Object value = answered.getOrDefault(field, "treatment".equals(field) ? "MN" : null);
                List<?> anyOf = (List<?>) condition.get("anyOf");
                boolean holds = value instanceof List<?> list
                        ? list.stream().anyMatch(anyOf::contains)
                        : anyOf.contains(value);
                if (!holds) {
                    return false;
                }
            }
            return true;
        }

        @SuppressWarnings("unchecked")
        private Object answer(Map<String, Object> item, String field) {
            String type = (String) item.get("type");
            List<Map<String, Object>> options = (List<Map<String, Object>>) item.getOrDefault("options", List.of());
            return switch (type) {
                case "YES_NO", "YES_NO_UNSURE", "SINGLE_CHOICE" -> options.get(random.nextInt(options.size())).get("value");
                case "MULTIPLE_CHOICE" -> {
                    List<Object> values = new ArrayList<>(options.stream().map(option -> option.get("value")).toList());
                    Collections.shuffle(values, random);
                    int max = Math.min(values.size(), ((Number) item.get("maxItems")).intValue());
                    yield new ArrayList<>(values.subList(0, 1 + random.nextInt(max)));
                }
                case "NUMBER" -> {
                    BigDecimal min = new BigDecimal(item.get("min").toString());
                    BigDecimal max = new BigDecimal(item.get("max").toString());
                    yield min.add(max.subtract(min).multiply(BigDecimal.valueOf(random.nextDouble())))
                            .setScale(1, RoundingMode.DOWN);
                }
                case "DATE" -> {
                    LocalDate date = date(item, field);
                    yield date == null ? null : date.toString();
                }
                case "GROUP" -> {
                    int entries = 1 + random.nextInt(Math.min(3, ((Number) item.get("maxItems")).intValue()));
                    List<Map<String, Object>> group = new ArrayList<>();
                    for (int e = 0; e < entries; e++) {
                        Map<String, Object> entry = new LinkedHashMap<>();
                        for (Map<String, Object> child : (List<Map<String, Object>>) item.get("items")) {
                            String childField = (String) child.get("field");
                            Object value = answer(child, childField);
                            entry.put(childField.substring(childField.lastIndexOf('.') + 1), value);
                        }
                        group.add(entry);
                    }
                    yield group;
                }
                case "MEDICINE_LIST" -> {
                    // As a patient fills it: one picked from the search, one typed.
                    assertEquals("/v1/medicines", item.get("search"));
                    List<Map<String, Object>> medicines = new ArrayList<>();
                    medicines.add(new LinkedHashMap<>(Map.of("name", "Tylenol", "rxcui", "202433")));
                    medicines.add(new LinkedHashMap<>(Map.of("name", "chamomile tea")));
                    yield medicines.subList(0, 1 + random.nextInt(2));
                }
                default -> throw new AssertionError("the questionnaire uses an item type this form does not know: " + type);
            };
        }

        @SuppressWarnings("unchecked")
        private LocalDate date(Map<String, Object> item, String field) {
            Map<String, List<String>> dates = (Map<String, List<String>>) item.get("dates");
            LocalDate earliest = LocalDate.of(1900, 1, 1);
            for (String bound : dates.getOrDefault("notBefore", List.of())) {
                LocalDate resolved = resolve(bound);
                if (resolved != null && resolved.isAfter(earliest)) {
                    earliest = resolved;
                }
            }
            LocalDate latest = null;
            for (String bound : dates.getOrDefault("notAfter", List.of())) {
                LocalDate resolved = resolve(bound);
                if (resolved != null && (latest == null || resolved.isBefore(latest))) {
                    latest = resolved;
                }
            }
            boolean bounded = latest != null;
            if (!bounded) {
                latest = earliest.plusYears(2);
            }
            if (latest.isBefore(earliest)) {
                return null;
            }
            long span = ChronoUnit.DAYS.between(earliest, latest);
            // lean towards the ends of the range, where off-by-one mistakes live
            long offset = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> span;
                default -> (long) (random.nextDouble() * (span + 1));
            };
            if (bounded && !field.contains("[]")) {
                latestDates.put(field, latest);
            }
            return earliest.plusDays(Math.min(offset, span));
        }

        private LocalDate resolve(String bound) {
            if (bound.equals("today")) {
                return today;
            }
            if (bound.equals("evaluationDate")) {
                return evaluationDate;
            }
            if (bound.startsWith("today+")) {
                return today.plus(Period.parse(bound.substring("today+".length())));
            }
            if (bound.startsWith("answers.")) {
                Object answer = answered.get(bound);
                return answer == null ? null : LocalDate.parse(answer.toString());
            }
            return LocalDate.parse(bound);
        }

        @SuppressWarnings("unchecked")
        private static void put(Map<String, Object> root, String field, Object value) {
            String[] path = field.split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < path.length - 1; i++) {
                node = (Map<String, Object>) node.computeIfAbsent(path[i], key -> new LinkedHashMap<>());
            }
            node.put(path[path.length - 1], value);
        }
    }
}
