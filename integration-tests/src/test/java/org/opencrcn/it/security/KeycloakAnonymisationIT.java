package org.opencrcn.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.it.support.Deployments;
import org.opencrcn.it.support.HttpSignIn;
import org.opencrcn.it.support.KeycloakAdmin;
import org.opencrcn.it.support.Person;
import org.opencrcn.it.support.TestData;
import org.opencrcn.it.support.Urls;
import org.opencrcn.it.support.WithKeycloak;

/**
 * Anonymising an account deletes the person in the real test Keycloak too (docs/security.md,
 * "People's rights over their data"): a platform administrator posts the administration's form over
 * HTTP, signed in through Keycloak; the person is gone from the realm and their password opens
 * nothing. When Keycloak refuses the application's admin client, the account is anonymised all the
 * same and the administrator is told which Keycloak user to delete by hand.
 */
@ExtendWith({ArquillianExtension.class, WithKeycloak.class})
@RunAsClient
class KeycloakAnonymisationIT {
  private static final Pattern HIDDEN = Pattern.compile("<input\\b[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
  private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEarWithTestData();
  }

  private final TestData data = new TestData();
  private final KeycloakAdmin keycloak = new KeycloakAdmin();

  @Test
  @DisplayName(
      "An anonymised account's person is deleted in Keycloak: gone from the realm, their sign-in refused")
  void personDeletedInKeycloak() {
    Person person = data.person("Zoé", "Effacée");
    long account = data.accountId(person);
    Person admin = data.platformAdministrator("Inès", "Gardienne");
    assertThat(keycloak.userId("opencrcn", person.username())).isPresent();

    HttpSignIn.Page answer = anonymise(admin, account);

    assertThat(answer.html())
        .containsAnyOf("compte " + account, "Account " + account)
        .containsAnyOf("la personne est supprim", "the person is deleted");
    assertThat(keycloak.userId("opencrcn", person.username())).isEmpty();
    HttpSignIn again = new HttpSignIn();
    HttpSignIn.Page afterSignIn =
        again.signIn(
            again.open(Urls.app("/app/index.xhtml")), person.username(), person.password());
    assertThat(afterSignIn.hasForm("kc-form-login")).as(afterSignIn.uri().toString()).isTrue();
    assertThat(afterSignIn.uri().toString()).doesNotStartWith(Urls.app("/"));
  }

  @Test
  @DisplayName(
      "When Keycloak refuses, the account is anonymised all the same and the administrator is told whom to delete there")
  void keycloakFailureReported() {
    Person person = data.person("Léon", "Refusé");
    long account = data.accountId(person);
    Person admin = data.platformAdministrator("Marc", "Veilleur");

    HttpSignIn.Page answer;
    try {
      data.keycloakAdminSecret("not-the-secret");
      answer = anonymise(admin, account);
    } finally {
      data.keycloakAdminSecret("reset");
    }

    assertThat(answer.html())
        .containsAnyOf("compte " + account, "Account " + account)
        .contains(person.subject());
    assertThat(keycloak.userId("opencrcn", person.username())).isPresent();
    // The database part stays: the subject no longer names an account.
    assertThatThrownBy(() -> data.accountId(person)).isInstanceOf(RuntimeException.class);
  }

  /** The administration's anonymisation form, filled and sent as a browser without JavaScript. */
  private HttpSignIn.Page anonymise(Person admin, long account) {
    HttpSignIn http = new HttpSignIn();
    HttpSignIn.Page page =
        http.signIn(
            http.open(Urls.app("/admin/anonymisation.xhtml")), admin.username(), admin.password());
    assertThat(page.uri().getPath()).endsWith("/admin/anonymisation.xhtml");
    String html = page.html();
    int start = html.indexOf("<form id=\"anonymise\"");
    assertThat(start).as(html).isNotNegative();
    String form = html.substring(start, html.indexOf("</form>", start));
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(form);
    while (hidden.find()) {
      Matcher name = NAME.matcher(hidden.group());
      Matcher value = VALUE.matcher(hidden.group());
      if (name.find()) {
        fields.put(name.group(1), value.find() ? unescaped(value.group(1)) : "");
      }
    }
    fields.put("anonymise:account", Long.toString(account));
    fields.put("anonymise:confirmed", "on");
    fields.put("anonymise:anonymise-submit", "x");
    Matcher action = ACTION.matcher(form);
    assertThat(action.find()).isTrue();
    return http.post(page.uri().resolve(unescaped(action.group(1))).toString(), fields);
  }

  private static String unescaped(String attribute) {
    return attribute
        .replace("&amp;", "&")
        .replace("&#58;", ":")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }
}
