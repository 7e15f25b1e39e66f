package org.wildfly.clustering.marshalling.protostream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wildfly.clustering.marshalling.AbstractByteBufferMarshaller;
import org.wildfly.clustering.marshalling.ByteBufferMarshalledValue;
import org.wildfly.clustering.marshalling.ByteBufferMarshaller;

/**
 * OpenCRCN's marshaller against a session that changes between two marshallings, as a learner's
 * request changes it while a state transfer sends it: the bytes must read back.
 */
class ByteBufferMarshalledValueMarshallerTest {

  @Test
  @DisplayName("a session changed between two marshallings reaches the joining node readable")
  void aSessionChangedWhileSentIsReadBack() throws IOException {
    ClassLoader loader = getClass().getClassLoader();
    ByteBufferMarshaller transfer =
        new ProtoStreamByteBufferMarshaller(
            SerializationContextBuilder.newInstance(ClassLoaderMarshaller.of(loader))
                .load(loader)
                .build());
    GrowingSessionMarshaller sessions = new GrowingSessionMarshaller(loader);
    ByteBufferMarshalledValue<Object> session = new ByteBufferMarshalledValue<>("views", sessions);

    ByteBuffer sent = transfer.write(session);
    Object received = ((ByteBufferMarshalledValue<?>) transfer.read(sent)).get(sessions);

    assertThat(sessions.marshallings).isGreaterThan(1);
    assertThat(received).isEqualTo(sessions.lastWritten);
  }

  /**
   * Marshals a string with one more view each time it is marshalled: the session a learner's
   * requests keep changing (a view per question) while it is being sent.
   */
  private static final class GrowingSessionMarshaller extends AbstractByteBufferMarshaller {
    int marshallings;
    String lastWritten;

    GrowingSessionMarshaller(ClassLoader loader) {
      super(loader);
    }

    @Override
    public void writeTo(OutputStream output, Object object) throws IOException {
      marshallings++;
      lastWritten = object + ":" + "view,".repeat(marshallings);
      DataOutputStream data = new DataOutputStream(output);
      data.writeUTF(lastWritten);
      data.flush();
    }

    @Override
    public Object readFrom(InputStream input) throws IOException {
      return new DataInputStream(input).readUTF();
    }

    @Override
    public boolean test(Object object) {
      return object instanceof String;
    }
  }
}
