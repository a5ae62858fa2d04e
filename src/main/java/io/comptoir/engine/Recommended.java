package io.comptoir.engine;

/**
 * One item (or offer) the answer stage put forward, with the reason for the team.
 *
 * @param fits whether the item meets every criterion the client stated (budget, required answers); an item shown
 *             only as the closest option does not make a {@code recommended: true} call to action hold
 */
public record Recommended(String id, String name, String reason, boolean fits) {
    public Recommended(String id, String name, String reason) { this(id, name, reason, true); }
}
