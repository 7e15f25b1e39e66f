package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencrcn.assessment.application.CertifiableCompetences;
import org.opencrcn.certification.domain.Candidate;
import org.opencrcn.certification.domain.CandidateIdentity;
import org.opencrcn.certification.domain.CandidateImportRefusedException;
import org.opencrcn.certification.domain.CandidateLine;
import org.opencrcn.certification.domain.CandidateLineIssue;
import org.opencrcn.certification.domain.CertificationCentre;
import org.opencrcn.certification.domain.CertificationSession;
import org.opencrcn.certification.domain.Eligibility;
import org.opencrcn.certification.domain.SessionRefusedException;
import org.opencrcn.certification.domain.SessionRefusedException.Reason;
import org.opencrcn.certification.infrastructure.CandidateCsv;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.organization.application.pupils.PupilRecord;
import org.opencrcn.organization.application.pupils.PupilRecords;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * The candidates of a session: a SCO centre enrols its school's pupils (birth data from their
 * record), a SUP or PRO centre types them; both until the session starts. Every call checks the
 * caller is a member of the session's centre.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class SessionCandidates {
  @Inject private CentreGuard guard;
  @Inject private SessionRepository repository;
  @Inject private PupilRecords pupils;
  @Inject private CertifiableCompetences certifiable;
  @Inject private AuditLog audit;

  /** The session's candidates by name, each with their eligibility. */
  public List<CandidateRow> of(long sessionId) {
    guard.session(sessionId);
    List<Candidate> candidates = repository.candidates(sessionId);
    Map<Long, Integer> levelled =
        certifiable.countFor(
            candidates.stream()
                .map(Candidate::accountId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    return candidates.stream()
        .map(
            c ->
                new CandidateRow(
                    c.id(),
                    c.identity(),
                    Eligibility.of(c.accountId() == null ? null : levelled.get(c.accountId())),
                    c.pupilId() == null))
        .toList();
  }

  /** The classes of the centre's school, to choose pupils from; empty for SUP and PRO. */
  public List<String> classes(long sessionId) {
    CertificationSession session = guard.session(sessionId);
    return guard
        .centre(session.centreId())
        .organizationId()
        .map(pupils::divisions)
        .orElseGet(List::of);
  }

  /** The active pupils of one class of the centre's school, marking those already enrolled. */
  public List<PupilChoice> pupilsOfClass(long sessionId, String division) {
    CertificationSession session = guard.session(sessionId);
    long organization = organizationOf(guard.centre(session.centreId()));
    Set<Long> enrolled = enrolledPupils(sessionId);
    return pupils.ofDivision(organization, division).stream()
        .map(
            p ->
                new PupilChoice(
                    p.id(),
                    p.familyName(),
                    p.firstName(),
                    p.birthdate(),
                    enrolled.contains(p.id())))
        .toList();
  }

  /**
   * Enrols these pupils of the centre's school, all or none; returns how many.
   *
   * @throws SessionRefusedException when the session started, a pupil is not one of the school's
   *     active pupils or is already enrolled
   */
  public int enrolPupils(long sessionId, List<Long> pupilIds) {
    CertificationSession session = guard.session(sessionId);
    guard.refuseIfStarted(session, CentreGuard.now());
    long organization = organizationOf(guard.centre(session.centreId()));
    Set<Long> wanted = new HashSet<>(pupilIds);
    if (wanted.isEmpty()) {
      throw new SessionRefusedException(Reason.NOTHING_CHOSEN);
    }
    List<PupilRecord> records = pupils.byIds(organization, wanted);
    if (records.size() != wanted.size()) {
      throw new SessionRefusedException(Reason.NOT_A_PUPIL_OF_THE_SCHOOL);
    }
    Set<Long> enrolled = enrolledPupils(sessionId);
    if (wanted.stream().anyMatch(enrolled::contains)) {
      throw new SessionRefusedException(Reason.ALREADY_ENROLLED);
    }
    for (PupilRecord p : records) {
      CandidateIdentity identity =
          new CandidateIdentity(
              p.familyName(),
              p.firstName(),
              p.sex(),
              p.birthdate(),
              null,
              null,
              null,
              p.division(),
              0,
              null);
      enrolled(session, repository.add(new Candidate(sessionId, identity, p.id(), p.accountId())));
    }
    return records.size();
  }

  /**
   * Enrols a person typed by the centre (SUP, PRO, or a SCO candidate from outside the school).
   *
   * @throws SessionRefusedException when the session started, a field is refused, or the same
   *     person (names and birthdate) is already enrolled
   */
  public long enrol(long sessionId, CandidateIdentity identity) {
    CertificationSession session = guard.session(sessionId);
    LocalDateTime now = CentreGuard.now();
    guard.refuseIfStarted(session, now);
    identity.check(now.toLocalDate());
    boolean twice =
        repository.candidates(sessionId).stream()
            .map(Candidate::identity)
            .anyMatch(other -> samePerson(other, identity));
    if (twice) {
      throw new SessionRefusedException(Reason.ALREADY_ENROLLED);
    }
    return enrolled(session, repository.add(new Candidate(sessionId, identity, null, null)));
  }

  /**
   * Changes a typed candidate's identity before the session starts, with the checks of {@link
   * #enrol}.
   *
   * @throws SessionRefusedException when the session started, a field is refused, the candidate is
   *     a school's pupil (NOT_TYPED: their identity is their record's), or another candidate of the
   *     session is the same person
   */
  public void edit(long sessionId, long candidateId, CandidateIdentity identity) {
    CertificationSession session = guard.session(sessionId);
    LocalDateTime now = CentreGuard.now();
    guard.refuseIfStarted(session, now);
    Candidate candidate = candidateOf(sessionId, candidateId);
    identity.check(now.toLocalDate());
    boolean twice =
        repository.candidates(sessionId).stream()
            .filter(other -> !other.id().equals(candidate.id()))
            .map(Candidate::identity)
            .anyMatch(other -> samePerson(other, identity));
    if (twice) {
      throw new SessionRefusedException(Reason.ALREADY_ENROLLED);
    }
    candidate.describeAs(identity);
  }

  /**
   * Enrols every candidate of a file of the template, all or none; returns how many.
   *
   * @throws CandidateImportRefusedException naming every problem of every line
   * @throws SessionRefusedException when the session started
   */
  public int importFile(long sessionId, byte[] csv) {
    CertificationSession session = guard.session(sessionId);
    LocalDateTime now = CentreGuard.now();
    guard.refuseIfStarted(session, now);
    CandidateCsv.Parsed parsed = CandidateCsv.read(csv);
    if (!parsed.fileIssues().isEmpty()) {
      throw new CandidateImportRefusedException(parsed.fileIssues());
    }
    List<CandidateIdentity> enrolled =
        repository.candidates(sessionId).stream().map(Candidate::identity).toList();
    List<CandidateIdentity> accepted = new ArrayList<>();
    List<CandidateLineIssue> issues = new ArrayList<>();
    for (CandidateLine line : parsed.lines()) {
      List<CandidateLineIssue> problems = line.problems(now.toLocalDate());
      if (!problems.isEmpty()) {
        issues.addAll(problems);
        continue;
      }
      CandidateIdentity identity = line.identity();
      if (accepted.stream().anyMatch(other -> samePerson(other, identity))) {
        issues.add(
            new CandidateLineIssue(
                line.line(), CandidateLineIssue.Problem.DUPLICATE_IN_FILE, identity.familyName()));
      } else if (enrolled.stream().anyMatch(other -> samePerson(other, identity))) {
        issues.add(
            new CandidateLineIssue(
                line.line(), CandidateLineIssue.Problem.ALREADY_ENROLLED, identity.familyName()));
      }
      accepted.add(identity);
    }
    if (!issues.isEmpty()) {
      throw new CandidateImportRefusedException(issues);
    }
    accepted.forEach(
        identity ->
            enrolled(session, repository.add(new Candidate(sessionId, identity, null, null))));
    return accepted.size();
  }

  /** The candidates template (CSV, {@code ;}-separated, UTF-8 with BOM for spreadsheets). */
  public byte[] template() {
    return CandidateCsv.template();
  }

  /**
   * Removes a candidate before the session starts.
   *
   * @throws SessionRefusedException when the session started
   */
  public void remove(long sessionId, long candidateId) {
    CertificationSession session = guard.session(sessionId);
    guard.refuseIfStarted(session, CentreGuard.now());
    repository.remove(candidateOf(sessionId, candidateId));
  }

  /** A candidate of this session; another session's is refused as one that does not exist. */
  private Candidate candidateOf(long sessionId, long candidateId) {
    return repository
        .candidate(candidateId)
        .filter(c -> c.sessionId() == sessionId)
        .orElseThrow(
            () ->
                new org.opencrcn.shared.AccessDeniedException(
                    "No candidate " + candidateId + " in session " + sessionId));
  }

  /** Records the enrolment in the audit log; returns the candidate's id. */
  private long enrolled(CertificationSession session, Candidate candidate) {
    audit.record(
        AuditAction.CANDIDATE_ENROLLED,
        AuditTarget.of("centre", session.centreId()),
        AuditTarget.of("session", session.id()),
        AuditTarget.of("candidate", candidate.id()));
    return candidate.id();
  }

  private Set<Long> enrolledPupils(long sessionId) {
    return repository.candidates(sessionId).stream()
        .map(Candidate::pupilId)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }

  private static long organizationOf(CertificationCentre centre) {
    return centre
        .organizationId()
        .orElseThrow(() -> new SessionRefusedException(Reason.NO_ORGANISATION));
  }

  static boolean samePerson(CandidateIdentity a, CandidateIdentity b) {
    return a.familyName().equalsIgnoreCase(b.familyName().strip())
        && a.firstName().equalsIgnoreCase(b.firstName().strip())
        && a.birthdate().equals(b.birthdate());
  }
}
