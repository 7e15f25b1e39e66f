/**
 * The content a pack carries (tubes, skills, challenges, tutorials, target profiles) and its rules:
 * validation and pix values. Plain Java.
 */
package org.opencrcn.referential.domain.content;
