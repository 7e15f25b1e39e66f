/**
 * Orga use cases, one sub-package per capability ({@code activation}, {@code members}, {@code
 * pupils}, {@code directory}, {@code ent}); every one checks the caller's role and membership of
 * the organisation. This package keeps what they share: the caller's spaces ({@link OrgaAccess}),
 * the membership guard, joining, settings and mails.
 */
package org.opencrcn.organization.application;
