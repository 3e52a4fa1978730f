package com.clinicscreen.screening.docs;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every shell command in the README and docs/ is kept true by a test or by .ci/run, and each block says which
 * right after it ("Kept true by ..." or, for commands that need what no CI machine has, "Not run by ...").
 * What this test does, exactly:
 * <ul>
 * <li>sends every {@code curl} of a block it keeps true to the service (method, path and query, headers, body
 * file) and expects 200;</li>
 * <li>for a block kept true by .ci/run, checks that .ci/run names the same paths and files;</li>
 * <li>checks that every file a command or the prose names exists, every environment variable a command sets is
 * read by the service (or by the test or script it is for), every {@code -Dtest} class and {@code -P} profile
 * exists, and every system property is read by a test;</li>
 * <li>checks that the README keeps its two set-up commands.</li>
 * </ul>
 * Commands it does not run (docker, kubectl apply, the fuzzing run, .ci/run itself) are checked only for the
 * files, settings and names they use.
 */
@QuarkusTest
class DocsCommandsTest {

    /** A date as the English texts write it: "December 4, 2026". */
    private static final Pattern LONG_DATE = Pattern.compile("[A-Z][a-z]+ \\d{1,2}, \\d{4}");

    private static final List<Path> DOCS = List.of(Path.of("README.md"), Path.of("docs", "integrators.md"),
            Path.of("docs", "operators.md"), Path.of("docs", "maintainers.md"));
    private static final Pattern FENCE = Pattern.compile("(?m)^( *)```(bash|sh|shell)\\n(.*?)^\\1```\\n", Pattern.DOTALL);
    private static final Pattern REPO_PATH = Pattern.compile(
            "(?<![\\w/.-])((?:src|load|k8s|docs|openapi|\\.ci)/[\\w./-]*[\\w])");
    private static final Pattern SETTING = Pattern.compile("(?<![\\w$])([A-Z][A-Z0-9_]+)=(\\S*)");
    private static final Pattern CDS_ISSUER = Pattern.compile("CDS_ISSUERS_[A-Z0-9]+_(ISS|JWKS_URL|JWKS_FILE)");

    record Block(Path doc, String text, String keptBy) {

        List<String> commands() {
            List<String> commands = new ArrayList<>();
            for (String line : text.replace("\\\n", " ").split("\n")) {
                String command = line.strip();
                if (!command.isEmpty() && !command.startsWith("#")) {
                    commands.add(command);
                }
            }
            return commands;
        }

        boolean keptByThisTest() {
            return keptBy.startsWith("Kept true by `DocsCommandsTest`");
        }

        boolean keptByCi() {
            return keptBy.startsWith("Kept true by `.ci/run`") || keptBy.startsWith("Kept true by CI");
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (Path doc : DOCS) {
            String text = read(doc);
            Matcher fence = FENCE.matcher(text);
            while (fence.find()) {
                String after = text.substring(fence.end()).stripLeading();
                String keptBy = after.isEmpty() ? "" : after.split("\n", 2)[0];
                String body = fence.group(3).lines().map(l -> l.startsWith(fence.group(1)) ? l.substring(fence.group(1).length()) : l)
                        .reduce("", (a, b) -> a + b + "\n");
                blocks.add(new Block(doc, body, keptBy));
            }
        }
        return blocks;
    }

    @Test
    void everyShellBlockSaysWhatKeepsItTrue() {
        List<Block> blocks = blocks();
        assertTrue(blocks.size() >= 10, "shell blocks found: " + blocks.size());
        for (Block block : blocks) {
            assertTrue(block.keptByThisTest() || block.keptByCi() || block.keptBy.startsWith("Not run by"),
                    block.doc + ": a shell block must be followed by what keeps it true:\n" + block.text);
        }
    }

    /** Each document opens with a table of contents that links every one of its sections. */
    @Test
    void everyDocListsEverySectionInItsContents() {
        for (Path doc : DOCS) {
            String text = read(doc);
            int contents = text.indexOf("## Contents\n");
            assertTrue(contents > 0, doc + " has a table of contents");
            Matcher heading = Pattern.compile("(?m)^##+ (.+)$").matcher(text.replaceAll("(?s)```.*?```", ""));
            while (heading.find()) {
                String title = heading.group(1).strip();
                if (title.equals("Contents")) {
                    continue;
                }
                String anchor = "(#" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-') + ")";
                assertTrue(text.contains(anchor), doc + ": the contents do not link \"" + title + "\" " + anchor);
            }
        }
    }

