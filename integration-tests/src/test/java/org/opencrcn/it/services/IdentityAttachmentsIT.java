package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.identity.application.AttachmentPreview;
import org.opencrcn.identity.application.AttachmentRefusedException;
import org.opencrcn.identity.application.AttachmentRefusedException.Reason;
import org.opencrcn.identity.application.AttachmentStart;
import org.opencrcn.identity.application.IdentityAttachments;
import org.opencrcn.identity.application.SignIn;
import org.opencrcn.identity.domain.EntAffiliation;
import org.opencrcn.identity.domain.PersonProfile;
import org.opencrcn.it.services.runas.AsEntNewcomer;
import org.opencrcn.it.services.runas.AsLocalOwner;
import org.opencrcn.organization.application.ent.EntArrival;

/**
 * Attaching an ENT identity to the person's existing local account (two sign-ins: through the ENT,
 * then with the password): afterwards the ENT opens the local account, the ENT's own empty account
 * is gone, and every way of doing it wrong is refused without changing anything.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityAttachmentsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(IdentityAttachmentsIT.class);
  }

  @Inject private SignIn signIn;
  @Inject private IdentityAttachments attachments;
  @Inject private EntArrival arrival;
  @Inject private OrgaTestData data;
  @Inject private EntTestData entData;
  @Inject private AsEntNewcomer asEnt;
  @Inject private AsLocalOwner asLocal;

  private OrgaTestData.School school;

  @BeforeEach
  void freshAccounts() throws Exception {
    entData.forget(List.of(AsEntNewcomer.SUBJECT, AsLocalOwner.SUBJECT));
    school = data.school();
    asLocal.call(
        () ->
            signIn.record(
                new PersonProfile(
                    AsLocalOwner.SUBJECT, "it-owner", "Léa", "Martin", "it-owner@example.org")));
    asEnt.call(() -> signIn.record(entProfile()));
  }

  @Test
  @DisplayName(
      "After the password sign-in confirms, the ENT opens the local account, which takes the ENT's school")
  void attaches() throws Exception {
    long localId =
        asLocal
            .call(
                () ->
                    signIn.record(
                        new PersonProfile(AsLocalOwner.SUBJECT, "it-owner", "Léa", "Martin", null)))
            .accountId();
    assertThat(asEnt.call(attachments::offered)).isTrue();
    AttachmentStart started = asEnt.call(attachments::start);
    String token = started.token();
    Instant passwordTyped = Instant.now();

    AttachmentPreview preview =
        asLocal.call(() -> attachments.preview(token, started.browserSecret(), passwordTyped));
    assertThat(preview.entName()).isEqualTo("Léa Martin (ENT)");
    assertThat(preview.entUais()).containsExactly(school.uai());
    assertThat(preview.accountUsername()).isEqualTo("it-owner");
    asLocal.call(
        () -> {
          attachments.attach(token, started.browserSecret(), passwordTyped);
          return null;
        });

    assertThat(entData.accountExists(AsEntNewcomer.SUBJECT)).isFalse();
    var throughTheEnt = asEnt.call(() -> signIn.record(entProfile()));
    assertThat(throughTheEnt.accountId()).isEqualTo(localId);
    assertThat(throughTheEnt.awaitsEntWelcome()).isFalse();
    assertThat(asLocal.call(arrival::welcome).schools())
        .extracting(s -> s.uai())
        .containsExactly(school.uai());
    assertRefused(
        () ->
            asLocal.call(() -> attachments.preview(token, started.browserSecret(), passwordTyped)),
        Reason.USED_LINK);
    assertThat(asEnt.call(attachments::offered)).isFalse();
  }

  @Test
  @DisplayName(
      "Coming back through the ENT instead of the password, or from a local account, is refused")
  void wrongAccounts() throws Exception {
    AttachmentStart token = asEnt.call(attachments::start);

    assertRefused(() -> asEnt.call(() -> attach(token)), Reason.SIGNED_IN_THROUGH_THE_ENT);
    assertRefused(() -> asLocal.call(attachments::start), Reason.NOT_AN_ENT_ACCOUNT);
    assertRefused(
        () -> asLocal.call(() -> attachments.preview("no-such-token", "x", Instant.now())),
        Reason.UNKNOWN_LINK);
    assertThat(entData.accountExists(AsEntNewcomer.SUBJECT)).isTrue();
  }

  @Test
  @DisplayName(
      "An expired request is refused; an ENT account that already holds something cannot be attached")
  void expiredOrInUse() throws Exception {
    AttachmentStart token = asEnt.call(attachments::start);
    entData.expire(token.token());
    assertRefused(() -> asLocal.call(() -> attach(token)), Reason.EXPIRED_LINK);

    AttachmentStart second = asEnt.call(attachments::start);
    data.addMember(school.id(), AsEntNewcomer.SUBJECT, "MEMBER");
    assertThat(asEnt.call(attachments::offered)).isFalse();
    assertRefused(() -> asEnt.call(attachments::start), Reason.ENT_ACCOUNT_IN_USE);
    assertRefused(() -> asLocal.call(() -> attach(second)), Reason.ENT_ACCOUNT_IN_USE);
    assertThat(entData.accountExists(AsEntNewcomer.SUBJECT)).isTrue();
    assertThat(data.members(school.id())).containsExactly(AsEntNewcomer.SUBJECT + ":MEMBER");
  }

  @Test
  @DisplayName(
      "A link followed in another browser, or by a person signed in before the request, attaches nothing")
  void otherBrowserOrStaleSignIn() throws Exception {
    Instant signedInBefore = Instant.now().minusSeconds(60);
    AttachmentStart started = asEnt.call(attachments::start);

    assertRefused(
        () -> asLocal.call(() -> attachments.preview(started.token(), null, Instant.now())),
        Reason.OTHER_BROWSER);
    assertRefused(
        () ->
            asLocal.call(
                () -> {
                  attachments.attach(started.token(), "another-browser", Instant.now());
                  return null;
                }),
        Reason.OTHER_BROWSER);
    assertRefused(
        () ->
            asLocal.call(
                () -> {
                  attachments.attach(started.token(), started.browserSecret(), signedInBefore);
                  return null;
                }),
        Reason.STALE_SIGN_IN);
    assertRefused(
        () ->
            asLocal.call(
                () -> {
                  attachments.attach(started.token(), started.browserSecret(), null);
                  return null;
                }),
        Reason.STALE_SIGN_IN);

    assertThat(entData.accountExists(AsEntNewcomer.SUBJECT)).isTrue();
    assertThat(asEnt.call(attachments::offered)).isTrue();
  }

  /** Followed in the browser that started it, with the password typed just now. */
  private Void attach(AttachmentStart started) {
    attachments.attach(started.token(), started.browserSecret(), Instant.now());
    return null;
  }

  private PersonProfile entProfile() {
    return new PersonProfile(
        AsEntNewcomer.SUBJECT,
        "ent.it-newcomer",
        "Léa",
        "Martin (ENT)",
        null,
        new EntAffiliation(List.of("National_ELV"), List.of(school.uai()), "3B"));
  }

  private static void assertRefused(ThrowingCallable call, Reason reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            AttachmentRefusedException.class,
            refused -> assertThat(refused.reason()).isEqualTo(reason));
  }
}
