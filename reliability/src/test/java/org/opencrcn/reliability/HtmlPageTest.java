package org.opencrcn.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HtmlPageTest {
  private static final URI QUESTION =
      URI.create("http://localhost:38080/app/test.xhtml?assessment=12");

  private static final String ANSWER_FORM =
      """
      <article class="card challenge-preview" data-challenge="rec1.1-a&amp;b">
      <form id="answer" name="answer" method="post" action="/app/test.xhtml?assessment=12&amp;x=1">
      <input type="hidden" name="answer" value="answer" />
      <input type="radio" name="answer:choice" id="answer:choice:0" value="1" />
      <input type="radio" name="answer:choice" id="answer:choice:1" value="2" />
      <input id="answer:text" type="text" name="answer:text" value="" />
      <input type="submit" name="answer:validate" value="Valider" />
      <input type="submit" name="answer:skip" value="Je passe" />
      <input type="hidden" name="jakarta.faces.ViewState" value="-123:456" autocomplete="off" />
      </form></article>
      """;

  @Test
  void readsTheQuestionAndItsForm() {
    HtmlPage page = new HtmlPage(200, QUESTION, ANSWER_FORM);

    assertThat(page.challengeId()).contains("rec1.1-a&b");
    assertThat(page.queryParameter("assessment")).contains("12");
    HtmlPage.Form form = page.form(id -> id.equals("answer")).orElseThrow();
    assertThat(form.action())
        .isEqualTo(URI.create("http://localhost:38080/app/test.xhtml?assessment=12&x=1"));
    assertThat(form.hiddenFields())
        .containsEntry("answer", "answer")
        .containsEntry("jakarta.faces.ViewState", "-123:456");
    assertThat(form.button("validate").orElseThrow().name()).isEqualTo("answer:validate");
    assertThat(form.inputs())
        .extracting(HtmlPage.Input::type)
        .containsExactly("hidden", "radio", "radio", "text", "submit", "submit", "hidden");
  }

  @Test
  void findsTheFormsOfOneTileAndALinkById() {
    HtmlPage page =
        new HtmlPage(
            200,
            URI.create("http://localhost:38080/app/index.xhtml"),
            """
            <li class="tile" id="tile-1.1"><form id="j1:0:start" action="/app/index.xhtml"></form></li>
            <li class="tile" id="tile-1.2"><span>Niveau 2</span></li>
            <a href="/app/test.xhtml?assessment=3" id="continue">Continuer</a>
            """);

    assertThat(page.formsAfter("id=\"tile-1.1\"", "</li>")).hasSize(1);
    assertThat(page.formsAfter("id=\"tile-1.2\"", "</li>")).isEmpty();
    assertThat(page.link(attributes -> "continue".equals(attributes.get("id"))))
        .contains(URI.create("http://localhost:38080/app/test.xhtml?assessment=3"));
  }

  @Test
  void anErrorPageIsCleanWhenTranslatedAndWithoutTrace() {
    String page = "<html lang=\"fr\"><section class=\"error-page\" id=\"error-500\">";

    assertThat(ErrorPageCheck.clean(new HtmlPage(500, QUESTION, page))).isTrue();
    assertThat(ErrorPageCheck.clean(new HtmlPage(500, QUESTION, page + "SQLException"))).isFalse();
    assertThat(ErrorPageCheck.clean(new HtmlPage(500, QUESTION, "Internal Server Error")))
        .isFalse();
  }

  @Test
  void exceptionNamesInPrimeFacesSettingsScriptAreNoLeak() {
    String settings =
        "<script>PrimeFaces.settings={errorPages:{'':'/error/500.xhtml',"
            + "'jakarta.faces.application.ViewExpiredException':'/error/expired.xhtml'}};</script>";
    String page =
        "<html lang=\"fr\">" + settings + "<section class=\"error-page\" id=\"error-500\">";

    assertThat(ErrorPageCheck.clean(new HtmlPage(500, QUESTION, page))).isTrue();
    assertThat(ErrorPageCheck.clean(new HtmlPage(500, QUESTION, page + "<pre>\tat org.x</pre>")))
        .isFalse();
  }
}
