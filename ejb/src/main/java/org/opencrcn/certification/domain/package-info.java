/** Certification centres, their members, sessions and candidates, and the rules they follow. */
package org.opencrcn.certification.domain;
