package org.opencrcn.web.ent;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A birthdate typed as day, month and year in three fields (easier to type and to read aloud than a
 * date picker, and the same in every browser).
 */
public class BirthdateForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Integer day;
  private Integer month;
  private Integer year;

  /** The date, or empty when a field is missing or the date does not exist (31 February). */
  public Optional<LocalDate> date() {
    if (day == null || month == null || year == null || year < 1900 || year > 2100) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }

  public Integer getDay() {
    return day;
  }

  public void setDay(Integer day) {
    this.day = day;
  }

  public Integer getMonth() {
    return month;
  }

  public void setMonth(Integer month) {
    this.month = month;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }
}
