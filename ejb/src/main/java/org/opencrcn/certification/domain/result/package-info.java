/**
 * A candidate's stored certification result (docs/certification.md, "Results"): what scoring gave
 * their course, kept once the session is finalised and scored again when a challenge is
 * neutralised.
 */
package org.opencrcn.certification.domain.result;
