package org.lcmhub.appointments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lcmhub.appointments.model.SessionNote;
import org.lcmhub.appointments.model.SlotInput;
import org.lcmhub.appointments.store.AppointmentStore;
import org.lcmhub.appointments.store.dynamodb.DynamoAppointmentStore;
import org.lcmhub.auth.StaffClaims;
import org.lcmhub.cohort.CohortErrors;
import org.lcmhub.cohort.store.dynamodb.DynamoCohortStore;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.http.ApiRequest;
import org.lcmhub.http.ApiResponse;
import org.lcmhub.http.Fields;
import org.lcmhub.http.Router;
import org.lcmhub.learner.LearnerAuth;
import org.lcmhub.learner.store.dynamodb.DynamoLearnerStore;
import org.lcmhub.mail.Mailer;
import org.lcmhub.mail.Mailers;
import org.lcmhub.mail.Messages;
import org.lcmhub.mentor.store.MentorStore;
import org.lcmhub.mentor.store.dynamodb.DynamoMentorStore;
import org.lcmhub.plans.PersonalPlan;
import org.lcmhub.plans.store.PlanStore;
import org.lcmhub.plans.store.dynamodb.DynamoPlanStore;
import org.lcmhub.store.Dynamo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Regular 1:1s. The mentor's routes (StaffJwt, mentor group) under
 * {@code /api/mentors/me/mentees/{learnerId}/}: {@code one-to-one} (PUT sets or changes, DELETE
 * cancels), {@code one-to-one/preview} (POST: the meetings a PUT would plan, on both clocks, saved nowhere), {@code one-to-one/meetings/{date}} (PUT moves, DELETE cancels one meeting), {@code one-to-one.ics}, {@code sessions} (POST, GET); the cohort's LCM team reads
 * {@code /api/cohorts/{cohortId}/learners/{learnerId}/sessions}; the learner downloads
 * {@code /api/me/one-to-one.ics} with their personal key.
 */
public class AppointmentsHandler extends ApiHandler {
    private static final String MENTEE = "/api/mentors/me/mentees/{learnerId}";
    /** The 409 of accepting a proposal whose time has passed. */
    static final String PROPOSAL_PAST = "proposal_past";
    /** The 409 of a time over another meeting of the series (a move, a proposal, its acceptance, a change of the times). */
    static final String MEETING_OVERLAP = "meeting_overlap";
    private final OneToOneService service;
    private final MeetingProposals proposals;
    private final LearnerAuth learners;

    /** Used by Lambda. */
    public AppointmentsHandler() {
        this(Dynamo.client(), Dynamo.tableName());
    }

    private AppointmentsHandler(DynamoDbClient dynamo, String table) {
        this(new DynamoAppointmentStore(dynamo, table), new DynamoMentorStore(dynamo, table), Mailers.queue(dynamo, table),
                Messages.fromEnv(), Clock.systemUTC(), dynamo, table);
    }

    private AppointmentsHandler(DynamoAppointmentStore store, DynamoMentorStore mentors, Mailer mailer,
                                Messages messages, Clock clock, DynamoDbClient dynamo, String table) {
        this(new OneToOneService(store, new DynamoCohortStore(dynamo, table), mentors, mailer, messages, clock,
                        ownEnd(new DynamoPlanStore(dynamo, table))),
                store, mentors, mailer, messages, clock, new LearnerAuth(new DynamoLearnerStore(dynamo, table)));
    }

    private AppointmentsHandler(OneToOneService service, AppointmentStore store, MentorStore mentors, Mailer mailer,
                                Messages messages, Clock clock, LearnerAuth learners) {
        this(service, new MeetingProposals(store, service, mentors, mailer, messages, clock), learners);
    }

    public AppointmentsHandler(OneToOneService service, MeetingProposals proposals, LearnerAuth learners) {
        this.service = service;
        this.proposals = proposals;
        this.learners = learners;
    }

    /** A learner's personal plan's end, when one was ever saved: their 1:1s may run until then. */
    private static Function<String, LocalDate> ownEnd(PlanStore plans) {
        return learnerId -> {
            PersonalPlan plan = plans.current(learnerId);
            return plan == null ? null : plan.endDate();
        };
    }

