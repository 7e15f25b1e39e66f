package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.certification.application.CentreAdminRow;
import org.opencrcn.certification.application.CentreAdministration;
import org.opencrcn.certification.application.CentreInput;
import org.opencrcn.certification.application.CentreInvitationView;
import org.opencrcn.certification.application.CentreInvitations;
import org.opencrcn.certification.application.CentreMemberView;
import org.opencrcn.certification.application.CentreSummary;
import org.opencrcn.certification.application.CertifAccess;
import org.opencrcn.certification.domain.CentreRefusedException;
import org.opencrcn.certification.domain.CentreType;
import org.opencrcn.it.services.OrgaTestData.School;
import org.opencrcn.it.services.runas.AsCertifOfficer;
import org.opencrcn.it.services.runas.AsColleague;
import org.opencrcn.it.services.runas.AsNewcomer;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.it.support.Inbox;
import org.opencrcn.it.support.Inbox.ReceivedMail;
import org.opencrcn.it.support.WithGreenMail;
import org.opencrcn.organization.application.LinkRefusedException;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.SecretToken;

/**
 * Certification centres administered by platform admins (docs/certification.md, "Centres and their
 * members"): their lifecycle, invitations of members (mails read from GreenMail), archiving, and
 * that nobody else calls the administration. Each test makes its own centres.
 */
