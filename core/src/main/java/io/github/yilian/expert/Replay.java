package io.github.yilian.expert;

import io.github.yilian.common.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays adjustment events in order, checking each against the state before it (seed 000, 二(四),
 * 六(四)). Used by one thread for one replay, then dropped.
 */
final class Replay {

  /**
   * One expert's service: open until the day after its end, which is the term's last day or the date
   * of a closing event ({@code closing}); an open service that is closing accepts no more events.
   */
  private static final class Service {
    private final String expert;
    private final List<ServicePeriod> history = new ArrayList<>();
    private String team = "";
    private Role role = Role.MEMBER;
    private LocalDate segmentStart = LocalDate.MIN;
    /** The terms of the current appointment, the last one moved on by each reappointment. */
    private final List<DateRange> terms = new ArrayList<>();
    private LocalDate end = LocalDate.MIN;
    private boolean open;
    private boolean closing;

    Service(String expert) {
      this.expert = expert;
    }
  }

  private final ExpertGroup group;
  private final TermPolicy policy;
  private final Map<String, Service> services = new HashMap<>();
  private final Map<String, String> leaders = new HashMap<>();
  private LocalDate lastDate = LocalDate.MIN;
  /** The position of the event being applied, from 0; -1 before the first. */
  private int index = -1;

  Replay(ExpertGroup group, TermPolicy policy) {
    this.group = group;
    this.policy = policy;
  }

  /**
   * Checks the next event against the state so far and applies it; throws naming it if it cannot
   * follow, leaving the state as it was, so a caller may skip it and go on.
   */
  void apply(AdjustmentEvent event) {
    index++;
    LocalDate date = event.getDate();
    if (date.isBefore(lastDate)) {
      throw invalid(event, "日期早于前一事件的日期 " + lastDate, "it is dated before the previous event, dated " + lastDate);
    }
    String id = event.getExpert();
    Service service = services.get(id);
    if (service == null) {
      if (group.findExpert(id).isEmpty()) {
        throw invalid(event, "专家 " + id + " 不在专家名册中", "expert " + id + " is not on the group's roster");
      }
      service = new Service(id);
      services.put(id, service);
    }
    event.getTeam()
        .filter(team -> group.findTeam(team).isEmpty())
        .ifPresent(team -> { throw invalid(event, "小组 " + team + " 不是本专家组的小组", "team " + team + " is not a team of the group"); });
    expire(service, date);
    if (event.getType() == EventType.APPOINTED) {
      appoint(event, service);
    } else if (!service.open) {
      throw invalid(event, "专家 " + id + " 于 " + date + " 不在聘", "expert " + id + " is not serving on " + date);
    } else if (service.closing) {
      throw invalid(event, "专家 " + id + " 的聘任于 " + service.end + " 结束", "the service of expert " + id + " ends on " + service.end);
    } else {
      adjust(event, service);
    }
    lastDate = date;
  }

  private void appoint(AdjustmentEvent event, Service service) {
    LocalDate date = event.getDate();
    if (service.open) {
      throw invalid(event, "专家 " + event.getExpert() + " 于 " + date + " 已在聘", "expert " + event.getExpert() + " is already serving on " + date);
    }
    DateRange term =
        policy
            .termOfAppointment(group.getTermStart(), date)
            .orElseThrow(() -> invalid(event, "日期早于专家组首个聘期的开始日期 " + group.getTermStart(), "it is dated before the group's first term starts on " + group.getTermStart()));
    service.terms.clear();
    service.terms.add(term);
    service.end = term.getEnd();
    service.open = true;
    service.closing = false;
    service.team = event.getTeam().orElseThrow();
    service.role = Role.MEMBER;
    service.segmentStart = date;
  }

  private void adjust(AdjustmentEvent event, Service service) {
    LocalDate date = event.getDate();
    switch (event.getType()) {
      case REAPPOINTED -> {
        DateRange next = policy.nextTerm(service.terms.get(service.terms.size() - 1));
        service.terms.add(next);
        service.end = next.getEnd();
      }
      case MOVED -> move(event, service);
      case MADE_LEADER -> makeLeader(event, service);
      case TERM_ENDED -> {
        if (!date.equals(service.end)) {
          throw invalid(event, "专家 " + event.getExpert() + " 的聘期于 " + service.end + " 届满", "the term of expert " + event.getExpert() + " ends on " + service.end);
        }
        close(service, date);
      }
      default -> close(service, date);
    }
  }

  private void move(AdjustmentEvent event, Service service) {
    String team = event.getTeam().orElseThrow();
    if (team.equals(service.team)) {
      throw invalid(event, "专家 " + event.getExpert() + " 已在小组 " + team, "expert " + event.getExpert() + " is already in team " + team);
    }
    startSegment(service, event.getDate(), Role.MEMBER);
    leaders.remove(service.team, service.expert);
    service.team = team;
  }

