/**
 * Pilot-city collaboration groups (协作组) of the 2011 public-hospital reform: topics, groups,
 * activities, the obligation schedule, compliance as of a date, host rotation and iCalendar export.
 * Implements seed 001 ({@code 001_5831f49307dc20a1.txt}, 公立医院改革试点工作协作组制度).
 */
@NullMarked
package io.github.yilian.pilot;

import org.jspecify.annotations.NullMarked;
