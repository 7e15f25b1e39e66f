/** Positioning use cases: start or resume a test, the current question, answering, the result. */
package org.opencrcn.assessment.application;