  private void makeLeader(AdjustmentEvent event, Service service) {
    if (service.role == Role.LEADER) {
      throw invalid(event, "专家 " + event.getExpert() + " 已是小组 " + service.team + " 的组长", "expert " + event.getExpert() + " already leads team " + service.team);
    }
    LocalDate date = event.getDate();
    String previous = leaders.put(service.team, event.getExpert());
    if (previous != null) {
      Service former = services.get(previous);
      expire(former, date);
      if (former.open) {
        startSegment(former, date, Role.MEMBER);
      }
    }
    startSegment(service, date, Role.LEADER);
  }

  /** Ends the current segment the day before {@code date} (if it has days) and starts a new one. */
  private static void startSegment(Service service, LocalDate date, Role role) {
    if (service.segmentStart.isBefore(date)) {
      service.history.add(ServicePeriod.of(service.team, service.role, DateRange.of(service.segmentStart, date.minusDays(1))));
    }
    service.segmentStart = date;
    service.role = role;
  }

  /** Marks the service as ending on {@code lastDay}, which is still served. */
  private static void close(Service service, LocalDate lastDay) {
    service.closing = true;
    service.end = lastDay;
  }

  /** Closes an open service whose end is before {@code date}. */
  private void expire(Service service, LocalDate date) {
    if (service.open && service.end.isBefore(date)) {
      service.history.add(ServicePeriod.of(service.team, service.role, DateRange.of(service.segmentStart, service.end)));
      service.open = false;
      leaders.remove(service.team, service.expert);
    }
  }

  private InvalidEventException invalid(AdjustmentEvent event, String chinese, String english) {
    return new InvalidEventException(index, event, chinese, english);
  }

  /** Returns the group and every tenure on {@code date}, which is not before the last event. */
  GroupState stateOn(LocalDate date) {
    services.values().forEach(service -> expire(service, date));
    List<Tenure> tenures = new ArrayList<>(group.getRoster().size());
    Map<String, Set<String>> members = new HashMap<>();
    for (Expert expert : group.getRoster()) {
      Service service = services.get(expert.getId());
      tenures.add(tenure(expert.getId(), service, date));
      if (service != null && service.open) {
        members.computeIfAbsent(service.team, team -> new LinkedHashSet<>()).add(expert.getId());
      }
    }
    List<ExpertTeam> teams = new ArrayList<>(group.getTeams().size());
    for (ExpertTeam team : group.getTeams()) {
      teams.add(
          ExpertTeam.builder()
              .id(team.getId())
              .name(team.getName())
              .provinces(team.getProvinces())
              .members(members.getOrDefault(team.getId(), Set.of()))
              .leader(Optional.ofNullable(leaders.get(team.getId())))
              .build());
    }
    ExpertGroup state =
        ExpertGroup.builder()
            .name(group.getName())
            .managementOffice(group.getManagementOffice())
            .termStart(group.getTermStart())
            .coveredProvinces(group.getCoveredProvinces())
            .liaisons(group.getLiaisons())
            .roster(group.getRoster())
            .teams(teams)
            .build();
    return GroupState.of(date, state, tenures);
  }

  /** Returns the term of the service that contains {@code date}, which the service covers. */
  private static DateRange currentTerm(Service service, LocalDate date) {
    int i = service.terms.size() - 1;
    while (service.terms.get(i).getStart().isAfter(date)) {
      i--;
    }
    return service.terms.get(i);
  }

  private Tenure tenure(String expert, Service service, LocalDate date) {
    ImmutableTenure.Builder tenure = ImmutableTenure.builder().expert(expert).date(date);
    if (service == null) {
      return tenure.active(false).daysRemaining(0).dueForReview(false).daysServed(0).build();
    }
    List<ServicePeriod> history = new ArrayList<>(service.history);
    if (service.open) {
      history.add(ServicePeriod.of(service.team, service.role, DateRange.of(service.segmentStart, date)));
      DateRange term = currentTerm(service, date);
      LocalDate last = service.closing ? service.end : term.getEnd();
      long left = ChronoUnit.DAYS.between(date, last);
      boolean lastTerm = service.end.equals(term.getEnd());
      tenure.team(service.team).role(service.role).term(term).daysRemaining(left + 1)
          .dueForReview(!service.closing && lastTerm && left <= policy.getReviewWindowDays());
    } else {
      tenure.daysRemaining(0).dueForReview(false);
    }
    long served = 0;
    for (ServicePeriod period : history) {
      served += period.getPeriod().lengthInDays();
    }
    return tenure.active(service.open).daysServed(served).history(history).build();
  }
}
