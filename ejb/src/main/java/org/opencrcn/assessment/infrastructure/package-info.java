/** JPA access to assessment's tests, answers and knowledge elements. */
package org.opencrcn.assessment.infrastructure;
