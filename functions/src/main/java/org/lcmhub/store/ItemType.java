package org.lcmhub.store;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code type} attribute of every item in {@code HubTable}: queries that return several kinds
 * of item (a learner's partition, a cohort on GSI1) tell them apart by it. The wire names are
 * stored data: never rename one.
 */
public enum ItemType {
    COHORT("Cohort"),
    COHORT_INDEX("CohortIndex"),
    TEAM_MEMBER("TeamMember"),
    DIGEST("Digest"),
    EMAIL_CLAIM("EmailClaim"),
    WAITLIST_ENTRY("WaitlistEntry"),
    SIGNUP_COOLDOWN("SignupCooldown"),
    PATH_PLACE("PathPlace"),
    FOLLOW_UP("FollowUp"),
    LEARNER("Learner"),
    CHECK_IN("CheckIn"),
    NOTE("Note"),
    MENTOR("Mentor"),
    MENTEE("Mentee"),
    MATCH("Match"),
    NEVER_AGAIN("NeverAgain"),
    MATCHING_DRAFT("MatchingDraft"),
    LATEST_DRAFT("LatestMatchingDraft"),
    ONE_TO_ONE("OneToOne"),
    SESSION("Session"),
    PROPOSAL("Proposal"),
    PLAN("Plan"),
    PLAN_VERSION("PlanVersion"),
    PLAN_RUN("PlanRun"),
    SESSION_REPORT("SessionReport"),
    CONFIRMED_REPORT("ConfirmedReport"),
    REPORTED_MEETING("ReportedMeeting"),
    STANDING("Standing"),
    GUIDE_SET("GuideSet"),
    GUIDE_COMMENT("GuideComment"),
    GUIDE("Guide"),
    GUIDE_VERSION("GuideVersion"),
    GUIDE_IMAGE("GuideImage"),
    CHANNEL("Channel"),
    COMMUNITY("Community"),
    DELIVERY("Delivery"),
    WEBHOOK("Webhook"),
    FAQ_ENTRY("FaqEntry"),
    PROBLEM_REPORT("ProblemReport"),
    PROBLEM_DAY("ProblemDay"),
    MODERATION("ModerationEntry"),
    CONDUCT("CodeOfConduct"),
    STAFF_WATCH("StaffWatch"),
    LOCAL_STAFF("LocalStaff"),
    MAIL("Mail");

    /** The attribute's name. */
    public static final String ATTRIBUTE = "type";

    private final String wire;

    ItemType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public AttributeValue value() {
        return AttributeValue.fromS(wire);
    }

    /** The item's type, or null when it has none this code knows. */
    public static ItemType of(Map<String, AttributeValue> item) {
        AttributeValue v = item.get(ATTRIBUTE);
        if (v == null || v.s() == null) {
            return null;
        }
        for (ItemType t : values()) {
            if (t.wire.equals(v.s())) {
                return t;
            }
        }
        return null;
    }
}
