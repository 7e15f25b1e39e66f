package org.opencrcn.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.browser.pages.AuditLogPage;
import org.opencrcn.it.browser.pages.OpenCrcnPage;
import org.opencrcn.it.support.Accessibility;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.WithKeycloak;
import org.openqa.selenium.By;

/**
 * A learner downloads their own data from their space; a platform administrator finds that download
 * in the audit log, filtered by action, account and day.
 */
@ExtendWith(WithKeycloak.class)
class PrivacyBrowserIT extends BrowserJourney {
  private static final Pattern ACCOUNT_ID = Pattern.compile("\"id\": (\\d+)");

  @Test
  @DisplayName(
      "A learner downloads their data (JSON with their account); the administrator finds the download in the audit log, and a bad filter is named")
  void downloadThenAudit() {
    Person learner = data.person("Lina", "Donnees");
    signInAs(learner).awaitPath("/app/");
    OpenCrcnPage home = new OpenCrcnPage(browser);
    assertThat(home.text("my-data-title")).isEqualTo("Mes données");
    Accessibility.assertNoViolations(browser);
    String href = browser.findElement(By.id("my-data-download")).getAttribute("href");
    assertThat(href).endsWith("/app/mes-donnees.json");

    String json = download(href);

    assertThat(json).contains("\"firstName\": \"Lina\"").contains("\"lastName\": \"Donnees\"");
    Matcher id = ACCOUNT_ID.matcher(json);
    assertThat(id.find()).isTrue();
    String accountId = id.group(1);
    home.signOut();

    signInAs(data.platformAdministrator("Sophie", "Auditrice")).awaitPath("/admin/");
    browser.findElement(By.id("audit-link")).click();
    AuditLogPage audit = new AuditLogPage(browser);
    audit.awaitPath("/admin/audit.xhtml");
    assertThat(audit.heading()).isEqualTo("Journal d'audit");
    Accessibility.assertNoViolations(browser);
    String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();

    audit.filter("Téléchargement de ses données personnelles", accountId, today, today);

    assertThat(audit.actions()).containsExactly("Téléchargement de ses données personnelles");
    assertThat(audit.accounts()).containsExactly(accountId);
    assertThat(audit.targets()).containsExactly("account:" + accountId);
    assertThat(audit.text("audit-count")).isEqualTo("1 événement(s).");
    Accessibility.assertNoViolations(browser);

    audit.filter("", "Lina", today, "2000-01-01");

    assertThat(audit.problems())
        .containsExactly(
            "Le numéro de compte doit être un nombre entier positif.",
            "La date de fin précède la date de début.");
    assertThat(audit.text("audit-count")).isEqualTo("0 événement(s).");
  }

  /** Fetches the file the link offers, with the browser's session (a download has no page). */
  private String download(String href) {
    return (String)
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'})"
                + ".then(r => r.text()).then(done, e => done('failed: ' + e));",
            href);
  }
}
