package io.comptoir.bot;

import java.util.List;
import java.util.Optional;

/**
 * One intake question.
 *
 * @param phrasings two or more ways to ask it; the engine varies them and uses the next one to re-ask
 * @param options for {@link SlotType#CHOICE} only, else empty
 * @param help short text shown to a client who is unsure; null when the author wrote none
 * @param examples concrete example answers shown with the help
 * @param condition ask only when an earlier answer matches; null means always
 * @param acknowledgement how the bot names the value back ("un budget de {value}"); null uses the default
 * @param label how the team reads the question in notes and dashboards ("Budget", "Taille de l'équipe"); null
 *              falls back to the humanised id (see {@link #title()})
 */
public record Question(
        String id,
        List<String> phrasings,
        SlotType type,
        List<ChoiceOption> options,
        boolean required,
        String help,
        List<String> examples,
        Condition condition,
        String acknowledgement,
        String label) {

    public Question {
        phrasings = List.copyOf(phrasings);
        options = List.copyOf(options);
        examples = List.copyOf(examples);
    }

    /** A question without a team label (the title is the humanised id). */
    public Question(String id, List<String> phrasings, SlotType type, List<ChoiceOption> options, boolean required,
                    String help, List<String> examples, Condition condition, String acknowledgement) {
        this(id, phrasings, type, options, required, help, examples, condition, acknowledgement, null);
    }

    /** The name people read: the author's label, else the id made readable ("company_size" → "Company size"). */
    public String title() {
        return label != null && !label.isBlank() ? label : humanise(id);
    }

    /** An id made readable for people: "company_size" → "Company size". */
    public static String humanise(String id) {
        String words = id.replace('_', ' ').replace('-', ' ').trim();
        return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public Optional<ChoiceOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** A choice option: its id (stored in the note), the label shown to clients and synonyms that designate it. */
    public record ChoiceOption(String id, String label, List<String> synonyms) {
        public ChoiceOption {
            synonyms = List.copyOf(synonyms);
        }
    }

    /** "Ask only if question {@code questionId} was answered with one of {@code values}" (choice ids or yes/no). */
    public record Condition(String questionId, List<String> values) {
        public Condition {
            values = List.copyOf(values);
        }
    }
}
