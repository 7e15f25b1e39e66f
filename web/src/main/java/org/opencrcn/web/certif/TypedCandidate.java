package org.opencrcn.web.certif;

import java.io.Serializable;
import java.time.LocalDate;
import org.opencrcn.certification.domain.CandidateIdentity;

/** The fields of the "add a candidate" form, as typed (checked by the service on enrolment). */
public class TypedCandidate implements Serializable {
  private static final long serialVersionUID = 1L;

  String familyName;
  String firstName;
  String sex;
  LocalDate birthdate;
  String birthTown;
  String birthDepartment;
  String birthCountry;
  String externalId;
  Integer extraTime;
  String email;

  /** The form shows this identity (empty for null). */
  void fill(CandidateIdentity identity) {
    familyName = identity == null ? null : identity.familyName();
    firstName = identity == null ? null : identity.firstName();
    sex = identity == null ? null : identity.sex();
    birthdate = identity == null ? null : identity.birthdate();
    birthTown = identity == null ? null : identity.birthTown();
    birthDepartment = identity == null ? null : identity.birthDepartment();
    birthCountry = identity == null ? null : identity.birthCountry();
    externalId = identity == null ? null : identity.externalId();
    extraTime = identity == null ? null : identity.extraTimePercent();
    email = identity == null ? null : identity.resultRecipientEmail();
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public LocalDate getBirthdate() {
    return birthdate;
  }

  public void setBirthdate(LocalDate birthdate) {
    this.birthdate = birthdate;
  }

  public String getBirthTown() {
    return birthTown;
  }

  public void setBirthTown(String birthTown) {
    this.birthTown = birthTown;
  }

  public String getBirthDepartment() {
    return birthDepartment;
  }

  public void setBirthDepartment(String birthDepartment) {
    this.birthDepartment = birthDepartment;
  }

  public String getBirthCountry() {
    return birthCountry;
  }

  public void setBirthCountry(String birthCountry) {
    this.birthCountry = birthCountry;
  }

  public String getExternalId() {
    return externalId;
  }

  public void setExternalId(String externalId) {
    this.externalId = externalId;
  }

  public Integer getExtraTime() {
    return extraTime;
  }

  public void setExtraTime(Integer extraTime) {
    this.extraTime = extraTime;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
