package org.opencrcn.platform.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.opencrcn.assessment.application.Positioning;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.identity.application.CallerDetails;
import org.opencrcn.organization.application.pupils.OwnPupilRecords;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.tutorial.application.SavedTutorials;

/**
 * A learner's own data, as one JSON document they download from their space (right of access):
 * their account, the school records linked to it, their results per competence and their saved
 * tutorials. Each context gives the caller's own data through its application API; only the
 * caller's, never another person's (no parameter names a person). Each download is audited.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class PersonalData {
  @Inject private CallerAccount caller;
  @Inject private OwnPupilRecords pupilRecords;
  @Inject private Positioning positioning;
  @Inject private SavedTutorials tutorials;
  @Inject private AuditLog audit;

  /** The caller's data as a JSON document (UTF-8 text); an empty object before any sign-in. */
  public String json(Locale locale) {
    JsonObjectBuilder document = Json.createObjectBuilder();
    caller
        .details()
        .ifPresent(
            account -> {
              document.add("account", account(account));
              document.add("schoolRecords", schoolRecords());
              document.add("results", results(positioning.scorecards()));
              document.add("savedTutorials", savedTutorials(locale));
              audit.record(AuditAction.PERSONAL_DATA_DOWNLOAD, AuditTarget.account(account.id()));
            });
    StringWriter text = new StringWriter();
    JsonWriterFactory writers =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
    try (JsonWriter writer = writers.createWriter(text)) {
      writer.writeObject(document.build());
    }
    return text.toString();
  }

  private static JsonObjectBuilder account(CallerDetails account) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("id", account.id());
    addText(json, "firstName", account.firstName());
    addText(json, "lastName", account.lastName());
    addText(json, "email", account.email());
    JsonArrayBuilder uais = Json.createArrayBuilder();
    account.entAffiliation().uais().forEach(uais::add);
    return json.add("entSchools", uais);
  }

  private JsonArrayBuilder schoolRecords() {
    JsonArrayBuilder records = Json.createArrayBuilder();
    for (OwnPupilRecords.OwnPupilRecord record : pupilRecords.ofCaller()) {
      JsonObjectBuilder json = Json.createObjectBuilder();
      addText(json, "school", record.school());
      addText(json, "uai", record.uai());
      addText(json, "ine", record.ine());
      addText(json, "familyName", record.familyName());
      addText(json, "firstName", record.firstName());
      addText(json, "birthdate", record.birthdate() == null ? null : record.birthdate().toString());
      addText(json, "class", record.division());
      records.add(json.add("current", record.active()));
    }
    return records;
  }

  private static JsonArrayBuilder results(
      Map<String, org.opencrcn.assessment.domain.scoring.Scorecard> scorecards) {
    JsonArrayBuilder results = Json.createArrayBuilder();
    scorecards.forEach(
        (competence, scorecard) ->
            results.add(
                Json.createObjectBuilder()
                    .add("competence", competence)
                    .add("status", scorecard.status().name())
                    .add("pix", scorecard.pix())
                    .add("level", scorecard.level())));
    return results;
  }

  private JsonArrayBuilder savedTutorials(Locale locale) {
    JsonArrayBuilder saved = Json.createArrayBuilder();
    tutorials
        .list(locale)
        .forEach(
            tutorial -> {
              JsonObjectBuilder json = Json.createObjectBuilder();
              addText(json, "title", tutorial.title());
              addText(json, "url", tutorial.url());
              addText(json, "competence", tutorial.competenceCode());
              saved.add(json);
            });
    return saved;
  }

  private static void addText(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }
}
