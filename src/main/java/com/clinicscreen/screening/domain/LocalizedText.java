package com.clinicscreen.screening.domain;

/** A text in every supported language. */
public record LocalizedText(String en, String es) {

    public String in(Language language) {
        return language == Language.ES ? es : en;
    }

    public boolean isComplete() {
        return en != null && !en.isBlank() && es != null && !es.isBlank();
    }
}
