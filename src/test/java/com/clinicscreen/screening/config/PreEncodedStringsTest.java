package com.clinicscreen.screening.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicscreen.screening.Intake;
import com.clinicscreen.screening.TestScreening;
import com.clinicscreen.screening.api.InstructionView;
import com.clinicscreen.screening.api.ScreeningDecision;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.engine.AlternativesMode;
import com.clinicscreen.screening.service.ScreeningService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The policy's strings written from bytes encoded once: the same JSON, byte for byte, as writing them anew. */
class PreEncodedStringsTest {

    private static final PreEncodedStrings POLICY_STRINGS = PreEncodedStrings.of(TestScreening.policyProvider().policy());
    private static final ObjectMapper PRE_ENCODED = Intake.MAPPER.copy()
            .registerModule(new SimpleModule("pre-encoded").addSerializer(String.class, POLICY_STRINGS));

    private final ScreeningService service = TestScreening.service();

    @ParameterizedTest
    @EnumSource(Language.class)
    void decisionsAreWrittenToTheSameBytes(Language language) throws JsonProcessingException {
        List<ScreeningDecision> decisions = List.of(
                service.screen(Intake.healthy().request(), language, false),
                service.screen(Intake.healthy().request(), language, true, AlternativesMode.ALWAYS),
                service.screen(Intake.healthy()
                        .set("answers.isotretinoin", "{\"status\":\"PAST\",\"lastDoseDate\":\"2026-06-15\"}")
                        .set("answers.coldSores", "{\"status\":\"YES\",\"locations\":[\"FACE\"],\"activeNow\":\"NO\"}")
                        .set("answers.skinType.fitzpatrick", "V")
                        .set("answers.keloidTendency", "UNSURE").request(), language, false));
        for (ScreeningDecision decision : decisions) {
            assertArrayEquals(Intake.MAPPER.writeValueAsBytes(decision), PRE_ENCODED.writeValueAsBytes(decision),
                    decision.status() + " in " + language);
        }
    }

    @Test
    void theInstructionsOfADecisionAreAmongThePreEncoded() {
        for (Language language : Language.values()) {
            ScreeningDecision decision = service.screen(Intake.healthy().request(), language, false);
            List<InstructionView> instructions = new ArrayList<>(decision.preparation());
            instructions.addAll(decision.aftercare());
            assertTrue(!instructions.isEmpty());
            for (InstructionView instruction : instructions) {
                assertTrue(POLICY_STRINGS.knows(instruction.text()), instruction.code() + " in " + language);
                assertTrue(POLICY_STRINGS.knows(instruction.code()), instruction.code());
            }
        }
    }

    @Test
    void stringsThatNeedEscapingAreWrittenAsJacksonWritesThem() throws JsonProcessingException {
        List<String> tricky = List.of("quote \" and backslash \\", "tab\tnew line\ncarriage return\r", "control \u0001\u001f",
                "señal, sí: ¿qué?", "emoji \uD83D\uDE00", "line separator \u2028", "slash / and <script>", "");
        record Holder(String text, List<String> texts, Map<String, String> byKey) {}
        ObjectMapper mapper = Intake.MAPPER.copy().registerModule(new SimpleModule("tricky")
                .addSerializer(String.class, PreEncodedStrings.of(tricky)));
        for (String text : tricky) {
            Holder holder = new Holder(text, List.of(text, "not known"), Map.of("key", text));
            assertEquals(Intake.MAPPER.writeValueAsString(holder), mapper.writeValueAsString(holder));
            // an equal string that is not the pre-encoded instance is written the usual way, to the same bytes
            Holder copy = new Holder(new String(text), List.of(new String(text)), Map.of("key", new String(text)));
            assertEquals(Intake.MAPPER.writeValueAsString(copy), mapper.writeValueAsString(copy));
        }
    }
}
