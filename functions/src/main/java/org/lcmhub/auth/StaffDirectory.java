package org.lcmhub.auth;

/**
 * Who a staff member is, from their sign-in subject: the staff user pool on AWS. Used where a
 * staff member must be reached who is not the caller (a fellow LCM added to a team by sub).
 */
@FunctionalInterface
public interface StaffDirectory {
    /** No directory (the local hub has no user pool): nobody is found. */
    StaffDirectory NONE = sub -> null;

    /** The staff member's address, or null when the directory does not know them. */
    String emailOf(String sub);
}
