package org.lcmhub.hub.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Malformed and odd request parts for the fuzz test; none of them is a valid request body. */
final class Corpus {
    private Corpus() {
    }

    static List<byte[]> bodies(Random random) {
        List<String> text = new ArrayList<>(List.of("", " ", "{", "}", "[", "]", "{}{}", "{} x", "null", "true", "1", "\"s\"",
                "[]", "[{}]", "{\"a\":}", "{'a':1}", "{\"a\":1,\"a\":2}", "{\"a\" 1}", "{\"a\":1,}", "{,}", "{\"a\":[1,]}",
                "{\"a\":tru}", "{\"a\":\"\\x\"}", "{\"a\":\"\\uD800\"}", "{\"a\":\"\u0000\"}", "/* c */{}", "{\"a\":NaN}",
                "{\"progress\":-Infinity}", "{\"progress\":1e999999}", "{\"progress\":1.5e308}", "{\"progress\":-0}",
                "{\"progress\":\"abc\",\"mood\":[],\"needHelp\":\"maybe\"}", "{\"email\":123,\"consent\":\"yes\"}",
                "{\"name\":{},\"email\":[],\"pathId\":null}", "{\"availability\":\"x\",\"capacity\":1e3}",
                "{\"pins\":{},\"exclusions\":7}", "{\"sub\":12345}", "{\"sub\":\"x\"}", "{\"sub\":[\"a\"]}",
                "{\"seats\":-1,\"weeks\":1e100}", "{\"startDate\":\"2027-02-30\"}", "{\"day\":\"funday\",\"time\":\"25:61\"}",
                "{\"text\":\"" + "x".repeat(100_000) + "\"}", "{\"website\":\"spam\"}", "{\"missedWatch\":\"1\"}",
                "{\"date\":\"yesterday\",\"durationMinutes\":-5}", "{\"reason\":" + "9".repeat(60) + "}",
                "{\"guides\":[{\"title\":5,\"roles\":[1],\"tags\":[null],\"paths\":{}}],\"index\":0}",
                "{\"title\":{},\"roles\":[{}],\"tags\":7,\"body\":[\"x\"]}",
                "a=%zz", "name=%E0%A4%A&email=", "website=spam&next=//evil", "=&=&", "%", "a=1&a=2",
                "next=https://evil.example&errorPage=/x", "errorPage=//evil"));
        text.add("[".repeat(2_000));
        text.add("{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500));
        text.add("[".repeat(40) + "]".repeat(40));
        text.add("{\"progress\":" + "9".repeat(2_000) + "}");
        text.add("{\"progress\":0." + "1".repeat(5_000) + "}");
        text.add("{\"name\":\"" + "x".repeat(300_001) + "\"}");
        text.add("{\"" + "k".repeat(5_000) + "\":1}");
        StringBuilder keys = new StringBuilder("{");
        for (int i = 0; i < 8_000; i++) {
            keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        text.add(keys.append('}').toString());
        List<byte[]> bodies = new ArrayList<>();
        text.forEach(t -> bodies.add(t.getBytes(StandardCharsets.UTF_8)));
        bodies.add(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE});
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'});
        for (int i = 0; i < 20; i++) {
            byte[] noise = new byte[1 + random.nextInt(2_000)];
            random.nextBytes(noise);
            bodies.add(noise);
        }
        return bodies;
    }

    static List<String> ids() {
        return List.of("x", "%00", "..", "..%2F..%2Fetc", "a".repeat(3_000), "%E2%82", "%27%22%3C%3E", "%20",
                "%C3%A9t%C3%A9", "COHORT%23x", "12345", "-1", "%25", "null", "%F0%9F%98%80", "a%2Fb", "%0D%0AX:1");
    }

    static List<String> queries() {
        return List.of("", "?pathId=%E0%A4", "?pathId=" + "p".repeat(5_000), "?cursor=%00&limit=-1",
                "?next=!!!&limit=1e9", "?=&&==", "?limit=999999999999999999999", "?pathId&pathId=a");
    }

    static List<String> contentTypes() {
        return List.of("application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x",
                "application/json; charset=latin1", "garbage/////", "", "application/vnd.api+json", "text/html");
    }

    static List<String> authorizations(String lcmToken) {
        return List.of("", "Bearer", "Bearer x.y.z", "Bearer " + "a".repeat(6_000), "Basic YTpi",
                "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Bearer " + lcmToken, "Bearer " + lcmToken + "x",
                "Bearer abc.def", "Bearer %zz");
    }

    static List<String> methods() {
        return List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "FOO", "get", "M-SEARCH", "PROPFIND");
    }

    /**
     * Requests no client library would send, written straight to the socket: those below, and for
     * each route a bad percent-encoding in its path and in its query.
     */
    static List<String> rawRequests(List<String> routes) {
        String h = "Host: localhost\r\n";
        List<String> raw = new ArrayList<>();
        for (String route : routes) {
            String path = route.replaceAll("\\{[^}]+}", "%zz");
            raw.add("GET " + path + " HTTP/1.1\r\n" + h + "\r\n");
            raw.add("POST " + route.replaceAll("\\{[^}]+}", "x") + "?a=%zz&b=%E0%A4%A HTTP/1.1\r\n" + h
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\nname=%z");
        }
        raw.addAll(List.of(
                "GET  /api/health HTTP/1.1\r\n" + h + "\r\n",
                "GET /api/health  HTTP/1.1\r\n" + h + "\r\n",
                "GET  /api/health HTTP/1.1\r\n\r\n",
                "GE T /api/health HTTP/1.1\r\n" + h + "\r\n",
                "GET /api/co%zzhorts HTTP/1.1\r\n" + h + "\r\n",
                "GET /api/health?x=%zz HTTP/1.1\r\n" + h + "\r\n",
                "GET /%zz HTTP/1.1\r\n" + h + "\r\n",
                "GET /api/cohorts/%00 HTTP/1.1\r\n" + h + "\r\n",
                "GET /api/../../etc/passwd HTTP/1.1\r\n" + h + "\r\n",
                "GET /api/cohorts/..%2F..%2F HTTP/1.1\r\n" + h + "\r\n",
                "GET api/health HTTP/1.1\r\n" + h + "\r\n",
                "GET /api/health HTTP/1.1\r\nBad Header\r\n" + h + "\r\n",
                "GET /api/health HTTP/1.1\r\n" + h + "X: " + "y".repeat(40_000) + "\r\n\r\n",
                "POST /api/signups HTTP/1.1\r\n" + h + "Content-Length: -1\r\n\r\n",
                "POST /api/signups HTTP/1.1\r\n" + h + "Content-Length: abc\r\n\r\n",
                "POST /api/signups HTTP/1.1\r\n" + h + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
                "POST /api/signups HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n",
                "POST /api/signups HTTP/1.1\r\n" + h + "Transfer-Encoding: gzip\r\n\r\n{}",
                "POST /api/signups HTTP/1.1\r\n" + h + "Content-Length: 20000000\r\n\r\n{}",
                "G\u0000T /api/health HTTP/1.1\r\n" + h + "\r\n",
                "GET /api/h\u00e9alth HTTP/1.1\r\n" + h + "\r\n",
                "GET /api/health HTTP/1.1\n" + h.replace("\r", "") + "\n",
                "GET /api/health HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
                "GET /api/health\r\n\r\n",
                "\r\n\r\nGET /api/health HTTP/1.1\r\n" + h + "\r\n",
                "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n" + h + "\r\n",
                "FOO /api/health HTTP/1.1\r\n" + h + "\r\n",
                "get /api/health HTTP/1.1\r\n" + h + "\r\n"));
        return raw;
    }
}
