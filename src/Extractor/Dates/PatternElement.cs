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

    /// <summary>The lexicon entries of <see cref="Literals"/>: a token matches a literal when it has the same entry, so
    /// matching compares references, not strings.</summary>
    public TemporalWord[] LiteralWords { get; private set; } = [];

    public void Bind(TemporalLexicon lexicon)
    {
        var words = new List<TemporalWord>();
        foreach (string literal in Literals)
        {
            foreach (string form in literal == "'" ? ["'", "\u2019", "\u2018"] : new[] { literal })
            {
                if (lexicon.TryGet(form, out var word))
                {
                    words.Add(word);
                }
            }
        }

        LiteralWords = words.ToArray();
    }

    public bool Matches(in TemporalToken token)
    {
        if ((token.Categories & Categories) != 0)
        {
            return true;
        }

        if (token.Word is { } word)
        {
            foreach (var literal in LiteralWords)
            {
                if (ReferenceEquals(literal, word))
                {
                    return true;
                }
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
