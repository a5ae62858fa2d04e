package io.comptoir.botfolder;

import io.comptoir.ComptoirException;
import java.util.List;

/** A bot folder with problems: carries every one of them, each naming its file, line and fix. */
public final class InvalidBotException extends ComptoirException.InvalidInput {
    private final String location;
    private final List<Problem> problems;

    public InvalidBotException(String location, List<Problem> problems) {
        super(message(location, problems));
        this.location = location;
        this.problems = List.copyOf(problems);
    }

    public String location() { return location; }

    public List<Problem> problems() { return problems; }

    private static String message(String location, List<Problem> problems) {
        StringBuilder sb = new StringBuilder("the bot folder ").append(location).append(" has ")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append(" (run `comptoir validate ").append(location).append("` after fixing):");
        for (Problem p : problems) sb.append(System.lineSeparator()).append("  ").append(p);
        return sb.toString();
    }
}
