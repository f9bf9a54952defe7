package org.lcmhub.hub.dev;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.lcmhub.domain.Language;

/**
 * The demo's learners, from many places, each named once in the whole demo: an LCM reading two
 * cohorts, or the mentors' matching, never meets the same person twice. Each place has four given
 * names and four family names of its own (no family name is in two places), combined so that its
 * first sixteen learners all differ. The README's example learner, Awa Diallo, is not among them.
 */
final class DemoPeople {
    record Person(String name, String timezone, Language language) {
        /** An address made from the name, its accents dropped but not its letters ("Inès" gives "ines"). */
        String email(int n) {
            String letters = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
            return letters + "." + n + "@example.net";
        }
    }

    private record Place(String timezone, List<String> given, List<String> family) {
        Place(String timezone, String given, String family) {
            this(timezone, List.of(given.split(",")), List.of(family.split(",")));
        }

        /** The v-th person of this place: a Latin square, so no pair comes twice in the first 16. */
        String name(int v) {
            int size = given.size();
            return given.get(v % size) + " " + family.get((v + v / size) % size);
        }
    }

    // The first places of each list in the order the demo's first running cohort always had them.
    private static final List<Place> FRENCH = List.of(
            new Place("Africa/Dakar", "Fatou,Moussa,Aminata,Ibrahima", "Ndiaye,Sow,Diop,Fall"),
            new Place("Europe/Paris", "Léa,Hugo,Camille,Théo", "Martin,Lefebvre,Dubois,Girard"),
            new Place("America/Montreal", "Chloé,Félix,Maude,Olivier", "Tremblay,Gagnon,Côté,Bouchard"),
            new Place("Africa/Dakar", "Khady,Ousmane,Ndèye,Cheikh", "Sarr,Gueye,Faye,Mbaye"),
            new Place("Europe/Brussels", "Lucas,Manon,Arthur,Lina", "Peeters,Janssens,Dumont,Lambert"),
            new Place("Africa/Casablanca", "Amina,Youssef,Salma,Karim", "Haddad,Alaoui,Bennani,Tazi"),
            new Place("Africa/Algiers", "Inès,Sofiane,Yasmine,Nassim", "Brahimi,Mansouri,Belkacem,Khelifi"),
            new Place("Europe/Paris", "Zoé,Jules,Clara,Nathan", "Moreau,Fontaine,Rousseau,Mercier"),
            new Place("Africa/Abidjan", "Adjoua,Koffi,Mariam,Serge", "Kouassi,Koné,Yao,Bamba"),
            new Place("Europe/Zurich", "Noémie,Loïc,Mélanie,Yann", "Favre,Rochat,Bonvin,Perrin"));

    private static final List<Place> ENGLISH = List.of(
            new Place("Asia/Tokyo", "Kenji,Yuki,Haruto,Aiko", "Sato,Tanaka,Suzuki,Watanabe"),
            new Place("America/Sao_Paulo", "Maria,Rafael,Beatriz,Thiago", "Oliveira,Santos,Costa,Almeida"),
            new Place("Europe/Istanbul", "Yusuf,Elif,Emre,Zeynep", "Demir,Kaya,Şahin,Çelik"),
            new Place("Asia/Kolkata", "Priya,Arjun,Ananya,Rohan", "Nair,Sharma,Iyer,Gupta"),
            new Place("Europe/Berlin", "Jonas,Lena,Paul,Mia", "Becker,Schmidt,Wagner,Hoffmann"),
            new Place("Europe/Dublin", "Sam,Aoife,Cian,Niamh", "O’Connor,Murphy,Byrne,Walsh"),
            new Place("Asia/Ho_Chi_Minh", "Lan,Minh,Hương,Tuấn", "Nguyễn,Trần,Phạm,Lê"),
            new Place("America/Mexico_City", "Diego,Sofía,Emiliano,Valeria", "Ramírez,Hernández,López,Castillo"),
            new Place("America/New_York", "Olivia,Marcus,Grace,Ethan", "Brown,Johnson,Miller,Davis"),
            new Place("Africa/Johannesburg", "Zanele,Thabo,Lerato,Sipho", "Dlamini,Mokoena,Nkosi,Khumalo"),
            new Place("Europe/Rome", "Matteo,Giulia,Luca,Chiara", "Rossi,Bianchi,Romano,Ricci"),
            new Place("Africa/Lagos", "Chidi,Ngozi,Tunde,Amaka", "Okafor,Adeyemi,Eze,Balogun"));

    private int french;
    private int english;

    /** The next learner who reads the hub in {@code language}. */
    Person next(Language language) {
        boolean fr = language.isFrench();
        List<Place> places = fr ? FRENCH : ENGLISH;
        int k = fr ? french++ : english++;
        Place place = places.get(k % places.size());
        return new Person(place.name(k / places.size()), place.timezone(), fr ? Language.FR : Language.EN);
    }
}
