/** A campaign's exports (CSV, Excel) for its organisation's members. */
package org.opencrcn.campaign.application.export;
