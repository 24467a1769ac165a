package io.github.yilian.expert;

import io.github.yilian.common.BilingualText;
import io.github.yilian.common.DateRange;
import io.github.yilian.common.SupportedRange;
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
 * 六(四)). Each event is first checked in full without touching the state, then applied, so a
 * rejected event leaves the state exactly as it was. Used by one thread at a time.
 */
final class Replay {

  /**
   * One expert's service: open until the day after its end, which is the term's last day or the last
   * day served of a closing event ({@code closing}); an open service that is closing accepts no more
   * events.
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

    /** Whether the expert serves on {@code date}, which is not before the last event applied. */
    boolean servesOn(LocalDate date) {
      return open && !end.isBefore(date);
    }

    DateRange lastTerm() {
      return terms.get(terms.size() - 1);
    }
  }

  private final ExpertGroup group;
  private final TermPolicy policy;
  private final Map<String, Service> services = new HashMap<>();
  private final Map<String, String> leaders = new HashMap<>();
  private LocalDate lastDate = LocalDate.MIN;

  Replay(ExpertGroup group, TermPolicy policy) {
    this.group = group;
    this.policy = policy;
  }

  /**
   * Checks an event against the state so far and applies it; throws naming it (at {@code index} in
   * its log) if it cannot follow, leaving the state exactly as it was, so a caller may skip it and go
   * on.
   */
  void apply(AdjustmentEvent event, int index) {
    LocalDate date = event.getDate();
    String id = event.getExpert();
    if (date.isBefore(lastDate)) {
      throw invalid(index, event, Reasons.datedBeforePrevious(lastDate));
    }
    if (group.findExpert(id).isEmpty()) {
      throw invalid(index, event, Reasons.notOnRoster(id));
    }
    Optional<String> team = event.getTeam();
    if (team.isPresent() && group.findTeam(team.get()).isEmpty()) {
      throw invalid(index, event, Reasons.notATeam(team.get()));
    }
    Service service = services.get(id);
    if (event.getType() == EventType.APPOINTED) {
      DateRange term = checkAppointment(index, event, service);
      if (service == null) {
        service = new Service(id);
        services.put(id, service);
      }
      expire(service, date);
      appoint(service, event, term);
    } else {
      boolean continues = continuesIntoNextTerm(event, service);
      if (service == null || !continues && !service.servesOn(date)) {
        throw invalid(index, event, Reasons.notServingOn(id, date));
      }
      if (service.closing) {
        throw invalid(index, event, Reasons.leaving(id, service.end));
      }
      checkAdjustment(index, event, service);
      // the expert serves on the date (or continues into the next term): nothing has expired
      adjust(event, service);
    }
    lastDate = date;
  }

  /**
   * A reappointment dated on the first day of the next term (the day after the current term's last
   * day) continues the service without a break, although the current term has ended.
   */
  private static boolean continuesIntoNextTerm(AdjustmentEvent event, Service service) {
    return event.getType() == EventType.REAPPOINTED
        && service != null
        && service.open
        && !service.closing
        && service.end.plusDays(1).equals(event.getDate());
  }

  private DateRange checkAppointment(int index, AdjustmentEvent event, Service service) {
    LocalDate date = event.getDate();
    if (service != null && service.servesOn(date)) {
      throw invalid(index, event, Reasons.alreadyServing(event.getExpert(), date));
    }
    return policy
        .termOfAppointment(group.getTermStart(), date)
        .orElseThrow(() -> invalid(index, event, Reasons.beforeFirstTerm(group.getTermStart())));
  }

  /** Checks an event other than an appointment for an expert serving on its date; changes nothing. */
  private void checkAdjustment(int index, AdjustmentEvent event, Service service) {
    String id = event.getExpert();
    switch (event.getType()) {
      case REAPPOINTED -> {
        LocalDate nextStart = service.end.plusDays(1);
        if (nextStart.isAfter(SupportedRange.MAX_DATE)) {
          throw invalid(index, event, Reasons.nextTermUnsupported(nextStart));
        }
      }
      case MOVED -> {
        String team = event.getTeam().orElseThrow();
        if (team.equals(service.team)) {
          throw invalid(index, event, Reasons.alreadyInTeam(id, team));
        }
      }
      case MADE_LEADER -> {
        if (service.role == Role.LEADER) {
          throw invalid(index, event, Reasons.alreadyLeads(id, service.team));
        }
      }
      case TERM_ENDED -> {
        if (!event.getDate().equals(service.end)) {
          throw invalid(index, event, Reasons.termEndsOtherDay(id, service.end));
        }
      }
      default -> {
        // a withdrawal or a dismissal may fall on any day served
      }
    }
  }

  private static void appoint(Service service, AdjustmentEvent event, DateRange term) {
    service.terms.clear();
    service.terms.add(term);
    service.end = term.getEnd();
    service.open = true;
    service.closing = false;
    service.team = event.getTeam().orElseThrow();
    service.role = Role.MEMBER;
    service.segmentStart = event.getDate();
  }

  private void adjust(AdjustmentEvent event, Service service) {
    LocalDate date = event.getDate();
    switch (event.getType()) {
      case REAPPOINTED -> {
        DateRange next = policy.nextTerm(service.lastTerm());
        service.terms.add(next);
        service.end = next.getEnd();
      }
      case MOVED -> {
        startSegment(service, date, Role.MEMBER);
        leaders.remove(service.team, service.expert);
        service.team = event.getTeam().orElseThrow();
      }
      case MADE_LEADER -> makeLeader(service, date);
      default -> {
        // WITHDREW, DISMISSED, TERM_ENDED: the date is the last day served
        service.closing = true;
        service.end = date;
      }
    }
  }

  private void makeLeader(Service service, LocalDate date) {
    String previous = leaders.put(service.team, service.expert);
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

  /** Closes an open service whose end is before {@code date}. */
  private void expire(Service service, LocalDate date) {
    if (service.open && service.end.isBefore(date)) {
      service.history.add(ServicePeriod.of(service.team, service.role, DateRange.of(service.segmentStart, service.end)));
      service.open = false;
      leaders.remove(service.team, service.expert);
    }
  }

  private static InvalidEventException invalid(int index, AdjustmentEvent event, BilingualText problem) {
    return new InvalidEventException(index, event, problem);
  }

  /**
   * Returns the group and every tenure on {@code date}, which is not before the last event. Closes
   * the services that ended before it, so the replay takes no more events afterwards.
   */
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
      if (service.closing) {
        tenure.lastDayServed(service.end);
      }
    } else {
      tenure.daysRemaining(0).dueForReview(false);
      if (!history.isEmpty()) {
        tenure.lastDayServed(history.get(history.size() - 1).getPeriod().getEnd());
      }
    }
    long served = 0;
    for (ServicePeriod period : history) {
      served += period.getPeriod().lengthInDays();
    }
    return tenure.active(service.open).daysServed(served).history(history).build();
  }
}
