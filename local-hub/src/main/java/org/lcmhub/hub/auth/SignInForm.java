package org.lcmhub.hub.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.lcmhub.domain.Language;

/**
 * The local issuer's sign-in page, what Cognito's managed login shows on AWS: the demo accounts,
 * one button each, and any other address with a role. Its words come from the site's message
 * catalogue ({@code site/messages/signin.json}), in the language the staff page asked for.
 */
final class SignInForm {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path catalogue;
    private final List<String> demoLcms;
    private final List<String> demoMentors;

    SignInForm(Path root, List<String> demoLcms, List<String> demoMentors) {
        this.catalogue = root.resolve("site/messages/signin.json");
        this.demoLcms = List.copyOf(demoLcms);
        this.demoMentors = List.copyOf(demoMentors);
    }

    /** The page for an authorize request ({@code hidden}: its parameters, carried by each form). */
    String page(Language lang, Map<String, String> hidden, String email, Map<String, String> errors) {
        JsonNode t = words(lang);
        StringBuilder html = head(lang, t.path("signin.local.title").asText());
        html.append("<h1>").append(esc(t.path("signin.local.title").asText())).append("</h1>\n<p class=\"lead\">")
                .append(esc(t.path("signin.local.intro").asText())).append("</p>\n");
        if (!errors.isEmpty()) {
            html.append("<div class=\"form-errors\" role=\"alert\"><h2>").append(esc(t.path("signin.local.problem").asText()))
                    .append("</h2><ul>");
            errors.forEach((field, key) -> html.append("<li><a href=\"#signin-").append(field).append("\">")
                    .append(esc(t.path(key).asText())).append("</a></li>"));
            html.append("</ul></div>\n");
        }
        html.append("<section class=\"signup\" aria-labelledby=\"signin-demo\"><h2 id=\"signin-demo\">")
                .append(esc(t.path("signin.local.demo").asText())).append("</h2>\n");
        html.append("<form method=\"post\" action=\"").append(LocalSignIn.PREFIX).append("/authorize\">");
        hidden(html, hidden);
        html.append("<ul class=\"plain signin-accounts\">");
        account(html, t, "lcm", demoLcms);
        account(html, t, "mentor", demoMentors);
        html.append("</ul></form></section>\n");

        html.append("<section class=\"signup\" aria-labelledby=\"signin-other\"><h2 id=\"signin-other\">")
                .append(esc(t.path("signin.local.otherAddress").asText())).append("</h2>\n");
        html.append("<form method=\"post\" action=\"").append(LocalSignIn.PREFIX).append("/authorize\" novalidate>");
        hidden(html, hidden);
        html.append("<div class=\"field\"><label for=\"signin-email\">").append(esc(t.path("signin.local.email").asText()))
                .append("</label><input id=\"signin-email\" name=\"email\" type=\"email\" autocomplete=\"email\" required value=\"")
                .append(esc(email == null ? "" : email)).append('"');
        invalid(html, errors, "email");
        html.append('>');
        fieldError(html, t, errors, "email");
        // What Cognito keeps as the user's name: the hub shows it instead of the address.
        html.append("</div>\n<div class=\"field\"><label for=\"signin-name\">").append(esc(t.path("signin.local.name").asText()))
                .append("</label><input id=\"signin-name\" name=\"name\" type=\"text\" autocomplete=\"name\" maxlength=\"120\"></div>");
        html.append("\n<fieldset class=\"field\" id=\"signin-role\"");
        invalid(html, errors, "role");
        html.append("><legend>").append(esc(t.path("signin.local.role").asText())).append("</legend>");
        for (String role : List.of("lcm", "mentor")) {
            String key = role.equals("lcm") ? "signin.local.roleLcm" : "signin.local.roleMentor";
            html.append("<p class=\"choice\"><input type=\"radio\" name=\"role\" id=\"signin-role-").append(role)
                    .append("\" value=\"").append(role).append("\"><label for=\"signin-role-").append(role).append("\">")
                    .append(esc(t.path(key).asText())).append("</label></p>");
        }
        fieldError(html, t, errors, "role");
        html.append("</fieldset>\n<p><button type=\"submit\">").append(esc(t.path("signin.local.submit").asText()))
                .append("</button></p></form></section>\n");
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A request that cannot come back to the site (unknown app client or return address): no redirect. */
    String refusal(Language lang) {
        JsonNode t = words(lang);
        StringBuilder html = head(lang, t.path("signin.local.title").asText());
        html.append("<h1>").append(esc(t.path("signin.local.title").asText())).append("</h1>\n<p class=\"notice\" role=\"alert\">")
                .append(esc(t.path("signin.local.badLink").asText())).append("</p>\n<p><a href=\"")
                .append(lang.isFrench() ? LocalSignIn.SIGNED_OUT.get(1) : LocalSignIn.SIGNED_OUT.get(0)).append("\">")
                .append(esc(t.path("signin.local.back").asText())).append("</a></p>\n");
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private void account(StringBuilder html, JsonNode t, String role, List<String> emails) {
        String roleName = t.path("signin.role." + role).asText();
        for (String email : emails) {
            html.append("<li><button type=\"submit\" class=\"button-secondary\" name=\"account\" value=\"").append(role).append(' ')
                    .append(esc(email)).append("\">")
                    .append(esc(t.path("signin.local.as").asText().replace("{email}", email))).append(" · ")
                    .append(esc(roleName)).append("</button></li>");
        }
    }

    private static void hidden(StringBuilder html, Map<String, String> hidden) {
        hidden.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"").append(esc(name))
                .append("\" value=\"").append(esc(value)).append("\">"));
    }

    private static void invalid(StringBuilder html, Map<String, String> errors, String field) {
        if (errors.containsKey(field)) {
            html.append(" aria-invalid=\"true\" aria-describedby=\"signin-").append(field).append("-error\"");
        }
    }

    private static void fieldError(StringBuilder html, JsonNode t, Map<String, String> errors, String field) {
        if (errors.containsKey(field)) {
            html.append("<p class=\"field-error\" id=\"signin-").append(field).append("-error\">")
                    .append(esc(t.path(errors.get(field)).asText())).append("</p>");
        }
    }

    private static StringBuilder head(Language lang, String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n"
                + "<meta name=\"color-scheme\" content=\"light dark\">\n<title>").append(esc(title)).append(" · LCM Hub</title>\n"
                + "<link rel=\"stylesheet\" href=\"/css/hub.css\">\n<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n"
                + "</head>\n<body class=\"page page-signin\">\n<header class=\"site-header\"><div class=\"bar\">"
                + "<span class=\"brand\"><img src=\"/favicon.svg\" alt=\"\" width=\"28\" height=\"28\"> LCM Hub</span>"
                + "</div></header>\n<main id=\"main\">\n");
    }

    private JsonNode words(Language lang) {
        try {
            JsonNode all = JSON.readTree(catalogue.toFile());
            return all.has(lang.code()) ? all.get(lang.code()) : all.get("en");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sign-in words " + catalogue, e);
        }
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
