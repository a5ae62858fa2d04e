package io.comptoir.engine;

/** How a turn went, as a closed set of results (expected situations are outcomes, never exceptions). */
public sealed interface Outcome {
    record Progressed() implements Outcome {}
    record Reasked(String questionId) implements Outcome {}
    record Digressed(String faqId) implements Outcome {}
    record OutOfScope() implements Outcome {}
    record NotUnderstood() implements Outcome {}
    record HandedOff() implements Outcome {}
    record Ended(EndReason reason) implements Outcome {}
}
