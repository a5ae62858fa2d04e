package io.comptoir.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the acts of one message that conflict, before the engine carries them out (the role of Rasa CALM's
 * command processor). The rules, in order:
 * <ol>
 *   <li>an attempt to read internal content is refused whatever else the message says: only the injection stays;</li>
 *   <li>"cannot handle" stays only when nothing else in the message is something the bot handles (a value, a
 *       contact detail, a complaint, a hesitation, a yes or no, a request for a person, an FAQ answer);</li>
 *   <li>small talk and "don't know" give way to anything with content, and to a question back about two options
 *       named ("un site vitrine ou une boutique, je ne sais pas": the bot asks which one).</li>
 * </ol>
 */
final class ActCleaner {
    private ActCleaner() {}

    static List<DialogueAct> clean(List<DialogueAct> acts) {
        List<DialogueAct> out = new ArrayList<>(acts);
        if (out.stream().anyMatch(a -> a instanceof DialogueAct.Injection)) {
            return List.copyOf(out.stream().filter(a -> a instanceof DialogueAct.Injection).toList());
        }
        boolean content = out.stream().anyMatch(a -> a instanceof DialogueAct.SetSlot || a instanceof DialogueAct.CorrectSlot
                || a instanceof DialogueAct.GiveContact || a instanceof DialogueAct.RequestHuman || a instanceof DialogueAct.Clarify);
        boolean answered = out.stream().anyMatch(a -> a instanceof DialogueAct.AskKnowledge k && k.answered());
        boolean handled = content || answered || out.stream().anyMatch(a -> a instanceof DialogueAct.Complain
                || a instanceof DialogueAct.Hesitate || a instanceof DialogueAct.Affirm || a instanceof DialogueAct.Deny);
        if (handled) out.removeIf(a -> a instanceof DialogueAct.CannotHandle);
        if (content || answered) out.removeIf(a -> a instanceof DialogueAct.ChitChat);
        if (content) out.removeIf(a -> a instanceof DialogueAct.DontKnow);
        return List.copyOf(out);
    }
}
