package org.opencrcn.certification.domain.course;

/** Who reported an incident: the supervisor during the test, or the centre when finalising. */
public enum IncidentReporter {
  SUPERVISOR,
  CENTRE
}
