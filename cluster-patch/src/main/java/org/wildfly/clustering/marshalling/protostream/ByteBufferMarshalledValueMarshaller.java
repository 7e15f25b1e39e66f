/*
 * Copyright The WildFly Authors
 * SPDX-License-Identifier: Apache-2.0
 *
 * Modified for OpenCRCN (docs/operations.md, section 7.5): size() no longer predicts. The rest is
 * wildfly-clustering-marshalling-protostream 9.0.2.Final's class as it is.
 */

package org.wildfly.clustering.marshalling.protostream;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.OptionalInt;
import org.infinispan.protostream.descriptors.WireType;
import org.wildfly.clustering.marshalling.ByteBufferMarshalledValue;

/**
 * {@link ProtoStreamMarshaller} for a {@link ByteBufferMarshalledValue}: a session's attributes in
 * the distributed web sessions' cache.
 *
 * <p>Why replaced: the original {@code size} marshals the wrapped live object to count its bytes
 * (without the deployment's context class loader), the writer puts that count in front of the
 * field, then {@code writeTo} marshals the object again. A state transfer to a joining node runs
 * this on its own thread while the learners' requests change the same session objects (Faces'
 * views): when the two marshallings differ, the count does not match the bytes that follow and the
 * joining node cannot read the chunk ({@code IPROTO000003}), so it never rejoins. Without a
 * prediction, {@code DefaultProtoStreamWriter} marshals once into a growing buffer and writes that
 * buffer's length: the count always matches.
 */
public enum ByteBufferMarshalledValueMarshaller
    implements ProtoStreamMarshaller<ByteBufferMarshalledValue<Object>> {
  /** Singleton instance */
  INSTANCE;

  private static final int BUFFER_INDEX = 1;

  @Override
  public ByteBufferMarshalledValue<Object> readFrom(ProtoStreamReader reader) throws IOException {
    ByteBuffer buffer = null;
    while (!reader.isAtEnd()) {
      int tag = reader.readTag();
      switch (WireType.getTagFieldNumber(tag)) {
        case BUFFER_INDEX -> {
          buffer = reader.readByteBuffer();
        }
        default -> reader.skipField(tag);
      }
    }
    return new ByteBufferMarshalledValue<>(buffer);
  }

  @Override
  public void writeTo(ProtoStreamWriter writer, ByteBufferMarshalledValue<Object> key)
      throws IOException {
    ByteBuffer buffer = key.getBuffer();
    if (buffer != null) {
      writer.writeBytes(BUFFER_INDEX, buffer);
    }
  }

  @Override
  public OptionalInt size(
      ProtoStreamSizeOperation operation, ByteBufferMarshalledValue<Object> value) {
    if (value.isEmpty()) return OptionalInt.of(0);
    // Unknown on purpose (see the class comment): the writer then measures what it wrote.
    return OptionalInt.empty();
  }

  @SuppressWarnings("unchecked")
  @Override
  public Class<? extends ByteBufferMarshalledValue<Object>> getJavaClass() {
    return (Class<ByteBufferMarshalledValue<Object>>) (Class<?>) ByteBufferMarshalledValue.class;
  }
}
