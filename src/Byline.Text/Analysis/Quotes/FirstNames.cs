using System.Collections.Frozen;

namespace Byline.Text.Analysis.Quotes;

// Common given names whose holders a story calls "he" or "she", for pronouns before any Mr or Ms.
internal static class FirstNames
{
    private static readonly FrozenSet<string> Men = Words(
        "John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew "
        + "Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott "
        + "Brandon Benjamin Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron Henry Peter Adam Douglas Nathan Tony Gordon "
        + "Alan Alastair Alistair Ian Iain Neil Nick Tim Jim Tom Bill Bob Mike Dave Ken Kenny Geoff Geoffrey Malcolm Menzies Oliver Liam Hugh Simon "
        + "Jeremy Vince Nigel Boris Keir Rishi Ed Ali Muhammad Mohammed Mohamed Mohd Ahmad Ahmed Abdul Anwar Najib Mahathir Ismail Hassan Hussein "
        + "Narendra Rahul Amit Arvind Raj Rajesh Sanjay Vijay Imran Nawaz Shehbaz Asif Lee Wong Xi Joko Prabowo Ferdinand Rodrigo Marco Joe Barack Kim");
    private static readonly FrozenSet<string> Women = Words(
        "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna "
        + "Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma "
        + "Nicole Helen Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria "
        + "Kelly Christina Lauren Joan Evelyn Olivia Judith Megan Cheryl Martha Andrea Frances Hannah Jacqueline Ann Gloria Jean Kathryn Alice "
        + "Teresa Sara Janice Doris Madison Julia Grace Judy Abigail Marie Denise Beverly Amber Theresa Marilyn Danielle Diana Natalie Tessa Hazel "
        + "Clare Claire Harriet Estelle Hilary Hillary Yvette Theresa Nicola Priti Angela Jacqui Margaret Baroness Siti Nurul Aishah Fatimah "
        + "Indira Sonia Priyanka Nirmala Smriti Sheikh Hasina Benazir Maryam Megawati Corazon Leni Sara Kamala Nancy Condoleezza Ursula");

    public static char GenderOf(string name) => Men.Contains(name) ? 'M' : Women.Contains(name) ? 'F' : '?';

    private static FrozenSet<string> Words(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
