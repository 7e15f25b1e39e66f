/**
 * Discovery tests as learners take them: a run per attempt, its answers (one per question), and the
 * rule that draws each question's challenge. Nothing here touches the competence profile.
 */
package org.opencrcn.assessment.domain.discovery;
