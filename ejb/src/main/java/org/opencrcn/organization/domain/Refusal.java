package org.opencrcn.organization.domain;

/**
 * Why an organisation, or a line or the whole of a directory file, is refused. Each has a message
 * in the screens' bundle ({@code organization.refusal.NAME}, whose parameter is the detail) and,
 * for the organisation's own fields, the field it is about.
 */
public enum Refusal {
  TYPE_REQUIRED(Field.TYPE),
  TYPE_UNKNOWN(Field.TYPE),
  NAME_REQUIRED(Field.NAME),
  NAME_TOO_LONG(Field.NAME),
  UAI_REQUIRED(Field.UAI),
  UAI_SHAPE(Field.UAI),
  UAI_CHECK_LETTER(Field.UAI),
  UAI_TAKEN(Field.UAI),
  UAI_DUPLICATE_IN_FILE(Field.UAI),
  TOWN_TOO_LONG(Field.TOWN),
  ACADEMY_TOO_LONG(Field.ACADEMY),
  EMAIL_SHAPE(Field.EMAIL),
  UNKNOWN_ORGANIZATION(null),
  FILE_TOO_LARGE(null),
  FILE_EMPTY(null),
  FILE_UNREADABLE(null),
  COLUMNS_MISSING(null);

  /** The fields of an organisation an administrator types in. */
  public enum Field {
    TYPE,
    NAME,
    UAI,
    TOWN,
    ACADEMY,
    EMAIL
  }

  private final Field field;

  Refusal(Field field) {
    this.field = field;
  }

  /** The field in fault, or null for a refusal of a whole file. */
  public Field field() {
    return field;
  }
}