@ExtendWith({WithGreenMail.class, ArquillianExtension.class})
class CentreAdministrationIT {
  private static final String LINK = "/rejoindre/centre/";

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(CentreAdministrationIT.class);
  }

  @Inject private CentreAdministration administration;
  @Inject private CentreInvitations invitations;
  @Inject private CertifAccess certif;
  @Inject private OrgaTestData orga;
  @Inject private CertifTestData data;
  @Inject private AsPlatformAdmin asAdmin;
  @Inject private AsColleague asColleague;
  @Inject private AsNewcomer asNewcomer;
  @Inject private AsCertifOfficer asOfficer;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String invitee = "centre-invitee-" + suffix + "@example.org";

  @BeforeEach
  void accounts() {
    orga.ensureTestAccounts();
  }

  private long supCentre() throws Exception {
    return asAdmin.call(
        () -> administration.create(new CentreInput("IUT " + suffix, CentreType.SUP, null)));
  }

  private CentreAdminRow row(long centreId) throws Exception {
    return asAdmin.call(() -> administration.find(centreId)).orElseThrow();
  }

  /** The link of the next invitation mailed to the address (its inbox is kept between tests). */
  private String invitedLink(long centre, String address) throws Exception {
    int before = Inbox.of(address).mails().size();
    asAdmin.call(() -> administration.invite(centre, address, Locale.FRENCH));
    return Inbox.of(address).awaitMail(before + 1).token(LINK);
  }

  private static CentreRefusedException.Reason reasonOf(Throwable e) {
    return ((CentreRefusedException) e).reason();
  }

  private static LinkRefusedException.Reason linkReasonOf(Throwable e) {
    return ((LinkRefusedException) e).reason();
  }

  @Test
  @DisplayName(
      "A platform admin creates a SUP and a SCO centre (tied to its school by UAI), edits, archives and unarchives it; each change is audited")
  void lifecycle() throws Exception {
    School school = orga.school();
    long sup = supCentre();
    long sco =
        asAdmin.call(
            () ->
                administration.create(
                    new CentreInput(
                        "Centre " + suffix, CentreType.SCO, school.uai().toLowerCase())));

    assertThat(row(sup))
        .extracting(
            CentreAdminRow::name,
            CentreAdminRow::type,
            CentreAdminRow::uai,
            CentreAdminRow::archived)
        .containsExactly("IUT " + suffix, CentreType.SUP, null, false);
    assertThat(row(sco).uai()).isEqualTo(school.uai());
    assertThat(asAdmin.call(() -> administration.list()))
        .extracting(CentreAdminRow::id)
        .contains(sup, sco);

    asAdmin.call(
        () -> {
          administration.update(sup, new CentreInput("IUT de Lyon " + suffix, CentreType.PRO, "x"));
          administration.archive(sup);
          return null;
        });
    assertThat(row(sup))
        .extracting(CentreAdminRow::name, CentreAdminRow::type, CentreAdminRow::archived)
        .containsExactly("IUT de Lyon " + suffix, CentreType.PRO, true);
    asAdmin.call(
        () -> {
          administration.unarchive(sup);
          return null;
        });
    assertThat(row(sup).archived()).isFalse();

    assertThat(data.auditedOnCentre("CENTRE_CREATED", sup)).isEqualTo(1);
    assertThat(data.auditedOnCentre("CENTRE_EDITED", sup)).isEqualTo(1);
    assertThat(data.auditedOnCentre("CENTRE_ARCHIVED", sup)).isEqualTo(1);
    assertThat(data.auditedOnCentre("CENTRE_UNARCHIVED", sup)).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "A centre without name, a SCO centre without UAI, with an unknown UAI or a school that has a centre already is refused and nothing is created")
  void badCentres() throws Exception {
    School school = orga.school();
    asAdmin.call(
        () ->
            administration.create(
                new CentreInput("Centre " + suffix, CentreType.SCO, school.uai())));
    int before = asAdmin.call(() -> administration.list()).size();

    List<CentreInput> bad =
        List.of(
            new CentreInput(" ", CentreType.SUP, null),
            new CentreInput("x".repeat(256), CentreType.SUP, null),
            new CentreInput("Sans type", null, null),
            new CentreInput("Sans UAI", CentreType.SCO, " "),
            new CentreInput("UAI inconnu", CentreType.SCO, "0000000Z"),
            new CentreInput("Deuxième centre", CentreType.SCO, school.uai()));
    List<CentreRefusedException.Reason> reasons =
        bad.stream()
            .map(
                input -> {
                  try {
                    asAdmin.call(() -> administration.create(input));
                    return null;
                  } catch (CentreRefusedException e) {
                    return e.reason();
                  } catch (Exception e) {
                    throw new AssertionError(e);
                  }
                })
            .toList();

    assertThat(reasons)
        .containsExactly(
            CentreRefusedException.Reason.NAME_MISSING,
            CentreRefusedException.Reason.NAME_TOO_LONG,
            CentreRefusedException.Reason.TYPE_MISSING,
            CentreRefusedException.Reason.ORGANIZATION_MISSING,
            CentreRefusedException.Reason.UNKNOWN_UAI,
            CentreRefusedException.Reason.ORGANIZATION_TAKEN);
    assertThat(asAdmin.call(() -> administration.list())).hasSize(before);
  }

  @Test
  @DisplayName(
      "An invited person follows the mailed link, confirms the other address, joins the centre and enters its Certif space; the link serves once; removed, they no longer enter")
  void invitationAccepted() throws Exception {
    long centre = supCentre();
    CentreInvitationView sent =
        asAdmin.call(
            () ->
                administration.invite(
                    centre, " " + invitee.toUpperCase(Locale.ROOT), Locale.FRENCH));
    ReceivedMail mail = Inbox.of(invitee).awaitMail(1);

    assertThat(sent.email()).isEqualTo(invitee);
    assertThat(mail.subject()).contains("IUT " + suffix);
    assertThat(mail.text()).contains("espace Certif du centre de certification IUT " + suffix);
    String token = mail.token(LINK);
    assertThat(data.centreInvitationHashes(centre)).containsExactly(SecretToken.hashOf(token));
    assertThat(asAdmin.call(() -> administration.pendingInvitations(centre)))
        .extracting(CentreInvitationView::email)
        .containsExactly(invitee);

    var preview = asColleague.call(() -> invitations.preview(token));
    assertThat(preview.centreId()).isEqualTo(centre);
    assertThat(preview.invitedEmail()).isEqualTo(invitee);
    assertThat(preview.forCaller()).isFalse();
    assertThatThrownBy(() -> asColleague.call(() -> invitations.accept(token, false)))
        .satisfies(
            e -> assertThat(linkReasonOf(e)).isEqualTo(LinkRefusedException.Reason.OTHER_ADDRESS));
    assertThatThrownBy(() -> asColleague.call(() -> certif.enter(centre)))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(asColleague.call(() -> invitations.accept(token, true))).isEqualTo(centre);

    assertThat(asColleague.call(() -> certif.enter(centre)).type()).isEqualTo(CentreType.SUP);
    assertThat(asColleague.call(() -> certif.myCentres()))
        .extracting(CentreSummary::id)
        .contains(centre);
    assertThat(asAdmin.call(() -> administration.members(centre)))
        .extracting(CentreMemberView::email, CentreMemberView::schoolAdministrator)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("it-colleague@example.org", false));
    assertThat(row(centre).members()).isEqualTo(1);
    assertThat(asAdmin.call(() -> administration.pendingInvitations(centre))).isEmpty();
    assertThatThrownBy(() -> asColleague.call(() -> invitations.accept(token, true)))
        .satisfies(e -> assertThat(linkReasonOf(e)).isEqualTo(LinkRefusedException.Reason.USED));
    assertThatThrownBy(
            () ->
                asAdmin.call(
                    () -> administration.invite(centre, "IT-colleague@example.org", Locale.FRENCH)))
        .satisfies(
            e -> assertThat(reasonOf(e)).isEqualTo(CentreRefusedException.Reason.ALREADY_MEMBER));

    long colleague = orga.accountId(AsColleague.SUBJECT);
    asAdmin.call(
        () -> {
          administration.removeMember(centre, colleague);
          return null;
        });
    assertThatThrownBy(() -> asColleague.call(() -> certif.enter(centre)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(data.auditedOnCentre("CENTRE_INVITATION_SENT", centre)).isEqualTo(1);
    assertThat(data.auditedOnCentre("CENTRE_INVITATION_ACCEPTED", centre)).isEqualTo(1);
    assertThat(data.auditedOnCentre("CENTRE_MEMBER_REMOVED", centre)).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "The invited address's own account joins without confirming; sending again makes a new link and the old one stops working; a cancelled or expired link adds nobody")
  void resendCancelAndExpiry() throws Exception {
    long centre = supCentre();
    CentreInvitationView first =
        asAdmin.call(() -> administration.invite(centre, invitee, Locale.FRENCH));
    asAdmin.call(() -> administration.resend(centre, first.id(), Locale.ENGLISH));
    Inbox mails = Inbox.of(invitee);
    mails.awaitMail(2);
    String old = mails.mails().get(0).token(LINK);
    String renewed = mails.mails().get(1).token(LINK);
    assertThat(mails.mails().get(1).subject())
        .startsWith("OpenCRCN: invitation to join the certification centre");
    assertThatThrownBy(() -> asColleague.call(() -> invitations.preview(old)))
        .satisfies(e -> assertThat(linkReasonOf(e)).isEqualTo(LinkRefusedException.Reason.UNKNOWN));
    asAdmin.call(
        () -> {
          administration.cancelInvitation(centre, first.id());
          return null;
        });
    assertThatThrownBy(() -> asColleague.call(() -> invitations.accept(renewed, true)))
        .satisfies(
            e -> assertThat(linkReasonOf(e)).isEqualTo(LinkRefusedException.Reason.CANCELLED));

    long other = supCentre();
    String own = invitedLink(other, "it-colleague@example.org");
    long late =
        asAdmin.call(
            () -> administration.create(new CentreInput("Late " + suffix, CentreType.PRO, null)));
    asAdmin.call(() -> administration.invite(late, invitee, Locale.FRENCH));
    String expired = Inbox.of(invitee).awaitMail(3).token(LINK);
    data.expireCentreInvitations(late);

    assertThat(asColleague.call(() -> invitations.preview(own)).forCaller()).isTrue();
    asColleague.call(() -> invitations.accept(own, false));
    assertThatThrownBy(() -> asColleague.call(() -> invitations.accept(expired, true)))
        .satisfies(e -> assertThat(linkReasonOf(e)).isEqualTo(LinkRefusedException.Reason.EXPIRED));
    assertThat(asAdmin.call(() -> administration.members(centre))).isEmpty();
    assertThat(asAdmin.call(() -> administration.members(late))).isEmpty();
    assertThat(asAdmin.call(() -> administration.members(other))).hasSize(1);
  }

  @Test
  @DisplayName(
      "Nobody enters an archived centre, it gets no invitation and its pending links say so; unarchived, its members enter again")
  void archivedCentre() throws Exception {
    long centre = supCentre();
    String own = invitedLink(centre, "it-colleague@example.org");
    asColleague.call(() -> invitations.accept(own, false));
    asAdmin.call(() -> administration.invite(centre, invitee, Locale.FRENCH));
    String pending = Inbox.of(invitee).awaitMail(1).token(LINK);

    asAdmin.call(
        () -> {
          administration.archive(centre);
          return null;
        });

    assertThatThrownBy(() -> asColleague.call(() -> certif.enter(centre)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(asColleague.call(() -> certif.myCentres()))
        .extracting(CentreSummary::id)
        .doesNotContain(centre);
    assertThatThrownBy(
            () -> asAdmin.call(() -> administration.invite(centre, invitee, Locale.FRENCH)))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(CentreRefusedException.Reason.ARCHIVED));
    assertThatThrownBy(() -> asNewcomer.call(() -> invitations.preview(pending)))
        .satisfies(
            e -> assertThat(linkReasonOf(e)).isEqualTo(LinkRefusedException.Reason.ARCHIVED));

    asAdmin.call(
        () -> {
          administration.unarchive(centre);
          return null;
        });
    assertThat(asColleague.call(() -> certif.enter(centre)).id()).isEqualTo(centre);
  }

  @Test
  @DisplayName(
      "A SCO centre's members include its school's Orga administrators, who are removed in Orga, not here")
  void scoCentreSchoolAdministrators() throws Exception {
    School school = orga.school();
    orga.addMember(school.id(), AsNewcomer.SUBJECT, "ADMIN");
    orga.addMember(school.id(), AsColleague.SUBJECT, "MEMBER");
    long centre =
        asAdmin.call(
            () ->
                administration.create(
                    new CentreInput("Centre " + suffix, CentreType.SCO, school.uai())));

    assertThat(asAdmin.call(() -> administration.members(centre)))
        .extracting(CentreMemberView::email, CentreMemberView::schoolAdministrator)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("it-newcomer@example.org", true));
    assertThat(asNewcomer.call(() -> certif.enter(centre)).id()).isEqualTo(centre);
    long newcomer = orga.accountId(AsNewcomer.SUBJECT);
    assertThatThrownBy(
            () ->
                asAdmin.call(
                    () -> {
                      administration.removeMember(centre, newcomer);
                      return null;
                    }))
        .satisfies(
            e -> assertThat(reasonOf(e)).isEqualTo(CentreRefusedException.Reason.NOT_A_MEMBER));
  }

  @Test
  @DisplayName(
      "Only platform admins call the centres' administration: a member, an officer or a learner is refused")
  void onlyPlatformAdmins() throws Exception {
    long centre = supCentre();
    for (var call :
        List.<java.util.concurrent.Callable<?>>of(
            () -> asColleague.call(() -> administration.list()),
            () -> asOfficer.call(() -> administration.members(centre)),
            () -> asOfficer.call(() -> administration.invite(centre, invitee, Locale.FRENCH)),
            () ->
                asNewcomer.call(
                    () -> administration.create(new CentreInput("X", CentreType.SUP, null))),
            () ->
                asOfficer.call(
                    () -> {
                      administration.archive(centre);
                      return null;
                    }))) {
      assertThatThrownBy(call::call).isInstanceOf(EJBAccessException.class);
    }
    assertThat(row(centre).archived()).isFalse();
    assertThat(asAdmin.call(() -> administration.pendingInvitations(centre))).isEmpty();
  }
}
