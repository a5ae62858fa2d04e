package io.comptoir.engine;

import java.util.List;

/** The cleaned acts of one message, with the look-ups the engine makes on them. */
record Acts(List<DialogueAct> all) {
    Acts {
        all = List.copyOf(all);
    }

    boolean has(Class<? extends DialogueAct> type) { return all.stream().anyMatch(type::isInstance); }

    <T extends DialogueAct> List<T> all(Class<T> type) { return all.stream().filter(type::isInstance).map(type::cast).toList(); }

    <T extends DialogueAct> T first(Class<T> type) { return all(type).get(0); }

    /** First values and corrections, in the order read (bot order). */
    List<DialogueAct> slots() {
        return all.stream().filter(a -> a instanceof DialogueAct.SetSlot || a instanceof DialogueAct.CorrectSlot).toList();
    }

    List<DialogueAct.AskKnowledge> answeredKnowledge() {
        return all(DialogueAct.AskKnowledge.class).stream().filter(DialogueAct.AskKnowledge::answered).toList();
    }
}
