/**
 * Drivers of the reliability scripts ({@code ./reliability/*.sh}): simulated learners that answer
 * positioning questions through the real pages (Keycloak's forms, Faces view state, redirects, as a
 * browser does), a WildFly they can kill, and the checks that compare what the learners were told
 * with what the database holds. Not part of the application: the EAR never packages this module.
 */
package org.opencrcn.reliability;
