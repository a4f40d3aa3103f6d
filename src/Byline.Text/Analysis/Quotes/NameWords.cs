using System.Collections.Frozen;

namespace Byline.Text.Analysis.Quotes;

/// <summary>The words around names in news copy: honorifics, titles, peers, bodies, pronouns.</summary>
internal static class NameWords
{
    // Dropped from a speaker's name ("Datuk Seri Anwar Ibrahim" is Anwar Ibrahim).
    public static readonly FrozenSet<string> Honorifics = Set(
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame",
        "Rev", "Rev.", "Reverend", "Rabbi", "Archbishop", "Bishop", "Father", "Imam", "Sheikh", "Datuk", "Datuk Seri", "Dato", "Dato'",
        "Dato’", "Datin", "Seri", "Tun", "Haji", "Hajah", "Shri", "Smt", "Smt.", "Pehin", "Berhormat", "YB", "Hon", "Hon.",
        "Cllr", "Mme", "Herr", "Madam", "Mdm", "Encik", "Puan", "Cik", "Tuan", "Ir");

    // Words that are honorifics only before another ("Tan Sri", "Toh Puan"): Tan is a surname too.
    public static readonly FrozenSet<string> HonorificPairs = Set("Tan Sri", "Toh Puan", "Puan Sri", "Datuk Sri", "Dato Sri", "Dato' Sri", "Yang Berhormat", "Yang Amat");

    // Titles that stand before a name ("Chancellor Gordon Brown", "Sen. Jane Doe") and are no part of it.
    public static readonly FrozenSet<string> Titles = Set(
        "President", "Vice", "Prime", "Minister", "Deputy", "Chancellor", "Secretary", "Senator", "Sen.", "Rep.", "Representative",
        "Gov.", "Governor", "Lt.", "Gen.", "General", "Col.", "Colonel", "Capt.", "Captain", "Sgt.", "Sergeant", "Cmdr.", "Adm.",
        "Admiral", "Chief", "Judge", "Justice", "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Ambassador", "Commissioner",
        "Inspector", "Superintendent", "Detective", "Officer", "Constable", "Coach", "Chairman", "Chairwoman", "Chair", "Speaker",
        "Leader", "Director", "Attorney", "Solicitor", "Foreign", "Home", "Defence", "Defense", "Health", "Education", "Trade",
        "Finance", "Economy", "Interior", "Transport", "Environment", "Culture", "Justice", "Energy", "Labor", "Labour", "Shadow",
        "State", "External", "Affairs", "Treasury", "Attorney-General", "Premier", "Mufti", "Emir", "Sultan", "Crown", "Executive",
        "Managing", "Assistant", "Associate", "Acting", "Former", "Ex-", "Tory", "Conservative", "Democrat", "Democratic",
        "Republican", "Liberal", "Lib", "Dem", "Green", "Party", "Opposition", "U.S.", "US", "UK", "Indian", "Malaysian",
        "Pakistani", "Chinese", "British", "American", "Singapore", "Singaporean", "Indonesian", "Philippine", "Japanese", "Police",
        "Health", "Minister's", "MP", "MEP", "MSP", "MLA", "TD", "Delegate", "Councillor", "Councilor", "Councilman", "Councilwoman", "Alderman", "Dean", "Provost", "Principal");

    // The words that end a role standing before a name: "Pensions Secretary", "Works Minister".
    public static readonly FrozenSet<string> RoleHeads = Set(
        "Secretary", "Minister", "Chancellor", "President", "Leader", "Chairman", "Chairwoman", "Director", "Commissioner",
        "Governor", "Mayor", "Ambassador", "Speaker", "Supervisor", "Spokesman", "Spokeswoman", "Spokesperson", "Coordinator", "Co-ordinator", "Officer",
        "Executive", "Clerk", "Councillor", "Senator", "Premier", "Attorney-General", "Chief", "Campaigner", "Analyst", "Economist",
        "Professor", "Lecturer", "Teacher", "Nurse", "Doctor", "Driver", "Student", "Resident", "Trader", "Farmer", "Engineer");

