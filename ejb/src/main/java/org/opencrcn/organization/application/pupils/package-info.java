/**
 * An organisation's pupils: the SIECLE import (a batch job), the list, and a pupil's reconciliation
 * with an account.
 */
package org.opencrcn.organization.application.pupils;
