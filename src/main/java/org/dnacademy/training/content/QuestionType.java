package org.dnacademy.training.content;

/** The kinds of question a bank may hold, as written in {@code type:}. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("true-false");

    private final String fileName;

    QuestionType(String fileName) {
        this.fileName = fileName;
    }

    /** How the type is written in {@code questions.yaml}. */
    public String fileName() {
        return fileName;
    }
}
