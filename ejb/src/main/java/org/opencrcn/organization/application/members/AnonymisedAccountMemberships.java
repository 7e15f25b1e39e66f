package org.opencrcn.organization.application.members;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.opencrcn.identity.application.AccountAnonymised;

/**
 * When an account is anonymised on request, Orga forgets what ties it to a person: its memberships
 * and requests to join go, and no school record (SIECLE) stays linked to it (the record is the
 * school's and stays; a pupil who left is anonymised by {@code LeftPupilsRetention}). Ids kept
 * elsewhere (who sent an invitation, who imported) name nobody once the account is anonymous.
 */
@Dependent
public class AnonymisedAccountMemberships {
  @PersistenceContext private EntityManager em;

  void forget(@Observes AccountAnonymised event) {
    for (String statement :
        new String[] {
          "delete from organization_membership where account_id = ?1",
          "delete from organization_membership_request where account_id = ?1",
          "delete from pupil_reconciliation_failure where account_id = ?1",
          "update pupil set account_id = null where account_id = ?1"
        }) {
      em.createNativeQuery(statement).setParameter(1, event.accountId()).executeUpdate();
    }
  }
}
