package org.opencrcn.shared.audit;

/**
 * What was done. Each action has its label in the messages bundles ({@code audit.action.NAME}). Add
 * a constant at the end of the list for a new sensitive action (and its label).
 */
public enum AuditAction {
  /** A school's SIECLE pupils file accepted for import (targets: organization, import). */
  PUPIL_IMPORT,
  /** The national directory of schools imported (targets: counts). */
  DIRECTORY_IMPORT,
  /** A file of results or people downloaded (targets: what was exported). */
  EXPORT,
  /** A member's role changed in an organisation (targets: organization, account). */
  ROLE_CHANGE,
  /** A membership revoked or left (targets: organization, account). */
  MEMBERSHIP_REVOKED,
  /** A request to administer a school sent from the public form (targets: organization). */
  ACTIVATION_REQUEST,
  /** An organisation activated through an activation link (targets: organization, account). */
  ACTIVATION,
  /** An invitation sent or sent again (targets: organization, invitation). */
  INVITATION_SENT,
  /** An invitation accepted (targets: organization, invitation, account). */
  INVITATION_ACCEPTED,
  /** An invitation cancelled (targets: organization, invitation). */
  INVITATION_CANCELLED,
  /** An ENT identity attached to an existing account (targets: account). */
  IDENTITY_ATTACHED,
  /** A retention run forgot data kept only for a while (targets: counts per kind of data). */
  PURGE,
  /** An account anonymised on request (targets: account). */
  ACCOUNT_ANONYMISED,
  /** Pupils who left anonymised by the retention run (targets: count). */
  PUPILS_ANONYMISED,
  /** A learner downloaded their own data (targets: account). */
  PERSONAL_DATA_DOWNLOAD,
  /** A campaign created (targets: organization, campaign). */
  CAMPAIGN_CREATED,
  /** A campaign archived (targets: organization, campaign). */
  CAMPAIGN_ARCHIVED,
  /** A certification session created (targets: centre, session). */
  CERTIFICATION_SESSION_CREATED,
  /** A candidate enrolled in a certification session (targets: centre, session, candidate). */
  CANDIDATE_ENROLLED,
  /** A certification document downloaded (targets: centre, session). */
  CERTIFICATION_DOCUMENT_DOWNLOAD,
  /** A certification session finalised (targets: centre, session). */
  CERTIFICATION_FINALISED,
  /** Certification results published (targets: centre, session). */
  CERTIFICATION_PUBLISHED,
  /**
   * A challenge of a certification test neutralised or given back in review (targets: session,
   * certification-result).
   */
  CERTIFICATION_CHALLENGE_NEUTRALISED,
  /**
   * The person of an anonymised account deleted in Keycloak, or found absent there (targets:
   * account).
   */
  KEYCLOAK_USER_DELETED,
  /** Keycloak could not delete the person of an anonymised account (targets: account). */
  KEYCLOAK_DELETION_FAILED,
  /** A certification centre created by a platform admin (targets: centre). */
  CENTRE_CREATED,
  /** A certification centre's name, type or school changed (targets: centre). */
  CENTRE_EDITED,
  /** A certification centre archived (targets: centre). */
  CENTRE_ARCHIVED,
  /** A certification centre brought back from the archive (targets: centre). */
  CENTRE_UNARCHIVED,
  /** An invitation to a certification centre sent or sent again (targets: centre, invitation). */
  CENTRE_INVITATION_SENT,
  /** An invitation to a centre accepted (targets: centre, invitation, account). */
  CENTRE_INVITATION_ACCEPTED,
  /** An invitation to a certification centre cancelled (targets: centre, invitation). */
  CENTRE_INVITATION_CANCELLED,
  /** A member removed from a certification centre (targets: centre, account). */
  CENTRE_MEMBER_REMOVED,
  /** A candidate joined a certification session (targets: session, candidate, course). */
  CERTIFICATION_JOINED,
  /** The supervisor admitted a candidate to the test (targets: session, candidate, course). */
  CERTIFICATION_ADMITTED,
  /** The supervisor ended a candidate's test (targets: session, candidate, course). */
  CERTIFICATION_TEST_ENDED,
  /** The supervisor reported an incident (targets: session, candidate, course, incident). */
  CERTIFICATION_INCIDENT,
  /**
   * The supervisor let a candidate resume in another browser (targets: session, candidate, course).
   */
  CERTIFICATION_RESUME_ALLOWED,
}
