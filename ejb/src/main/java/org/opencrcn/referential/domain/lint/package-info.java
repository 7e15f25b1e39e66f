/**
 * The content linter: warnings on items a test-wise learner could pass without the skill (key
 * positions, longest proposals, constant answers, loose typo tolerance, unstated numeric answers,
 * near-duplicates). Warnings never block an import; authors fix them or silence them with a reason.
 * Plain Java.
 */
package org.opencrcn.referential.domain.lint;
