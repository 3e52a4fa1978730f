package com.clinicscreen.screening.domain;

import java.util.Locale;
import java.util.Optional;

/** Languages every patient- and clinician-facing text is written in. */
public enum Language {
    EN, ES;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for a tag such as "es", "es-MX" or "EN"; empty when not supported. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.tag().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
