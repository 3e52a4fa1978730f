package com.clinicscreen.screening.startup;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** The service's entry point: the built-in data starts loading beside Quarkus's own start (see {@link BuiltInData}). */
@QuarkusMain
public final class ScreeningMain {

    private ScreeningMain() {}

    public static void main(String... args) {
        BuiltInData.startLoading();
        Quarkus.run(args);
    }
}
