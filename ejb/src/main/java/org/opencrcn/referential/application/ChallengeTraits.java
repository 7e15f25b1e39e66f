package org.opencrcn.referential.application;

/**
 * What a certification test needs to know of a challenge besides its question: whether leaving the
 * page ends it ({@code focused}) and its item response theory parameters, null when the content was
 * not calibrated.
 */
public record ChallengeTraits(
    String id, boolean focused, Double irtDiscriminant, Double irtDifficulty) {}
