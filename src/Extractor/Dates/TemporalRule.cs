namespace Extractor.Dates;

/// <summary>One line of <c>temporal-rules.txt</c>: the type it produces, its action, fixed options and its pattern.</summary>
internal sealed class TemporalRule
{
    public TemporalRule(int index, EntityType type, TemporalAction action, string? modifier, PatternElement[] elements, string source)
    {
        Index = index;
        Type = type;
        Action = action;
        Modifier = modifier;
        Elements = elements;
        Source = source;
    }

    /// <summary>Position in the file; the earlier rule wins a tie.</summary>
    public int Index { get; }

    public EntityType Type { get; }

    public TemporalAction Action { get; }

    /// <summary>A TIMEX3 mod the rule sets ("at least" → EQUAL_OR_MORE), or null.</summary>
    public string? Modifier { get; }

    public PatternElement[] Elements { get; }

    /// <summary>The rule's text, for diagnostics.</summary>
    public string Source { get; }
}
