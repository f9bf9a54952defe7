package org.lcmhub.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.auth.cognito.CognitoStaffDirectory;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.iam.DynamoAccess;
import org.lcmhub.hub.iam.DynamoPolicy;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.mail.Mailers;
import org.lcmhub.store.Dynamo;

/**
 * SnapStart's priming runs every route of every function of template.yaml on the real stores:
 * none fails, none writes an item or sends a mail, and none asks the store for a call its
 * function's policy in template.yaml does not allow (the local hub's IAM check, as AWS's own),
 * while each still primes every kind of store call its policy allows.
 */
@ExtendWith(MotoExtension.class)
class PrimingIT {
    private static long items(Moto moto) {
        return moto.dynamo().scan(s -> s.tableName(moto.table()).select("COUNT").consistentRead(true)).count();
    }

    @Test
    void primingEveryFunctionAnswersWithoutAFailureAndLeavesNothingBehind(Moto moto) throws Exception {
        SamTemplate template = SamTemplate.read(Checkout.template());
        Path outbox = Files.createTempDirectory("lcmhub-priming-outbox");
        Map<String, String> properties = new LinkedHashMap<>(Tables.localEnvironment(template).merged(template.functions()));
        properties.put(Dynamo.TABLE_ENV, moto.table());
        properties.put(Mailers.OUTBOX_ENV, outbox.toString());
        properties.put(CognitoStaffDirectory.POOL_ENV, "");
        properties.put(org.lcmhub.community.webhook.SecretBoxes.KEY_FILE_ENV, outbox.resolveSibling(outbox.getFileName() + ".key").toString());
        properties.put("aws.endpointUrlDynamoDb", moto.endpoint().toString());
        properties.put("aws.region", LocalEnvironment.REGION);
        properties.put("aws.accessKeyId", "local");
        properties.put("aws.secretAccessKey", "local");
        Map<String, String> before = new LinkedHashMap<>();
        properties.keySet().forEach(k -> before.put(k, System.getProperty(k)));
        properties.forEach(System::setProperty);
        try {
            long itemsBefore = items(moto);
            int primed = 0;
            LocalEnvironment env = Tables.localEnvironment(template);
            for (SamTemplate.FunctionDef f : template.functions()) {
                Class<?> type = Class.forName(f.handler().split("::")[0]);
                if (!ApiHandler.class.isAssignableFrom(type)) {
                    continue; // scheduled functions answer no request
                }
                DynamoPolicy policy = DynamoPolicy.of(f, env);
                List<String> refused = new CopyOnWriteArrayList<>();
                ApiHandler handler;
                Map<String, Integer> statuses;
                DynamoPolicy outer = DynamoAccess.enter(policy);
                try (AutoCloseable watch = DynamoAccess.watch(refused::add)) {
                    // Lambda builds the handler and takes the snapshot under the function's role.
                    handler = (ApiHandler) type.getConstructor().newInstance();
                    statuses = handler.prime();
                } finally {
                    DynamoAccess.leave(outer);
                }

                assertThat(refused).as(f.logicalId() + "'s priming under its policy").isEmpty();
                String table = LocalEnvironment.tableArn(moto.table());
                assertThat(handler.primedStoreCalls()).as(f.logicalId() + " primes what its policy allows")
                        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Dynamo.Call.values())
                                .filter(c -> policy.allows(c.action(), table)).toList());

                assertThat(statuses).as(f.logicalId()).isNotEmpty()
                        .allSatisfy((request, status) -> assertThat(status).as(f.logicalId() + " " + request)
                                .isBetween(200, 499));
                primed++;
            }
            assertThat(primed).isEqualTo(template.functions().stream().filter(f -> !f.routes().isEmpty()).count());
            assertThat(items(moto)).isEqualTo(itemsBefore);
            try (var files = Files.list(outbox)) {
                assertThat(files.toList()).isEmpty();
            }
        } finally {
            before.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }
}
