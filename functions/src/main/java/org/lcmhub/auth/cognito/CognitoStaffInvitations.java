package org.lcmhub.auth.cognito;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.lcmhub.domain.OnFirstUse;
import org.lcmhub.auth.LocalStaff;
import org.lcmhub.auth.StaffInvitations;
import org.lcmhub.auth.store.dynamodb.DynamoStaffNames;
import org.lcmhub.store.Env;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/**
 * Invitations in the staff user pool: an address already there is found ({@code ListUsers} on
 * {@code email}) and put in the group; a new one is created with {@code AdminCreateUser}, whose
 * invitation mail (template.yaml's InviteMessageTemplate) carries a temporary password. The pool
 * signs in by email, so the address is the user name.
 */
public final class CognitoStaffInvitations implements StaffInvitations {
    private final Supplier<CognitoIdentityProviderClient> cognito;
    private final String poolId;

    public CognitoStaffInvitations(CognitoIdentityProviderClient cognito, String poolId) {
        this(() -> cognito, poolId);
    }

    private CognitoStaffInvitations(Supplier<CognitoIdentityProviderClient> cognito, String poolId) {
        this.cognito = cognito;
        this.poolId = poolId;
    }

    /**
     * The staff user pool the function's environment names, or the local directory, keeping its
     * names in {@code table}, when it names none (here, beside the adapter, so the port does not
     * name its adapter).
     */
    public static StaffInvitations fromEnv(DynamoDbClient dynamo, String table) {
        String pool = Env.get(CognitoStaffDirectory.POOL_ENV);
        return pool == null || pool.isBlank() ? new LocalStaff(new DynamoStaffNames(dynamo, table)) : forPool(pool);
    }

    public static CognitoStaffInvitations forPool(String poolId) {
        // Built on the first invitation: the cohort function's other requests never call the pool.
        return new CognitoStaffInvitations(new OnFirstUse<>(() -> CognitoIdentityProviderClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(10))
                        .build())
                .build()), poolId);
    }

    @Override
    public Invited invite(String email, String group) {
        return invite(email, group, null);
    }

    /** An existing account keeps its own name: only a new one takes the inviter's. */
    @Override
    public Invited invite(String email, String group, String name) {
        String address = email.toLowerCase(Locale.ROOT);
        java.util.List<AttributeType> attributes = new java.util.ArrayList<>(
                java.util.List.of(attribute("email", address), attribute("email_verified", "true")));
        if (name != null) {
            attributes.add(attribute("name", name));
        }
        Optional<UserType> existing = find(address);
        boolean created = false;
        if (existing.isEmpty()) {
            try {
                existing = Optional.of(cognito.get().adminCreateUser(r -> r.userPoolId(poolId).username(address)
                        .desiredDeliveryMediums(DeliveryMediumType.EMAIL)
                        .userAttributes(attributes)).user());
                created = true;
            } catch (UsernameExistsException e) {
                // Invited by someone else a moment ago: theirs is the account.
                existing = find(address);
            }
        }
        UserType user = existing.orElseThrow(() -> new IllegalStateException("The staff pool lost " + address));
        cognito.get().adminAddUserToGroup(r -> r.userPoolId(poolId).username(user.username()).groupName(group));
        String sub = user.attributes().stream().filter(a -> a.name().equals("sub")).map(AttributeType::value)
                .findFirst().orElseThrow(() -> new IllegalStateException("No sub for " + address));
        return new Invited(sub, address, created, value(user, "name"));
    }

    private Optional<UserType> find(String address) {
        // The address was checked before (no quote can reach the filter); Cognito compares it exactly.
        return cognito.get().listUsers(r -> r.userPoolId(poolId).filter("email = \"" + address + "\"").limit(1))
                .users().stream().findFirst();
    }

    /** The user's attribute, or null (ListUsers and AdminCreateUser both answer with every attribute). */
    private static String value(UserType user, String attribute) {
        return user.attributes().stream().filter(a -> a.name().equals(attribute)).map(AttributeType::value)
                .filter(v -> !v.isBlank()).findFirst().orElse(null);
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
