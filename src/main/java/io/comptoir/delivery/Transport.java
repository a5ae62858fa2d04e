package io.comptoir.delivery;

/** Sends one delivery to its endpoint (the HTTP edge); never throws for an expected failure. */
public interface Transport {
    Attempt send(Delivery delivery, Endpoint endpoint);
}
