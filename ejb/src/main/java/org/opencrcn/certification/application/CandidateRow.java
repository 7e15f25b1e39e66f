package org.opencrcn.certification.application;

import java.io.Serializable;
import org.opencrcn.certification.domain.CandidateIdentity;
import org.opencrcn.certification.domain.Eligibility;

/**
 * A candidate of a session, with their eligibility read from their linked account; {@code typed}
 * when the centre typed or imported them (then they may be edited), false for a school's pupil.
 */
public record CandidateRow(
    long id, CandidateIdentity identity, Eligibility eligibility, boolean typed)
    implements Serializable {}
