namespace Extractor.Dates;

/// <summary>One element of a rule's pattern: categories and literal words it accepts, and whether it may be skipped.</summary>
internal sealed class PatternElement
{
    public PatternElement(TemporalCategory categories, string[] literals, bool optional)
    {
        Categories = categories;
        Literals = literals;
        Optional = optional;
    }

    public TemporalCategory Categories { get; }

    public string[] Literals { get; }

    public bool Optional { get; }

    public bool Matches(in TemporalToken token, ReadOnlySpan<char> text)
    {
        if ((token.Categories & Categories) != 0)
        {
            return true;
        }

        foreach (string literal in Literals)
        {
            bool match = literal == "'"
                ? text.Length == 1 && (Text.CharClass.IsApostrophe(text[0]) || text[0] is '\u2018' or '`')
                : text.Equals(literal, StringComparison.OrdinalIgnoreCase);
            if (match)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one category of this element that <paramref name="token"/> has (the lowest bit when several).</summary>
    public TemporalCategory MatchedCategory(in TemporalToken token)
    {
        ulong shared = (ulong)(token.Categories & Categories);
        return shared == 0 ? TemporalCategory.None : (TemporalCategory)(shared & (~shared + 1));
    }
}
