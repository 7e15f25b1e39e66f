/**
 * The campaign export files: CSV (Commons CSV) and Excel (Apache POI, streamed with SXSSF), both
 * written from the layouts of {@code org.opencrcn.campaign.domain.export} in one pass.
 */
package org.opencrcn.campaign.infrastructure.export;
