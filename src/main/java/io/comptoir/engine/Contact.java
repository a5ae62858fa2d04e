package io.comptoir.engine;

/** Contact details collected from the client; absent fields are null. */
public record Contact(String name, String email, String phone, String company) {
    public static final Contact EMPTY = new Contact(null, null, null, null);

    public Contact withName(String v) { return new Contact(v, email, phone, company); }
    public Contact withEmail(String v) { return new Contact(name, v, phone, company); }
    public Contact withPhone(String v) { return new Contact(name, email, v, company); }
    public Contact withCompany(String v) { return new Contact(name, email, phone, v); }

    public boolean any() { return name != null || email != null || phone != null || company != null; }
}
