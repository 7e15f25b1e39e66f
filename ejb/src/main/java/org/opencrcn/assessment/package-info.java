/**
 * Positioning tests: answer validation, knowledge elements, scoring and the adaptive engine (rules
 * in domain).
 */
package org.opencrcn.assessment;
