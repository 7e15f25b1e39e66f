package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencrcn.certification.domain.Candidate;
import org.opencrcn.certification.domain.CandidateIdentity;
import org.opencrcn.certification.domain.CandidateImportRefusedException;
import org.opencrcn.certification.domain.CandidateLineIssue;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.SessionLine;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.certification.infrastructure.SessionsCsv;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * A centre with many classes plans its sessions from one file: every line a candidate with its
 * session's fields, lines with the same site, room, date and time making one session. All or
 * nothing: one problem anywhere refuses the file, every problem named with its line.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class SessionsImport {
  @Inject private CentreGuard guard;
  @Inject private SessionRepository repository;
  @Inject private FreshCodes codes;
  @Inject private AuditLog audit;

  /** The sessions template (CSV, {@code ;}-separated, UTF-8 with BOM for spreadsheets). */
  public byte[] template() {
    return SessionsCsv.template();
  }

  /**
   * Creates the file's sessions and their candidates in the centre.
   *
   * @throws CandidateImportRefusedException naming every problem of every line; nothing created
   */
  public SessionsImported importFile(long centreId, byte[] csv) {
    guard.centre(centreId);
    LocalDateTime now = CentreGuard.now();
    SessionsCsv.Parsed parsed = SessionsCsv.read(csv);
    if (!parsed.fileIssues().isEmpty()) {
      throw new CandidateImportRefusedException(parsed.fileIssues());
    }
    Map<String, List<SessionLine>> bySession = new LinkedHashMap<>();
    List<CandidateLineIssue> issues = new ArrayList<>();
    for (SessionLine line : parsed.lines()) {
      List<CandidateLineIssue> problems = line.sessionProblems(now);
      if (line.hasCandidate()) {
        problems = new ArrayList<>(problems);
        problems.addAll(line.candidate().problems(now.toLocalDate()));
      }
      if (problems.isEmpty()) {
        bySession.computeIfAbsent(key(line), k -> new ArrayList<>()).add(line);
      }
      issues.addAll(problems);
    }
    Map<String, List<CandidateIdentity>> candidates = new LinkedHashMap<>();
    bySession.forEach(
        (key, lines) -> {
          List<CandidateIdentity> accepted = new ArrayList<>();
          for (SessionLine line : lines) {
            if (!line.hasCandidate()) {
              continue;
            }
            CandidateIdentity identity = line.candidate().identity();
            if (accepted.stream()
                .anyMatch(other -> SessionCandidates.samePerson(other, identity))) {
              issues.add(
                  new CandidateLineIssue(
                      line.line(),
                      CandidateLineIssue.Problem.DUPLICATE_IN_FILE,
                      identity.familyName()));
            }
            accepted.add(identity);
          }
          candidates.put(key, accepted);
        });
    if (!issues.isEmpty()) {
      throw new CandidateImportRefusedException(issues);
    }
    int enrolled = 0;
    for (Map.Entry<String, List<SessionLine>> entry : bySession.entrySet()) {
      CertificationSession session =
          repository.add(
              new CertificationSession(
                  centreId,
                  entry.getValue().get(0).details(),
                  codes.accessCode(),
                  codes.supervisorPassword(),
                  Instant.now()));
      audit.record(
          AuditAction.CERTIFICATION_SESSION_CREATED,
          AuditTarget.of("centre", centreId),
          AuditTarget.of("session", session.id()));
      for (CandidateIdentity identity : candidates.get(entry.getKey())) {
        Candidate candidate = repository.add(new Candidate(session.id(), identity, null, null));
        audit.record(
            AuditAction.CANDIDATE_ENROLLED,
            AuditTarget.of("centre", centreId),
            AuditTarget.of("session", session.id()),
            AuditTarget.of("candidate", candidate.id()));
        enrolled++;
      }
    }
    return new SessionsImported(bySession.size(), enrolled);
  }

  private static String key(SessionLine line) {
    return String.join(
        "|",
        line.site().strip().toLowerCase(Locale.ROOT),
        line.room().strip().toLowerCase(Locale.ROOT),
        line.date().strip(),
        line.time().strip());
  }
}
