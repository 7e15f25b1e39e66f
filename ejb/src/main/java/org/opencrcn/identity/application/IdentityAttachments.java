package org.opencrcn.identity.application;

import static org.opencrcn.identity.application.AttachmentRefusedException.Reason.ALREADY_ATTACHED;
import static org.opencrcn.identity.application.AttachmentRefusedException.Reason.ENT_ACCOUNT_IN_USE;
import static org.opencrcn.identity.application.AttachmentRefusedException.Reason.EXPIRED_LINK;
import static org.opencrcn.identity.application.AttachmentRefusedException.Reason.NOT_AN_ENT_ACCOUNT;
import static org.opencrcn.identity.application.AttachmentRefusedException.Reason.NOT_A_LOCAL_ACCOUNT;
import static org.opencrcn.identity.application.AttachmentRefusedException.Reason.OTHER_BROWSER;
import static org.opencrcn.identity.application.AttachmentRefusedException.Reason.SIGNED_IN_THROUGH_THE_ENT;
import static org.opencrcn.identity.application.AttachmentRefusedException.Reason.STALE_SIGN_IN;
import static org.opencrcn.identity.application.AttachmentRefusedException.Reason.UNKNOWN_LINK;
import static org.opencrcn.identity.application.AttachmentRefusedException.Reason.USED_LINK;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.opencrcn.identity.domain.Account;
import org.opencrcn.identity.domain.AccountIdentity;
import org.opencrcn.identity.domain.AccountOrigin;
import org.opencrcn.identity.domain.IdentityAttachment;
import org.opencrcn.identity.infrastructure.AccountFootprint;
import org.opencrcn.identity.infrastructure.AccountRepository;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * Attaches an ENT identity to the person's existing local account, so that they never have two
 * accounts (the trap met with the GAR: results under one account, the school's record under the
 * other). Two steps, in two sign-ins: signed in through the ENT, the person asks for it ({@link
 * #start}); signed in again with the local account's password, they confirm ({@link #attach}). The
 * account the ENT made at the first sign-in is then deleted, which is only allowed while nothing
 * refers to it; from then on, the ENT opens the local account.
 *
 * <p>The second step is accepted only in the browser that made the first (it keeps a secret whose
 * SHA-256 the request holds) and after a password typed since the request began (the ID token's
 * {@code auth_time}): a link sent to someone already signed in elsewhere attaches nothing.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class IdentityAttachments {
  @PersistenceContext private EntityManager em;
  @Inject private CallerAccount caller;
  @Inject private AuditLog audit;
  @Inject private AccountRepository accounts;
  @Inject private AccountFootprint footprint;

  /**
   * Whether the caller may attach their ENT identity to another account: an ENT account still
   * empty.
   */
  public boolean offered() {
    return caller
        .find()
        .filter(
            account ->
                account.origin() == AccountOrigin.ENT && account.subject().equals(caller.subject()))
        .map(account -> footprint.isEmpty(account.id()))
        .orElse(false);
  }

  /**
   * Starts attaching the caller's ENT identity to another account.
   *
   * @return the token that names the request (for a link followed after signing in again) and the
   *     secret the browser keeps
   */
  public AttachmentStart start() {
    Account entAccount = entAccountOfCaller();
    if (!footprint.isEmpty(entAccount.id())) {
      throw new AttachmentRefusedException(ENT_ACCOUNT_IN_USE);
    }
    SecretToken token = SecretToken.generate();
    SecretToken browser = SecretToken.generate();
    em.persist(
        new IdentityAttachment(token.hash(), browser.hash(), caller.subject(), Instant.now()));
    return new AttachmentStart(token.value(), browser.value());
  }

  /**
   * What {@link #attach} would do for the caller, without doing it.
   *
   * @param browserSecret what the browser kept at {@link #start} (null when it kept nothing)
   * @param authenticatedAt when the caller last typed their password (the ID token's {@code
   *     auth_time}), null when unknown
   */
  public AttachmentPreview preview(
      @NotBlank String token, String browserSecret, Instant authenticatedAt) {
    IdentityAttachment attachment = usable(token, LockModeType.NONE);
    Account local = localAccountOfCaller(attachment);
    requireSameBrowserAndFreshSignIn(attachment, browserSecret, authenticatedAt);
    Account ent =
        accounts
            .findBySubject(attachment.entSubject())
            .orElseThrow(() -> new AttachmentRefusedException(UNKNOWN_LINK));
    return new AttachmentPreview(
        ent.displayName(), ent.entAffiliation().uais(), local.displayName(), local.username());
  }

  /**
   * Makes the ENT identity of the request open the caller's (local) account from now on.
   *
   * @throws AttachmentRefusedException OTHER_BROWSER, STALE_SIGN_IN, and those of {@link #preview}
   */
  public void attach(@NotBlank String token, String browserSecret, Instant authenticatedAt) {
    Instant now = Instant.now();
    IdentityAttachment attachment = usable(token, LockModeType.PESSIMISTIC_WRITE);
    Account local = localAccountOfCaller(attachment);
    requireSameBrowserAndFreshSignIn(attachment, browserSecret, authenticatedAt);
    Account ent =
        accounts
            .lockByOwnSubject(attachment.entSubject())
            .orElseThrow(() -> new AttachmentRefusedException(UNKNOWN_LINK));
    if (!footprint.isEmpty(ent.id())) {
      throw new AttachmentRefusedException(ENT_ACCOUNT_IN_USE);
    }
    local.affiliate(ent.entAffiliation());
    accounts.remove(ent);
    accounts.attach(new AccountIdentity(attachment.entSubject(), local.id(), now));
    attachment.use(now);
    audit.record(AuditAction.IDENTITY_ATTACHED, AuditTarget.account(local.id()));
  }

  private static void requireSameBrowserAndFreshSignIn(
      IdentityAttachment attachment, String browserSecret, Instant authenticatedAt) {
    if (browserSecret == null
        || browserSecret.isBlank()
        || !attachment.startedIn(SecretToken.hashOf(browserSecret))) {
      throw new AttachmentRefusedException(OTHER_BROWSER);
    }
    if (authenticatedAt == null || !attachment.signedInSince(authenticatedAt)) {
      throw new AttachmentRefusedException(STALE_SIGN_IN);
    }
  }

  private Account entAccountOfCaller() {
    Account account =
        caller.find().orElseThrow(() -> new AttachmentRefusedException(NOT_AN_ENT_ACCOUNT));
    if (account.origin() != AccountOrigin.ENT || !account.subject().equals(caller.subject())) {
      throw new AttachmentRefusedException(NOT_AN_ENT_ACCOUNT);
    }
    return account;
  }

  private Account localAccountOfCaller(IdentityAttachment attachment) {
    if (attachment.entSubject().equals(caller.subject())) {
      throw new AttachmentRefusedException(SIGNED_IN_THROUGH_THE_ENT);
    }
    Account account =
        caller.find().orElseThrow(() -> new AttachmentRefusedException(NOT_A_LOCAL_ACCOUNT));
    if (account.origin() != AccountOrigin.LOCAL || !account.subject().equals(caller.subject())) {
      throw new AttachmentRefusedException(NOT_A_LOCAL_ACCOUNT);
    }
    if (accounts.hasAttachedIdentity(account.id())) {
      throw new AttachmentRefusedException(ALREADY_ATTACHED);
    }
    return account;
  }

  private IdentityAttachment usable(String token, LockModeType lock) {
    IdentityAttachment attachment =
        em.createNamedQuery("IdentityAttachment.byTokenHash", IdentityAttachment.class)
            .setParameter("hash", SecretToken.hashOf(token))
            .setLockMode(lock)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new AttachmentRefusedException(UNKNOWN_LINK));
    return switch (attachment.state(Instant.now())) {
      case USABLE -> attachment;
      case USED -> throw new AttachmentRefusedException(USED_LINK);
      case EXPIRED -> throw new AttachmentRefusedException(EXPIRED_LINK);
    };
  }
}
