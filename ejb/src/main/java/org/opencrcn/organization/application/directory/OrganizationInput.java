package org.opencrcn.organization.application.directory;

import java.io.Serializable;
import org.opencrcn.organization.domain.OrganizationType;

/** What an administrator typed for an organisation, before the rules check and normalise it. */
public record OrganizationInput(
    OrganizationType type, String name, String uai, String town, String academy, String email)
    implements Serializable {}
