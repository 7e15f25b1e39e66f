package org.opencrcn.certification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.invitation.MailedInvitation;

/**
 * A platform administrator's invitation of an e-mail address to become a member of a certification
 * centre, under the rules of every invitation ({@link MailedInvitation}): only the SHA-256 of its
 * link's token is kept, the link works 7 days, sending again makes a new link (the one mailed
 * before stops working), an accepted, cancelled or expired invitation's link does nothing.
 */
@Entity
@Table(name = "certification_centre_invitation")
public class CentreInvitation extends MailedInvitation {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "centre_id")
  private CertificationCentre centre;

  protected CentreInvitation() {}

  public CentreInvitation(
      CertificationCentre centre, String email, SecretToken token, Long invitedBy, Instant now) {
    super(email, token, invitedBy, now);
    this.centre = centre;
  }

  public CertificationCentre centre() {
    return centre;
  }
}
