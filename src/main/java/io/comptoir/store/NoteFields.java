package io.comptoir.store;

/** The current CRM note of a conversation and the few fields indexed from it (filters, erasure, recontact). */
public record NoteFields(String json, String qualification, String email, String phone) {}
