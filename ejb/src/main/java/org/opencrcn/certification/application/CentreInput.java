package org.opencrcn.certification.application;

import java.io.Serializable;
import org.opencrcn.certification.domain.CentreType;

/**
 * A centre as the administration's form gives it: a name, a type, and for a SCO centre the UAI of
 * its school in Orga (ignored for SUP and PRO).
 */
public record CentreInput(String name, CentreType type, String uai) implements Serializable {}
