package io.github.yilian.json;

import io.github.yilian.alliance.AllianceAssessmentRecord;
import io.github.yilian.alliance.HaikouAllianceRubric2021;
import io.github.yilian.alliance.Rubric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How Yilian models are written to JSON and read back: whether personal data is written, whether a
 * result embeds its inputs, and which rubrics and records a result written without them refers to.
 *
 * <p>The defaults ({@link #defaults()}) leave personal data out ({@link PersonalData#PSEUDONYMISE}),
 * write an {@code AllianceAssessment} with its evidence record and rubric by reference (the
 * alliance id and year, the rubric id) and know the preset rubric
 * {@link HaikouAllianceRubric2021#rubric()}. Build others with {@link #builder()}:
 * {@code JsonSettings.builder().personalData(PersonalData.INCLUDE).embedInputs(true).build()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonSettings {

  private static final JsonSettings DEFAULTS = builder().build();

  private final PersonalData personalData;
  private final boolean embedInputs;
  private final Map<String, Rubric> rubrics;
  private final Map<RecordKey, AllianceAssessmentRecord> records;

  private JsonSettings(Builder builder) {
    this.personalData = builder.personalData;
    this.embedInputs = builder.embedInputs;
    this.rubrics = Map.copyOf(builder.rubrics);
    this.records = Map.copyOf(builder.records);
  }

  /**
   * Returns the default settings: no personal data, inputs by reference, the preset rubric known.
   *
   * @return the defaults
   */
  public static JsonSettings defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether personal data is written.
   *
   * @return {@link PersonalData#PSEUDONYMISE} unless the caller opted in to
   *     {@link PersonalData#INCLUDE}
   */
  public PersonalData getPersonalData() {
    return personalData;
  }

  /**
   * Returns whether a result embeds its whole inputs: an {@code AllianceAssessment} its evidence
   * record and its rubric. Without, it names them (the alliance id and year, the rubric id) and
   * reading it back finds them among {@link #getRubrics()} and {@link #getRecords()}.
   *
   * @return true if inputs are embedded
   */
  public boolean isEmbedInputs() {
    return embedInputs;
  }

  /**
   * Returns the rubrics a result written without its rubric may name: the preset
   * {@link HaikouAllianceRubric2021#rubric()} and those added with
   * {@link Builder#addRubrics(Rubric...)}.
   *
   * @return the rubrics, unmodifiable
   */
  public List<Rubric> getRubrics() {
    return List.copyOf(rubrics.values());
  }

  /**
   * Returns the evidence records an assessment written without its record may name, added with
   * {@link Builder#addRecords(AllianceAssessmentRecord...)}.
   *
   * @return the records, unmodifiable
   */
  public List<AllianceAssessmentRecord> getRecords() {
    return List.copyOf(records.values());
  }

  /**
   * Finds a rubric by its id.
   *
   * @param id the rubric's id, not null
   * @return the rubric, or empty if none of the settings' rubrics has that id
   */
  public Optional<Rubric> rubric(String id) {
    return Optional.ofNullable(rubrics.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Finds the evidence record of an alliance and year.
   *
   * @param allianceId the alliance's id, not null
   * @param year the assessment year
   * @return the record, or empty if none was added
   */
  public Optional<AllianceAssessmentRecord> record(String allianceId, int year) {
    return Optional.ofNullable(records.get(new RecordKey(Objects.requireNonNull(allianceId, "allianceId"), year)));
  }

  /**
   * Checks whether another object holds the same settings.
   *
   * @param obj the object to check
   * @return true if it is equal settings
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof JsonSettings other
        && personalData == other.personalData
        && embedInputs == other.embedInputs
        && rubrics.equals(other.rubrics)
        && records.equals(other.records);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(personalData, embedInputs, rubrics.keySet(), records.keySet());
  }

  /**
   * Returns the settings in short, such as {@code "JsonSettings{PSEUDONYMISE, inputs by reference,
   * rubrics [haikou-alliance-2021], 0 records}"}.
   *
   * @return a description without any personal data
   */
  @Override
  public String toString() {
    return "JsonSettings{" + personalData + ", inputs " + (embedInputs ? "embedded" : "by reference")
        + ", rubrics " + rubrics.keySet().stream().sorted().toList() + ", " + records.size() + " records}";
  }

  private record RecordKey(String allianceId, int year) {}

  /**
   * Builds {@link JsonSettings}, starting from the defaults.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {

    private PersonalData personalData = PersonalData.PSEUDONYMISE;
    private boolean embedInputs;
    private final Map<String, Rubric> rubrics = new LinkedHashMap<>();
    private final Map<RecordKey, AllianceAssessmentRecord> records = new LinkedHashMap<>();

    private Builder() {
      Rubric preset = HaikouAllianceRubric2021.rubric();
      rubrics.put(preset.getId(), preset);
    }

    /**
     * Sets whether personal data is written; the named opt-in is
     * {@code personalData(PersonalData.INCLUDE)}.
     *
     * @param personalData the choice, not null
     * @return this builder
     */
    public Builder personalData(PersonalData personalData) {
      this.personalData = Objects.requireNonNull(personalData, "personalData");
      return this;
    }

    /**
     * Sets whether a result embeds its whole inputs (an assessment its evidence record and rubric);
     * false by default.
     *
     * @param embedInputs true to embed them
     * @return this builder
     */
    public Builder embedInputs(boolean embedInputs) {
      this.embedInputs = embedInputs;
      return this;
    }

    /**
     * Adds rubrics that results written without their rubric may name; a rubric with the id of one
     * already known replaces it.
     *
     * @param rubrics the rubrics, none null
     * @return this builder
     */
    public Builder addRubrics(Rubric... rubrics) {
      Objects.requireNonNull(rubrics, "rubrics");
      for (int i = 0; i < rubrics.length; i++) {
        Rubric rubric = Objects.requireNonNull(rubrics[i], "rubrics[" + i + "]");
        this.rubrics.put(rubric.getId(), rubric);
      }
      return this;
    }

    /**
     * Adds evidence records that assessments written without their record may name, by alliance id
     * and year; a record of the same alliance and year replaces one already added.
     *
     * @param records the records, none null
     * @return this builder
     */
    public Builder addRecords(AllianceAssessmentRecord... records) {
      Objects.requireNonNull(records, "records");
      for (int i = 0; i < records.length; i++) {
        AllianceAssessmentRecord record = Objects.requireNonNull(records[i], "records[" + i + "]");
        this.records.put(new RecordKey(record.getAlliance().getId(), record.getYear()), record);
      }
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public JsonSettings build() {
      return new JsonSettings(this);
    }
  }
}
