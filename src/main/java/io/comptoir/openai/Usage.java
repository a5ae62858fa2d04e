package io.comptoir.openai;

/** Token counts for the usage field: Comptoir has no tokenizer, so it counts words, which is what it bills on. */
final class Usage {
    private Usage() {}

    static int words(String s) {
        if (s == null || s.isBlank()) return 0;
        return s.trim().split("\\s+").length;
    }
}
