package org.opencrcn.web.certif;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Dates and times as Certif's pages print them (French forms: 15/03/2027, 14:30). */
@Named
@ApplicationScoped
public class CertifFormats {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String time(LocalTime time) {
    return time == null ? "" : TIME.format(time);
  }
}
