package org.lcmhub.matching;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lcmhub.domain.Language;
import org.lcmhub.matching.model.Reason;

/** Reasons in words, in English or French. */
public final class Wording {
    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("pinned", "pinned by the LCM"),
            Map.entry("languages", "both speak {0}"),
            Map.entry("path", "covers the {0} path"),
            Map.entry("overlap", "{0} overlap on {1}"),
            Map.entry("places", "{0} of {1} places used"),
            Map.entry("skills", "skills for the goals: {0}"),
            Map.entry("timezone-same", "same time zone offset"),
            Map.entry("timezone", "{0} time difference"),
            Map.entry("no-language", "no mentor speaks {0}"),
            Map.entry("no-path", "no mentor covers the {0} path"),
            Map.entry("no-language-on-path", "no mentor who speaks {0} covers the {1} path"),
            Map.entry("all-paused", "every mentor for this path who speaks {0} is paused"),
            Map.entry("no-shared-hour", "no shared hour with an available mentor"),
            Map.entry("all-excluded", "every suitable mentor is excluded for this learner"),
            Map.entry("all-full", "every mentor for this path is full"),
            Map.entry("room-no-language", "the mentors for this path with places left ({0}) do not speak {1}"),
            Map.entry("room-no-shared-hour", "the mentors for this path with places left who speak {1} ({0})"
                    + " share no hour with this learner"),
            Map.entry("places-taken", "the places of the {0} suitable mentors went to other learners;"
                    + " no other arrangement matches more learners"),
            Map.entry("awaiting-draft", "not matched yet, though suitable mentors have room ({0}):"
                    + " run a matching draft"),
            Map.entry("pin-unknown", "the learner or the mentor is not part of this matching"),
            Map.entry("pin-duplicate", "the learner is already pinned to another mentor"),
            Map.entry("pair-paused", "the mentor is paused"),
            Map.entry("pair-path", "the mentor does not cover the {0} path"),
            Map.entry("pair-language", "they share no language"),
            Map.entry("pair-no-shared-hour", "they share no hour of the week"),
            Map.entry("pair-excluded", "the pair is excluded"),
            Map.entry("pair-full", "the mentor has no place left"));

    private static final Map<String, String> FR = Map.ofEntries(
            Map.entry("pinned", "épinglé par le LCM"),
            Map.entry("languages", "parlent tous deux {0}"),
            Map.entry("path", "couvre le parcours {0}"),
            Map.entry("overlap", "{0} en commun le {1}"),
            Map.entry("places", "{0} places sur {1} occupées"),
            Map.entry("skills", "compétences liées aux objectifs : {0}"),
            Map.entry("timezone-same", "même décalage horaire"),
            Map.entry("timezone", "{0} de décalage horaire"),
            Map.entry("no-language", "aucun mentor ne parle {0}"),
            Map.entry("no-path", "aucun mentor ne couvre le parcours {0}"),
            Map.entry("no-language-on-path", "aucun mentor parlant {0} ne couvre le parcours {1}"),
            Map.entry("all-paused", "tous les mentors de ce parcours parlant {0} sont en pause"),
            Map.entry("no-shared-hour", "aucune heure en commun avec un mentor disponible"),
            Map.entry("all-excluded", "tous les mentors qui conviendraient sont exclus pour cet apprenant"),
            Map.entry("all-full", "tous les mentors de ce parcours sont complets"),
            Map.entry("room-no-language", "les mentors de ce parcours qui ont encore de la place ({0})"
                    + " ne parlent pas {1}"),
            Map.entry("room-no-shared-hour", "les mentors de ce parcours qui ont encore de la place et parlent {1}"
                    + " ({0}) n’ont aucune heure en commun avec cet apprenant"),
            Map.entry("places-taken", "les places des {0} mentors qui conviennent sont allées à d’autres"
                    + " apprenants ; aucune autre répartition n’en apparie davantage"),
            Map.entry("awaiting-draft", "pas encore apparié, alors que des mentors qui conviennent ont de la"
                    + " place ({0}) : lancez un brouillon d’appariement"),
            Map.entry("pin-unknown", "l’apprenant ou le mentor ne fait pas partie de cet appariement"),
            Map.entry("pin-duplicate", "l’apprenant est déjà épinglé à un autre mentor"),
            Map.entry("pair-paused", "le mentor est en pause"),
            Map.entry("pair-path", "le mentor ne couvre pas le parcours {0}"),
            Map.entry("pair-language", "ils n’ont aucune langue en commun"),
            Map.entry("pair-no-shared-hour", "ils n’ont aucune heure en commun dans la semaine"),
            Map.entry("pair-excluded", "la paire est exclue"),
            Map.entry("pair-full", "le mentor n’a plus de place"));

    private static final List<String> DAYS_EN = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    private static final List<String> DAYS_FR = List.of("lun", "mar", "mer", "jeu", "ven", "sam", "dim");

    private Wording() {
    }

    /** The reason in {@code language}. */
    public static String text(Reason reason, Language language) {
        boolean fr = language.isFrench();
        String template = (fr ? FR : EN).get(reason.code());
        if (template == null) {
            throw new IllegalArgumentException("no wording for " + reason.code());
        }
        List<String> args = reason.args();
        switch (reason.code()) {
            case "overlap" -> args = List.of(hours(Integer.parseInt(args.get(0)), fr), days(args.get(1), fr));
            case "timezone" -> args = List.of(hours(Integer.parseInt(args.get(0)), fr));
            default -> { }
        }
        String text = template;
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", args.get(i));
        }
        return text;
    }

    public static List<String> texts(List<Reason> reasons, Language language) {
        return reasons.stream().map(r -> text(r, language)).toList();
    }

    /**
     * A reason as pages render it: its code, its figures by name (the names of the message
     * catalogue's placeholders) and a default English sentence for API clients.
     */
    public static Map<String, Object> view(Reason reason) {
        Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put("code", reason.code());
        v.put("params", params(reason));
        v.put("message", text(reason, Language.EN));
        return v;
    }

    public static List<Map<String, Object>> views(List<Reason> reasons) {
        return reasons.stream().map(Wording::view).toList();
    }

    /** A time difference of this many minutes or more is a trade-off of the pair, not a fit. */
    static final int FAR_MINUTES = 180;
    /** Less shared time than this in the week is a trade-off too. */
    static final int SHORT_OVERLAP_MINUTES = 60;

    /** Whether the reason speaks against the pair (a trade-off the LCM accepts) rather than for it. */
    public static boolean tradeOff(Reason reason) {
        return switch (reason.code()) {
            case "timezone" -> Integer.parseInt(reason.args().get(0)) >= FAR_MINUTES;
            case "overlap" -> Integer.parseInt(reason.args().get(0)) < SHORT_OVERLAP_MINUTES;
            default -> false;
        };
    }

    /** The figures of each code by name; lists (languages, days) as lists of codes. */
    static Map<String, Object> params(Reason reason) {
        List<String> a = reason.args();
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        switch (reason.code()) {
            case "languages", "no-language", "all-paused" -> p.put("languages", list(a.get(0)));
            case "path", "no-path", "pair-path" -> p.put("path", a.get(0));
            case "no-language-on-path" -> {
                p.put("languages", list(a.get(0)));
                p.put("path", a.get(1));
            }
            case "overlap" -> {
                p.put("minutes", Integer.parseInt(a.get(0)));
                p.put("days", Arrays.stream(a.get(1).split(",")).filter(d -> !d.isEmpty())
                        .map(d -> d.substring(0, 3).toLowerCase(java.util.Locale.ROOT)).toList());
            }
            case "places" -> {
                p.put("used", Integer.parseInt(a.get(0)));
                p.put("capacity", Integer.parseInt(a.get(1)));
            }
            case "skills" -> p.put("skills", a.get(0));
            case "timezone" -> p.put("minutes", Integer.parseInt(a.get(0)));
            case "places-taken", "awaiting-draft" -> p.put("count", Integer.parseInt(a.get(0)));
            case "room-no-language", "room-no-shared-hour" -> {
                p.put("count", Integer.parseInt(a.get(0)));
                p.put("languages", list(a.get(1)));
            }
            default -> { }
        }
        return p;
    }

    private static List<String> list(String joined) {
        return Arrays.stream(joined.split("[,/]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** 180 → "3 h", 150 → "2.5 h" (French "2,5 h"). */
    static String hours(int minutes, boolean fr) {
        String number = minutes % 60 == 0 ? String.valueOf(minutes / 60)
                : String.valueOf(minutes / 60.0).replaceAll("0+$", "");
        return (fr ? number.replace('.', ',') : number) + " h";
    }

    private static String days(String names, boolean fr) {
        List<String> labels = fr ? DAYS_FR : DAYS_EN;
        return Arrays.stream(names.split(",")).filter(s -> !s.isEmpty())
                .map(name -> labels.get(DayOfWeek.valueOf(name).getValue() - 1))
                .collect(Collectors.joining("/"));
    }
}
