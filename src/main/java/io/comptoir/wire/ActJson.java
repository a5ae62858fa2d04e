package io.comptoir.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.engine.DialogueAct;
import io.comptoir.knowledge.FaqResult;

/** The one JSON form of a dialogue act (for {@code chat --json} and the team's views), and its one-line form. */
public final class ActJson {
    private ActJson() {}

    public static ObjectNode toJson(DialogueAct act) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("act", act.kind());
        if (act instanceof DialogueAct.SetSlot s) {
            o.put("question", s.question());
            o.set("value", NoteJson.answer(s.value()));
        } else if (act instanceof DialogueAct.CorrectSlot c) {
            o.put("question", c.question());
            o.set("from", NoteJson.answer(c.from()));
            o.set("to", NoteJson.answer(c.to()));
        } else if (act instanceof DialogueAct.AskKnowledge k) {
            o.put("query", k.query());
            o.put("faq", k.result() instanceof FaqResult.Answered a ? a.entry().id() : null);
        } else if (act instanceof DialogueAct.GiveContact g) {
            o.put("field", g.field());
            o.put("value", g.value());
        } else if (act instanceof DialogueAct.DontKnow n) {
            o.put("question", n.question());
        } else if (act instanceof DialogueAct.Clarify c) {
            o.put("question", c.question());
            c.options().forEach(o.putArray("options")::add);
        }
        o.put("evidence", act.evidence());
        return o;
    }

    /** "set_slot budget={...}", for the terminal's internal view. */
    public static String line(DialogueAct act) {
        ObjectNode o = toJson(act);
        o.remove("act");
        o.remove("evidence");
        return act.kind() + (o.isEmpty() ? "" : " " + o);
    }
}
