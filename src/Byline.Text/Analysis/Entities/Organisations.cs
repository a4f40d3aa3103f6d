using System.Collections.Frozen;

namespace Byline.Text.Analysis.Entities;

/// <summary>What makes a run of capitals the name of a body rather than of a person.</summary>
internal static class Organisations
{
    // Parties are called by a bare name: "Labour said", "the Tories", "the SNP". A closed class,
    // like the honorifics: each country has a handful, and no rule tells "Labour" from a surname.
    public static readonly FrozenSet<string> Parties = Set(
        "Labour", "Conservatives", "Tories", "Liberal Democrats", "Lib Dems", "Lib Dem", "Democrats", "Republicans", "Greens",
        "SNP", "UKIP", "Plaid Cymru", "Sinn Fein", "Sinn Féin", "DUP", "UUP", "SDLP", "BNP", "Respect", "Veritas",
        "BJP", "Congress", "UMNO", "Umno", "PAS", "PKR", "DAP", "MCA", "MIC", "Barisan Nasional", "Pakatan Harapan", "Perikatan Nasional",
        "PAP", "Workers' Party", "Kuomintang", "KMT", "LDP", "ANC", "PTI", "PML-N", "AAP");

    // Capitals that are no name of anything: ranks, units, letters after a name, common abbreviations.
    public static readonly FrozenSet<string> NotBodies = Set(
        "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "AM", "PM", "ID", "TV", "GMT", "BST", "EST", "PST", "CEO", "OK", "DNA", "HIV",
        "AIDS", "GDP", "VAT", "IT", "PR", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "PhD", "II", "III", "IV", "VI", "VII", "VIII",
        "IX", "XI", "A", "I", "UK", "US", "USA", "UAE", "U.S.", "U.K.", "U.S.A.", "EU's", "AGM", "FAQ", "CCTV", "SMS", "PDF", "PC", "PCs", "DVD", "CD",
        "Ir", "Ts", "NB", "PS", "RIP", "SUV", "ATM", "IPO", "Q", "R", "D", "LGBT", "COVID", "GCSE", "GCSEs", "MBA", "BA", "MA", "BSc",
        "GP", "GPs", "A&E", "CEOs", "AGMs", "PM's", "AM", "FM");

