package org.opencrcn.organization.domain;

import java.io.Serializable;

/**
 * What describes an organisation, checked and normalised by {@link OrganizationRules}: optional
 * values are null, never blank; the UAI is upper case.
 */
public record OrganizationDetails(
    OrganizationType type, String name, String uai, String town, String academy, String email)
    implements Serializable {}
