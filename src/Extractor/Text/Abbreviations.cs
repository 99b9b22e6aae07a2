using Extractor.Internal;

namespace Extractor.Text;

/// <summary>
/// Words that keep their trailing period: titles, month abbreviations, company suffixes, US state abbreviations,
/// initials and dotted acronyms. The lists are case-sensitive so that "Ill." (Illinois) is an abbreviation and
/// "ill." is a sentence end.
/// </summary>
internal static class Abbreviations
{
    private static readonly SpanDictionary<AbbreviationKind> Known = Build();

    /// <summary>Whether <paramref name="word"/> (without its period) keeps a following period, in any context.</summary>
    public static bool TakesPeriod(ReadOnlySpan<char> word) => Classify(word) is AbbreviationKind.Title or AbbreviationKind.Ordinary or AbbreviationKind.Suffix;

    /// <summary>Classifies <paramref name="word"/>, the text before a period, without allocating.</summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return AbbreviationKind.None;
        }

        if (word.Length <= 8 && Known.TryGetValue(word, out var kind))
        {
            return kind;
        }

        if (word.Length == 1)
        {
            // An initial ("John F. Kennedy", "Plan B."); lowercase single letters are list labels or typos.
            return CharClass.IsUpper(word[0]) ? AbbreviationKind.Ordinary : AbbreviationKind.None;
        }

        return IsDottedAcronym(word) ? AbbreviationKind.Ordinary : AbbreviationKind.None;
    }

    /// <summary>
    /// "U.S", "U.K", "a.m", "Ph.D", "non-U.S": the segments on both sides of the last inner period are one or two
    /// letters. Domain names ("Amazon.com") and decimals ("3.5") are not acronyms.
    /// </summary>
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        int dot = word.LastIndexOf('.');
        if (dot <= 0 || dot == word.Length - 1)
        {
            return false;
        }

        int after = word.Length - dot - 1;
        if (after > 2 || !AllLetters(word[(dot + 1)..]))
        {
            return false;
        }

        int segmentStart = dot;
        while (segmentStart > 0 && word[segmentStart - 1] is not ('.' or '-'))
        {
            segmentStart--;
        }

        int before = dot - segmentStart;
        return before is 1 or 2 && AllLetters(word[segmentStart..dot]);
    }

    private static bool AllLetters(ReadOnlySpan<char> segment)
    {
        foreach (char c in segment)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static SpanDictionary<AbbreviationKind> Build()
    {
        var known = new SpanDictionary<AbbreviationKind>(ignoreCase: false, capacity: 256);
        string[] titles =
        [
            "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Gen", "Gens", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps",
            "Col", "Lt", "Capt", "Cmdr", "Cdr", "Sgt", "Maj", "Adm", "Brig", "Cpl", "Pvt", "Pres", "Rev", "Hon", "Supt", "Insp",
            "Det", "Atty", "Amb", "Msgr", "Fr", "Sec", "Lieut", "Cmdt", "Gov-Gen",
            "MR", "MRS", "MS", "DR", "PROF", "GEN", "GOV", "SEN", "REP",
            "vs", "cf", "viz", "e.g", "i.e", "E.g", "I.e",
        ];
        string[] ordinary =
        [
            "St", "Mt", "Ft", "Jr", "Sr", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd",
            "etc", "al", "approx", "govt", "Govt", "est",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
            "JR", "SR",
        ];
        string[] suffixes =
        [
            "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc", "INC", "CORP", "CO", "LTD",
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
            "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt",
            "Wash", "Wis", "Wyo",
        ];
        string[] beforeNumber = ["No", "Nos", "no", "Vol", "vol", "Art", "art", "Fig", "fig", "p", "pp", "Nr", "Sec"];

        foreach (var word in beforeNumber)
        {
            known.Set(word, AbbreviationKind.BeforeNumber);
        }

        foreach (var word in ordinary)
        {
            known.Set(word, AbbreviationKind.Ordinary);
        }

        foreach (var word in suffixes)
        {
            known.Set(word, AbbreviationKind.Suffix);
        }

        foreach (var word in titles)
        {
            known.Set(word, AbbreviationKind.Title);
        }

        return known;
    }
}
