/** Adaptive positioning tests, answer validation and scoring (to come). */
package org.opencrcn.assessment;
