package org.lcmhub.auth;

/**
 * Staff accounts by email address: the person with that address in the staff directory, created
 * and invited if new, and in the group asked for either way. The staff user pool on AWS; the
 * local hub's issuer, which takes any address, locally.
 */
public interface StaffInvitations {
    /**
     * {@code sub}: their stable sign-in id; {@code mailed}: the directory sent them its own
     * invitation (Cognito's mail with a temporary password), so the hub need not; {@code name}: the
     * account's name in the directory (an existing account's own, or the one a new account got),
     * null when it keeps none.
     */
    record Invited(String sub, String email, boolean mailed, String name) {
        public Invited(String sub, String email, boolean mailed) {
            this(sub, email, mailed, null);
        }
    }

    /** The staff member with {@code email} (lower-cased), in {@code group} ({@code lcm} or {@code mentor}). */
    Invited invite(String email, String group);

    /**
     * The same; a new account gets {@code name} (the inviter's, null: none) as its name, which
     * the person may change. A directory that keeps no names ignores it.
     */
    default Invited invite(String email, String group, String name) {
        return invite(email, group);
    }

    /**
     * Whether its sign-in asks for a password: the hub's own invitation (sent when the directory
     * sent none, to an account that has one already) then says to use it, else that none is asked.
     */
    default boolean asksPassword() {
        return true;
    }
}