    @Test
    void theReadmeKeepsItsTwoSetUpCommands() {
        String readme = read(Path.of("README.md"));
        assertTrue(readme.contains("```bash\n./mvnw -B package -DskipTests && java -jar target/quarkus-app/quarkus-run.jar\n```"));
        assertTrue(readme.contains("```bash\n./mvnw -B verify\n```"));
        String ci = read(Path.of(".ci", "run"));
        assertTrue(ci.contains("\n./mvnw -B verify\n"), ".ci/run runs the README's test command");
        assertTrue(ci.contains("java -jar target/quarkus-app/quarkus-run.jar"), ".ci/run starts the jar as the README does");
    }

    @Test
    void everyCurlThisTestKeepsTrueIsAnsweredWith200() {
        int sent = 0;
        for (Block block : blocks()) {
            if (!block.keptByThisTest()) {
                continue;
            }
            for (String command : block.commands()) {
                if (command.startsWith("curl ")) {
                    Curl curl = Curl.parse(command);
                    assertEquals(200, curl.send(asCurlSendsIt()).statusCode(), block.doc + ": " + command);
                    sent++;
                }
            }
        }
        assertTrue(sent >= 9, "curl commands sent: " + sent);
    }

    /** The headers as written, as curl sends them: REST Assured would add a charset to a Content-Type without one. */
    private static RequestSpecification asCurlSendsIt() {
        return given().config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    /** The README's sample answer is the service's, abbreviated: the same fields and values where it shows them. */
    @Test
    void theReadmesSampleAnswerIsWhatTheServiceAnswers() throws IOException {
        String readme = read(Path.of("README.md"));
        Matcher sample = Pattern.compile("(?s)## A first request.*?```json\n(.*?)```").matcher(readme);
        assertTrue(sample.find(), "the README shows the first request's answer");
        ObjectMapper json = new ObjectMapper();
        JsonNode shown = json.readTree(sample.group(1));
        JsonNode actual = json.readTree(asCurlSendsIt().contentType("application/json")
                .body(Files.readAllBytes(Path.of("docs", "examples", "healthy-intake.json"))).post("/v1/screenings")
                .then().statusCode(200).extract().asString());
        List<String> fields = new ArrayList<>();
        shown.fieldNames().forEachRemaining(fields::add);
        List<String> actualFields = new ArrayList<>();
        actual.fieldNames().forEachRemaining(actualFields::add);
        assertEquals(actualFields, fields, "the sample shows every field, in the service's order");
        for (String field : List.of("treatment", "status", "eligible", "headline", "reasons", "conditionsToResolve",
                "alternatives", "language", "view")) {
            assertEquals(actual.get(field), shown.get(field), field);
        }
        // The message names the day it was run: the words must match, the date may not.
        assertEquals(LONG_DATE.matcher(actual.get("message").asText()).replaceAll("<date>"),
                LONG_DATE.matcher(shown.get("message").asText()).replaceAll("<date>"), "message");
        assertEquals(actual.at("/policy/id"), shown.at("/policy/id"));
        assertEquals(actual.at("/policy/version"), shown.at("/policy/version"));
        assertEquals(actual.at("/preparation/0/code"), shown.at("/preparation/0/code"));
        assertEquals(actual.at("/preparation/0/text"), shown.at("/preparation/0/text"));
        assertEquals(actual.at("/aftercare/0/text"), shown.at("/aftercare/0/text"));
    }

    @Test
    void everyCurlCiKeepsTrueIsInCiRun() {
        String ci = read(Path.of(".ci", "run"));
        int checked = 0;
        for (Block block : blocks()) {
            for (String command : block.commands()) {
                if (block.keptByCi() && command.startsWith("curl ")) {
                    Curl curl = Curl.parse(command);
                    assertTrue(ci.contains(curl.path()), ".ci/run calls " + curl.path());
                    if (curl.bodyFile() != null) {
                        assertTrue(ci.contains(curl.bodyFile()), ".ci/run sends " + curl.bodyFile());
                    }
                    checked++;
                }
                Matcher script = REPO_PATH.matcher(command);
                while (block.keptByCi() && script.find()) {
                    if (script.group(1).endsWith(".mjs") || script.group(1).endsWith(".json")) {
                        assertTrue(ci.contains(script.group(1)), ".ci/run uses " + script.group(1) + " as " + block.doc + " says");
                    }
                }
            }
        }
        assertTrue(checked >= 1);
    }

    @Test
    void everyFileTheDocsNameExists() {
        List<String> missing = new ArrayList<>();
        for (Path doc : DOCS) {
            Matcher path = REPO_PATH.matcher(read(doc));
            while (path.find()) {
                String name = path.group(1);
                if (!name.contains("*") && !name.contains("<") && !Files.exists(Path.of(name))) {
                    missing.add(doc + ": " + name);
                }
            }
        }
        for (Block block : blocks()) {
            for (String command : block.commands()) {
                for (String token : Curl.tokens(command)) {
                    String file = token.startsWith("@") ? token.substring(1) : token;
                    if ((token.startsWith("@") || file.equals("Dockerfile") || file.startsWith("./")) && !Files.exists(Path.of(file))) {
                        missing.add(block.doc + ": " + file);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everySettingACommandSetsIsRead() {
        String properties = read(Path.of("src", "main", "resources", "application.properties"));
        List<String> unread = new ArrayList<>();
        int checked = 0;
        for (Block block : blocks()) {
            for (String command : block.commands()) {
                Matcher setting = SETTING.matcher(command);
                while (setting.find()) {
                    String name = setting.group(1);
                    if (setting.group(2).startsWith("$(")) {
                        continue; // a shell variable the block sets for the next command, not a setting
                    }
                    checked++;
                    boolean read = readByTheService(name, properties)
                            || (CDS_ISSUER.matcher(name).matches() && properties.contains("cds.issuers."))
                            || readByATest(name);
                    if (!read) {
                        unread.add(block.doc + ": " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), unread);
        assertTrue(checked >= 5, "settings checked: " + checked);
    }

    /** The configuration table of docs/operators.md names only variables the service reads. */
    @Test
    void everyConfigurationVariableIsRead() {
        String properties = read(Path.of("src", "main", "resources", "application.properties"));
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\|").matcher(read(Path.of("docs", "operators.md")));
        int rows = 0;
        while (row.find()) {
            assertTrue(readByTheService(row.group(1), properties),
                    row.group(1) + " is in the configuration table but the service does not read it");
            rows++;
        }
        assertTrue(rows >= 20, "configuration rows: " + rows);
    }

    @Test
    void mavenCommandsNameRealTestsProfilesAndProperties() throws IOException {
        String pom = read(Path.of("pom.xml"));
        for (Block block : blocks()) {
            for (String command : block.commands()) {
                for (String part : command.split("&&")) {
                    if (!part.strip().startsWith("./mvnw")) {
                        continue;
                    }
                    for (String token : Curl.tokens(part.strip())) {
                        if (token.startsWith("-Dtest=")) {
                            String test = token.substring("-Dtest=".length());
                            try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
                                assertTrue(files.anyMatch(f -> f.getFileName().toString().equals(test + ".java")), test);
                            }
                        } else if (token.startsWith("-P")) {
                            assertTrue(pom.contains("<id>" + token.substring(2) + "</id>"), token);
                        } else if (token.startsWith("-D") && !token.equals("-DskipTests")) {
                            String property = token.substring(2).split("=", 2)[0];
                            assertTrue(readByATest(property), property + " is read by no test");
                        }
                    }
                }
            }
        }
    }

    /** The deploying commands name the image, overlay, namespace and Deployment the manifests have. */
    @Test
    void kubernetesCommandsNameWhatTheManifestsHave() {
        String operators = read(Path.of("docs", "operators.md"));
        String overlay = read(Path.of("k8s", "overlays", "production", "kustomization.yaml"));
        String deployment = read(Path.of("k8s", "base", "deployment.yaml"));
        assertTrue(operators.contains("kubectl apply -k k8s/overlays/production"));
        assertTrue(operators.contains("kubectl -n screening rollout status deployment/contraindication-screening"));
        assertTrue(overlay.contains("\nnamespace: screening\n"));
        assertTrue(overlay.contains("name: contraindication-screening"), "the overlay's image entry");
        assertTrue(deployment.contains("\n  name: contraindication-screening\n"));
    }

    /**
     * Read by the service: named in application.properties (${NAME:default}), or a screening.* setting of
     * ScreeningConfig, which Quarkus reads from the environment variable of the same name (SCREENING_CLINIC_SETTINGS
     * is screening.clinic-settings, the method clinicSettings()).
     */
    private static boolean readByTheService(String name, String properties) {
        if (properties.contains("${" + name + ":") || properties.contains("${" + name + "}")) {
            return true;
        }
        if (!name.startsWith("SCREENING_")) {
            return false;
        }
        StringBuilder method = new StringBuilder();
        for (String word : name.substring("SCREENING_".length()).toLowerCase(java.util.Locale.ROOT).split("_")) {
            method.append(method.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return read(Path.of("src", "main", "java", "com", "clinicscreen", "screening", "config", "ScreeningConfig.java"))
                .contains(" " + method + "();");
    }

    private static boolean readByATest(String name) {
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("DocsCommandsTest.java"))
                    .anyMatch(f -> read(f).contains("\"" + name + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A curl command of the docs: what it sends, read as a shell would split it (quotes, no expansion). */
    record Curl(String method, String pathAndQuery, List<String[]> headers, String bodyFile, String body) {

        static Curl parse(String command) {
            List<String> tokens = tokens(command);
            String method = null;
            String url = null;
            String bodyFile = null;
            String body = null;
            List<String[]> headers = new ArrayList<>();
            for (int i = 1; i < tokens.size(); i++) {
                String token = tokens.get(i);
                switch (token) {
                    case "-X" -> method = tokens.get(++i);
                    case "-H" -> {
                        String[] header = tokens.get(++i).split(":", 2);
                        headers.add(new String[] {header[0].strip(), header[1].strip()});
                    }
                    case "-d", "--data", "--data-binary" -> {
                        String data = tokens.get(++i);
                        if (data.startsWith("@")) {
                            bodyFile = data.substring(1);
                        } else {
                            body = data;
                        }
                    }
                    case "-s", "-f", "-fs", "-sS" -> { }
                    default -> {
                        assertTrue(token.contains("localhost:8080/"), "unknown curl option in the docs: " + token);
                        url = token;
                    }
                }
            }
            assertTrue(url != null, "no URL in " + command);
            if (method == null) {
                method = bodyFile != null || body != null ? "POST" : "GET";
            }
            return new Curl(method, url.substring(url.indexOf("localhost:8080") + "localhost:8080".length()), headers,
                    bodyFile, body);
        }

        String path() {
            return pathAndQuery.split("\\?", 2)[0];
        }

        io.restassured.response.Response send(RequestSpecification request) {
            for (String[] header : headers) {
                assertTrue(!header[1].contains("$"), "a header this test cannot fill: " + header[0]);
                request = request.header(header[0], header[1]);
            }
            if (bodyFile != null) {
                try {
                    request = request.body(Files.readAllBytes(Path.of(bodyFile)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (body != null) {
                request = request.body(body);
            }
            // The query goes as written: REST Assured would encode it again.
            request = request.urlEncodingEnabled(false);
            return request.request(method, pathAndQuery);
        }

        /** Splits a command line as a shell would: whitespace separates, single and double quotes group. */
        static List<String> tokens(String command) {
            List<String> tokens = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean inToken = false;
            char quote = 0;
            for (char c : command.toCharArray()) {
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        current.append(c);
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    inToken = true;
                } else if (Character.isWhitespace(c)) {
                    if (inToken) {
                        tokens.add(current.toString());
                        current.setLength(0);
                        inToken = false;
                    }
                } else {
                    current.append(c);
                    inToken = true;
                }
            }
            if (inToken) {
                tokens.add(current.toString());
            }
            return tokens;
        }
    }
}
