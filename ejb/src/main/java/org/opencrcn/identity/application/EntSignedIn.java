package org.opencrcn.identity.application;

/**
 * A person just signed in through their school ENT (fired synchronously by {@link SignIn}, inside
 * its transaction): contexts whose rights rest on the ENT's word re-check them, without identity
 * knowing them.
 */
public record EntSignedIn(long accountId) {}
