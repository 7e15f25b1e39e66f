package org.opencrcn.campaign.domain.export;

/** An area (domaine) of the referential, for the per-area columns. */
public record ExportArea(String code, String title) {}
