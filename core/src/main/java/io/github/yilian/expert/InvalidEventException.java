package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;

/**
 * Thrown when an event cannot follow the events before it in an {@link AdjustmentLog}: dated before
 * the previous event, for an expert who is not active then (a move after a withdrawal, a second
 * appointment while serving), or naming an unknown expert or team.
 *
 * <p>The message names the offending event and its place in the log, counting from 1:
 * {@code "the 4th event (2023-05-01 MOVED e12 to t3) is invalid: expert e12 is not serving on
 * 2023-05-01"}; {@link #getIndex()} gives the same place counting from 0.
 */
public final class InvalidEventException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The position in the log, from 0. */
  private final int index;

  /** The offending event, in short form. */
  private final String event;

  /** The reason, naming the event, in both languages. */
  private final BilingualText reason;

  InvalidEventException(int index, AdjustmentEvent event, BilingualText problem) {
    super(Reasons.englishInvalidEvent(index, event, problem.getEnglish()));
    this.index = index;
    this.event = event.toString();
    this.reason = Reasons.invalidEvent(index, event, problem);
  }

  /**
   * Returns why the event is invalid, naming it, in Chinese and English.
   *
   * @return the reason, such as "第 4 个事件（2023-05-01 专家 e12 调整至小组 t3）无效：专家 e12 于
   *     2023-05-01 不在聘" and "the 4th event (2023-05-01 MOVED e12 to t3) is invalid: expert e12 is
   *     not serving on 2023-05-01"
   */
  public BilingualText getReason() {
    return reason;
  }

  /**
   * Returns the position of the offending event in the log, counting from 0.
   *
   * @return the index
   */
  public int getIndex() {
    return index;
  }

  /**
   * Returns the offending event in short form, such as {@code "2023-05-01 MOVED e12 to t3"}.
   *
   * @return the event
   */
  public String getEvent() {
    return event;
  }
}
