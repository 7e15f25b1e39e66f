package org.opencrcn.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {
  private static final String PROPERTY = "opencrcn.test-only.delay-days";

  @AfterEach
  void clear() {
    System.clearProperty(PROPERTY);
    System.clearProperty(Settings.DEMO_DATA);
  }

  @Test
  void demoDataIsOffByDefaultAndReadLikeEveryOtherFlag() {
    if (System.getenv("OPENCRCN_DEMO_DATA") == null) {
      assertThat(Settings.demoData()).isFalse();
    }
    System.setProperty(Settings.DEMO_DATA, " TRUE ");
    assertThat(Settings.demoData()).isTrue();
    assertThat(Settings.environmentName(Settings.DEMO_DATA)).isEqualTo("OPENCRCN_DEMO_DATA");
  }

  @Test
  void demoDataSetToYesStopsWithTheSettingsNameInsteadOfReadingOff() {
    System.setProperty(Settings.DEMO_DATA, "yes");
    assertThatThrownBy(Settings::demoData)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("opencrcn.demo-data")
        .hasMessageContaining("OPENCRCN_DEMO_DATA");
  }

  @Test
  void defaultWhenNothingIsSet() {
    assertThat(Settings.integer(PROPERTY, 4)).isEqualTo(4);
  }

  @Test
  void systemPropertyWins() {
    System.setProperty(PROPERTY, " 9 ");
    assertThat(Settings.integer(PROPERTY, 4)).isEqualTo(9);
  }

  @Test
  void environmentNameIsDerivedFromTheProperty() {
    assertThat(Settings.environmentName("opencrcn.positioning.improve-delay-days"))
        .isEqualTo("OPENCRCN_POSITIONING_IMPROVE_DELAY_DAYS");
  }

  @Test
  void aValueThatIsNotANumberStopsWithTheSettingsName() {
    System.setProperty(PROPERTY, "four");
    assertThatThrownBy(() -> Settings.integer(PROPERTY, 4))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(PROPERTY)
        .hasMessageContaining("OPENCRCN_TEST_ONLY_DELAY_DAYS")
        .hasMessageContaining("four");
  }

  @Test
  void aFlagIsTrueOrFalseWhateverItsCase() {
    assertThat(Settings.flag(PROPERTY, false)).isFalse();
    System.setProperty(PROPERTY, " TRUE ");
    assertThat(Settings.flag(PROPERTY, false)).isTrue();
  }

  @Test
  void aFlagThatIsNeitherTrueNorFalseStopsWithTheSettingsName() {
    System.setProperty(PROPERTY, "yes");
    assertThatThrownBy(() -> Settings.flag(PROPERTY, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(PROPERTY)
        .hasMessageContaining("yes");
  }

  @Test
  void textIsTrimmedAndEmptyWhenBlankOrUnset() {
    assertThat(Settings.text(PROPERTY)).isEmpty();
    System.setProperty(PROPERTY, "   ");
    assertThat(Settings.text(PROPERTY)).isEmpty();
    System.setProperty(PROPERTY, " data/outbox ");
    assertThat(Settings.text(PROPERTY)).contains("data/outbox");
  }
}
