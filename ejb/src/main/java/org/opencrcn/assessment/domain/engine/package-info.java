/**
 * The adaptive positioning engines: the default Bayesian one and Pix's smart random, behind one
 * interface, each choosing the next question and when a test stops (docs/positioning.md). Plain
 * Java.
 */
package org.opencrcn.assessment.domain.engine;
