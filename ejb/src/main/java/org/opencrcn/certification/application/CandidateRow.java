package org.opencrcn.certification.application;

import java.io.Serializable;
import org.opencrcn.certification.domain.CandidateIdentity;
import org.opencrcn.certification.domain.Eligibility;

/** A candidate of a session, with their eligibility read from their linked account. */
public record CandidateRow(long id, CandidateIdentity identity, Eligibility eligibility)
    implements Serializable {}
