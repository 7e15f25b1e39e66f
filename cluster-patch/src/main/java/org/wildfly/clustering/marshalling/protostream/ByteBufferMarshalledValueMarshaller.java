package org.wildfly.clustering.marshalling.protostream;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.OptionalInt;
import org.infinispan.protostream.descriptors.WireType;
import org.wildfly.clustering.marshalling.ByteBufferMarshalledValue;

/**
 * OpenCRCN's marshaller of a session's marshalled attributes ({@link ByteBufferMarshalledValue})
 * for the cluster node only: one length-delimited bytes field, whose length is that of the bytes
 * actually written (docs/operations.md, section 7.5).
 *
 * <p>Why it exists: WildFly 39.0.1's own marshaller of that type (wildfly-clustering 9.0.2) tells
 * the protobuf writer the field's length in advance by marshalling the live session once to count
 * its bytes, then marshals it again to write them. When the other node sends its sessions to a node
 * that joins, learners' requests change those sessions (Faces' views) between the two marshallings;
 * the length then disagrees with the bytes and the joining node rejects the chunk ({@code
 * IPROTO000003}) and never rejoins. Here the size is left unknown, so the writer marshals once and
 * measures.
 *
 * <p>Why this name and shape: the library's serialization context initializer registers {@code
 * ByteBufferMarshalledValueMarshaller.INSTANCE}; the node's module lists our jar before the
 * library's (ear/pom.xml, profile {@code cluster}), so this class is the one loaded. The wire
 * format is the library's (field 1, the bytes): a node with it and a node without read each other.
 */
public enum ByteBufferMarshalledValueMarshaller
    implements ProtoStreamMarshaller<ByteBufferMarshalledValue<Object>> {
  INSTANCE;

  /** The message's only field: the session's marshalled bytes. */
  private static final int MARSHALLED_BYTES = 1;

  @SuppressWarnings("unchecked")
  @Override
  public Class<? extends ByteBufferMarshalledValue<Object>> getJavaClass() {
    return (Class<? extends ByteBufferMarshalledValue<Object>>)
        (Class<?>) ByteBufferMarshalledValue.class;
  }

  /** Unknown unless empty: counting would marshal the live session once more (see above). */
  @Override
  public OptionalInt size(
      ProtoStreamSizeOperation operation, ByteBufferMarshalledValue<Object> value) {
    return value.isEmpty() ? OptionalInt.of(0) : OptionalInt.empty();
  }

  @Override
  public void writeTo(ProtoStreamWriter writer, ByteBufferMarshalledValue<Object> value)
      throws IOException {
    ByteBuffer marshalled = value.getBuffer();
    if (marshalled != null) {
      writer.writeBytes(MARSHALLED_BYTES, marshalled);
    }
  }

  @Override
  public ByteBufferMarshalledValue<Object> readFrom(ProtoStreamReader reader) throws IOException {
    ByteBuffer marshalled = null;
    while (!reader.isAtEnd()) {
      int tag = reader.readTag();
      if (WireType.getTagFieldNumber(tag) == MARSHALLED_BYTES) {
        marshalled = reader.readByteBuffer();
      } else {
        reader.skipField(tag);
      }
    }
    return new ByteBufferMarshalledValue<>(marshalled);
  }
}
