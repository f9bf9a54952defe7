package org.lcmhub.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.auth.cognito.CognitoStaffDirectory;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.mail.Mailers;
import org.lcmhub.store.Dynamo;

/**
 * SnapStart's priming runs every route of every function of template.yaml on the real stores:
 * none fails, none writes an item or sends a mail.
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
            for (SamTemplate.FunctionDef f : template.functions()) {
                Class<?> type = Class.forName(f.handler().split("::")[0]);
                if (!ApiHandler.class.isAssignableFrom(type)) {
                    continue; // scheduled functions answer no request
                }
                ApiHandler handler = (ApiHandler) type.getConstructor().newInstance();
                Map<String, Integer> statuses = handler.prime();

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
