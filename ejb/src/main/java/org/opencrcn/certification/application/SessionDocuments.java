package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.opencrcn.certification.domain.Candidate;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.MinutesLabels;
import org.opencrcn.certification.domain.SheetLabels;
import org.opencrcn.certification.infrastructure.AttendanceSheetPdf;
import org.opencrcn.certification.infrastructure.CandidatesXlsx;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/** The printed documents of a session, for the members of its centre only. */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class SessionDocuments {
  @Inject private CentreGuard guard;
  @Inject private SessionRepository repository;
  @Inject private AuditLog audit;

  /** The attendance sheet as an A4 PDF, with the labels in the reader's language. */
  public byte[] attendanceSheet(long sessionId, SheetLabels labels) {
    CertificationSession session = guard.session(sessionId);
    downloaded(session);
    return AttendanceSheetPdf.write(
        session.id(),
        session.details(),
        repository.candidates(sessionId).stream().map(Candidate::identity).toList(),
        labels);
  }

  /** The session minutes (procès-verbal) as an A4 PDF. */
  public byte[] minutes(long sessionId, SheetLabels labels, MinutesLabels minutes) {
    CertificationSession session = guard.session(sessionId);
    downloaded(session);
    return AttendanceSheetPdf.minutes(
        session.id(),
        session.details(),
        repository.candidates(sessionId).stream().map(Candidate::identity).toList(),
        labels,
        minutes);
  }

  private void downloaded(CertificationSession session) {
    audit.record(
        AuditAction.CERTIFICATION_DOCUMENT_DOWNLOAD,
        AuditTarget.of("centre", session.centreId()),
        AuditTarget.of("session", session.id()));
  }

  /** The session's candidates as an Excel workbook, in the columns of the candidates template. */
  public byte[] candidatesXlsx(long sessionId) {
    CertificationSession session = guard.session(sessionId);
    downloaded(session);
    return CandidatesXlsx.write(
        session.id(), repository.candidates(sessionId).stream().map(Candidate::identity).toList());
  }
}
