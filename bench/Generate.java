import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes the benchmark's data; the same arguments always give the same bytes (java.util.Random's
 * sequence is fixed by its specification). Run with the source launcher, no build needed:
 *
 * <pre>
 *   java bench/Generate.java ledger DIR PEOPLE ROWS     DIR/people.csv and DIR/ledger.csv
 *   java bench/Generate.java linkedin FILE CONNECTIONS  a Connections.csv as LinkedIn exports it
 *   java bench/Generate.java mbox FILE MEGABYTES        a synthetic mbox (when no real mail is at hand)
 * </pre>
 *
 * {@code --seed N} before the command changes the seed (default 42). A summary goes to stderr.
 */
public final class Generate {
  static final LocalDate END = LocalDate.of(2026, 11, 30);
  static final int SPAN_DAYS = 4 * 365 + 1;

  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    long seed = 42;
    if (rest.size() >= 2 && rest.get(0).equals("--seed")) {
      seed = Long.parseLong(rest.get(1));
      rest = rest.subList(2, rest.size());
    }
    if (rest.size() < 3) {
      usage();
    }
    Random random = new Random(seed);
    Path out = Path.of(rest.get(1));
    switch (rest.get(0)) {
      case "ledger" -> {
        if (rest.size() != 4) {
          usage();
        }
        Ledger.write(random, out, Integer.parseInt(rest.get(2)), Integer.parseInt(rest.get(3)));
      }
      case "linkedin" -> Linkedin.write(random, out, Integer.parseInt(rest.get(2)));
      case "mbox" -> Mbox.write(random, out, Long.parseLong(rest.get(2)) * 1024 * 1024);
      default -> usage();
    }
  }

  private static void usage() {
    System.err.println(
        "usage: java bench/Generate.java [--seed N] ledger DIR PEOPLE ROWS"
            + " | linkedin FILE CONNECTIONS | mbox FILE MEGABYTES");
    System.exit(2);
  }

  static BufferedWriter writer(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /** One CSV line, each cell quoted only when it must be (RFC 4180). */
  static String csv(String... cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      if (i > 0) {
        line.append(',');
      }
      if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
        line.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        line.append(cell);
      }
    }
    return line.append('\n').toString();
  }

  static <T> T pick(Random random, T[] items) {
    return items[random.nextInt(items.length)];
  }

  /** An index into {@code weights}, drawn in proportion to them. */
  static int weighted(Random random, int[] weights) {
    int total = Arrays.stream(weights).sum();
    int draw = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return i;
      }
    }
    throw new IllegalStateException("weights must be positive");
  }

  /** Names, titles and companies, unique names within one call of {@link #people}. */
  static final class Names {
    static final String[] FIRST = {
      "Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Edsger",
      "Radia", "Donald", "Hedy", "Tim", "Katherine", "Vint", "Anita", "Guido", "Sophie", "James",
      "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth",
      "David", "Susan", "Richard", "Jessica", "Joseph", "Sarah", "Thomas", "Karen", "Charles",
      "Nancy", "Christopher", "Lisa", "Daniel", "Betty", "Matthew", "Sandra", "Anthony", "Ashley",
      "Mark", "Emily", "Steven", "Kimberly", "Paul", "Donna", "Andrew", "Michelle", "Joshua",
      "Carol", "Kenneth", "Amanda", "Kevin", "Melissa", "Brian", "Deborah", "George", "Stephanie",
      "Timothy", "Rebecca", "Ronald", "Laura", "Jason", "Helen", "Ryan", "Sharon", "Jacob",
      "Cynthia", "Gary", "Kathleen", "Nicholas", "Amy", "Eric", "Angela", "Jonathan", "Anna",
      "Stephen", "Brenda", "Larry", "Pamela", "Justin", "Emma", "Scott", "Nicole", "Brandon",
      "Samantha", "Benjamin", "Christine", "Samuel", "Rachel", "Gregory", "Janet", "Alexander",
      "Maria", "Frank", "Olivia", "Raymond", "Heather", "Patrick", "Diane", "Jack", "Julie",
      "Dennis", "Joyce", "Jerry", "Victoria", "Tyler", "Ruth", "Aaron", "Virginia", "José",
      "Lauren", "Adam", "Kelly", "Nathan", "Christina", "Henry", "Joan", "Zoë", "Evelyn", "Björn",
      "Judith", "Peter", "Andrea", "Zachary", "Hannah", "Douglas", "Megan", "Harold", "Cheryl",
      "Kyle", "Jacqueline", "Noah", "Martha", "Carl", "Madison", "Arthur", "Teresa", "Gerald",
      "Gloria", "Roger", "Sara", "Keith", "Janice", "Jeremy", "Ann", "Terry", "Kathryn", "Lawrence",
      "Abigail", "Sean", "Sophia", "Christian", "Frances", "Ethan", "Jean", "Austin", "Alice",
      "Joe", "Judy", "Albert", "Isabella", "Jesse", "Julia", "Willie", "Grace", "Billy", "Amber",
      "Bruce", "Denise", "Ralph", "Danielle", "Roy", "Marilyn", "Jordan", "Beverly", "Eugene",
      "Charlotte", "Wayne", "Natalie", "Louis", "Theresa", "Dylan", "Diana", "Bobby", "Brittany",
      "Russell", "Doris", "Philip", "Kayla", "Johnny", "Alexis", "Logan", "Lori", "Priya", "Wei",
      "Hiroshi", "Aiko", "Olu", "Chioma", "Mehmet", "Ayşe", "Sven", "Ingrid", "Lars", "Elif",
      "Rahul", "Ananya", "Mateo", "Lucía", "François", "Chloé", "Jürgen", "Małgorzata", "Siobhán"
    };
    static final String[] LAST = {
      "Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson",
      "Allen", "Dijkstra", "Perlman", "Knuth", "Lamarr", "Berners-Lee", "Johnson", "Cerf", "Borg",
      "van Rossum", "Wilson", "Smith", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
      "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Anderson", "Taylor", "Thomas",
      "Moore", "Jackson", "Martin", "Lee", "Perez", "White", "Harris", "Sanchez", "Clark",
      "Ramirez", "Lewis", "Robinson", "Walker", "Young", "King", "Wright", "Scott", "Torres",
      "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell",
      "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker",
      "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook",
      "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly",
      "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood",
      "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo",
      "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "Müller", "Schmidt",
      "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Dubois",
      "Lefèvre", "Moreau", "Laurent", "Girard", "Bonnet", "Rossi", "Russo", "Ferrari", "Esposito",
      "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Tanaka", "Suzuki", "Takahashi",
      "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Wang", "Li", "Zhang", "Liu", "Chen",
      "Yang", "Huang", "Zhao", "Wu", "Zhou", "Sharma", "Singh", "Kumar", "Gupta", "Iyer", "Reddy",
      "Nair", "Das", "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
      "Olsen", "Hansen", "Jensen", "Nielsen", "Kowalski", "Nowak", "Wiśniewski", "Novák", "Horváth",
      "Yılmaz", "Kaya", "Demir", "Okafor", "Adeyemi", "Mensah", "Silva", "Santos", "Oliveira",
      "Souza", "Pereira", "Costa", "O'Brien", "O'Connor", "McCarthy", "Byrne", "Ó Súilleabháin",
      "Fernández", "González", "Sánchez", "Pérez", "Martín", "Gómez", "Jiménez", "de Vries",
      "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"
    };
    static final String[][] TITLES_BY_LEVEL = {
      {"", "", "", "Student", "Volunteer", "Retired", "Infanterisoldat", "Journalist", "Board Member"},
      {
        "Software Engineer", "Data Analyst", "Recruiter", "Account Executive", "Intern",
        "Executive Assistant to the CEO", "Marketing Associate", "Sales Representative",
        "Customer Success Specialist", "UX Designer", "Software Developer", "Consultant",
        "Talent Acquisition Specialist", "Ingenieur", "Analista de Datos", "Ingénieur logiciel",
        "Systemutvecklare", "Research Assistant", "Frontend Developer", "Accountant"
      },
      {
        "Senior Software Engineer", "Sr. Data Scientist", "Staff Engineer", "Principal Architect",
        "Lead Designer", "Tech Lead", "Solutions Architect", "Senior Consultant",
        "Principal Product Manager", "Senior Recruiter", "Lead Data Engineer", "Ingeniero Senior"
      },
      {
        "Engineering Manager", "Sales Manager", "Partner Manager", "Marketing Manager",
        "Gerente de Ventas", "Responsable marketing", "Teamleiter Entwicklung",
        "Manager, Finance", "Account Manager", "Project Manager", "Konsultchef"
      },
      {
        "Director of Engineering", "Head of Product", "Sr. Director, Sales", "Directeur commercial",
        "Directora de Marketing", "Leiter Vertrieb", "Head of People", "Director, Partnerships",
        "GM, EMEA"
      },
      {
        "VP Engineering", "Vice President, Sales", "SVP Operations", "EVP & General Counsel",
        "Vicepresidente de Ventas", "Vice-président Marketing", "VP of Product"
      },
      {
        "CEO", "CTO", "Co-Founder", "Founder & CEO", "President", "Owner", "Partner", "CFO",
        "Geschäftsführer", "Directeur général", "Managing Partner", "Chief Executive Officer", "VD"
      }
    };
    static final int[] LEVEL_WEIGHTS = {6, 38, 20, 15, 10, 5, 6};
    static final String[] COMPANY_HEADS = {
      "North", "Blue", "Oak", "Silver", "Bright", "Stone", "Red", "Green", "Iron", "Cedar", "Swift",
      "Clear", "Pine", "Summit", "River", "Harbor", "Atlas", "Nova", "Polar", "Maple", "Granite",
      "Lumen", "Vector", "Quantum", "Orbit", "Crescent", "Falcon", "Meadow", "Aurora", "Beacon"
    };
    static final String[] COMPANY_TAILS = {
      "wind", "peak", "ridge", "field", "works", "gate", "point", "line", "bridge", "stack", "forge",
      "lake", "wave", "leaf", "path", "light", "craft", "scale", "mark", "haven"
    };
    static final String[] COMPANY_SUFFIXES = {
      "", "", "Inc.", "Ltd", "GmbH", "Labs", "Systems", "Group", "AB", "S.A.", "Consulting",
      "Health", "Capital", "Software"
    };

    private final Random random;
    private final Set<String> taken = new HashSet<>();
    private final String[] companies;

    Names(Random random) {
      this.random = random;
      companies = new String[1500];
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < companies.length; ) {
        String name =
            (pick(random, COMPANY_HEADS) + pick(random, COMPANY_TAILS) + " "
                    + pick(random, COMPANY_SUFFIXES))
                .strip();
        if (seen.add(name)) {
          companies[i++] = name;
        }
      }
    }

    /** A name no earlier call returned (case-insensitively), as first and last name. */
    String[] person() {
      while (true) {
        String first = pick(random, FIRST);
        String last = pick(random, LAST);
        if (random.nextInt(8) == 0) {
          last = (char) ('A' + random.nextInt(26)) + ". " + last;
        }
        if (taken.add((first + " " + last).toLowerCase(Locale.ROOT))) {
          return new String[] {first, last};
        }
      }
    }

    String title() {
      return pick(random, TITLES_BY_LEVEL[weighted(random, LEVEL_WEIGHTS)]);
    }

    /** A company, a few large ones far more often than the many small ones. */
    String company() {
      double u = random.nextDouble();
      return companies[(int) (companies.length * u * u * u)];
    }

    static String domain(String company) {
      return ascii(company).replaceAll("[^a-z0-9]", "") + ".example";
    }

    static String ascii(String text) {
      return Normalizer.normalize(text, Normalizer.Form.NFD)
          .replaceAll("\\p{M}", "")
          .replace("ı", "i")
          .replace("ł", "l")
          .toLowerCase(Locale.ROOT);
    }

    static String local(String first, String last) {
      return (ascii(first) + "." + ascii(last)).replaceAll("[^a-z0-9.]", "").replace("..", ".");
    }
  }

  /** The people CSV and the ledger CSV over the same people. */
  static final class Ledger {
    static final String[] KINDS = {
      "advice", "feedback", "introduction", "endorsement", "referral", "tool", "other", "deal",
      "win", "sponsorship", "raise", "promotion", "job"
    };
    static final int[] KIND_WEIGHTS = {20, 18, 15, 10, 10, 8, 6, 4, 4, 2, 1, 1, 1};
    static final String[] CHANNELS = {
      "meeting", "call", "coffee", "lunch", "email", "message", "event", ""
    };
    static final int[] CHANNEL_WEIGHTS = {30, 20, 10, 8, 15, 10, 5, 2};
    static final int[] MINUTES = {5, 10, 15, 20, 30, 30, 45, 60, 60, 90, 120, 180};
    static final String[] TIME_NOTES = {
      "weekly sync", "coffee at the conference", "call about the migration, part 2",
      "lunch near the office", "quarterly review", "intro call", "reviewed the \"Q3\" plan",
      "demo of the new dashboard", "catch-up after the offsite", "pairing on the release"
    };
    static final String[] VALUE_NOTES = {
      "intro to the platform team", "feedback on my talk", "referral for the staff role",
      "advice on pricing, contracts and terms", "shared the \"hiring rubric\" doc",
      "endorsed for system design", "closed the pilot together", "recommended me to their VP"
    };
    static final String[] ASKS = {
      "an introduction to their VP of Sales", "30 minutes of feedback on my deck",
      "a referral for the open staff role", "a quote for the case study",
      "review of the architecture proposal, by Friday", "to speak at our meetup",
      "advice on negotiating the offer", "a reference call with the hiring manager"
    };
    static final String[] OUTCOMES = {"granted", "declined", "ignored", "open"};
    static final int[] OPEN_PERSON = {55, 25, 10, 10};
    static final int[] CLOSED_PERSON = {15, 10, 60, 15};
    static final int[][] DIRECTION_WEIGHTS = {{40, 40, 20}, {80, 15, 5}, {15, 80, 5}};
    static final String[] DIRECTIONS = {"gave", "got", "joint"};

    /** What one person's rows look like: how many, when, and which way value and asks go. */
    record Profile(
        String name,
        int weight,
        boolean social,
        int direction,
        boolean closed,
        int newest,
        int oldest) {}

    static void write(Random random, Path dir, int people, int rows) throws IOException {
      Names names = new Names(random);
      Profile[] profiles = new Profile[people];
      try (BufferedWriter out = writer(dir.resolve("people.csv"))) {
        out.write("name,title,company,email\n");
        for (int i = 0; i < people; i++) {
          String[] first = names.person();
          String name = first[0] + " " + first[1];
          String company = random.nextInt(20) == 0 ? "" : names.company();
          String title = names.title();
          out.write(csv(name, title, company, emails(random, first, company)));
          profiles[i] = profile(random, name);
        }
      }
      tiers(random, profiles);
      int[] counts = new int[7];
      int[] perPerson = new int[people];
      try (BufferedWriter out = writer(dir.resolve("ledger.csv"))) {
        out.write("date,person,event,minutes,kind,value,outcome,note\n");
        for (long row : rowsByDate(random, profiles, rows)) {
          int person = (int) (row & 0xffffffffL);
          perPerson[person]++;
          String date = END.minusDays(row >>> 32).toString();
          out.write(row(random, profiles[person], date, counts));
        }
      }
      Arrays.sort(perPerson);
      System.err.printf(
          Locale.ROOT,
          "%,d people and %,d ledger rows (time %,d, value %,d, asks %,d: %,d open, %,d granted,"
              + " %,d declined, %,d ignored; entries per person: at most %,d, median %,d)%n",
          people,
          rows,
          counts[0],
          counts[1],
          counts[2],
          counts[6],
          counts[3],
          counts[4],
          counts[5],
          perPerson[perPerson.length - 1],
          perPerson[perPerson.length / 2]);
    }

    private static String emails(Random random, String[] name, String company) {
      int kind = random.nextInt(20);
      if (kind == 0 || company.isEmpty() && kind < 4) {
        return "";
      }
      String work =
          Names.local(name[0], name[1])
              + "@"
              + (company.isEmpty() ? "mail.example" : Names.domain(company));
      return kind < 3 ? work + ";" + Names.local(name[0], name[1]) + "@home.example" : work;
    }

    private static Profile profile(Random random, String name) {
      int newest = random.nextInt(100) < 65 ? random.nextInt(120) : random.nextInt(SPAN_DAYS);
      int length = 90 + random.nextInt(SPAN_DAYS - 90);
      return new Profile(
          name,
          0,
          random.nextInt(5) == 0,
          weighted(random, new int[] {60, 20, 20}),
          random.nextInt(100) < 15,
          newest,
          Math.min(SPAN_DAYS - 1, newest + length));
    }

    /** A long tail: 3% of people weigh 1,000–4,000, 17% 40–200, the rest 1–10. */
    private static void tiers(Random random, Profile[] profiles) {
      Integer[] order = new Integer[profiles.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Collections.shuffle(Arrays.asList(order), random);
      for (int rank = 0; rank < order.length; rank++) {
        double share = (double) rank / order.length;
        int weight =
            share < 0.03
                ? 1000 + random.nextInt(3001)
                : share < 0.20 ? 40 + random.nextInt(161) : 1 + random.nextInt(10);
        Profile p = profiles[order[rank]];
        profiles[order[rank]] =
            new Profile(p.name, weight, p.social, p.direction, p.closed, p.newest, p.oldest);
      }
    }

    /** Each row as (days before the end) << 32 | person, oldest first. */
    private static long[] rowsByDate(Random random, Profile[] profiles, int rows) {
      long[] cumulative = new long[profiles.length];
      long sum = 0;
      for (int i = 0; i < profiles.length; i++) {
        sum += profiles[i].weight;
        cumulative[i] = sum;
      }
      long[] keys = new long[rows];
      for (int r = 0; r < rows; r++) {
        long draw = (long) (random.nextDouble() * sum);
        int person = Arrays.binarySearch(cumulative, draw + 1);
        person = person >= 0 ? person : -person - 1;
        Profile p = profiles[person];
        long days = p.newest + random.nextInt(p.oldest - p.newest + 1);
        keys[r] = (SPAN_DAYS - days) << 32 | person;
      }
      Arrays.sort(keys);
      for (int r = 0; r < rows; r++) {
        keys[r] = (SPAN_DAYS - (keys[r] >>> 32)) << 32 | (keys[r] & 0xffffffffL);
      }
      return keys;
    }

    private static String row(Random random, Profile p, String date, int[] counts) {
      double u = random.nextDouble();
      if (!p.social && u < 0.125) {
        counts[1]++;
        String direction = DIRECTIONS[weighted(random, DIRECTION_WEIGHTS[p.direction])];
        String value = random.nextInt(100) < 15 ? (5 + random.nextInt(96)) / 10.0 + "" : "";
        String note = random.nextInt(100) < 60 ? pick(random, VALUE_NOTES) : "";
        return csv(
            date, p.name, direction, "", KINDS[weighted(random, KIND_WEIGHTS)], value, "", note);
      }
      if (!p.social && u < 0.1875) {
        counts[2]++;
        int outcome = weighted(random, p.closed ? CLOSED_PERSON : OPEN_PERSON);
        counts[3 + outcome]++;
        String written = outcome == 3 && random.nextBoolean() ? "" : OUTCOMES[outcome];
        String event = random.nextInt(100) < 55 ? "asked" : "was-asked";
        return csv(date, p.name, event, "", "", "", written, pick(random, ASKS));
      }
      counts[0]++;
      String note = random.nextInt(100) < 40 ? pick(random, TIME_NOTES) : "";
      return csv(
          date,
          p.name,
          "time",
          Integer.toString(MINUTES[random.nextInt(MINUTES.length)]),
          CHANNELS[weighted(random, CHANNEL_WEIGHTS)],
          "",
          "",
          note);
    }
  }

  /** LinkedIn's Connections.csv as exported since 2023: a Notes: preamble, then newest first. */
  static final class Linkedin {
    static final String PREAMBLE =
        "Notes:\n"
            + "\"When exporting your connection data, you may notice that some of the email"
            + " addresses are missing. You will only see email addresses for connections who have"
            + " allowed their connections to see or download their email address using this"
            + " setting https://www.linkedin.com/psettings/privacy/email. You can learn more here"
            + " https://www.linkedin.com/help/linkedin/answer/261\"\n"
            + "\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    static final DateTimeFormatter CONNECTED_ON =
        DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    static void write(Random random, Path file, int connections) throws IOException {
      Names names = new Names(random);
      int[] daysAgo = new int[connections];
      for (int i = 0; i < connections; i++) {
        daysAgo[i] = random.nextInt(10 * 365);
      }
      Arrays.sort(daysAgo);
      int withEmail = 0;
      try (BufferedWriter out = writer(file)) {
        out.write(PREAMBLE);
        for (int i = 0; i < connections; i++) {
          String[] name = names.person();
          String local = Names.local(name[0], name[1]);
          String company = random.nextInt(100) < 3 ? "" : names.company();
          String email = "";
          if (random.nextInt(100) < 2) {
            email = local + "@" + (company.isEmpty() ? "mail.example" : Names.domain(company));
            withEmail++;
          }
          String url =
              "https://www.linkedin.com/in/"
                  + local.replace('.', '-')
                  + "-"
                  + Integer.toHexString(0x1000000 + random.nextInt(0xf000000));
          String position = random.nextInt(100) < 3 ? "" : names.title();
          String on = END.minusDays(daysAgo[i]).format(CONNECTED_ON);
          out.write(csv(name[0], name[1], url, email, company, position, on));
        }
      }
      System.err.printf(
          Locale.ROOT, "%,d connections (%,d with an e-mail address)%n", connections, withEmail);
    }
  }

  /** A made-up mailbox of my mail and replies to it, for when no real mailbox is at hand. */
  static final class Mbox {
    static final String ME = "me@home.example";
    static final DateTimeFormatter FROM_LINE =
        DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss uuuu", Locale.ENGLISH);
    static final String[] WORDS = {
      "the", "plan", "for", "next", "quarter", "looks", "good", "please", "review", "attached",
      "numbers", "and", "let", "me", "know", "if", "we", "should", "meet", "on", "Thursday",
      "about", "contract", "pricing", "team", "From", "release", "thanks", "again", "update"
    };

    static void write(Random random, Path file, long bytes) throws IOException {
      Names names = new Names(random);
      String[][] people = new String[500][];
      for (int i = 0; i < people.length; i++) {
        String[] name = names.person();
        String address = Names.local(name[0], name[1]) + "@" + Names.domain(names.company());
        people[i] = new String[] {name[0] + " " + name[1], address};
      }
      long written = 0;
      int messages = 0;
      try (BufferedWriter out = writer(file)) {
        while (written < bytes) {
          messages++;
          String message = message(random, people, messages);
          out.write(message);
          written += message.getBytes(StandardCharsets.UTF_8).length;
        }
      }
      System.err.printf(Locale.ROOT, "%,d messages in %,d bytes%n", messages, written);
    }

    private static String message(Random random, String[][] people, int n) {
      String[] them = people[random.nextInt(people.length)];
      boolean mine = random.nextBoolean();
      String from = mine ? ME : them[1];
      var at =
          END.atStartOfDay(java.time.ZoneOffset.UTC)
              .minusMinutes(random.nextInt(SPAN_DAYS * 24 * 60));
      StringBuilder m = new StringBuilder();
      m.append("From ").append(from).append(' ').append(at.format(FROM_LINE)).append('\n');
      m.append("Message-ID: <").append(n).append(".bench@home.example>\n");
      m.append("Date: ").append(at.format(DateTimeFormatter.RFC_1123_DATE_TIME)).append('\n');
      m.append("From: ").append(mine ? "Me <" + ME + ">" : them[0] + " <" + them[1] + ">");
      m.append("\nTo: ").append(mine ? them[0] + " <" + them[1] + ">" : ME).append('\n');
      if (!mine && n > 1 && random.nextBoolean()) {
        int original = 1 + random.nextInt(n - 1);
        m.append("In-Reply-To: <").append(original).append(".bench@home.example>\n");
      }
      m.append("Subject: ").append(mine ? "" : "Re: ").append("the plan, part ");
      m.append(random.nextInt(50)).append("\n\n");
      int lines = 5 + random.nextInt(60);
      for (int i = 0; i < lines; i++) {
        StringBuilder line = new StringBuilder();
        for (int w = 0; w < 12; w++) {
          line.append(w == 0 ? "" : " ").append(pick(random, WORDS));
        }
        // mbox quotes a body line that would read as the next message's separator
        m.append(line.toString().startsWith("From ") ? ">" : "").append(line).append('\n');
      }
      return m.append('\n').toString();
    }
  }
}
