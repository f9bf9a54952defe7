package org.lcmhub.auth;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.lcmhub.http.ApiException;
import org.lcmhub.http.ApiRequest;

/**
 * Reads the caller from the claims API Gateway's JWT authorizer put in the request context, the
 * only source of identity a staff route trusts (never a user id in the body). The authorizer
 * has already refused missing, expired and forged tokens; a missing claim set here means the
 * route was deployed without it, so it is refused too.
 */
public final class StaffClaims {
    private StaffClaims() {
    }

    /** The caller, or 401 when the request carries no verified claims. */
    public static Caller caller(ApiRequest request) {
        return caller(claims(request.event()));
    }

    /** The caller the verified claims name: the ID token's sub, email, groups and name. */
    static Caller caller(Map<String, String> claims) {
        String sub = claims == null ? null : claims.get("sub");
        if (sub == null || sub.isBlank()) {
            throw new ApiException(401, "unauthorized", "Sign in as staff to use this route.");
        }
        // The authorizer lets an access token of the same app client through; it carries no address,
        // so only the ID token the staff pages send is taken.
        String use = claims.get("token_use");
        if (use != null && !use.equals("id")) {
            throw new ApiException(401, "unauthorized", "Send the ID token of your staff sign-in.");
        }
        return new Caller(sub, claims.get("email"), groups(claims.get("cognito:groups")), claims.get("name"));
    }

    /** The caller, who must be in the {@code lcm} group (403 otherwise). */
    public static Caller lcm(ApiRequest request) {
        Caller caller = caller(request);
        if (!caller.isLcm()) {
            throw new ApiException(403, "forbidden", "Only LCMs may do this.");
        }
        return caller;
    }

    /** The caller, who must be in the {@code mentor} group (403 otherwise). */
    public static Caller mentor(ApiRequest request) {
        Caller caller = caller(request);
        if (!caller.isMentor()) {
            throw new ApiException(403, "forbidden", "Only mentors may do this.");
        }
        return caller;
    }

    private static Map<String, String> claims(APIGatewayV2HTTPEvent event) {
        var ctx = event.getRequestContext();
        if (ctx == null || ctx.getAuthorizer() == null || ctx.getAuthorizer().getJwt() == null) {
            return null;
        }
        return ctx.getAuthorizer().getJwt().getClaims();
    }

    /**
     * API Gateway flattens an array claim to {@code [lcm mentor]}; a single group may arrive bare,
     * and JSON-style {@code ["lcm","mentor"]} or comma lists are accepted too.
     */
    static Set<String> groups(String raw) {
        Set<String> groups = new LinkedHashSet<>();
        if (raw == null) {
            return groups;
        }
        String inner = raw.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        for (String part : inner.split("[\\s,]+")) {
            String group = part.replace("\"", "").strip();
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }
}
