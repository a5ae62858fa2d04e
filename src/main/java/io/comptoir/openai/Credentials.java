package io.comptoir.openai;

import io.comptoir.http.ServerSettings;
import io.comptoir.server.ServerErrors;
import io.comptoir.server.Tokens;

/**
 * Who may use which /v1 models. The client models need the OpenAI key when one is set (Open WebUI shares it across
 * all its users, so it is a client credential); the team models ("-interne", with the CRM note) need a key the
 * client side never has: the internal API key, or COMPTOIR_OPENAI_TEAM_KEY for an Open WebUI connection that only
 * the team can use.
 */
final class Credentials {
    enum Access { CLIENT, TEAM }

    private final String clientKey;
    private final String internalKey;
    private final String teamKey;

    Credentials(ServerSettings settings) {
        this.clientKey = blankToNull(settings.openAiKey());
        this.internalKey = blankToNull(settings.internalKey());
        this.teamKey = blankToNull(settings.openAiTeamKey());
    }

    /** The access a bearer token gives; refused when the OpenAI key is set and the token is none of the keys. */
    Access of(String bearer) {
        if (Tokens.same(bearer, internalKey) || Tokens.same(bearer, teamKey)) return Access.TEAM;
        if (clientKey == null || Tokens.same(bearer, clientKey)) return Access.CLIENT;
        throw new ServerErrors.Unauthorized(bearer == null
                ? "Missing API key: send Authorization: Bearer <the key given by COMPTOIR_OPENAI_KEY>"
                : "Incorrect API key provided: set the key given by COMPTOIR_OPENAI_KEY");
    }

    /** Refuses a team model to a client credential: 401 without any key, 403 with a client one. */
    static void requireTeam(Access access, String bearer, String model) {
        if (access == Access.TEAM) return;
        String why = "the model '" + model + "' is for the team: use the internal API key or COMPTOIR_OPENAI_TEAM_KEY";
        if (bearer == null) throw new ServerErrors.Unauthorized(why);
        throw new ServerErrors.Forbidden(why);
    }

    static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        return blankToNull(header.substring(7));
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
