/** Technical plumbing shared by the contexts: schema migrations at deployment. */
package org.opencrcn.shared.infrastructure;
