package org.opencrcn.identity.application;

import java.io.Serializable;
import java.util.List;

/** What attaching will do: this ENT identity (its name, its schools) will open this account. */
public record AttachmentPreview(
    String entName, List<String> entUais, String accountName, String accountUsername)
    implements Serializable {}
