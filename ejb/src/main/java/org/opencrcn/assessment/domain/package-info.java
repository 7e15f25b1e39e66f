/** The assessment rules, plain Java with no container dependency. */
package org.opencrcn.assessment.domain;
