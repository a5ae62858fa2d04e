package io.comptoir.server;

import io.comptoir.ComptoirException;
import io.comptoir.kpi.ContactKeys;
import io.comptoir.store.ErasureAudit;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Erasure of a person's data, the one operation that cannot be undone, so it erases only what it names: the value
 * must be a well-formed email or phone, normalised as the store normalises contacts, and matches exactly. Every
 * erasure, dry runs included, is written to the audit log with a hash of the value, never the value itself.
 */
public final class Erasure {
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9 .()\\-]+");

    /** What to erase: exactly one of email and phone; who asks (for the audit log). */
    public record Request(String email, String phone, boolean dryRun, String actor, String clientIp) {}

    /** What was (or, for a dry run, would be) erased. */
    public record Result(String kind, boolean dryRun, List<String> conversationIds) {}

    private final ConversationService service;
    private final ErasureAudit audit;
    private final Clock clock;

    public Erasure(ConversationService service, ErasureAudit audit, Clock clock) {
        this.service = service;
        this.audit = audit;
        this.clock = clock;
    }

    public Result eraseContact(Request r) {
        if ((r.email() == null) == (r.phone() == null))
            throw new ComptoirException.InvalidInput("give exactly one of 'email' or 'phone', as a string");
        String email = r.email() == null ? null : email(r.email());
        String phone = r.phone() == null ? null : phone(r.phone());
        List<String> ids = service.store().linkedTo(email, phone);
        String key = ContactKeys.of(email != null ? Map.of("email", email) : Map.of("phone", phone));
        List<String> erased = r.dryRun() ? ids : ids.stream().filter(service::erase).toList();
        if (!r.dryRun()) service.store().forgetContactKey(key);
        String kind = email != null ? "email" : "phone";
        audit.record(new ErasureAudit.Entry(now(), actor(r.actor()), r.clientIp(), kind, key, r.dryRun(), erased.size()));
        return new Result(kind, r.dryRun(), erased);
    }

    /** Erases one conversation by id, audited like a contact erasure. */
    public boolean eraseConversation(String id, String actor, String clientIp) {
        boolean erased = service.erase(id);
        if (erased) audit.record(new ErasureAudit.Entry(now(), actor(actor), clientIp, "conversation", id, false, 1));
        return erased;
    }

    public List<ErasureAudit.Entry> latest(int limit) { return audit.latest(limit); }

    /** A normalised email (as NoteIndex stores it), or a 400 for anything that is not one whole address. */
    static String email(String raw) {
        String e = NoteIndex.normaliseEmail(Inputs.clean(raw));
        if (e == null || e.length() > 320 || !EMAIL.matcher(e).matches())
            throw new ComptoirException.InvalidInput("'email' must be a whole email address such as ana@exemple.fr");
        return e;
    }

    /** A normalised phone (as NoteIndex stores it), or a 400 for anything that is not 8 to 15 digits. */
    static String phone(String raw) {
        String cleaned = Inputs.clean(raw).trim();
        String p = PHONE_CHARS.matcher(cleaned).matches() ? NoteIndex.normalisePhone(cleaned) : null;
        int digits = p == null ? 0 : p.replace("+", "").length();
        if (digits < 8 || digits > 15)
            throw new ComptoirException.InvalidInput("'phone' must be a whole phone number of 8 to 15 digits, "
                    + "such as +33 6 12 34 56 78");
        return p;
    }

    private static String actor(String actor) {
        String a = actor == null ? "" : Inputs.clean(actor).strip();
        if (a.isEmpty()) return "team";
        return a.length() > 100 ? a.substring(0, 100) : a;
    }

    private Instant now() { return clock.instant(); }
}
