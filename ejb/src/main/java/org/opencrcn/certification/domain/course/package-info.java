/**
 * A candidate's sitting of the certification test: the course, the challenges asked in it with
 * their answers, the incidents reported on it, and the rules that compose and time the test.
 */
package org.opencrcn.certification.domain.course;