    @Override
    protected void routes(Router router) {
        router.route("PUT", MENTEE + "/one-to-one", r -> guarded(() -> set(r)));
        router.route("DELETE", MENTEE + "/one-to-one", r -> guarded(() -> {
            service.cancel(StaffClaims.mentor(r), r.pathParameter("learnerId"));
            return ApiResponse.ok(Map.of("cancelled", true));
        }));
        router.get(MENTEE + "/one-to-one", r -> guarded(() -> series(
                service.series(StaffClaims.mentor(r), r.pathParameter("learnerId")))));
        router.post(MENTEE + "/one-to-one/preview", r -> guarded(() -> preview(r)));
        router.route("PUT", MENTEE + "/one-to-one/meetings/{date}", r -> guarded(() -> changeMeeting(r, false)));
        router.route("DELETE", MENTEE + "/one-to-one/meetings/{date}", r -> guarded(() -> changeMeeting(r, true)));
        router.post(MENTEE + "/one-to-one/meetings/{date}/proposal/answer", r -> guarded(() -> answer(r)));
        router.post("/api/me/one-to-one/meetings/{date}/proposal", r -> LearnerAuth.guarded(() -> guarded(() ->
                propose(r))));
        router.get(MENTEE + "/one-to-one.ics", r -> guarded(() -> ics(
                service.mentorIcs(StaffClaims.mentor(r), r.pathParameter("learnerId")))));
        router.post(MENTEE + "/sessions", r -> guarded(() -> addSession(r)));
        router.get(MENTEE + "/sessions", r -> guarded(() -> sessions(
                service.sessionsForMentor(StaffClaims.mentor(r), r.pathParameter("learnerId")))));
        router.get("/api/cohorts/{cohortId}/learners/{learnerId}/sessions", r -> guarded(() -> teamSessions(
                CohortErrors.asTeam(() -> service.sessionsForTeam(StaffClaims.lcm(r), r.pathParameter("cohortId"),
                        r.pathParameter("learnerId"))))));
        router.get("/api/me/one-to-one.ics", r -> LearnerAuth.guarded(() -> guarded(() -> ics(
                service.learnerIcs(learners.authenticate(LearnerAuth.bearer(r)).learner())))));
    }

    private static SlotInput slot(ApiRequest request) {
        Fields f = new Fields(request.bodyObject());
        SlotInput in = new SlotInput(f.text("day"), f.text("time"), f.integer("durationMinutes"), f.text("firstDate"),
                f.integer("weeks"), f.text("location"));
        f.throwIfInvalid();
        return in;
    }

    private ApiResponse set(ApiRequest request) {
        var mentor = StaffClaims.mentor(request);
        OneToOneService.Saved saved = service.set(mentor, request.pathParameter("learnerId"), slot(request));
        Map<String, Object> body = Map.of("oneToOne", view(saved.appointment()));
        return saved.created() ? ApiResponse.created(body) : ApiResponse.ok(body);
    }

    private ApiResponse preview(ApiRequest request) {
        var p = service.preview(StaffClaims.mentor(request), request.pathParameter("learnerId"), slot(request));
        Map<String, Object> v = new java.util.LinkedHashMap<>(OneToOneViews.preview(p.series(), p.learnerZone()));
        // For the page to say it before saving: nothing changes, moved meetings to come stay as they
        // are, or the mentee's proposals for meetings the change moves are withdrawn.
        v.put("unchanged", p.unchanged());
        v.put("keptChanges", p.keptChanges());
        // Moved meetings to come whose dates the new rule does not have: they stay, besides the ones asked.
        v.put("keptApart", p.keptApart());
        v.put("withdrawnProposals", p.withdrawnProposals());
        return ApiResponse.ok(Map.of("preview", v));
    }

    private ApiResponse changeMeeting(ApiRequest request, boolean cancel) {
        var mentor = StaffClaims.mentor(request);
        String date = null;
        String time = null;
        if (!cancel) {
            Fields f = new Fields(request.bodyObject());
            date = f.text("date");
            time = f.text("time");
            f.throwIfInvalid();
        }
        var a = service.changeMeeting(mentor, request.pathParameter("learnerId"), request.pathParameter("date"), date,
                time, cancel);
        return series(a);
    }

    private ApiResponse series(org.lcmhub.pairing.Appointment a) {
        return ApiResponse.ok(Map.of("oneToOne", view(a)));
    }

    private Map<String, Object> view(org.lcmhub.pairing.Appointment a) {
        return OneToOneViews.forMentor(a, service.proposals(a.learnerId()), service.learnerZone(a.learnerId()),
                service.mentorZone(a.mentorId()), service.now());
    }

    private ApiResponse propose(ApiRequest request) {
        var learner = learners.authenticate(LearnerAuth.bearer(request)).learner();
        Fields f = new Fields(request.bodyObject());
        String date = f.text("date");
        String time = f.text("time");
        String message = f.text("message");
        f.throwIfInvalid();
        var p = proposals.propose(learner, request.pathParameter("date"), date, time, message);
        var series = service.currentSeries(learner.learnerId());
        return ApiResponse.created(Map.of("proposal", OneToOneViews.proposal(p, series.zone(),
                java.time.ZoneId.of(learner.timezone()), p.proposedAt())));
    }

