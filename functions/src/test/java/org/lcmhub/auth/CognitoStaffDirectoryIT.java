package org.lcmhub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.auth.cognito.CognitoStaffDirectory;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

/** The staff directory's Cognito adapter through the real SDK against moto's cognito-idp. */
@ExtendWith(MotoExtension.class)
class CognitoStaffDirectoryIT {

    private static CognitoIdentityProviderClient cognito(Moto moto) {
        return CognitoIdentityProviderClient.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** Creates a staff member as an administrator does (the pool signs in by email) and returns their sub. */
    private static String staff(CognitoIdentityProviderClient cognito, String pool, String email) {
        return cognito.adminCreateUser(r -> r.userPoolId(pool).username(email).messageAction(MessageActionType.SUPPRESS)
                        .userAttributes(AttributeType.builder().name("email").value(email).build(),
                                AttributeType.builder().name("email_verified").value("true").build()))
                .user().attributes().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
    }

    @Test
    void findsAStaffMembersAddressByTheirSub(Moto moto) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (CognitoIdentityProviderClient cognito = cognito(moto)) {
            String pool = cognito.createUserPool(r -> r.poolName("staff-" + run)
                    .usernameAttributes(UsernameAttributeType.EMAIL)).userPool().id();
            String bruno = staff(cognito, pool, "bruno-" + run + "@example.org");
            String chloe = staff(cognito, pool, "chloe-" + run + "@example.org");
            StaffDirectory directory = new CognitoStaffDirectory(cognito, pool);

            assertThat(directory.emailOf(bruno)).isEqualTo("bruno-" + run + "@example.org");
            assertThat(directory.emailOf(chloe)).isEqualTo("chloe-" + run + "@example.org");
            assertThat(directory.emailOf(UUID.randomUUID().toString())).isNull();
            // Not a sub: refused before it could widen the filter to someone else.
            assertThat(directory.emailOf("x\" or sub ^= \"")).isNull();
            assertThat(directory.emailOf("")).isNull();

            cognito.adminDisableUser(r -> r.userPoolId(pool).username("chloe-" + run + "@example.org"));
            assertThat(directory.emailOf(chloe)).as("a disabled account gets no mail").isNull();
        }
    }
}
