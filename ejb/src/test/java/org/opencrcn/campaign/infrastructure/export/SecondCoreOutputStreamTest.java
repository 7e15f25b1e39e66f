package org.opencrcn.campaign.infrastructure.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SecondCoreOutputStreamTest {
  @Test
  void everyByteArrivesInOrderByClose() throws IOException {
    byte[] bytes = new byte[3_000_000];
    new Random(13).nextBytes(bytes);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SecondCoreOutputStream pipe = new SecondCoreOutputStream(out)) {
      pipe.write(bytes[0]);
      for (int at = 1; at < bytes.length; at += 7_777) {
        pipe.write(bytes, at, Math.min(7_777, bytes.length - at));
      }
    }
    assertThat(out.toByteArray()).isEqualTo(bytes);
  }

  @Test
  void aFailureUnderneathReachesTheCaller() {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(
            () -> {
              try (SecondCoreOutputStream pipe = new SecondCoreOutputStream(failing)) {
                pipe.write(new byte[5_000_000]);
              }
            })
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }
}
