package org.lcmhub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.auth.cognito.CognitoStaffDirectory;
import org.lcmhub.auth.cognito.CognitoStaffInvitations;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

/** Invitations into the staff user pool through the real SDK against moto's cognito-idp. */
@ExtendWith(MotoExtension.class)
class CognitoStaffInvitationsIT {

    private static CognitoIdentityProviderClient cognito(Moto moto) {
        return CognitoIdentityProviderClient.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static java.util.List<String> groupsOf(CognitoIdentityProviderClient cognito, String pool, String username) {
        return cognito.adminListGroupsForUser(r -> r.userPoolId(pool).username(username)).groups().stream()
                .map(GroupType::groupName).sorted().toList();
    }

    @Test
    void aNewAddressIsCreatedInvitedAndGroupedAnExistingOneFoundAndGrouped(Moto moto) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (CognitoIdentityProviderClient cognito = cognito(moto)) {
            String pool = cognito.createUserPool(r -> r.poolName("staff-" + run)
                    .usernameAttributes(UsernameAttributeType.EMAIL)).userPool().id();
            cognito.createGroup(r -> r.userPoolId(pool).groupName("lcm"));
            cognito.createGroup(r -> r.userPoolId(pool).groupName("mentor"));
            StaffInvitations invitations = new CognitoStaffInvitations(cognito, pool);
            CognitoStaffDirectory directory = new CognitoStaffDirectory(cognito, pool);

            String dana = "dana-" + run + "@example.org";
            StaffInvitations.Invited invited = invitations.invite("Dana-" + run + "@Example.org", "lcm");
            assertThat(invited.mailed()).as("Cognito mails a new account its temporary password").isTrue();
            assertThat(invited.email()).isEqualTo(dana);
            assertThat(directory.emailOf(invited.sub())).isEqualTo(dana);
            assertThat(groupsOf(cognito, pool, dana)).containsExactly("lcm");
            assertThat(cognito.adminGetUser(r -> r.userPoolId(pool).username(dana)).userStatus())
                    .isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);

            StaffInvitations.Invited again = invitations.invite(dana, "mentor");
            assertThat(again.sub()).isEqualTo(invited.sub());
            assertThat(again.mailed()).as("an existing account gets the hub's mail instead").isFalse();
            assertThat(groupsOf(cognito, pool, dana)).containsExactly("lcm", "mentor");

            String eli = "eli-" + run + "@example.org";
            String eliSub = cognito.adminCreateUser(r -> r.userPoolId(pool).username(eli)
                            .messageAction(MessageActionType.SUPPRESS)
                            .userAttributes(AttributeType.builder().name("email").value(eli).build()))
                    .user().attributes().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
            StaffInvitations.Invited found = invitations.invite(eli, "mentor");
            assertThat(found.sub()).isEqualTo(eliSub);
            assertThat(found.mailed()).isFalse();
            assertThat(groupsOf(cognito, pool, eli)).containsExactly("mentor");
            assertThat(cognito.listUsers(r -> r.userPoolId(pool)).users()).hasSize(2);

            // A new account takes the name the inviter gave; an existing one keeps its own.
            String fay = "fay-" + run + "@example.org";
            invitations.invite(fay, "lcm", "Fay Nguyen");
            invitations.invite(eli, "lcm", "Someone Else");
            assertThat(nameOf(cognito, pool, fay)).isEqualTo("Fay Nguyen");
            assertThat(nameOf(cognito, pool, eli)).isNull();
            // The account's name comes back, for the team list to name them before their own sign-in.
            assertThat(invitations.invite(fay, "mentor").name()).isEqualTo("Fay Nguyen");
            assertThat(invitations.invite(eli, "mentor").name()).isNull();
        }
    }

    private static String nameOf(CognitoIdentityProviderClient cognito, String pool, String username) {
        return cognito.adminGetUser(r -> r.userPoolId(pool).username(username)).userAttributes().stream()
                .filter(a -> a.name().equals("name")).map(AttributeType::value).findFirst().orElse(null);
    }
}
