package io.comptoir.simulate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/** Who a synthetic client is: the contact details they give when asked. */
record Identity(String first, String last, String email, String phone, String company) {
    static Identity random(Phrasebook pb, Random r, int serial) {
        String first = pb.pick("first", r);
        String last = pb.pick("last", r);
        String email = ascii(first + "." + last).toLowerCase(Locale.ROOT) + serial + "@" + pb.pick("email.domain", r);
        return new Identity(first, last, email, pb.say("phone", r),
                pb.say("company", r, java.util.Map.of("first", first, "last", last)));
    }

    String name() { return first + " " + last; }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z.]", "");
    }
}
