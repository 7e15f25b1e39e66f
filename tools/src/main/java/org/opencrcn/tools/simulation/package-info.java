/**
 * The positioning simulator: the real engines against simulated learners of known level, on a pack
 * or on the generated shapes S and S-large, and the table comparing the engines.
 */
package org.opencrcn.tools.simulation;
