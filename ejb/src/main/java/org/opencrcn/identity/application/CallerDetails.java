package org.opencrcn.identity.application;

import org.opencrcn.identity.domain.EntAffiliation;

/**
 * The caller's account as other contexts may see it: its id, the names the identity provider gave
 * and what their school ENT asserted (never the account entity itself).
 */
public record CallerDetails(
    long id, String firstName, String lastName, String email, EntAffiliation entAffiliation) {}
