/**
 * The learner's tests: positioning tests ({@code Positioning}) and discovery tests ({@code
 * Discovery}): start or resume, the current question, answering, the result.
 */
package org.opencrcn.assessment.application;
