package io.github.yilian.json;

/**
 * Whether JSON carries personal data: an expert's phone and ID number, a referred patient's id, a
 * trainee's id and the id of a party-group member paired with a county.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PersonalData {

  /**
   * The default: an expert's phone and ID number are left out, and each patient, trainee and
   * party-group member id is replaced by a pseudonym ({@code "patient-1"}, {@code "trainee-1"},
   * {@code "member-1"}, numbered in order of first appearance within one written value), so the
   * same person keeps one pseudonym within a document (counts of distinct people, and so scores,
   * are unchanged) and no pseudonym can be traced back to the person or linked across documents.
   */
  PSEUDONYMISE,

  /** Personal data is written as it is; choose it only where the receiver may hold the data. */
  INCLUDE
}
