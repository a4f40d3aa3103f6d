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
        "NB", "PS", "RIP", "SUV", "ATM", "IPO", "Q", "R", "D", "LGBT", "COVID", "GCSE", "GCSEs", "MBA", "BA", "MA", "BSc");

    // Bodies whose name ends in a word that heads people's names too, or in none of the usual heads.
    public static readonly FrozenSet<string> Heads = Quotes.NameWords.BodyHeads
        .Concat(["Ministry", "Commons", "Lords", "Forces", "Guard", "Brigade", "Regiment", "Programme", "Program", "Radio",
            "Television", "Airways", "Airlines", "Railways", "Motors", "Holdings", "Industries", "Partners", "Capital",
            "Reserve", "Monitor", "Watch", "International", "Initiative", "Council", "Executive", "Cabinet", "Inquiry", "Hall",
            "Microsystems", "Systems", "Technologies", "Technology", "Energy", "Pharmaceuticals", "Labs", "Laboratories", "Media",
            "Press", "Bhd", "Berhad", "Plc", "PLC", "LLC", "GmbH", "AG", "SA", "NV", "Co"])
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

    public static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= 6 && word.Count(char.IsUpper) >= 2 && word.All(c => char.IsUpper(c) || c is '.' or '&' or '-')
        && !NotBodies.Contains(word);

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
