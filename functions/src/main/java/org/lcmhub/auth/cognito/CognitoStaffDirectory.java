package org.lcmhub.auth.cognito;

import java.time.Duration;
import java.util.regex.Pattern;
import org.lcmhub.auth.StaffDirectory;
import org.lcmhub.store.Env;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * The staff user pool as a directory: {@code ListUsers} filtered on {@code sub} (the pool signs
 * staff in by email, so the sub is not their user name and {@code AdminGetUser} cannot take it).
 */
public final class CognitoStaffDirectory implements StaffDirectory {
    /** The staff user pool's id, from template.yaml; blank: no directory. */
    public static final String POOL_ENV = "HUB_STAFF_USER_POOL";
    /** A sub as Cognito issues it (and the team routes accept); nothing that could break out of the filter. */
    private static final Pattern SUB = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final CognitoIdentityProviderClient cognito;
    private final String poolId;

    public CognitoStaffDirectory(CognitoIdentityProviderClient cognito, String poolId) {
        this.cognito = cognito;
        this.poolId = poolId;
    }

    /** The pool the function's environment names, or {@link StaffDirectory#NONE} when it names none. */
    public static StaffDirectory fromEnv() {
        String pool = Env.get(POOL_ENV);
        if (pool == null || pool.isBlank()) {
            return StaffDirectory.NONE;
        }
        return new CognitoStaffDirectory(CognitoIdentityProviderClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(10))
                        .build())
                .build(), pool);
    }

    @Override
    public String emailOf(String sub) {
        if (sub == null || !SUB.matcher(sub).matches()) {
            return null;
        }
        return cognito.listUsers(r -> r.userPoolId(poolId).filter("sub = \"" + sub + "\"").limit(1)
                        .attributesToGet("email"))
                .users().stream().filter(UserType::enabled).findFirst()
                .flatMap(u -> u.attributes().stream().filter(a -> a.name().equals("email")).map(AttributeType::value)
                        .findFirst())
                .orElse(null);
    }
}
