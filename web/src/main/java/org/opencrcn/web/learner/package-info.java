/** The learner space (pupils, students, any citizen). */
package org.opencrcn.web.learner;
