/** Read access to the referential, public: the home page and the referential pages use it. */
package org.opencrcn.referential.application;
