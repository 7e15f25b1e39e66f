package org.opencrcn.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageHeadersTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/app/", "/orga/pupils.xhtml", "/admin/index.xhtml", "/index.xhtml"})
  @DisplayName("Every page, public or signed-in, is never stored by the browser")
  void pagesAreNotStored(String path) {
    assertThat(PageHeaders.of(false, path, false)).containsEntry("Cache-Control", "no-store");
  }

  @Test
  @DisplayName("An error page is not stored, whatever address it answers")
  void errorPagesAreNotStored() {
    assertThat(PageHeaders.of(false, "/files/missing.png", true))
        .containsEntry("Cache-Control", "no-store");
  }

  @Test
  @DisplayName("Scripts and stylesheets keep their caching")
  void resourcesKeepTheirCaching() {
    assertThat(PageHeaders.of(false, "/jakarta.faces.resource/js/menu.js.xhtml", false))
        .doesNotContainKey("Cache-Control");
    assertThat(PageHeaders.of(false, "/brand/logo", false)).doesNotContainKey("Cache-Control");
  }

  @Test
  @DisplayName("HSTS is sent over TLS only")
  void hstsOverTlsOnly() {
    assertThat(PageHeaders.of(true, "/", false))
        .containsEntry("Strict-Transport-Security", "max-age=31536000");
    assertThat(PageHeaders.of(true, "/jakarta.faces.resource/x.js.xhtml", false))
        .containsEntry("Strict-Transport-Security", "max-age=31536000");
    assertThat(PageHeaders.of(false, "/", false)).doesNotContainKey("Strict-Transport-Security");
  }
}
