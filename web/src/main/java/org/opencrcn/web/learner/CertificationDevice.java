package org.opencrcn.web.learner;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This browser, for the certification test: a random token drawn once per HTTP session. The test is
 * held by the browser that joined; another one (another device, or this one after it was closed) is
 * refused until the supervisor allows a resume.
 */
@SessionScoped
public class CertificationDevice implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String token;

  public CertificationDevice() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    token = HexFormat.of().formatHex(bytes);
  }

  public String token() {
    return token;
  }
}
