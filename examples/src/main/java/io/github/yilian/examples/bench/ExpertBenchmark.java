package io.github.yilian.examples.bench;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.Finding;
import io.github.yilian.expert.AdjustmentEvent;
import io.github.yilian.expert.AdjustmentLog;
import io.github.yilian.expert.Expert;
import io.github.yilian.expert.ExpertGroup;
import io.github.yilian.expert.ExpertTeam;
import io.github.yilian.expert.Expertise;
import io.github.yilian.expert.GroupChecker;
import io.github.yilian.expert.GroupState;
import io.github.yilian.expert.Province;
import io.github.yilian.expert.Sector;
import io.github.yilian.expert.TieredCareExpertGroupMeasures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A national expert group of 2,000 experts in six teams over the 31 provinces, with a log of 10,000
 * adjustments over three years: replaying it for every expert's tenure, building (and checking) the
 * log, and checking the group's coverage and composition.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExpertBenchmark {

  private static final int EXPERTS = 2_000;
  private static final int TEAMS = 6;
  private static final int ADJUSTMENTS = 8_000;
  private static final LocalDate START = LocalDate.of(2022, 1, 1);
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  private ExpertGroup founding;
  private List<AdjustmentEvent> events;
  private AdjustmentLog log;
  private GroupState state;
  private final GroupChecker checker = GroupChecker.of(TieredCareExpertGroupMeasures.compositionPolicy());

  /** Builds the group and a valid log: appointments, then rounds of moves, new leaders, reappointments and withdrawals. */
  @Setup
  public void setUp() {
    List<Expert> roster = new ArrayList<>();
    for (int i = 0; i < EXPERTS; i++) {
      roster.add(
          Expert.builder().id("e" + i).name("专家" + i).sector(Sector.values()[i % Sector.values().length])
              .addFields(Expertise.values()[i % Expertise.values().length]).senior(i < 100).build());
    }
    List<Province> provinces = List.copyOf(EnumSet.copyOf(Province.mainland()));
    List<ExpertTeam> teams = new ArrayList<>();
    for (int t = 0; t < TEAMS; t++) {
      Set<Province> own = EnumSet.noneOf(Province.class);
      for (int p = t; p < provinces.size(); p += TEAMS) {
        own.add(provinces.get(p));
      }
      teams.add(ExpertTeam.builder().id("t" + t).name(BilingualText.of("第" + t + "组", "team " + t)).provinces(own).build());
    }
    founding =
        ExpertGroup.builder()
            .name(BilingualText.of("专家组", "expert group"))
            .managementOffice(BilingualText.of("管理办公室", "management office"))
            .termStart(START)
            .coveredProvinces(Province.mainland())
            .teams(teams)
            .roster(roster)
            .build();
    events = new ArrayList<>();
    int[] team = new int[EXPERTS];
    for (int i = 0; i < EXPERTS; i++) {
      team[i] = i % TEAMS;
      events.add(AdjustmentEvent.appointed(START, "e" + i, "t" + team[i]));
    }
    for (int i = 0; i < ADJUSTMENTS; i++) {
      LocalDate day = START.plusDays(1 + i * 1095L / ADJUSTMENTS);
      int expert = i % EXPERTS;
      int round = i / EXPERTS;
      String id = "e" + expert;
      if (round == 1 && expert < 60) {
        events.add(AdjustmentEvent.madeLeader(day, id));
      } else if (round < 3) {
        team[expert] = (team[expert] + 1) % TEAMS;
        events.add(AdjustmentEvent.moved(day, id, "t" + team[expert]));
      } else {
        events.add(expert < 1_900 ? AdjustmentEvent.reappointed(day, id) : AdjustmentEvent.withdrew(day, id));
      }
    }
    log = AdjustmentLog.of(founding, TieredCareExpertGroupMeasures.termPolicy(), events);
    state = log.stateOn(AS_OF);
  }

  /**
   * Replays the 10,000 events and computes the tenure of all 2,000 experts on the last day.
   *
   * @return the state
   */
  @Benchmark
  public GroupState tenureOfEveryExpert() {
    return log.stateOn(AS_OF);
  }

  /**
   * Builds the log, checking every event against the state before it.
   *
   * @return the log
   */
  @Benchmark
  public AdjustmentLog buildAndCheckLog() {
    return AdjustmentLog.of(founding, TieredCareExpertGroupMeasures.termPolicy(), events);
  }

  /**
   * Checks coverage, leaders, sectors and liaisons of the replayed group.
   *
   * @return the findings
   */
  @Benchmark
  public List<Finding> checkGroup() {
    return checker.check(state.getGroup());
  }
}
