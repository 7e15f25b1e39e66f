package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrcn.organization.domain.MembershipRole.ADMIN;
import static org.opencrcn.organization.domain.MembershipRole.MEMBER;

import jakarta.inject.Inject;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.services.OrgaTestData.School;
import org.opencrcn.it.services.runas.AsColleague;
import org.opencrcn.it.services.runas.AsDirector;
import org.opencrcn.it.services.runas.AsNewcomer;
import org.opencrcn.it.support.DemoAccounts;
import org.opencrcn.it.support.Inbox;
import org.opencrcn.it.support.Inbox.ReceivedMail;
import org.opencrcn.it.support.WithGreenMail;
import org.opencrcn.organization.application.LinkPreview;
import org.opencrcn.organization.application.LinkRefusedException;
import org.opencrcn.organization.application.members.InvitationView;
import org.opencrcn.organization.application.members.MemberView;
import org.opencrcn.organization.application.members.MembersRefusedException;
import org.opencrcn.organization.application.members.OrgaInvitations;
import org.opencrcn.organization.application.members.OrgaMembers;
import org.opencrcn.shared.AccessDeniedException;

/**
 * Members and invitations of an organisation: administrators invite (mails read from GreenMail),
 * change roles and remove; the last administrator stays; members of one school never reach
 * another's. Each test has its own school, administered by the test account AsNewcomer.
 */
