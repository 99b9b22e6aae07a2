using Extractor.Pipeline;

namespace Extractor.Dates;

/// <summary>Where a match sits: its tokens, its sentence, the reference date and an anchor day for clock times.</summary>
internal ref struct TemporalContext
{
    private int _direction;
    private bool _directionKnown;

    public TemporalContext(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int first, int end, int sentenceFirst, int sentenceEnd, DateOnly? anchor, string? focusQuarter, StoryAnchor story)
    {
        Story = story;
        FocusQuarter = focusQuarter;
        Document = document;
        Tokens = tokens;
        First = first;
        End = end;
        SentenceFirst = sentenceFirst;
        SentenceEnd = sentenceEnd;
        Reference = document.ReferenceDate;
        Anchor = anchor;
    }

    public AnalyzedDocument Document { get; }

    public ReadOnlySpan<TemporalToken> Tokens { get; }

    /// <summary>First token of the match.</summary>
    public int First { get; }

    /// <summary>Token just past the match.</summary>
    public int End { get; }

    public int SentenceFirst { get; }

    public int SentenceEnd { get; }

    public DateOnly? Reference { get; }

    /// <summary>The last day-precise date before the match in its sentence, or null.</summary>
    public DateOnly? Anchor { get; }

    /// <summary>The dates the story named before the match.</summary>
    public StoryAnchor Story { get; }

    /// <summary>The last quarter ("1989-Q3") the document named before the match, or null.</summary>
    public string? FocusQuarter { get; }

    /// <summary>Whether the match's sentence speaks of quarters (financial results compare quarter with quarter).</summary>
    public readonly bool QuarterInSentence
    {
        get
        {
            for (int i = SentenceFirst; i < SentenceEnd; i++)
            {
                if (Tokens[i].Is(TemporalCategory.Unit | TemporalCategory.Units) && Tokens[i].Word?.ValueOf(Tokens[i].Is(TemporalCategory.Unit) ? TemporalCategory.Unit : TemporalCategory.Units) == "Q")
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether the sentence speaks of a run of months before the match ("for the nine months, ... a year
    /// earlier"): then a year earlier is that run a year before, which TimeBank writes as the year.</summary>
    public readonly bool MonthsBefore
    {
        get
        {
            for (int i = SentenceFirst; i + 1 < First; i++)
            {
                if (Tokens[i].Is(TemporalCategory.Num) && Tokens[i].Number is > 1 and < 12 && Tokens[i + 1].Is(TemporalCategory.Units)
                    && Tokens[i + 1].Word?.ValueOf(TemporalCategory.Units) == "M")
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The quarter a financial story is about: the last one it named, else the last completed one.</summary>
    public readonly (int Year, int Quarter)? Quarter
    {
        get
        {
            if (FocusQuarter is { Length: 7 } focus && int.TryParse(focus.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year))
            {
                return (year, focus[6] - '0');
            }

            if (Reference is { } r)
            {
                int q = (r.Year * 4) + TimexValues.QuarterOf(r.Month) - 2;
                return (q / 4, (q % 4) + 1);
            }

            return null;
        }
    }

    /// <summary>-1 past, +1 future, 0 unknown (see <see cref="TenseCues"/>).</summary>
    public int Direction
    {
        get
        {
            if (!_directionKnown)
            {
                _direction = TenseCues.Direction(Document, Tokens, First, End, SentenceFirst, SentenceEnd);
                _directionKnown = true;
            }

            return _direction;
        }
    }

    public readonly ReadOnlySpan<char> Text(int index) =>
        index < 0 || index >= Tokens.Length ? default : Document.Text.AsSpan(Tokens[index].Start, Tokens[index].End - Tokens[index].Start);

    /// <summary>The token before the match when it is in the same sentence, else -1.</summary>
    public readonly int Previous => First > SentenceFirst ? First - 1 : -1;

    /// <summary>The token after the match when it is in the same sentence, else -1.</summary>
    public readonly int Next => End < SentenceEnd ? End : -1;

    public readonly bool PreviousIs(params ReadOnlySpan<string> words)
    {
        var text = Text(Previous);
        foreach (string w in words)
        {
            if (text.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="index"/> is a capitalized word that is not temporal and does not start its sentence.</summary>
    public readonly bool IsNameLike(int index)
    {
        if (index < 0 || index == SentenceFirst)
        {
            return false;
        }

        // Temporal words are no names, except "Financial" and "Fiscal", which capitalized inside a sentence start one
        // ("the Mail on Sunday's Financial Mail").
        var token = Tokens[index];
        if (!token.Is(TemporalCategory.Capitalized) || (token.Categories & ~(TemporalCategory.Capitalized | TemporalCategory.Literal | TemporalCategory.LeadLiteral | TemporalCategory.PastCue | TemporalCategory.FutureCue | TemporalCategory.NotPast | TemporalCategory.Fiscal)) != 0)
        {
            return false;
        }

        var text = Text(index);
        if (text.Length < 2 || !char.IsLetter(text[1]))
        {
            return false;
        }

        // An all-caps headline word is not a name.
        foreach (char c in text)
        {
            if (char.IsLower(c))
            {
                return !((Document.Tokens.Flag(token.Token) & Extractor.Text.TokenFlags.SentenceStart) != 0);
            }
        }

        return false;
    }
}
