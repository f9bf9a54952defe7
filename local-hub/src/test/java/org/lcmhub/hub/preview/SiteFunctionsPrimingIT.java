package org.lcmhub.hub.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lcmhub.hub.engine.Tables;
import org.lcmhub.hub.iam.DynamoAccess;
import org.lcmhub.hub.iam.DynamoPolicy;
import org.lcmhub.hub.template.LocalEnvironment;
import org.lcmhub.hub.template.SamTemplate;
import org.lcmhub.hub.testing.Checkout;
import org.lcmhub.hub.testing.MotoExtension;
import org.lcmhub.hub.testing.MotoExtension.Moto;
import org.lcmhub.http.ApiHandler;
import org.lcmhub.store.Dynamo;

/**
 * The HTTP functions built from another folder than the functions' (the guide preview), primed as
 * SnapStart does under their own policy in template.yaml, as the local hub enforces it: none is
 * refused a store call, and each primes every kind of call its policy allows (the functions'
 * artifact's own are checked by the functions' PrimingIT).
 */
@ExtendWith(MotoExtension.class)
class SiteFunctionsPrimingIT {
    @Test
    void primingUnderItsOwnPolicyAsksForNothingItMayNotHave(Moto moto) throws Exception {
        SamTemplate template = SamTemplate.read(Checkout.template());
        LocalEnvironment env = Tables.localEnvironment(template);
        Map<String, String> properties = new LinkedHashMap<>(env.merged(template.siteFunctions()));
        properties.put(Dynamo.TABLE_ENV, moto.table());
        properties.put("aws.endpointUrlDynamoDb", moto.endpoint().toString());
        properties.put("aws.region", LocalEnvironment.REGION);
        properties.put("aws.accessKeyId", "local");
        properties.put("aws.secretAccessKey", "local");
        Map<String, String> before = new LinkedHashMap<>();
        properties.keySet().forEach(k -> before.put(k, System.getProperty(k)));
        properties.forEach(System::setProperty);
        try {
            assertThat(template.siteFunctions()).isNotEmpty();
            for (SamTemplate.FunctionDef f : template.siteFunctions()) {
                DynamoPolicy policy = DynamoPolicy.of(f, env);
                List<String> refused = new CopyOnWriteArrayList<>();
                ApiHandler handler;
                DynamoPolicy outer = DynamoAccess.enter(policy);
                try (AutoCloseable watch = DynamoAccess.watch(refused::add)) {
                    handler = (ApiHandler) Class.forName(f.handler().split("::")[0]).getConstructor().newInstance();
                    handler.prime();
                } finally {
                    DynamoAccess.leave(outer);
                }

                assertThat(refused).as(f.logicalId() + "'s priming under its policy").isEmpty();
                String table = LocalEnvironment.tableArn(moto.table());
                assertThat(handler.primedStoreCalls()).as(f.logicalId() + " primes what its policy allows")
                        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Dynamo.Call.values())
                                .filter(c -> policy.allows(c.action(), table)).toList());
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
