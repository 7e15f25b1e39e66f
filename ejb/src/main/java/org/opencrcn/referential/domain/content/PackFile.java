package org.opencrcn.referential.domain.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file of a pack's files/ folder (an attachment or an illustration) with its bytes. Its SHA-256
 * identifies its content: the platform stores each content once, whatever its name.
 */
public final class PackFile {
  /**
   * The folder of a pack that holds its files; a challenge names a file by its path from the pack.
   */
  public static final String FOLDER = "files/";

  /** The largest file a pack may ship: pupils download it, often on a school's shared line. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  private final String path;
  private final byte[] bytes;
  private String sha256;

  public PackFile(String path, byte[] bytes) {
    this.path = path;
    this.bytes = bytes;
  }

  public String path() {
    return path;
  }

  /** The file name, without its folders: the name a download gets. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  public long size() {
    return bytes.length;
  }

  /** The bytes, not copied (files go up to 10 MB): read them, never change them. */
  public byte[] bytes() {
    return bytes;
  }

  /** Lower-case hexadecimal SHA-256 of the bytes. */
  public String sha256() {
    if (sha256 == null) {
      try {
        sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Every Java platform has SHA-256", e);
      }
    }
    return sha256;
  }
}
