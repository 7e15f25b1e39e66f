/**
 * A saved tutorial: whose it is, its address, the skill that recommended it and what it looked like
 * when saved.
 */
package org.opencrcn.tutorial.domain;
