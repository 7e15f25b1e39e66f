/** Campaigns created by teachers on target profiles (to come). */
package org.opencrcn.campaign;
