package org.opencrcn.reliability;

import java.time.LocalDate;

/**
 * The identity a simulated learner registered with, as a certification centre enrols it: the names
 * typed on Keycloak's form and a birthdate of its own (each candidate is then the only one of that
 * birthdate, so that the joining page's name matching has one candidate to compare with).
 */
public record CandidateIdentity(
    String username, String familyName, String firstName, LocalDate birthdate) {
  static CandidateIdentity of(int number) {
    String username = SimulatedLearner.username(number);
    return new CandidateIdentity(
        username,
        SimulatedLearner.familyName(username),
        SimulatedLearner.FIRST_NAME,
        LocalDate.of(2011, 1, 1).plusDays(number));
  }
}
