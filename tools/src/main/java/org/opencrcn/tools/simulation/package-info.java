/** The positioning simulator: the real engine against simulated learners of known level. */
package org.opencrcn.tools.simulation;
