package org.opencrcn.organization.application.directory;

import java.io.Serializable;
import java.util.List;

/** One page of a search: its rows, and how many organisations the whole search finds. */
public record OrganizationPage(List<OrganizationRow> rows, long total, int first, int pageSize)
    implements Serializable {}
