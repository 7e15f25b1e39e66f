package org.opencrcn.organization.infrastructure.directory;

import org.opencrcn.organization.domain.OrganizationDetails;

/** A checked line of the directory: the organisation it describes (with its UAI) and its line. */
public record DirectoryEntry(long line, OrganizationDetails details) {}
