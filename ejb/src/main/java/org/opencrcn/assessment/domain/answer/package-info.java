/**
 * Answer validation: normalisation treatments (t1, t2, t3) and the rules of each challenge type.
 * Plain Java.
 */
package org.opencrcn.assessment.domain.answer;
