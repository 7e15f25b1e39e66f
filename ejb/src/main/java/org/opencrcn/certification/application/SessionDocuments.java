package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.opencrcn.certification.domain.Candidate;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.MinutesLabels;
import org.opencrcn.certification.domain.SheetLabels;
import org.opencrcn.certification.infrastructure.AttendanceSheetPdf;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.shared.Roles;

/** The printed documents of a session, for the members of its centre only. */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class SessionDocuments {
  @Inject private CentreGuard guard;
  @Inject private SessionRepository repository;

  /** The attendance sheet as an A4 PDF, with the labels in the reader's language. */
  public byte[] attendanceSheet(long sessionId, SheetLabels labels) {
    CertificationSession session = guard.session(sessionId);
    return AttendanceSheetPdf.write(
        session.id(),
        session.details(),
        repository.candidates(sessionId).stream().map(Candidate::identity).toList(),
        labels);
  }

  /** The session minutes (procès-verbal) as an A4 PDF. */
  public byte[] minutes(long sessionId, SheetLabels labels, MinutesLabels minutes) {
    CertificationSession session = guard.session(sessionId);
    return AttendanceSheetPdf.minutes(
        session.id(),
        session.details(),
        repository.candidates(sessionId).stream().map(Candidate::identity).toList(),
        labels,
        minutes);
  }
}
