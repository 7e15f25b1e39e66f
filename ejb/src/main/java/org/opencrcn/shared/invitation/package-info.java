/** What every invitation by e-mail shares: its address rules, its validity. */
package org.opencrcn.shared.invitation;
