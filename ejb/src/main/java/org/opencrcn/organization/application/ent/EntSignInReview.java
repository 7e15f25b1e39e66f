package org.opencrcn.organization.application.ent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.opencrcn.identity.application.EntSignedIn;

/** At each ENT sign-in, the ADMIN rights that rest on the ENT's word are reviewed. */
@ApplicationScoped
public class EntSignInReview {
  @Inject private EntAdminReview review;

  void onEntSignIn(@Observes EntSignedIn signedIn) {
    review.reviewCaller();
  }
}