    // Peers keep the name they are given: "Lord Janner" is Lord Janner.
    public static readonly FrozenSet<string> Peers = Set("Lord", "Lady", "Baroness", "Baron", "Viscount", "Earl", "Countess", "Duke", "Duchess");

    public static readonly FrozenSet<string> Male = Set("Mr", "Mr.", "Sir", "Lord", "Baron", "Viscount", "Earl", "Duke", "King", "Prince", "Father", "Rabbi", "Datuk", "Tun", "Haji", "Shri", "Herr");
    public static readonly FrozenSet<string> Female = Set("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "Baroness", "Countess", "Duchess", "Queen", "Princess", "Datin", "Puan", "Hajah", "Smt", "Smt.", "Mme");

    // Capitalised words that open sentences or name no one.
    public static readonly FrozenSet<string> NotNames = Set(
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "It", "Its", "This", "That",
        "These", "Those", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "There", "Here",
        "Speaking", "Asked", "Last", "Next", "Earlier", "Later", "After", "Before", "When", "While", "If", "As", "Some", "Many",
        "Most", "Both", "All", "Under", "Over", "For", "With", "From", "By", "To", "Of", "Since", "Until", "During", "Although",
        "Though", "Because", "Despite", "According", "Also", "Now", "Then", "Today", "Yesterday", "Tomorrow", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
        "What", "Who", "Why", "How", "Where", "Which", "No", "Not", "Yes", "One", "Two", "Three", "Such", "Each", "Every", "Other",
        "Another", "More", "Less", "Only", "Even", "Still", "Instead", "Indeed", "Further", "Furthermore", "Moreover", "Thus",
        "Addressing", "Responding", "Writing", "Commenting", "Announcing", "Observers", "Critics", "Officials", "Experts", "Analysts");

    // Heads of the names of bodies: "the Home Office", "the Countryside Alliance", "the Foreign Ministry".
    public static readonly FrozenSet<string> BodyHeads = Set(
        "Office", "Ministry", "Department", "Dept", "Council", "Commission", "Committee", "Party", "Union", "Association", "Alliance",
        "Agency", "Authority", "Board", "Bureau", "Bank", "Corporation", "Corp", "Company", "Inc", "Ltd", "Group", "Institute",
        "Foundation", "Trust", "Federation", "Confederation", "Court", "Police", "Army", "Navy", "Service", "Services", "Government",
        "Treasury", "Cabinet", "Parliament", "Congress", "Senate", "Assembly", "Street", "House", "Palace", "Society", "Centre",
        "Center", "University", "College", "School", "Hospital", "Club", "League", "Movement", "Front", "Organisation",
        "Organization", "Conference", "Forum", "Network", "Unit", "Secretariat", "Tribunal", "Fund", "Coalition", "Campaign",
        "Institution", "Chamber", "Exchange", "Network", "Times", "Post", "Herald", "Guardian", "Telegraph", "Journal", "News");

    // Bodies a story names with a lowercase word: "the ministry said in a statement".
    public static readonly FrozenSet<string> CommonBodies = Set(
        "ministry", "department", "government", "police", "company", "council", "commission", "committee", "party", "union",
        "agency", "office", "embassy", "firm", "group", "army", "military", "court", "board", "bank", "campaign", "club", "team",
        "administration", "opposition", "coalition", "organisation", "organization", "association", "spokesman", "spokeswoman",
        "spokesperson", "statement", "prosecutors", "authorities", "officials", "ministers", "critics", "campaigners", "residents",
        "analysts", "experts", "protesters", "demonstrators", "witnesses", "observers", "sources", "insiders", "aides", "doctors",
        "teachers", "unions", "councillors", "mps", "peers", "voters", "lawyers", "researchers", "scientists", "investigators",
        "supporters", "opponents", "leaders", "organisers", "organizers", "staff", "workers", "parents", "families", "fans",
        "tories", "conservatives", "democrats", "republicans", "activists", "diplomats", "economists", "report", "study", "survey",
        "white", "document", "letter", "ruling", "lawsuit", "complaint", "petition", "manifesto", "memo", "paper", "judgment");

    public static readonly FrozenSet<string> Pronouns = Set("he", "she", "they", "it", "we", "i");

    public static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
