package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.certification.application.CentreInput;
import org.opencrcn.certification.application.CentreInvitations;
import org.opencrcn.certification.domain.CentreType;
import org.opencrcn.certification.domain.SessionDetails;
import org.opencrcn.identity.application.IdentityAttachments;
import org.opencrcn.it.fixture.FixtureWriter;
import org.opencrcn.it.services.runas.AsMatrixAdmin;
import org.opencrcn.it.services.runas.AsMatrixLearner;
import org.opencrcn.it.services.runas.AsMatrixMember;
import org.opencrcn.it.services.runas.AsMatrixOfficer;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.it.support.AccessRules;
import org.opencrcn.it.support.AccessRules.Entry;
import org.opencrcn.it.support.AccessRules.Expected;
import org.opencrcn.it.support.AccessRules.Role;
import org.opencrcn.it.support.AccessRules.Side;
import org.opencrcn.organization.application.activation.OrgaActivation;
import org.opencrcn.organization.application.directory.OrganizationInput;
import org.opencrcn.organization.application.members.OrgaInvitations;
import org.opencrcn.organization.domain.OrganizationType;
import org.opencrcn.organization.domain.Uai;
import org.opencrcn.shared.AccessDeniedException;

/**
 * The tenant-isolation matrix on the services (docs/security.md, "Tenant isolation"): every service
 * method of the access inventory, called through its EJB view as each role (anonymous, learner,
 * member and administrator of school A, officer of centre A, platform administrator; identities of
 * the matrix's own, see the run-as beans) with the target argument set to an id of their own side
 * (A) and of another school, centre or person (B), the other arguments plain values. A call the
 * rule denies must be refused (AccessDeniedException, EJBAccessException) or fail; returning
 * normally is a leak. A call the rule allows must not be refused. Prints {@code matrix=services
 * cases=… leaks=…}.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceAccessMatrixIT {
  private static final String STRANGER = "7a0c1c2e-0000-4a5b-9c1d-00000000a0ff";

  /**
   * A member of school A whom A's administrator may promote and remove (nobody signs in as them).
   */
  private static final String EXTRA_MEMBER = "7a0c1c2e-0000-4a5b-9c1d-00000000a0fe";

  private static final String INVENTORY = "access-matrix.txt";

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = InContainer.ear(ServiceAccessMatrixIT.class);
    ear.getAsType(WebArchive.class, "opencrcn-web.war")
        .addPackage(FixtureWriter.class.getPackage())
        .addClass(AccessRules.class)
        .addClasses(AccessRules.class.getDeclaredClasses())
        .addAsResource(new File(AccessRules.INVENTORY.toString()), INVENTORY);
    return ear;
  }

  @Inject private FixtureWriter fixtures;
  @Inject private CrossTenantRecords records;
  @Inject private OrgaTestData orgaData;
  @Inject private EntTestData entData;
  @Inject private OrgaInvitations invitations;
  @Inject private OrgaActivation activations;
  @Inject private CentreInvitations centreInvitations;
  @Inject private IdentityAttachments attachments;
  @Inject private LinkTestData links;
  @Inject private AsMatrixLearner asLearner;
  @Inject private AsMatrixMember asMember;
  @Inject private AsMatrixAdmin asAdmin;
  @Inject private AsMatrixOfficer asOfficer;
  @Inject private AsPlatformAdmin asPlatformAdmin;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  private long schoolA;
  private long schoolB;
  private long centreA;
  private long centreB;
  private final Map<Role, Long> ownAssessments = new EnumMap<>(Role.class);
  private long strangersAssessment;
  private long extraMemberOfA;
  private long pendingInvitationOfA;

  private int cases;
  private final List<String> leaks = new ArrayList<>();
  private final List<String> wronglyRefused = new ArrayList<>();
  private final List<String> refusedByTheirArguments = new ArrayList<>();
  private final List<String> returnedOnNobodysId = new ArrayList<>();
  private int failedOtherwise;
  private final List<String> failures = new ArrayList<>();
  private final List<String> unexplainedFailures = new ArrayList<>();

  /**
   * The service methods a call of the matrix may end in an error other than a refusal, and why: the
   * plain arguments name nothing real (reviewed; the calls passed the role check and were stopped
   * by the service's own validation of what they name). A method failing so that is not listed here
   * fails the test: make the argument it needs, or list it with its reason.
   */
  private static final Map<String, String> FAILING_ON_PLAIN_ARGUMENTS =
      Map.ofEntries(
          Map.entry("assessment.application.Discovery#start", "no discovery test has the plain id"),
          Map.entry(
              "assessment.application.Positioning#answer",
              "the matrix's own test is finished (completed 10 days ago)"),
          Map.entry(
              "assessment.application.Positioning#improve",
              "the matrix's own competence may not be improved yet (the delay rule)"),
          Map.entry(
              "assessment.application.Positioning#reset",
              "the matrix's own competence may not be reset yet (the delay rule)"),
          Map.entry(
              "assessment.application.Positioning#start",
              "no content for the plain competence code"),
          Map.entry(
              "assessment.application.ProfilePositioning#start",
              "no competence has the plain code (foreign key)"),
          Map.entry("campaign.application.Campaigns#create", "no target profile has the plain id"),
          Map.entry("campaign.application.Participations#join", "no campaign has the plain code"),
          Map.entry(
              "campaign.application.Participations#landing", "no campaign has the plain code"),
          Map.entry(
              "campaign.application.export.CampaignExports#write",
              "no output stream is given (@NotNull); the same checks run through #download"),
          Map.entry(
              "campaign.application.export.CampaignExports#writeFile",
              "no output stream is given (@NotNull); the same checks run through #fileDownload"),
          Map.entry(
              "certification.application.CentreAdministration#cancelInvitation",
              "the plain id is no pending invitation of the centre"),
          Map.entry(
              "certification.application.CentreAdministration#invite",
              "the matrix's centres are archived by its own call of #archive, which comes first"),
          Map.entry(
              "certification.application.CentreAdministration#removeMember",
              "the plain id is no member of the centre"),
          Map.entry(
              "certification.application.CentreAdministration#resend",
              "the matrix's centres are archived by its own call of #archive, which comes first"),
          Map.entry(
              "certification.application.CentreAdministration#update",
              "the plain UAI names no school"),
          Map.entry(
              "certification.application.CentreInvitations#accept",
              "the roles pass holds no link secret (one of nobody); #linkHolder tries real ones"),
          Map.entry(
              "certification.application.CentreInvitations#preview",
              "the roles pass holds no link secret (one of nobody); #linkHolder tries real ones"),
          Map.entry(
              "certification.application.CertificationJoining#join",
              "no session has the plain number and access code"),
          Map.entry(
              "certification.application.SupervisorRoom#admit",
              "the plain session number and password open no supervisor's room"),
          Map.entry(
              "certification.application.SupervisorRoom#admitAll",
              "the plain session number and password open no supervisor's room"),
          Map.entry(
              "certification.application.SupervisorRoom#allowResume",
              "the plain session number and password open no supervisor's room"),
          Map.entry(
              "certification.application.SupervisorRoom#candidates",
              "the plain session number and password open no supervisor's room"),
          Map.entry(
              "certification.application.SupervisorRoom#end",
              "the plain session number and password open no supervisor's room"),
          Map.entry(
              "certification.application.SupervisorRoom#report",
              "the plain session number and password open no supervisor's room"),
          Map.entry(
              "certification.application.SessionsImport#importFile",
              "the empty candidates file is refused"),
          Map.entry(
              "identity.application.IdentityAttachments#attach",
              "the roles pass holds no link secret (one of nobody); #linkHolder tries real ones"),
          Map.entry(
              "identity.application.IdentityAttachments#preview",
              "the roles pass holds no link secret (one of nobody); #linkHolder tries real ones"),
          Map.entry(
              "identity.application.IdentityAttachments#start",
              "the matrix's people have no ENT identity to attach"),
          Map.entry(
              "organization.application.activation.OrgaActivation#activate",
              "the roles pass holds no link secret (one of nobody); #linkHolder tries real ones"),
          Map.entry(
              "organization.application.activation.OrgaActivation#preview",
              "the roles pass holds no link secret (one of nobody); #linkHolder tries real ones"),
          Map.entry(
              "organization.application.activation.OrgaActivation#request",
              "the plain UAI is no UAI: refused before any mail"),
          Map.entry(
              "organization.application.members.OrgaInvitations#accept",
              "the roles pass holds no link secret (one of nobody); #linkHolder tries real ones"),
          Map.entry(
              "organization.application.members.OrgaInvitations#invite",
              "the plain e-mail is refused"),
          Map.entry(
              "organization.application.members.OrgaInvitations#preview",
              "the roles pass holds no link secret (one of nobody); #linkHolder tries real ones"),
          Map.entry(
              "organization.application.members.OrgaInvitations#resend",
              "the plain id is no pending invitation of the school"),
          Map.entry(
              "organization.application.members.OrgaJoinRequests#cancel",
              "the plain id is no pending request"),
          Map.entry(
              "organization.application.pupils.PupilImports#start", "the empty file is refused"),
          Map.entry("tutorial.application.SavedTutorials#save", "no tutorial has the plain id"));

  private Throwable lastFailure;
  private int crossTenant;
  private int linkHolder;
  private int entSchoolCases;

  /**
   * The profile each ent-school line asks the ENT to give in the target school: a pupil there may
   * try names and birthdates and link their record; activating a school is for its director, asking
   * to join for its teachers. A new ent-school line not here fails the test.
   */
  private static final Map<String, String> ENT_PROFILE =
      Map.of(
          "organization.application.pupils.PupilReconciliation#reconcile", "pupil",
          "organization.application.ent.EntArrival#linkPupilRecord", "pupil",
          "organization.application.ent.EntArrival#activateSchool", "director",
          "organization.application.members.OrgaJoinRequests#request", "teacher");

  /**
   * The service methods that take, besides the id of their rule's target (school, centre, session),
   * the id of a record (argument index → kind of record): the cross-tenant pass calls each with A's
   * target and B's record. Reviewed: a service method of an org- or centre- line with another id
   * argument (long, or a list of them) that is not here fails the test.
   */
  private static final Map<String, Map<Integer, String>> SECOND_IDS =
      Map.ofEntries(
          Map.entry("campaign.application.CampaignResults#analysis", Map.of(1, "campaign")),
          Map.entry("campaign.application.CampaignResults#byArea", Map.of(1, "campaign")),
          Map.entry("campaign.application.CampaignResults#byCompetence", Map.of(1, "campaign")),
          Map.entry("campaign.application.CampaignResults#count", Map.of(1, "campaign")),
          Map.entry("campaign.application.CampaignResults#divisions", Map.of(1, "campaign")),
          Map.entry("campaign.application.CampaignResults#page", Map.of(1, "campaign")),
          Map.entry(
              "campaign.application.CampaignResults#participant",
              Map.of(1, "campaign", 2, "participation")),
          Map.entry("campaign.application.export.CampaignExports#download", Map.of(1, "campaign")),
          Map.entry(
              "campaign.application.export.CampaignExports#fileDownload", Map.of(1, "export-file")),
          Map.entry(
              "campaign.application.export.CampaignExports#inBackground", Map.of(1, "campaign")),
          Map.entry("campaign.application.export.CampaignExports#job", Map.of(1, "export-file")),
          Map.entry("campaign.application.export.CampaignExports#start", Map.of(1, "campaign")),
          Map.entry("campaign.application.export.CampaignExports#write", Map.of(1, "campaign")),
          Map.entry(
              "campaign.application.export.CampaignExports#writeFile", Map.of(1, "export-file")),
          Map.entry("campaign.application.Campaigns#archive", Map.of(1, "campaign")),
          Map.entry("campaign.application.Campaigns#describe", Map.of(1, "campaign")),
          Map.entry("campaign.application.Campaigns#details", Map.of(1, "campaign")),
          Map.entry("campaign.application.Campaigns#unarchive", Map.of(1, "campaign")),
          Map.entry("certification.application.SessionCandidates#edit", Map.of(1, "candidate")),
          Map.entry("certification.application.SessionCandidates#enrolPupils", Map.of(1, "pupils")),
          Map.entry("certification.application.SessionCandidates#remove", Map.of(1, "candidate")),
          Map.entry(
              "organization.application.members.OrgaInvitations#cancel", Map.of(1, "invitation")),
          Map.entry(
              "organization.application.members.OrgaInvitations#resend", Map.of(1, "invitation")),
          Map.entry("organization.application.members.OrgaMembers#changeRole", Map.of(1, "member")),
          Map.entry("organization.application.members.OrgaMembers#remove", Map.of(1, "member")));

  @Test
  @DisplayName(
      "Every service method answers each role on targets A and B as its inventory line says, and no more")
  void services() throws Exception {
    twoSchoolsAndTheirPeople();
    List<Entry> services =
        AccessRules.read(getClass().getClassLoader().getResourceAsStream(INVENTORY)).stream()
            .filter(entry -> entry.kind().equals("service"))
            .toList();

    // Before the roles' pass: the platform administrator archives school A at its end.
    crossTenant(services);

    // Role by role, the platform administrator last: archiving school A (allowed to them) would
    // otherwise refuse the members of A what follows.
    for (Role role : Role.values()) {
      for (Entry entry : services) {
        tryEntry(entry, role);
      }
    }
    linkHolder();
    entSchool(services);

    String summary =
        ("matrix=services cases=%d leaks=%d wrongly_refused=%d refused_by_their_arguments=%d"
                + " failed_otherwise=%d cross_tenant=%d link_holder=%d ent_school=%d")
            .formatted(
                cases,
                leaks.size(),
                wronglyRefused.size(),
                refusedByTheirArguments.size(),
                failedOtherwise,
                crossTenant,
                linkHolder,
                entSchoolCases);
    leaks.forEach(leak -> System.out.println("LEAK " + leak));
    wronglyRefused.forEach(refusal -> System.out.println("WRONGLY REFUSED " + refusal));
    refusedByTheirArguments.forEach(
        refusal -> System.out.println("refused by its other arguments: " + refusal));
    failures.forEach(failure -> System.out.println("failed otherwise (not judged): " + failure));
    returnedOnNobodysId.forEach(
        returned -> System.out.println("returned on an id of nobody (not judged): " + returned));
    System.out.println(summary);
    assertThat(leaks).as(summary).isEmpty();
    assertThat(unexplainedFailures)
        .as("calls that failed otherwise, of methods not in FAILING_ON_PLAIN_ARGUMENTS")
        .isEmpty();
    assertThat(wronglyRefused).as(summary).isEmpty();
  }

  /**
   * A's member, administrator and centre officer call every method of {@link #SECOND_IDS} with A's
   * school, centre or session and one of school B's records: each call must be refused or fail (a
   * return is a leak), and B's records must be as before.
   */
  private void crossTenant(List<Entry> services) throws Exception {
    fixtures.member(schoolB, STRANGER, "MEMBER");
    CrossTenantRecords.OfB b = records.make(schoolB, centreA, centreB, STRANGER);
    Map<String, Object> ofB =
        Map.of(
            "invitation", b.invitation(),
            "member", b.member(),
            "campaign", b.campaign(),
            "participation", b.participation(),
            "candidate", b.candidate(),
            "pupils", List.of(b.pupil()),
            "export-file", b.exportFile());
    String before = records.snapshot(schoolB, b);
    List<String> unlisted = new ArrayList<>();
    for (Entry entry : services) {
      if (!entry.who().startsWith("org-") && !entry.who().startsWith("centre-")
          || !entry.target().startsWith("arg")) {
        continue;
      }
      Target target = Target.of(entry);
      Map<Integer, String> second = SECOND_IDS.getOrDefault(entry.name(), Map.of());
      for (Method method : methodsOf(entry)) {
        for (int i = 0; i < method.getParameterCount(); i++) {
          if (i != target.argument() && isId(method, i) && !second.containsKey(i)) {
            unlisted.add(entry.name() + " arg" + i);
          }
        }
        if (second.isEmpty()) {
          continue;
        }
        long own =
            switch (target.kind()) {
              case "organization" -> schoolA;
              case "centre" -> centreA;
              case "session" -> b.sessionOfA();
              default -> -1L;
            };
        Object[] arguments = Arguments.forMethod(method, target.argument(), own);
        second.forEach((index, kind) -> arguments[index] = ofB.get(kind));
        Object bean = bean(method.getDeclaringClass());
        for (Role role : List.of(Role.MEMBER_OF_A, Role.ADMIN_OF_A, Role.OFFICER_OF_A)) {
          cases++;
          crossTenant++;
          if (outcome(role, () -> invoke(method, bean, arguments)) == Outcome.RETURNED) {
            leaks.add(entry + " as " + role + " with A's id and B's " + second.values());
          }
        }
      }
    }
    assertThat(unlisted).as("service methods with a second id missing from SECOND_IDS").isEmpty();
    assertThat(records.snapshot(schoolB, b))
        .as("school B's records after A's people called with them")
        .isEqualTo(before);
  }

  /**
   * The link-holder lines with a real secret, each kind of link made for this run (school C and
   * centre C: A may be archived by then, and the learner's joining must not change the roles'
   * pass): a signed-in person holding a valid link previews it and uses it; the same link with one
   * character changed is refused; a link used once is refused to the next person; an invitation is
   * refused to a person of another address who did not confirm; an ENT attachment is refused in
   * another browser or without a fresh password.
   */
  private void linkHolder() throws Exception {
    String run = java.util.UUID.randomUUID().toString();

    long schoolC = school("École Lien C");
    String invitation = "matrice-lien-" + run;
    orgaData.pendingInvitation(
        schoolC, "invitee-c-" + schoolC + "@example.org", "MEMBER", invitation);
    String what = "invitation link of school C";
    refusedLink(
        what + " with a tampered secret",
        Role.LEARNER,
        () -> invitations.preview(tampered(invitation)));
    refusedLink(
        what + " with a tampered secret",
        Role.LEARNER,
        () -> invitations.accept(tampered(invitation), true));
    refusedLink(
        what + " for another address, not confirmed",
        Role.LEARNER,
        () -> invitations.accept(invitation, false));
    assertThat(allowedLink(() -> invitations.preview(invitation)).organizationId())
        .as(what)
        .isEqualTo(schoolC);
    assertThat(allowedLink(() -> invitations.accept(invitation, true))).as(what).isEqualTo(schoolC);
    refusedLink(what + " once used", Role.MEMBER_OF_A, () -> invitations.accept(invitation, true));

    long schoolE = school("Collège Activation E");
    String activation = "matrice-activation-" + run;
    links.activationLink(schoolE, activation);
    what = "activation link of school E";
    refusedLink(
        what + " with a tampered secret",
        Role.LEARNER,
        () -> activations.preview(tampered(activation)));
    refusedLink(
        what + " with a tampered secret",
        Role.LEARNER,
        () -> activations.activate(tampered(activation)));
    assertThat(allowedLink(() -> activations.preview(activation)).organizationId())
        .as(what)
        .isEqualTo(schoolE);
    assertThat(allowedLink(() -> activations.activate(activation))).as(what).isEqualTo(schoolE);
    refusedLink(what + " once used", Role.MEMBER_OF_A, () -> activations.activate(activation));

    long centreC = fixtures.supCentreOfficer("Centre Lien C " + run, STRANGER);
    String centreInvitation = "matrice-centre-" + run;
    links.centreInvitation(centreC, "invitee-centre-" + centreC + "@example.org", centreInvitation);
    what = "invitation link of centre C";
    refusedLink(
        what + " with a tampered secret",
        Role.LEARNER,
        () -> centreInvitations.preview(tampered(centreInvitation)));
    refusedLink(
        what + " with a tampered secret",
        Role.LEARNER,
        () -> centreInvitations.accept(tampered(centreInvitation), true));
    refusedLink(
        what + " for another address, not confirmed",
        Role.LEARNER,
        () -> centreInvitations.accept(centreInvitation, false));
    assertThat(allowedLink(() -> centreInvitations.preview(centreInvitation)).centreId())
        .as(what)
        .isEqualTo(centreC);
    assertThat(allowedLink(() -> centreInvitations.accept(centreInvitation, true)))
        .as(what)
        .isEqualTo(centreC);
    refusedLink(
        what + " once used",
        Role.MEMBER_OF_A,
        () -> centreInvitations.accept(centreInvitation, true));

    String entSubject = "matrice-ent-" + run.substring(0, 8);
    String attachment = "matrice-rattachement-" + run;
    String browser = "navigateur-" + run;
    Instant passwordTyped = Instant.now();
    links.detachAll(AsMatrixLearner.SUBJECT);
    links.attachmentRequest(entSubject, attachment, browser);
    what = "ENT attachment link";
    try {
      refusedLink(
          what + " with a tampered secret",
          Role.LEARNER,
          () -> attachments.preview(tampered(attachment), browser, passwordTyped));
      refusedLink(
          what + " with a tampered secret",
          Role.LEARNER,
          () -> attach(tampered(attachment), browser, passwordTyped));
      refusedLink(
          what + " in another browser",
          Role.LEARNER,
          () -> attach(attachment, "autre-" + browser, passwordTyped));
      refusedLink(
          what + " without a fresh password",
          Role.LEARNER,
          () -> attach(attachment, browser, passwordTyped.minusSeconds(3600)));
      assertThat(
              allowedLink(() -> attachments.preview(attachment, browser, passwordTyped)).entName())
          .as(what)
          .isEqualTo("Eli Ent");
      allowedLink(() -> attach(attachment, browser, passwordTyped));
      assertThat(links.attachedIdentities(AsMatrixLearner.SUBJECT))
          .as(what)
          .containsExactly(entSubject);
      refusedLink(
          what + " once used", Role.MEMBER_OF_A, () -> attach(attachment, browser, passwordTyped));
    } finally {
      links.detachAll(AsMatrixLearner.SUBJECT);
      links.leaveEverything(AsMatrixLearner.SUBJECT);
    }
  }

  private Object attach(String token, String browser, Instant passwordTyped) {
    attachments.attach(token, browser, passwordTyped);
    return null;
  }

  /** The same link with its last character changed. */
  private static String tampered(String token) {
    return token.substring(0, token.length() - 1) + (token.endsWith("0") ? "1" : "0");
  }

  /** A link case the rules refuse to that role: any answer is a leak. */
  private void refusedLink(String what, Role role, Callable<Object> call) {
    cases++;
    linkHolder++;
    if (outcome(role, call) == Outcome.RETURNED) {
      leaks.add(what + " as " + role);
    }
  }

  /**
   * A link case the rules allow to the learner holding it: it must work (a failure fails the test).
   */
  private <T> T allowedLink(Callable<T> call) throws Exception {
    cases++;
    linkHolder++;
    return asLearner.call(call);
  }

  /**
   * The ent-school lines with a real ENT affiliation: the matrix's learner, whom their ENT names as
   * a pupil of school D (made for this), calls each with D's id and with B's. The pupil's lines are
   * not refused on D; every line refuses them on B (a return is a leak), and the lines of a
   * director or a teacher refuse them on D too. The learner's ENT affiliation goes afterwards.
   */
  private void entSchool(List<Entry> services) throws Exception {
    String uai = newUai();
    long schoolD =
        fixtures.organization("SCO", "Collège ENT D " + uai, uai, "ce." + uai + "@ac-test.fr");
    entData.entPupil(AsMatrixLearner.SUBJECT, uai);
    List<String> unlisted = new ArrayList<>();
    try {
      for (Entry entry : services) {
        if (!entry.who().equals("ent-school")) {
          continue;
        }
        String profile = ENT_PROFILE.get(entry.name());
        if (profile == null) {
          unlisted.add(entry.name());
          continue;
        }
        Target target = Target.of(entry);
        for (Method method : methodsOf(entry)) {
          Object bean = bean(method.getDeclaringClass());
          for (long school : List.of(schoolD, schoolB)) {
            Object[] arguments = Arguments.forMethod(method, target.argument(), school);
            Outcome outcome = outcome(Role.LEARNER, () -> invoke(method, bean, arguments));
            String what = entry + " as an ENT pupil of D on " + (school == schoolD ? "D" : "B");
            cases++;
            entSchoolCases++;
            boolean allowed = school == schoolD && profile.equals("pupil");
            if (!allowed && outcome == Outcome.RETURNED) {
              leaks.add(what);
            } else if (allowed && (outcome == Outcome.REFUSED || outcome == Outcome.ROLE_REFUSED)) {
              wronglyRefused.add(what);
            }
          }
        }
      }
    } finally {
      entData.noEnt(AsMatrixLearner.SUBJECT);
    }
    assertThat(unlisted).as("ent-school lines missing from ENT_PROFILE").isEmpty();
  }

  /** Whether the parameter holds ids: a long, or a list of longs. */
  private static boolean isId(Method method, int index) {
    Class<?> type = method.getParameterTypes()[index];
    if (type == long.class || type == Long.class) {
      return true;
    }
    return method.getGenericParameterTypes()[index] instanceof ParameterizedType list
        && List.class.isAssignableFrom(type)
        && list.getActualTypeArguments()[0] == Long.class;
  }

  private void tryEntry(Entry entry, Role role) throws Exception {
    Target target = Target.of(entry);
    for (Side side : target.sides()) {
      Expected expected = AccessRules.expected(entry.who(), role, side);
      // The run-as platform administrator holds that role alone; a real one is also a learner.
      boolean learnerRule = List.of("signed-in", "self", "link-holder").contains(entry.who());
      if (expected == Expected.NOT_TRIED
          || (role == Role.PLATFORM_ADMIN && learnerRule)
          || (target.kind() != null && !target.canMake() && expected == Expected.ALLOWED)) {
        continue;
      }
      Long id = target.argument() < 0 ? null : idOf(target, role, side);
      for (Method method : methodsOf(entry)) {
        Object bean = bean(method.getDeclaringClass());
        Object[] arguments =
            withValidDetails(entry, Arguments.forMethod(method, target.argument(), id));
        String what = entry + " as " + role + " on " + side;
        Outcome outcome = outcome(role, () -> invoke(method, bean, arguments));
        if (target.kind() != null
            && !target.canMake()
            && outcome == Outcome.RETURNED
            && AccessRules.expected(entry.who(), role, Side.A) == Expected.ALLOWED) {
          // An id of nobody, to a role the rule allows on its own records: returning is what an
          // idempotent service does (a saved tutorial already removed), not a leak.
          returnedOnNobodysId.add(what);
          cases++;
          continue;
        }
        judge(entry, what, expected, outcome);
      }
    }
  }

  private void judge(Entry entry, String what, Expected expected, Outcome outcome) {
    cases++;
    if (expected == Expected.DENIED && outcome == Outcome.RETURNED) {
      leaks.add(what);
    } else if (expected == Expected.ALLOWED && outcome == Outcome.ROLE_REFUSED) {
      wronglyRefused.add(what);
    } else if (expected == Expected.ALLOWED && outcome == Outcome.REFUSED) {
      // The role passed; the service's own check refused what the plain arguments name (another
      // person's subject, nobody's id): listed, not judged.
      refusedByTheirArguments.add(what);
    } else if (outcome == Outcome.FAILED) {
      failedOtherwise++;
      if (!FAILING_ON_PLAIN_ARGUMENTS.containsKey(entry.name())) {
        unexplainedFailures.add(what);
      }
      Throwable root = lastFailure;
      while (root != null && root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      failures.add(
          what
              + " — "
              + (root == null ? "?" : root.getClass().getSimpleName() + ": " + root.getMessage()));
    }
  }

  /**
   * For the methods whose plain arguments would only be refused as malformed or naming nothing,
   * details that pass their rules (the target stays the line's): an allowed call then does what it
   * says on the matrix's own records (a centre, a school, a session, school A's extra member and
   * pending invitation, all of this run), and a denied call is refused with arguments that would
   * have worked.
   */
  private Object[] withValidDetails(Entry entry, Object[] arguments) {
    String uai = newUai();
    switch (entry.name()) {
      case "certification.application.CertifSessions#create" ->
          arguments[1] =
              new SessionDetails(
                  "Session matrice",
                  "Site matrice",
                  "Salle 1",
                  LocalDate.now().plusMonths(1),
                  LocalTime.of(9, 0),
                  "Surveillant matrice",
                  null);
      case "certification.application.CentreAdministration#create" ->
          arguments[0] = new CentreInput("Centre matrice " + uai, CentreType.SUP, null);
      case "organization.application.directory.OrganizationAdministration#create",
          "organization.application.directory.OrganizationAdministration#update" ->
          arguments[arguments.length - 1] =
              new OrganizationInput(
                  OrganizationType.SCO,
                  "Collège matrice " + uai,
                  uai,
                  "Grenoble",
                  "Grenoble",
                  "ce." + uai + "@ac-test.fr");
      case "organization.application.members.OrgaMembers#changeRole",
          "organization.application.members.OrgaMembers#remove" ->
          arguments[1] = extraMemberOfA;
      case "organization.application.members.OrgaInvitations#cancel" ->
          arguments[1] = pendingInvitationOfA;
      default -> {
        // the plain arguments
      }
    }
    return arguments;
  }

  /** What a call came to. */
  private enum Outcome {
    RETURNED,
    /** Refused by the EJB container: the caller lacks the role. */
    ROLE_REFUSED,
    /** Refused by the service's own check (organisation, centre, owner). */
    REFUSED,
    FAILED
  }

  private Outcome outcome(Role role, Callable<Object> call) {
    try {
      switch (role) {
        case ANONYMOUS -> call.call();
        case LEARNER -> asLearner.call(call);
        case MEMBER_OF_A -> asMember.call(call);
        case ADMIN_OF_A -> asAdmin.call(call);
        case OFFICER_OF_A -> asOfficer.call(call);
        case PLATFORM_ADMIN -> asPlatformAdmin.call(call);
      }
      return Outcome.RETURNED;
    } catch (Exception e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof EJBAccessException) {
          return Outcome.ROLE_REFUSED;
        }
        if (t instanceof AccessDeniedException) {
          return Outcome.REFUSED;
        }
      }
      lastFailure = e;
      return Outcome.FAILED;
    }
  }

  private static Object invoke(Method method, Object bean, Object[] arguments) throws Exception {
    try {
      return method.invoke(bean, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The target of a line: the argument it sits in and the kind of id, when it has one. */
  private record Target(int argument, String kind) {
    static Target of(Entry entry) {
      if (!entry.target().startsWith("arg")) {
        return new Target(-1, null);
      }
      String[] parts = entry.target().substring(3).split("=");
      String kind =
          parts.length > 1
              ? parts[1]
              : entry.who().startsWith("centre-") ? "centre" : "organization";
      return new Target(Integer.parseInt(parts[0]), kind);
    }

    boolean canMake() {
      return kind != null && List.of("organization", "centre", "assessment").contains(kind);
    }

    /** Ids the matrix cannot make (a run, an import...) are tried as someone else's only. */
    List<Side> sides() {
      if (kind == null) {
        return List.of(Side.NONE);
      }
      return canMake() ? List.of(Side.A, Side.B) : List.of(Side.B);
    }
  }

  private Long idOf(Target target, Role role, Side side) {
    if (!target.canMake()) {
      return -1L; // nobody's: as refused as anyone else's, and nothing to change by mistake
    }
    return switch (target.kind()) {
      case "organization" -> side == Side.A ? schoolA : schoolB;
      case "centre" -> side == Side.A ? centreA : centreB;
      default -> side == Side.A ? ownAssessments.getOrDefault(role, -1L) : strangersAssessment;
    };
  }

  private static List<Method> methodsOf(Entry entry) throws ClassNotFoundException {
    String[] parts = entry.name().split("#");
    Class<?> type = Class.forName("org.opencrcn." + parts[0]);
    return Arrays.stream(type.getMethods())
        .filter(method -> method.getName().equals(parts[1]))
        .filter(method -> method.getDeclaringClass() == type)
        .toList();
  }

  private static Object bean(Class<?> type) throws NamingException {
    return new InitialContext().lookup("java:app/opencrcn-ejb/" + type.getSimpleName());
  }

  /** Schools A and B of this run, a centre each, the matrix's people and a test of their own. */
  private void twoSchoolsAndTheirPeople() {
    schoolA = school("Collège Matrice A");
    schoolB = school("Lycée Matrice B");
    Map<Role, String> subjects = new EnumMap<>(Role.class);
    subjects.put(Role.LEARNER, AsMatrixLearner.SUBJECT);
    subjects.put(Role.MEMBER_OF_A, AsMatrixMember.SUBJECT);
    subjects.put(Role.ADMIN_OF_A, AsMatrixAdmin.SUBJECT);
    subjects.put(Role.OFFICER_OF_A, AsMatrixOfficer.SUBJECT);
    subjects.values().forEach(this::accountOnce);
    // The learner joined the schools and the centre of the links an earlier run followed: a
    // learner of this run belongs to none (else defaultOrganization, defaultCentre answer them).
    links.leaveEverything(AsMatrixLearner.SUBJECT);
    accountOnce(STRANGER);
    fixtures.member(schoolA, AsMatrixMember.SUBJECT, "MEMBER");
    fixtures.member(schoolA, AsMatrixAdmin.SUBJECT, "ADMIN");
    accountOnce(EXTRA_MEMBER);
    fixtures.member(schoolA, EXTRA_MEMBER, "MEMBER");
    extraMemberOfA = fixtures.accountId(EXTRA_MEMBER);
    pendingInvitationOfA =
        fixtures.invitation(schoolA, "matrice-invitee-" + schoolA + "@example.org");
    centreA = fixtures.centreOfficer(schoolA, AsMatrixOfficer.SUBJECT);
    centreB = fixtures.centreOfficer(schoolB, STRANGER);
    subjects.forEach(
        (role, subject) ->
            ownAssessments.put(
                role, fixtures.completedPositioning(subject, "1.1", 10, List.of(), List.of())));
    strangersAssessment = fixtures.completedPositioning(STRANGER, "1.1", 10, List.of(), List.of());
  }

  /** The matrix's people keep their subjects from run to run: their accounts are made once. */
  private void accountOnce(String subject) {
    long existing =
        ((Number)
                em.createNativeQuery("select count(*) from account where subject = ?1")
                    .setParameter(1, subject)
                    .getSingleResult())
            .longValue();
    if (existing == 0) {
      String username = "matrice-" + subject.substring(subject.length() - 4);
      fixtures.account(subject, username, "Matrice", "Personne", username + "@example.org");
    }
  }

  private long school(String name) {
    String uai = newUai();
    return fixtures.organization("SCO", name + " " + uai, uai, "ce." + uai + "@ac-test.fr");
  }

  private static String newUai() {
    String digits = "09" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    return digits + Uai.expectedCheckLetter(digits);
  }
}
