package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.services.OrgaTestData.School;
import org.opencrcn.it.services.runas.AsColleague;
import org.opencrcn.it.services.runas.AsEntTeacher;
import org.opencrcn.it.services.runas.AsNewcomer;
import org.opencrcn.it.support.Inbox;
import org.opencrcn.it.support.Inbox.ReceivedMail;
import org.opencrcn.it.support.WithGreenMail;
import org.opencrcn.organization.application.ent.EntArrival;
import org.opencrcn.organization.application.members.JoinRequestRefusedException;
import org.opencrcn.organization.application.members.JoinRequestRefusedException.Reason;
import org.opencrcn.organization.application.members.JoinRequestView;
import org.opencrcn.organization.application.members.OrgaJoinRequests;
import org.opencrcn.shared.AccessDeniedException;

/**
 * Teachers ask to join their school's Orga space, from what their ENT asserted; the school's
 * administrators (mailed, mails read from GreenMail) approve or refuse. Each test has its own
 * school, administered by AsNewcomer and by an extra administrator with their own mailbox;
 * AsEntTeacher's ENT says they teach there.
 */
@ExtendWith({WithGreenMail.class, ArquillianExtension.class})
class OrgaJoinRequestsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(OrgaJoinRequestsIT.class);
  }

  @Inject private OrgaJoinRequests joinRequests;
  @Inject private EntArrival arrival;
  @Inject private OrgaTestData data;
  @Inject private JoinRequestTestData requestData;
  @Inject private AsEntTeacher asTeacher;
  @Inject private AsNewcomer asAdmin;
  @Inject private AsColleague asColleague;

  private School school;
  private String otherAdmin;
  private String member;

  @BeforeEach
  void schoolWhoseTeacherSignedInThroughTheEnt() {
    data.ensureTestAccounts();
    school = data.school();
    data.addMember(school.id(), AsNewcomer.SUBJECT, "ADMIN");
    otherAdmin = requestData.member(school.id(), "ADMIN");
    member = requestData.member(school.id(), "MEMBER");
    requestData.entTeacher("National_ENS", school.uai());
  }

  @Test
  @DisplayName(
      "Joining another way (here: as the school's director, through the ENT) closes the pending request")
  void joiningAnotherWayClosesTheRequest() throws Exception {
    requestData.entTeacher("National_ENS National_DIR", school.uai());
    asTeacher.call(() -> joinRequests.request(school.id(), Locale.FRENCH));

    asTeacher.call(() -> arrival.activateSchool(school.id()));

    assertThat(asTeacher.call(() -> joinRequests.myPendingRequest(school.id()))).isEmpty();
    assertThat(asAdmin.call(() -> joinRequests.pending(school.id()))).isEmpty();
    assertThat(requestData.requests(school.id())).containsExactly("CANCELLED dated");
  }

  @Test
  @DisplayName(
      "A teacher asks; the administrators are mailed a link to the members page; an administrator approves and the teacher is a MEMBER")
  void teacherAsksAdminApproves() throws Exception {
    JoinRequestView asked = asTeacher.call(() -> joinRequests.request(school.id(), Locale.FRENCH));
    ReceivedMail mail = Inbox.of(otherAdmin).awaitMail(1);

    assertThat(asTeacher.call(() -> joinRequests.myPendingRequest(school.id())))
        .hasValueSatisfying(pending -> assertThat(pending.id()).isEqualTo(asked.id()));
    assertThat(mail.subject())
        .isEqualTo(
            "OpenCRCN : Eva Enseignante demande à rejoindre l'espace Orga de Établissement de test "
                + school.uai());
    assertThat(mail.link("/orga/demandes/")).endsWith("/orga/demandes/" + school.id());
    assertThat(Inbox.of(member).mails()).isEmpty();
    assertThat(asAdmin.call(() -> joinRequests.pending(school.id())))
        .extracting(JoinRequestView::id, JoinRequestView::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(asked.id(), "Eva Enseignante"));

    asAdmin.call(() -> run(() -> joinRequests.approve(asked.id())));

    assertThat(data.members(school.id())).contains(AsEntTeacher.SUBJECT + ":MEMBER");
    assertThat(asAdmin.call(() -> joinRequests.pending(school.id()))).isEmpty();
    assertThat(asTeacher.call(() -> joinRequests.myPendingRequest(school.id()))).isEmpty();
    assertThat(requestData.requests(school.id()))
        .containsExactly("APPROVED by " + AsNewcomer.SUBJECT + " dated");
  }

  @Test
  @DisplayName(
      "A refused request adds nobody; the teacher may ask again, which mails the administrators again")
  void adminRefuses() throws Exception {
    JoinRequestView asked = asTeacher.call(() -> joinRequests.request(school.id(), Locale.ENGLISH));
    assertThat(Inbox.of(otherAdmin).awaitMail(1).subject())
        .isEqualTo(
            "OpenCRCN: Eva Enseignante asks to join the Orga space of Établissement de test "
                + school.uai());

    asAdmin.call(() -> run(() -> joinRequests.refuse(asked.id())));

    assertThat(data.members(school.id())).doesNotContain(AsEntTeacher.SUBJECT + ":MEMBER");
    assertThat(asTeacher.call(() -> joinRequests.myPendingRequest(school.id()))).isEmpty();
    JoinRequestView again = asTeacher.call(() -> joinRequests.request(school.id(), Locale.FRENCH));
    Inbox.of(otherAdmin).awaitMail(2);
    assertThat(again.id()).isNotEqualTo(asked.id());
    assertThat(requestData.requests(school.id()))
        .containsExactly("REFUSED by " + AsNewcomer.SUBJECT + " dated", "PENDING");
  }

  @Test
  @DisplayName(
      "Asking twice (a double click) returns the pending request without mailing again; a member cannot ask")
  void askingTwice() throws Exception {
    JoinRequestView first = asTeacher.call(() -> joinRequests.request(school.id(), Locale.FRENCH));
    Inbox.of(otherAdmin).awaitMail(1);

    JoinRequestView second = asTeacher.call(() -> joinRequests.request(school.id(), Locale.FRENCH));

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(Inbox.of(otherAdmin).mails()).hasSize(1);
    assertThat(requestData.requests(school.id())).containsExactly("PENDING");

    asAdmin.call(() -> run(() -> joinRequests.approve(first.id())));
    assertThatThrownBy(() -> asTeacher.call(() -> joinRequests.request(school.id(), Locale.FRENCH)))
        .isInstanceOfSatisfying(
            JoinRequestRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_MEMBER));
    assertThat(requestData.requests(school.id()))
        .containsExactly("APPROVED by " + AsNewcomer.SUBJECT + " dated");
  }

  @Test
  @DisplayName(
      "A request is decided once: approving or refusing a closed request, or a withdrawn one, is refused")
  void decidedOnce() throws Exception {
    JoinRequestView approved =
        asTeacher.call(() -> joinRequests.request(school.id(), Locale.FRENCH));
    asAdmin.call(() -> run(() -> joinRequests.approve(approved.id())));

    assertNotPending(() -> joinRequests.approve(approved.id()));
    assertNotPending(() -> joinRequests.refuse(approved.id()));

    School other = data.school();
    data.addMember(other.id(), AsNewcomer.SUBJECT, "ADMIN");
    requestData.entTeacher("National_DOC", other.uai());
    JoinRequestView withdrawn =
        asTeacher.call(() -> joinRequests.request(other.id(), Locale.FRENCH));
    asTeacher.call(() -> run(() -> joinRequests.cancel(other.id())));

    assertNotPending(() -> joinRequests.approve(withdrawn.id()));
    assertThat(requestData.requests(other.id())).containsExactly("CANCELLED dated");
    assertThat(data.members(other.id())).containsExactly(AsNewcomer.SUBJECT + ":ADMIN");
    assertThat(data.members(school.id())).contains(AsEntTeacher.SUBJECT + ":MEMBER");
  }

  @Test
  @DisplayName(
      "Only a teacher (ENS or DOC) whom the ENT attaches to this school may ask; nothing is recorded otherwise")
  void onlyTeachersOfTheSchool() throws Exception {
    School elsewhere = data.school();

    requestData.entTeacher("National_ENS", elsewhere.uai());
    assertDenied(asTeacher, () -> joinRequests.request(school.id(), Locale.FRENCH));
    requestData.entTeacher("National_ELV", school.uai());
    assertDenied(asTeacher, () -> joinRequests.request(school.id(), Locale.FRENCH));
    requestData.entTeacher("National_PER National_DIR", school.uai());
    assertDenied(asTeacher, () -> joinRequests.request(school.id(), Locale.FRENCH));
    // A teacher elsewhere who is a parent here: the ENT ties the teacher profile to the other
    // school.
    requestData.entTeacher(
        "National_ENS National_TUT",
        elsewhere.uai() + " " + school.uai(),
        elsewhere.uai() + "$ENS");
    assertDenied(asTeacher, () -> joinRequests.request(school.id(), Locale.FRENCH));
    // A local account (no ENT claims) cannot ask either.
    assertDenied(asColleague, () -> joinRequests.request(school.id(), Locale.FRENCH));

    assertThat(requestData.requests(school.id())).isEmpty();
    assertThat(Inbox.of(otherAdmin).mails()).isEmpty();
  }

  @Test
  @DisplayName(
      "An archived school takes no request; a school without administrator records it and mails nobody")
  void archivedOrWithoutAdministrator() throws Exception {
    School archived = data.organization("SCO", true, true);
    School orphan = data.school();

    requestData.entTeacher(
        "National_ENS",
        archived.uai() + " " + orphan.uai(),
        archived.uai() + "$ENS " + orphan.uai() + "$ENS");
    assertDenied(asTeacher, () -> joinRequests.request(archived.id(), Locale.FRENCH));
    asTeacher.call(() -> joinRequests.request(orphan.id(), Locale.FRENCH));

    assertThat(requestData.requests(archived.id())).isEmpty();
    assertThat(requestData.requests(orphan.id())).containsExactly("PENDING");
    assertThat(asTeacher.call(() -> joinRequests.myPendingRequest(orphan.id()))).isPresent();
  }

  @Test
  @DisplayName(
      "The administrator of school B can neither list nor decide school A's requests; nor can a MEMBER of A")
  void schoolBoundary() throws Exception {
    School schoolB = data.school();
    data.addMember(schoolB.id(), AsColleague.SUBJECT, "ADMIN");
    JoinRequestView asked = asTeacher.call(() -> joinRequests.request(school.id(), Locale.FRENCH));

    assertDenied(asColleague, () -> joinRequests.pending(school.id()));
    assertDenied(asColleague, () -> run(() -> joinRequests.approve(asked.id())));
    assertDenied(asColleague, () -> run(() -> joinRequests.refuse(asked.id())));
    assertDenied(asTeacher, () -> run(() -> joinRequests.approve(asked.id())));
    data.addMember(school.id(), AsColleague.SUBJECT, "MEMBER");
    assertDenied(asColleague, () -> joinRequests.pending(school.id()));
    assertDenied(asColleague, () -> run(() -> joinRequests.approve(asked.id())));
    assertDenied(asAdmin, () -> run(() -> joinRequests.approve(Long.MAX_VALUE)));

    assertThat(requestData.requests(school.id())).containsExactly("PENDING");
    assertThat(data.members(school.id())).doesNotContain(AsEntTeacher.SUBJECT + ":MEMBER");
  }

  private void assertNotPending(Runnable decision) {
    assertThatThrownBy(() -> asAdmin.call(() -> run(decision)))
        .isInstanceOfSatisfying(
            JoinRequestRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_PENDING));
  }

  private static void assertDenied(Object runAs, Callable<?> work) {
    assertThatThrownBy(() -> as(runAs, work)).isInstanceOf(AccessDeniedException.class);
  }

  /** Runs the work as the given run-as bean (one of this test's identities). */
  private static Object as(Object runAs, Callable<?> work) throws Exception {
    return switch (runAs) {
      case AsEntTeacher teacher -> teacher.call(work);
      case AsNewcomer admin -> admin.call(work);
      case AsColleague colleague -> colleague.call(work);
      default -> throw new IllegalArgumentException(String.valueOf(runAs));
    };
  }

  private static Void run(Runnable work) {
    work.run();
    return null;
  }
}
