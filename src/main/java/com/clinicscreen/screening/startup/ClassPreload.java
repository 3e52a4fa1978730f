package com.clinicscreen.screening.startup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Loads, on a thread of its own, the classes a start is known to need (META-INF/preload-classes.txt, written by
 * src/startup/write-preload-list.sh from a real start), in the order the start needs them: reading and defining
 * them then happens beside Quarkus' own start instead of inside it. Classes are loaded, not initialised, so no
 * static initialiser runs earlier or on another thread than it would anyway. A listed class that no longer
 * exists is skipped and counted; the list only ever saves time, it decides nothing.
 */
final class ClassPreload {

    static final String LIST = "META-INF/preload-classes.txt";
    private static final Logger LOG = Logger.getLogger(ClassPreload.class);

    private ClassPreload() {}

    static void start() {
        Thread thread = new Thread(ClassPreload::run, "class-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        ClassLoader loader = ClassPreload.class.getClassLoader();
        long start = System.nanoTime();
        String[] names;
        try (InputStream in = loader.getResourceAsStream(LIST)) {
            if (in == null) {
                return;
            }
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        } catch (IOException e) {
            LOG.warnf("The class preload list %s cannot be read (%s); classes load as usual", LIST, e.getMessage());
            return;
        }
        Counts counts = load(names, loader);
        LOG.infof("Preloaded %d of the %d classes listed in %s in %d ms (%d not found)",
                counts.listed() - counts.missing(), counts.listed(), LIST, (System.nanoTime() - start) / 1_000_000,
                counts.missing());
    }

    /** How many classes a list names, and how many of them could not be loaded. */
    record Counts(int listed, int missing) {}

    /** Loads (without initialising) each class a line names; blank lines and lines starting with # are skipped. */
    static Counts load(String[] lines, ClassLoader loader) {
        int listed = 0;
        int missing = 0;
        for (String name : lines) {
            if (name.isBlank() || name.startsWith("#")) {
                continue;
            }
            listed++;
            try {
                Class.forName(name.strip(), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                missing++;
            }
        }
        return new Counts(listed, missing);
    }
}
