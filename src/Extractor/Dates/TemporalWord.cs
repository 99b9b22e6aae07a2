namespace Extractor.Dates;

/// <summary>What the lexicon knows about one word: its categories and, for each, the value the normalizer reads.</summary>
internal sealed class TemporalWord
{
    private readonly List<(TemporalCategory Category, string Value)> _values = [];

    public TemporalCategory Categories { get; private set; }

    public void Add(TemporalCategory category, string value)
    {
        Categories |= category;
        _values.Add((category, value));
    }

    /// <summary>The value for <paramref name="category"/>, or the empty string.</summary>
    public string ValueOf(TemporalCategory category)
    {
        foreach (var (c, v) in _values)
        {
            if (c == category)
            {
                return v;
            }
        }

        return string.Empty;
    }
}
