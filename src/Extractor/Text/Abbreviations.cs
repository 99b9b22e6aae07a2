using Extractor.Internal;

namespace Extractor.Text;

/// <summary>Words that keep their trailing period: titles, month and weekday abbreviations, initials and dotted acronyms.</summary>
internal static class Abbreviations
{
    private static readonly SpanSet Known = new(
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Gov", "Sen", "Rep", "Col", "Lt", "Capt", "Cmdr", "Sgt", "Maj", "Adm", "Pres",
        "Rev", "Hon", "St", "Jr", "Sr", "Mt", "Ft", "Inc", "Corp", "Co", "Ltd", "Bros", "vs", "etc", "No", "Nos", "Vol", "Dept",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
        "approx", "est", "fig", "gov", "govt", "ed", "eds", "al",
    ], ignoreCase: true);

    public static bool TakesPeriod(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            return char.IsLetter(word[0]);
        }

        if (word.Contains('.'))
        {
            return true;
        }

        return Known.Contains(word);
    }
}
