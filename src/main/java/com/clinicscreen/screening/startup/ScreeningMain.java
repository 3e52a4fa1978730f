package com.clinicscreen.screening.startup;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's entry point: the classes a start needs ({@link ClassPreload}) and the built-in data
 * ({@link BuiltInData}) start loading, each on a thread of its own, beside Quarkus's own start.
 */
@QuarkusMain
public final class ScreeningMain {

    private ScreeningMain() {}

    public static void main(String... args) {
        ClassPreload.start();
        BuiltInData.startLoading();
        Quarkus.run(args);
    }
}
