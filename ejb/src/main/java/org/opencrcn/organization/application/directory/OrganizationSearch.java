package org.opencrcn.organization.application.directory;

import java.io.Serializable;
import org.opencrcn.organization.domain.OrganizationType;

/**
 * A search of the administration: a text found in the name, UAI or town (case and accents aside), a
 * type (null for all), and whether archived organisations are listed too.
 */
public record OrganizationSearch(String text, OrganizationType type, boolean includeArchived)
    implements Serializable {}
