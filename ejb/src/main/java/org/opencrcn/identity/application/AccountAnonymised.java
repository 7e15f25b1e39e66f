package org.opencrcn.identity.application;

/**
 * CDI event fired, in the anonymisation's transaction, when an account is anonymised on request:
 * each context that ties something personal to an account (Orga's memberships and pupil links)
 * forgets it. The arrow runs from those contexts to identity.
 */
public record AccountAnonymised(long accountId) {}