    // Bodies whose name ends in a word that heads people's names too, or in none of the usual heads.
    public static readonly FrozenSet<string> Heads = Quotes.NameWords.BodyHeads
        .Concat(["Ministry", "Commons", "Lords", "Forces", "Guard", "Brigade", "Regiment", "Programme", "Program", "Radio",
            "Television", "Airways", "Airlines", "Railways", "Motors", "Holdings", "Industries", "Partners", "Capital",
            "Reserve", "Monitor", "Watch", "International", "Initiative", "Council", "Executive", "Cabinet", "Inquiry", "Hall",
            "Microsystems", "Systems", "Technologies", "Technology", "Energy", "Pharmaceuticals", "Labs", "Laboratories", "Media",
            "Press", "Workers", "Legislature", "Administration", "Bhd", "Berhad", "Plc", "PLC", "LLC", "GmbH", "AG", "SA", "NV", "Co"])
        .Except(["Times", "Post", "Herald", "Guardian", "Telegraph", "Journal", "News"])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "Bank of England", "House of Commons", "Department for Work and Pensions": a head, then "of"/"for".
    public static bool HasHeadThenOf(string[] words)
    {
        for (var i = 0; i < words.Length - 2; i++)
        {
            if (words[i + 1] is "of" or "for" or "on" && Heads.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    // "NHS", "U.S.", "AT&T", "NO2ID": two capitals at least, and nothing lowercase.
    public static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= 6 && word.Count(char.IsUpper) >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '.' or '&' or '-') && !char.IsDigit(word[^1])
        && !NotBodies.Contains(word);

    // Each party under the names a story calls it by, the one to list it under first: "Tory plans",
    // "a Conservative government", "the Tories" and "the Conservative Party" are one party.
    private static readonly string[][] PartyNames =
    [
        ["Conservative Party", "Conservatives", "Tories", "Tory Party", "Tory", "Conservative"],
        ["Liberal Democrats", "Liberal Democrat Party", "Lib Dems", "Lib Dem", "Liberal Democrat"],
        ["Labour Party", "Labour"],
        ["Scottish National Party", "SNP"],
        ["UK Independence Party", "UKIP"],
        ["Democratic Party", "Democrats"],
        ["Republican Party", "Republicans", "GOP"],
    ];

    private static readonly FrozenDictionary<string, string[]> PartyByName = PartyNames
        .SelectMany(names => names.Select(n => (n, names))).ToFrozenDictionary(p => p.n, p => p.names, StringComparer.OrdinalIgnoreCase);

    /// <summary>The key one party is tallied under, whichever of its names is given; null for no party.</summary>
    public static string? PartyKey(string name) => PartyByName.TryGetValue(name, out var names) ? names[0] : null;

    // "Tory plans", "a Lib Dem spokesman": a party named only so is listed under its own name.
    private static readonly FrozenSet<string> Adjectives = Set("Tory", "Conservative", "Lib Dem", "Liberal Democrat");

    /// <summary>Of the forms a story gives a party, the one to list it under: the first in <see cref="PartyNames"/> not an adjective.</summary>
    public static string PartyName(string key, IEnumerable<string> forms)
    {
        var given = forms.Select(f => f.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? f[4..] : f).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return PartyByName[key].FirstOrDefault(n => given.Contains(n) && !Adjectives.Contains(n)) ?? key;
    }

    // How many of the first words are a party's name: "Lib Dem Treasury spokesman", "Tory leader".
    public static int PartyWords(IReadOnlyList<string> words)
    {
        for (var n = Math.Min(3, words.Count); n >= 1; n--)
        {
            if (PartyByName.ContainsKey(string.Join(' ', words.Take(n))))
            {
                return n;
            }
        }

        return 0;
    }

    // Words that count people ("three Republicans", "some Tories", "other Democrats"): members, not the party.
    public static readonly FrozenSet<string> Counts = Set(
        "some", "many", "most", "few", "several", "other", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "dozen", "dozens", "hundreds", "more", "fellow", "rebel", "leading", "senior", "moderate", "all", "both", "those");

    // Words that open a sentence and no name: "Several Labour MPs", "Tonight the House votes".
    public static readonly FrozenSet<string> Openers = Set(
        "Several", "Few", "Any", "Either", "Neither", "Nor", "Tonight", "Overnight", "Separately", "Elsewhere", "Ahead",
        "Unlike", "Like", "Among", "Amid", "Without", "Within", "Against", "Outside", "Inside", "Once", "Already", "Until");

    // A title that ends a run names a post, not a person: "the Works Minister", "Lord Chief Justice";
    // before a name, it ends the title ("House Speaker Mark Ellison", "Township Supervisor Angela Moreno").
    public static readonly FrozenSet<string> RoleEnds = Set(
        "Secretary", "Minister", "Chancellor", "President", "Leader", "Chairman", "Chairwoman", "Chairperson", "Director",
        "Commissioner", "Governor", "Mayor", "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Justice", "Speaker",
        "Supervisor", "Premier", "Attorney-General", "Councillor", "Senator", "Superintendent", "Inspector", "Treasurer",
        "Coordinator", "Co-ordinator", "Whip", "Registrar", "Auditor-General", "Solicitor-General", "Controller");

    // Buildings that stand for the body inside ("Downing Street said") and are places when someone is
    // at them ("speaking outside Downing Street", "at City Hall").
    public static readonly FrozenSet<string> Seats = Set(
        "Downing Street", "Number 10", "Whitehall", "Westminster", "City Hall", "Capitol", "Capitol Hill", "White House", "Kremlin",
        "Pentagon", "Elysee", "Élysée", "Holyrood", "Stormont", "Blue House", "Istana", "Putrajaya", "Seri Perdana", "Town Hall");

    // Prepositions that put someone at a building rather than quote the body inside it.
    public static readonly FrozenSet<string> AtPlace = Set("at", "outside", "in", "into", "near", "inside", "to", "from", "on", "toward", "towards", "around", "across");

    // Prepositions capitalised inside a name are a body's or a work's: "League Against Cruel Sports".
    public static readonly FrozenSet<string> TitledPrepositions = Set("Against", "For", "Of", "With", "Without", "Into", "Under", "Over", "Beyond", "Across", "Towards", "Toward");

    // Chambers a story names by the short form: "the Commons" is the House of Commons it named.
    public static readonly FrozenSet<string> Chambers = Set("Commons", "Lords", "Senate", "Assembly", "House", "Congress", "Parliament");

    public static readonly FrozenSet<string> Calendar = Set(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");

    // The first words of feasts and holidays, which read like given names: "Hari Raya", "Chinese New Year".
    public static readonly FrozenSet<string> Feasts = Set(
        "Hari", "Deepavali", "Diwali", "Christmas", "Easter", "Ramadan", "Ramadhan", "Eid", "Thanksgiving", "Hanukkah", "Vesak",
        "Thaipusam", "Pongal", "Holi", "Passover", "Halloween", "Lent", "Advent", "Onam", "Gawai", "Kaamatan", "Chinese");

    // Malaysian professional titles that stand before a name like an honorific: engineer, technologist, architect.
    public static readonly FrozenSet<string> Professions = Set("Ir", "Ir.", "Ts", "Ts.", "Ar", "Ar.");

    // Points of the compass and their kin are never a place by themselves.
    public static readonly FrozenSet<string> Compass = Set(
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Upper", "Lower");

    // Titles of works and laws end in words like these; they are not bodies.
    public static readonly FrozenSet<string> NotHeads = Set(
        "Act", "Bill", "Agreement", "Treaty", "Accord", "Day", "Week", "Year", "Cup", "Games", "Prize", "Award", "Awards", "Report",
        "Review", "Strategy", "Plan", "Summit", "Election", "Elections", "War", "Crisis", "Scheme", "Charter", "Declaration",
        "Budget", "Statement", "Speech", "Programme's");

    // Heads of the names of things that are no person: "Pacific Ocean", "City Hall", "Orchard Road",
    // and articles that open the names of weather and places ("La Niña", "El Niño").
    public static readonly FrozenSet<string> NotPersonHeads = Set(
        "Ocean", "Sea", "River", "Lake", "Bay", "Island", "Islands", "Mountain", "Mountains", "Hills", "Valley", "Strait", "Gulf",
        "Peninsula", "Road", "Avenue", "Square", "Bridge", "Station", "Airport", "Park", "Stadium", "Hall", "Tower", "Towers", "Mall",
        "Plaza", "Highway", "Expressway", "Lane", "Way", "Province", "State", "County", "District", "Region", "Coast", "Desert",
        "Forest", "Canal", "Dam", "Port", "Harbour", "Harbor", "Market", "Festival", "Day", "Week", "Cup", "League", "Games",
        "Act", "Bill", "Agreement", "Treaty", "La", "El", "Le", "Los", "Las", "Al", "North", "South", "East", "West", "Northern",
        "Southeast", "Southwest", "Northeast", "Northwest", "South-East", "South-West", "North-East", "North-West", "Asia", "Europe", "Africa", "Oceania",
        "Southern", "Eastern", "Western", "Central", "Greater", "New", "Old", "Upper", "Lower", "Saint", "San", "Santa", "Sao", "São",
        "Fort", "Mount", "Lake", "Port", "Cape", "Metro", "Kuala", "Bandar", "Kota", "Pulau", "Sungai", "Bukit", "Tanjung", "Teluk");

    // Words that open a credit line, not a name: "Written By Aryan Singh", "Pictured: ...".
    public static readonly FrozenSet<string> Credits = Set("Written", "Reported", "Reporting", "Edited", "Editing", "Compiled", "Additional", "Photo", "Photos", "Photograph", "Pictured", "Picture", "Image", "Credit", "Source", "Read", "See", "Watch", "Related", "Advertisement", "Copyright");

    // A broadcaster's service named after it: "BBC Radio", "CNN International".
    public static readonly FrozenSet<string> Outlets = Set("Radio", "Television", "TV", "News", "Online", "World", "International", "One", "Two", "Four");

    public static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["sen."] = "senator", ["gov."] = "governor", ["rep."] = "representative", ["lt."] = "lieutenant", ["gen."] = "general",
        ["col."] = "colonel", ["capt."] = "captain", ["sgt."] = "sergeant", ["adm."] = "admiral", ["cmdr."] = "commander",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
