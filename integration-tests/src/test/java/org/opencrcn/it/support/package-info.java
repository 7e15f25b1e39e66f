/** What the integration and browser tests share: the deployment, the servers, the browser. */
package org.opencrcn.it.support;