    private ApiResponse answer(ApiRequest request) {
        var mentor = StaffClaims.mentor(request);
        Fields f = new Fields(request.bodyObject());
        String answer = f.text("answer");
        String message = f.text("message");
        f.throwIfInvalid();
        return series(proposals.answer(mentor, request.pathParameter("learnerId"), request.pathParameter("date"),
                answer, message));
    }

    private ApiResponse addSession(ApiRequest request) {
        var mentor = StaffClaims.mentor(request);
        Fields f = new Fields(request.bodyObject());
        String date = f.text("date");
        String text = f.text("text");
        f.throwIfInvalid();
        SessionNote note = service.addSession(mentor, request.pathParameter("learnerId"), date, text);
        return ApiResponse.created(OneToOneViews.session(note));
    }

    private static ApiResponse sessions(List<SessionNote> notes) {
        return ApiResponse.ok(Map.of("sessions", notes.stream().map(OneToOneViews::session).toList()));
    }

    /** The team reads notes of whichever mentor the learner had: each says who wrote it. */
    private ApiResponse teamSessions(List<SessionNote> notes) {
        Map<String, String> names = service.mentorNames(notes);
        return ApiResponse.ok(Map.of("sessions", notes.stream()
                .map(n -> OneToOneViews.session(n, names.get(n.mentorId()))).toList()));
    }

    private static ApiResponse ics(OneToOneService.Ics ics) {
        return ApiResponse.text(200, "text/calendar; charset=utf-8", ics.text())
                .withHeader("Content-Disposition", "attachment; filename=\"" + ics.fileName() + "\"");
    }

    /** Not the caller's mentee and no series look alike to anyone else: nothing is revealed. */
    private static ApiResponse guarded(Supplier<ApiResponse> action) {
        try {
            return action.get();
        } catch (AppointmentStore.NotYourMentee e) {
            throw ApiException.notFound("No such mentee of yours.");
        } catch (OneToOneService.NoSeries e) {
            throw ApiException.notFound("No 1:1 series is set.");
        } catch (OneToOneService.NotInCohort e) {
            throw ApiException.notFound("No such learner in this cohort.");
        } catch (OneToOneService.NoSuchMeeting e) {
            throw ApiException.notFound("The series has no meeting planned on that date.");
        } catch (SlotRules.PastLastDay e) {
            String said = (e.lastDay().ownPlan() ? "The learner's own plan ends on " : "The learner's cohort ends on ")
                    + e.lastDay().date() + ": give a date up to then.";
            throw new ApiException(400, "past_last_day", said, Map.of(e.field(), said),
                    Map.of("lastDay", e.lastDay().date().toString(), "setBy", e.lastDay().setBy()));
        } catch (SlotRules.Overlap e) {
            // Named on each clock: the mentor's page says the mentor's, My page the learner's.
            Map<String, String> params = new java.util.LinkedHashMap<>();
            params.put("planned", e.other().planned().toString());
            params.put("start", e.other().start().toOffsetDateTime().toString());
            OneToOneViews.locals(e.other().start(), e.other().start().getZone(), e.learnerZone())
                    .forEach((k, v) -> params.put(k, v.toString()));
            throw new ApiException(409, MEETING_OVERLAP, "That time overlaps the meeting of "
                    + e.other().start().toLocalDateTime() + " (" + e.other().start().getZone().getId()
                    + "): choose a time that leaves it free.", Map.of(), params);
        } catch (OneToOneService.MeetingPast e) {
            throw ApiException.conflict("That meeting has already taken place.");
        } catch (MeetingProposals.MeetingCancelled e) {
            throw ApiException.conflict("That meeting is cancelled.");
        } catch (MeetingProposals.ProposalPast e) {
            // Its own code: the page says the time went by, not that the series changed meanwhile.
            throw new ApiException(409, PROPOSAL_PAST, "The proposed time has passed: it can no longer be accepted.");
        } catch (AppointmentStore.ProposalOpen e) {
            throw ApiException.conflict("A proposal for that meeting waits for your mentor's answer.");
        } catch (AppointmentStore.NoOpenProposal e) {
            throw ApiException.notFound("No proposal for that meeting waits for an answer.");
        } catch (AppointmentStore.Changed e) {
            throw ApiException.conflict("The 1:1 series was changed meanwhile; load it again.");
        }
    }
}
