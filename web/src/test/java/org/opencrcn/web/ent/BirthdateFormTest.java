package org.opencrcn.web.ent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BirthdateFormTest {

  @Test
  @DisplayName("Three fields make a date only when all are there and the date exists")
  void date() {
    assertThat(form(17, 5, 2011).date()).contains(LocalDate.of(2011, 5, 17));
    assertThat(form(31, 2, 2011).date()).isEmpty();
    assertThat(form(1, 13, 2011).date()).isEmpty();
    assertThat(form(1, 1, 11).date()).isEmpty();
    assertThat(form(null, 5, 2011).date()).isEmpty();
  }

  private static BirthdateForm form(Integer day, Integer month, Integer year) {
    BirthdateForm form = new BirthdateForm();
    form.setDay(day);
    form.setMonth(month);
    form.setYear(year);
    return form;
  }
}