@ExtendWith({WithGreenMail.class, ArquillianExtension.class})
class OrgaMembersIT {
  private static final String LINK = "/rejoindre/invitation/";

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(OrgaMembersIT.class);
  }

  @Inject private OrgaMembers members;
  @Inject private OrgaInvitations invitations;
  @Inject private OrgaTestData data;
  @Inject private AsNewcomer asAdmin;
  @Inject private AsColleague asColleague;
  @Inject private AsDirector asDirector;

  private School school;
  private final String invitee =
      "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

  @BeforeEach
  void schoolWithAnAdministrator() {
    data.ensureTestAccounts();
    school = data.school();
    data.addMember(school.id(), AsNewcomer.SUBJECT, "ADMIN");
  }

  @Test
  @DisplayName(
      "An invitation is pending until the invitee follows its link, then accepted; its link serves once")
  void invitationAccepted() throws Exception {
    InvitationView sent =
        asAdmin.call(
            () ->
                invitations.invite(
                    school.id(), " " + invitee.toUpperCase(Locale.ROOT), MEMBER, Locale.FRENCH));
    ReceivedMail mail = Inbox.of(invitee).awaitMail(1);

    assertThat(sent.email()).isEqualTo(invitee);
    assertThat(asAdmin.call(() -> invitations.pending(school.id())))
        .extracting(InvitationView::email)
        .containsExactly(invitee);
    assertThat(mail.to()).containsExactly(invitee);
    assertThat(mail.text())
        .contains(
            "Nadia Nouvelle vous invite à rejoindre l'espace Orga de Établissement de test "
                + school.uai()
                + " sur OpenCRCN, en tant que membre.");

    String token = mail.token(LINK);
    assertThat(data.invitationTokens(school.id()))
        .containsExactly("null|" + org.opencrcn.shared.SecretToken.hashOf(token));
    assertThat(asColleague.call(() -> invitations.preview(token)))
        .extracting(LinkPreview::role, LinkPreview::invitedEmail, LinkPreview::forCaller)
        .containsExactly(MEMBER, invitee, false);
    assertThatThrownBy(() -> asColleague.call(() -> invitations.accept(token, false)))
        .isInstanceOfSatisfying(
            LinkRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(LinkRefusedException.Reason.OTHER_ADDRESS));
    assertThat(data.members(school.id())).containsExactly(AsNewcomer.SUBJECT + ":ADMIN");
    asColleague.call(() -> invitations.accept(token, true));

    assertThat(data.members(school.id()))
        .containsExactly(AsNewcomer.SUBJECT + ":ADMIN", AsColleague.SUBJECT + ":MEMBER");
    assertThat(asAdmin.call(() -> invitations.pending(school.id()))).isEmpty();
    assertThatThrownBy(() -> asColleague.call(() -> invitations.accept(token, true)))
        .isInstanceOfSatisfying(
            LinkRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(LinkRefusedException.Reason.USED));
  }

  @Test
  @DisplayName(
      "The invited address's own account joins without confirming; a link past its 7 days has expired")
  void invitedAddressAndExpiry() throws Exception {
    School other = data.school();
    data.addMember(other.id(), AsNewcomer.SUBJECT, "ADMIN");
    asAdmin.call(
        () -> invitations.invite(school.id(), "IT-Colleague@example.org", MEMBER, Locale.FRENCH));
    asAdmin.call(() -> invitations.invite(other.id(), invitee, MEMBER, Locale.FRENCH));
    String own = Inbox.of("it-colleague@example.org").awaitMail(1).token(LINK);
    String late = Inbox.of(invitee).awaitMail(1).token(LINK);
    data.expireInvitations(other.id());

    assertThat(asColleague.call(() -> invitations.preview(own)).forCaller()).isTrue();
    asColleague.call(() -> invitations.accept(own, false));
    assertThatThrownBy(() -> asColleague.call(() -> invitations.accept(late, true)))
        .isInstanceOfSatisfying(
            LinkRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(LinkRefusedException.Reason.EXPIRED));

    assertThat(data.members(school.id()))
        .containsExactly(AsNewcomer.SUBJECT + ":ADMIN", AsColleague.SUBJECT + ":MEMBER");
    assertThat(data.members(other.id())).containsExactly(AsNewcomer.SUBJECT + ":ADMIN");
  }

  @Test
  @DisplayName(
      "Inviting the same address again, or sending again, re-uses the pending invitation with a new link each time; older links stop working")
  void resendReusesPendingInvitation() throws Exception {
    InvitationView first =
        asAdmin.call(() -> invitations.invite(school.id(), invitee, MEMBER, Locale.FRENCH));
    InvitationView again =
        asAdmin.call(() -> invitations.invite(school.id(), invitee, ADMIN, Locale.ENGLISH));
    InvitationView resent =
        asAdmin.call(() -> invitations.resend(school.id(), first.id(), Locale.FRENCH));

    var mails = Inbox.of(invitee);
    mails.awaitMail(3);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(resent.id()).isEqualTo(first.id());
    assertThat(resent.sentCount()).isEqualTo(3);
    assertThat(resent.role()).isEqualTo(ADMIN);
    java.util.List<String> tokens = mails.mails().stream().map(m -> m.token(LINK)).toList();
    assertThat(tokens).doesNotHaveDuplicates().hasSize(3);
    assertThat(mails.mails().get(1).subject()).startsWith("OpenCRCN: invitation to join");
    assertThat(asAdmin.call(() -> invitations.pending(school.id()))).hasSize(1);
    for (String old : tokens.subList(0, 2)) {
      assertThatThrownBy(() -> asColleague.call(() -> invitations.preview(old)))
          .isInstanceOfSatisfying(
              LinkRefusedException.class,
              e -> assertThat(e.reason()).isEqualTo(LinkRefusedException.Reason.UNKNOWN));
    }
    assertThat(asColleague.call(() -> invitations.preview(tokens.get(2))).role()).isEqualTo(ADMIN);
  }

  @Test
  @DisplayName("A cancelled invitation's link says it was cancelled and adds nobody")
  void cancelledInvitation() throws Exception {
    InvitationView sent =
        asAdmin.call(() -> invitations.invite(school.id(), invitee, MEMBER, Locale.FRENCH));
    String token = Inbox.of(invitee).awaitMail(1).token(LINK);

    asAdmin.call(
        () -> {
          invitations.cancel(school.id(), sent.id());
          return null;
        });

    assertThat(asAdmin.call(() -> invitations.pending(school.id()))).isEmpty();
    assertThatThrownBy(() -> asColleague.call(() -> invitations.accept(token, true)))
        .isInstanceOfSatisfying(
            LinkRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(LinkRefusedException.Reason.CANCELLED));
    assertThat(data.members(school.id())).containsExactly(AsNewcomer.SUBJECT + ":ADMIN");
  }

  @Test
  @DisplayName("The first member of an organisation becomes ADMIN, even when invited as MEMBER")
  void firstMemberIsAdmin() throws Exception {
    School empty = data.school();
    String token = "it-first-member-" + UUID.randomUUID();
    data.pendingInvitation(empty.id(), invitee, "MEMBER", token);

    asColleague.call(() -> invitations.accept(token, true));

    assertThat(data.members(empty.id())).containsExactly(AsColleague.SUBJECT + ":ADMIN");
  }

  @Test
  @DisplayName(
      "The last administrator can neither be demoted nor leave; once another is named, they can")
  void lastAdministratorStays() throws Exception {
    long admin = data.accountId(AsNewcomer.SUBJECT);
    long colleague = data.accountId(AsColleague.SUBJECT);
    data.addMember(school.id(), AsColleague.SUBJECT, "MEMBER");

    assertThatThrownBy(
            () -> asAdmin.call(() -> run(() -> members.changeRole(school.id(), admin, MEMBER))))
        .isInstanceOfSatisfying(
            MembersRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(MembersRefusedException.Reason.LAST_ADMIN));
    assertThatThrownBy(() -> asAdmin.call(() -> run(() -> members.remove(school.id(), admin))))
        .isInstanceOfSatisfying(
            MembersRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(MembersRefusedException.Reason.LAST_ADMIN));

    asAdmin.call(() -> run(() -> members.changeRole(school.id(), colleague, ADMIN)));
    asAdmin.call(() -> run(() -> members.remove(school.id(), admin)));

    assertThat(data.members(school.id())).containsExactly(AsColleague.SUBJECT + ":ADMIN");
  }

  @Test
  @DisplayName(
      "Every member lists the members; a MEMBER cannot invite, change roles or remove anyone")
  void memberCannotManage() throws Exception {
    long admin = data.accountId(AsNewcomer.SUBJECT);
    data.addMember(school.id(), AsColleague.SUBJECT, "MEMBER");

    assertThat(asColleague.call(() -> members.members(school.id())))
        .extracting(MemberView::name, MemberView::role, MemberView::you)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Nadia Nouvelle", ADMIN, false),
            org.assertj.core.groups.Tuple.tuple("Cyril Collègue", MEMBER, true));
    assertThatThrownBy(
            () ->
                asColleague.call(
                    () -> invitations.invite(school.id(), invitee, MEMBER, Locale.FRENCH)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asColleague.call(() -> invitations.pending(school.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> asColleague.call(() -> run(() -> members.changeRole(school.id(), admin, MEMBER))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asColleague.call(() -> run(() -> members.remove(school.id(), admin))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(Inbox.of(invitee).mails()).isEmpty();
    assertThat(data.members(school.id()))
        .containsExactly(AsNewcomer.SUBJECT + ":ADMIN", AsColleague.SUBJECT + ":MEMBER");
  }

  @Test
  @DisplayName("A member leaves by themselves")
  void memberLeaves() throws Exception {
    data.addMember(school.id(), AsColleague.SUBJECT, "MEMBER");
    long colleague = data.accountId(AsColleague.SUBJECT);

    asColleague.call(() -> run(() -> members.remove(school.id(), colleague)));

    assertThat(data.members(school.id())).containsExactly(AsNewcomer.SUBJECT + ":ADMIN");
  }

  @Test
  @DisplayName("The administrator of school A can neither list nor manage the members of school B")
  void schoolBoundary() throws Exception {
    long teacher = data.accountId(DemoAccounts.TEACHER.subject);
    long jeanMoulin = data.organizationIdByUai("0381999Z");

    assertThatThrownBy(() -> asDirector.call(() -> members.members(school.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                asDirector.call(
                    () -> invitations.invite(school.id(), invitee, ADMIN, Locale.FRENCH)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asAdmin.call(() -> members.members(jeanMoulin)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> asAdmin.call(() -> run(() -> members.changeRole(jeanMoulin, teacher, ADMIN))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asAdmin.call(() -> run(() -> members.remove(jeanMoulin, teacher))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asAdmin.call(() -> invitations.pending(jeanMoulin)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(asDirector.call(() -> members.members(jeanMoulin)))
        .extracting(MemberView::name, MemberView::role)
        .contains(org.assertj.core.groups.Tuple.tuple("Thomas Bernard", MEMBER));
  }

  @Test
  @DisplayName(
      "An invitation to someone already a member, or to no address, is refused with its reason")
  void inviteRefusals() {
    data.addMember(school.id(), AsColleague.SUBJECT, "MEMBER");

    assertThatThrownBy(
            () ->
                asAdmin.call(
                    () ->
                        invitations.invite(
                            school.id(), "IT-Colleague@example.org", MEMBER, Locale.FRENCH)))
        .isInstanceOfSatisfying(
            MembersRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(MembersRefusedException.Reason.ALREADY_MEMBER));
    assertThatThrownBy(
            () ->
                asAdmin.call(
                    () -> invitations.invite(school.id(), "not an address", MEMBER, Locale.FRENCH)))
        .isInstanceOfSatisfying(
            MembersRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(MembersRefusedException.Reason.INVALID_EMAIL));
  }

  private static Void run(Runnable work) {
    work.run();
    return null;
  }
}
