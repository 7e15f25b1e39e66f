/**
 * The adaptive positioning engine (smart random): estimated level, candidate skills, reward, stop
 * rule. Plain Java.
 */
package org.opencrcn.assessment.domain.engine;
