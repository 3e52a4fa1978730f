package com.clinicscreen.screening.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClassPreloadTest {

    /** Set by a static initialiser: proves whether preloading ran it. */
    static boolean initialised;

    static class NotYetInitialised {
        static {
            initialised = true;
        }
    }

    @Test
    void loadsListedClassesWithoutInitialisingThemAndCountsTheMissing() {
        String[] lines = {"# a comment", "", NotYetInitialised.class.getName(), "com.example.Gone", "java.lang.String"};
        ClassPreload.Counts counts = ClassPreload.load(lines, getClass().getClassLoader());
        assertEquals(new ClassPreload.Counts(3, 1), counts);
        assertFalse(initialised, "preloading must not run a static initialiser");
        new NotYetInitialised();
        assertTrue(initialised);
    }

    @Test
    void shippedListIsWrittenByItsScriptAndNamesClassesOnly() throws IOException {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ClassPreload.LIST)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(text.contains("src/startup/write-preload-list.sh"), "the list says how it is written");
        String[] names = Arrays.stream(text.split("\n")).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toArray(String[]::new);
        assertTrue(names.length > 1000, "a start loads thousands of classes: " + names.length);
        for (String name : names) {
            assertTrue(name.matches("[A-Za-z_$][\\w$-]*(\\.[A-Za-z_$][\\w$-]*)+"), "not a class name: " + name);
        }
    }
}
