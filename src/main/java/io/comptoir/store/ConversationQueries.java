package io.comptoir.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** The read-side queries of the internal console: filtered lists and contact look-ups for erasure. */
final class ConversationQueries {
    interface RowReader { ConversationRecord read(ResultSet rs) throws SQLException; }

    private ConversationQueries() {}

    static List<ConversationRecord> list(Jdbi jdbi, String columns, ConversationFilter f, RowReader reader) {
        StringBuilder sql = new StringBuilder("SELECT " + columns + " FROM conversations c WHERE 1 = 1");
        if (f.botId() != null) sql.append(" AND bot_id = :bot");
        if (f.status() != null) sql.append(" AND status = :status");
        if (f.from() != null) sql.append(" AND started_at >= :from");
        if (f.to() != null) sql.append(" AND started_at < :to");
        if (f.qualification() != null) sql.append(" AND qualification = :qual");
        String phone = phoneTail(f.search());
        if (f.flag() != null) sql.append(" AND c.note_json LIKE :flag");
        if (f.search() != null) sql.append(" AND (LOWER(c.note_json) LIKE :q OR LOWER(c.id) LIKE :q")
                .append(phone == null ? "" : " OR c.contact_phone LIKE :phone").append(" OR EXISTS (")
                .append("SELECT 1 FROM conversation_turns t WHERE t.conversation_id = c.id AND t.role = 'client' ")
                .append("AND LOWER(t.text) LIKE :q))");
        sql.append(" ORDER BY updated_at DESC, id LIMIT :limit OFFSET :offset");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString());
            if (f.botId() != null) q.bind("bot", f.botId());
            if (f.status() != null) q.bind("status", f.status());
            if (f.from() != null) q.bind("from", Timestamp.from(f.from()));
            if (f.to() != null) q.bind("to", Timestamp.from(f.to()));
            if (f.qualification() != null) q.bind("qual", f.qualification());
            if (f.search() != null) q.bind("q", "%" + escapeLike(f.search().toLowerCase(Locale.ROOT)) + "%");
            if (phone != null) q.bind("phone", "%" + phone);
            // a coarse match on the quoted flag; the caller keeps the rows whose note's flags hold it exactly
            if (f.flag() != null) q.bind("flag", "%\"" + escapeLike(f.flag()) + "\"%");
            return q.bind("limit", Math.max(1, Math.min(f.limit(), 5000))).bind("offset", Math.max(0, f.offset()))
                    .map((rs, ctx) -> reader.read(rs)).list();
        });
    }

    /**
     * A search that is a phone number, however written ("06 12 34 56 78", "+33 6…"), as its last nine digits:
     * stored phones are E.164 digits, so the national and international forms of one number both match.
     */
    static String phoneTail(String search) {
        if (search == null || !search.matches("[+0-9 ().-]{6,}")) return null;
        String digits = search.replaceAll("[^0-9]", "");
        if (digits.length() < 6) return null;
        return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits.replaceFirst("^0", "");
    }

    /**
     * Ids of the conversations whose contact email or phone is exactly the (normalised) value given, plus, for an
     * email, those where a client message holds that exact address as a whole word ("ann@x.fr" does not match
     * "joann@x.fr" nor "ann@x.fr.example"); for a phone, those where a written number normalises to exactly it
     * ("06 12 34 56 78" matches 0612345678, "+33 6 12 34 56 78" does not: same line, another normalised value).
     */
    static List<String> linkedTo(Jdbi jdbi, String email, String phone) {
        return jdbi.withHandle(h -> {
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            if (email != null) {
                ids.addAll(h.createQuery("SELECT id FROM conversations WHERE contact_email = :e")
                        .bind("e", email).mapTo(String.class).list());
                h.createQuery("SELECT conversation_id, text FROM conversation_turns WHERE role = 'client' "
                                + "AND LOWER(text) LIKE :t ESCAPE '\\'")
                        .bind("t", "%" + escapeLike(email) + "%")
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list().stream()
                        .filter(r -> holdsEmail(r[1], email)).forEach(r -> ids.add(r[0]));
            }
            if (phone != null) {
                ids.addAll(h.createQuery("SELECT id FROM conversations WHERE contact_phone = :p")
                        .bind("p", phone).mapTo(String.class).list());
                // Candidates hold the digits in order, whatever the separators; each written number is then
                // normalised and compared whole.
                String digitsInOrder = "%" + String.join("%", phone.replace("+", "").split("")) + "%";
                h.createQuery("SELECT conversation_id, text FROM conversation_turns WHERE role = 'client' "
                                + "AND text LIKE :t")
                        .bind("t", digitsInOrder)
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list().stream()
                        .filter(r -> holdsPhone(r[1], phone)).forEach(r -> ids.add(r[0]));
            }
            return new ArrayList<>(ids);
        });
    }

    /** Whether {@code text} holds {@code email} (lower case) as a whole address, not inside a longer one. */
    static boolean holdsEmail(String text, String email) {
        String t = text.toLowerCase(Locale.ROOT);
        for (int i = t.indexOf(email); i >= 0; i = t.indexOf(email, i + 1)) {
            int end = i + email.length();
            boolean startOk = i == 0 || !isEmailChar(t.charAt(i - 1));
            // A trailing dot ends a sentence; a dot followed by more address characters continues the domain.
            boolean endOk = end == t.length() || !isEmailChar(t.charAt(end))
                    || (t.charAt(end) == '.' && (end + 1 == t.length() || !isEmailChar(t.charAt(end + 1))));
            if (startOk && endOk) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern WRITTEN_PHONE =
            java.util.regex.Pattern.compile("(?<![\\d+])\\+?\\d[\\d .()\\-]{5,}\\d(?!\\d)");

    /** Whether {@code text} holds a written phone number that normalises (digits, leading +) to {@code phone}. */
    static boolean holdsPhone(String text, String phone) {
        var m = WRITTEN_PHONE.matcher(text);
        while (m.find()) {
            String g = m.group();
            String n = (g.startsWith("+") ? "+" : "") + g.replaceAll("[^0-9]", "");
            if (n.equals(phone)) return true;
        }
        return false;
    }

    private static boolean isEmailChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '@';
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
