package org.opencrcn.web.ent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opencrcn.identity.application.AttachmentRefusedException;
import org.opencrcn.identity.application.AttachmentStart;
import org.opencrcn.identity.application.IdentityAttachments;
import org.opencrcn.identity.application.SignIn;
import org.opencrcn.identity.domain.EntProfile;
import org.opencrcn.organization.application.ent.EntArrival;
import org.opencrcn.organization.application.ent.EntSchool;
import org.opencrcn.organization.application.ent.EntWelcome;
import org.opencrcn.organization.application.members.JoinRequestRefusedException;
import org.opencrcn.organization.application.members.JoinRequestView;
import org.opencrcn.organization.application.members.OrgaJoinRequests;
import org.opencrcn.organization.application.pupils.ReconciliationRefusedException;
import org.opencrcn.web.shared.CurrentPerson;
import org.opencrcn.web.shared.LanguageSelection;
import org.opencrcn.web.shared.Redirects;
import org.opencrcn.web.shared.SignOut;
import org.opencrcn.web.shared.UserMessages;

/**
 * The first sign-in through a school ENT: what the platform makes of what the ENT said (a pupil
 * links their record by typing their birthdate; a director activates the school's Orga space; a
 * teacher asks to join it, then sees their request waiting), what to do when it cannot (unknown
 * school, no profile, no record), and the way to attach the ENT to an account the person already
 * has instead of keeping two.
 */
@Named
@ViewScoped
public class EntWelcomeView implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Where Keycloak sends the person back, signed in with their existing account
   * (SecretLinkServlet).
   */
  static final String ATTACH_PATH = "/ent/rattacher/";

  /**
   * Asks Keycloak for the password again even if a session is open (elytron-oidc-client forwards
   * {@code prompt} to the authorization request); the attachment then checks {@code auth_time}.
   */
  static final String FRESH_SIGN_IN = "?prompt=login";

  private static final DateTimeFormatter PARIS =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

  @Inject private EntArrival arrival;
  @Inject private IdentityAttachments attachments;
  @Inject private SignIn signIn;
  @Inject private CurrentPerson currentPerson;
  @Inject private UserMessages messages;
  @Inject private OrgaJoinRequests joinRequests;
  @Inject private LanguageSelection language;

  private EntWelcome welcome;
  private boolean attachOffered;
  private final BirthdateForm birthdate = new BirthdateForm();
  private ReconciliationRefusedException.Reason pupilRefusal;
  private AttachmentRefusedException.Reason attachRefusal;

  /** The teacher's requests waiting for an administrator, by organisation id. */
  private final Map<Long, JoinRequestView> pendingRequests = new HashMap<>();

  public void load() {
    currentPerson.person(); // records the account (and the ENT's claims) before anything else
    welcome = arrival.welcome();
    attachOffered = attachments.offered();
    pendingRequests.clear();
    welcome.schools().stream()
        .filter(school -> school.has(EntProfile.TEACHER) && !school.member())
        .forEach(
            school ->
                joinRequests
                    .myPendingRequest(school.organizationId())
                    .ifPresent(request -> pendingRequests.put(school.organizationId(), request)));
  }

  /**
   * A teacher asks to join the school's Orga space, then sees this page again with the request
   * waiting (a reload never posts twice; asking twice would change nothing anyway).
   */
  public void requestToJoin(long organizationId) throws IOException {
    try {
      joinRequests.request(organizationId, language.getLocale());
      messages.info("joinRequests.welcome.sent");
    } catch (JoinRequestRefusedException refused) {
      messages.error("joinRequests.refusal." + refused.reason());
    }
    Redirects.to(CurrentPerson.ENT_WELCOME_PAGE);
  }

  /** When the teacher's request to this school was sent, in Paris time, or null when none waits. */
  public String pendingSince(long organizationId) {
    JoinRequestView request = pendingRequests.get(organizationId);
    return request == null ? null : PARIS.format(request.requestedAt());
  }

  public void linkPupilRecord(long organizationId) throws IOException {
    pupilRefusal = null;
    Optional<LocalDate> date = birthdate.date();
    if (date.isEmpty()) {
      messages.errorOnThisPage("ent.pupil.invalidBirthdate");
      return;
    }
    try {
      EntSchool school = arrival.linkPupilRecord(organizationId, date.get());
      messages.info("ent.pupil.linked", school.name());
      Redirects.to(CurrentPerson.ENT_WELCOME_PAGE); // a reload does not send the form again
    } catch (ReconciliationRefusedException refused) {
      pupilRefusal = refused.reason();
    }
  }

  public void activateSchool(long organizationId) throws IOException {
    EntSchool school = arrival.activateSchool(organizationId);
    signIn.finishEntWelcome();
    currentPerson.refresh(); // the header now offers Orga
    messages.info("ent.director.activated", school.name());
    Redirects.to("/orga/index.xhtml?organization=" + organizationId);
  }

  /**
   * Signs out everywhere, so that the person signs in again with the existing account's password,
   * and comes back to the confirmation page named by the secret of the request.
   */
  public void startAttachment() throws IOException, ServletException {
    attachRefusal = null;
    try {
      AttachmentStart started = attachments.start();
      AttachmentCookie.keep(started.browserSecret());
      SignOut.signOutAndReturnTo(ATTACH_PATH + started.token() + FRESH_SIGN_IN);
    } catch (AttachmentRefusedException refused) {
      attachRefusal = refused.reason();
    }
  }

  public void continueToMySpace() throws IOException {
    signIn.finishEntWelcome();
    currentPerson.refresh();
    Redirects.to(currentPerson.landingPage());
  }

  public EntWelcome getWelcome() {
    return welcome;
  }

  public boolean isAttachOffered() {
    return attachOffered;
  }

  public BirthdateForm getBirthdate() {
    return birthdate;
  }

  public ReconciliationRefusedException.Reason getPupilRefusal() {
    return pupilRefusal;
  }

  public AttachmentRefusedException.Reason getAttachRefusal() {
    return attachRefusal;
  }
}
