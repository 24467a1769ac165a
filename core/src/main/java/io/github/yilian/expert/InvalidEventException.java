package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;

/**
 * Thrown when an event cannot follow the events before it in an {@link AdjustmentLog}: dated before
 * the previous event, for an expert who is not active then (a move after a withdrawal, a second
 * appointment while serving), or naming an unknown expert or team.
 *
 * <p>The message names the offending event and its position: {@code "event 3 (2023-05-01 MOVED e12
 * to t3) is invalid: expert e12 is not serving on 2023-05-01"}.
 */
public final class InvalidEventException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The position in the log, from 0. */
  private final int index;

  /** The offending event, in short form. */
  private final String event;

  /** What is wrong, in Chinese; the English is part of the message. */
  private final String chineseProblem;

  InvalidEventException(int index, AdjustmentEvent event, String chineseProblem, String englishProblem) {
    super("event " + index + " (" + event + ") is invalid: " + englishProblem);
    this.index = index;
    this.event = event.toString();
    this.chineseProblem = chineseProblem;
  }

  /**
   * Returns why the event is invalid, naming it, in Chinese and English.
   *
   * @return the reason, such as "event 3 (2023-05-01 MOVED e12 to t3) is invalid: expert e12 is not
   *     serving on 2023-05-01"
   */
  public BilingualText getReason() {
    return BilingualText.of("第 " + index + " 个事件（" + event + "）无效：" + chineseProblem, getMessage());
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
