package org.opencrcn.web.brand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BrandLogoServletTest {

  @Test
  @DisplayName("a logo is a PNG, SVG, JPEG or WebP file, whatever the case of its extension")
  void imageTypes() {
    assertThat(BrandLogoServlet.contentType(Path.of("/etc/opencrcn/academie.PNG")))
        .contains("image/png");
    assertThat(BrandLogoServlet.contentType(Path.of("logo.svg"))).contains("image/svg+xml");
    assertThat(BrandLogoServlet.contentType(Path.of("logo.jpeg"))).contains("image/jpeg");
    assertThat(BrandLogoServlet.contentType(Path.of("logo.webp"))).contains("image/webp");
  }

  @Test
  @DisplayName("any other file is no logo, so that the setting is refused at start")
  void otherFiles() {
    assertThat(BrandLogoServlet.contentType(Path.of("logo.html"))).isEmpty();
    assertThat(BrandLogoServlet.contentType(Path.of("png"))).isEmpty();
  }
}
