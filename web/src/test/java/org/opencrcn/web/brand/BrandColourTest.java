package org.opencrcn.web.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BrandColourTest {

  @Test
  @DisplayName("a colour is read with or without # and written back in lower case")
  void parsesHex() {
    assertThat(BrandColour.parse("#1D3F8F").hex()).isEqualTo("#1d3f8f");
    assertThat(BrandColour.parse("000091").hex()).isEqualTo("#000091");
  }

  @Test
  @DisplayName("contrast with white follows WCAG: black 21:1, white 1:1, a mid grey about 4.5:1")
  void contrastWithWhite() {
    assertThat(BrandColour.parse("#000000").contrastWithWhite()).isCloseTo(21.0, within());
    assertThat(new BrandColour(255, 255, 255).contrastWithWhite()).isCloseTo(1.0, within());
    // #767676 is the usual example of the lightest grey passing 4.5:1 on white.
    assertThat(BrandColour.parse("#767676").contrastWithWhite()).isBetween(4.5, 4.6);
  }

  @Test
  @DisplayName("a colour too light for white text is refused, saying the contrast it reaches")
  void refusesLightColours() {
    assertThatThrownBy(() -> BrandColour.parse("#2196f3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3.12:1");
  }

  @Test
  @DisplayName("what is not #rrggbb is refused")
  void refusesNonColours() {
    assertThatThrownBy(() -> BrandColour.parse("blue"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BrandColour.parse("#12345"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BrandColour.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("the hover tone is darker, so white text on it keeps at least the brand's contrast")
  void darkerKeepsContrast() {
    BrandColour brand = BrandColour.parse("#1f5fd6");
    assertThat(brand.darker().contrastWithWhite()).isGreaterThan(brand.contrastWithWhite());
  }

  @Test
  @DisplayName("the soft tone is a tint close to white, under which brand text stays readable")
  void softTint() {
    BrandColour soft = BrandColour.parse("#1d3f8f").soft();
    assertThat(soft.contrastWithWhite()).isLessThan(1.3);
    assertThat(soft.hex()).isEqualTo("#e8ecf4");
  }

  @Test
  @DisplayName("brand.css sets the three brand tokens of the stylesheet")
  void stylesheetTokens() {
    assertThat(BrandStylesheetServlet.tokens(BrandColour.parse("#000091")))
        .isEqualTo(":root{--brand:#000091;--brand-hover:#00006c;--brand-soft:#e6e6f4}\n");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }
}
