namespace Extractor.Dates;

/// <summary>
/// A token as the temporal rules see it: a document token, or a part of a hyphenated one ("January-early" gives
/// "January", "-", "early"), with its categories and its number value looked up once.
/// </summary>
internal struct TemporalToken
{
    /// <summary>Character offset of the start (inclusive).</summary>
    public int Start;

    /// <summary>Character offset of the end (exclusive).</summary>
    public int End;

    /// <summary>The document token this part belongs to.</summary>
    public int Token;

    public TemporalCategory Categories;

    /// <summary>The lexicon entry, when the word is in the lexicon.</summary>
    public TemporalWord? Word;

    /// <summary>The integer value of a number or number word; <see cref="UnknownNumber"/> for "several", <see cref="NoNumber"/> otherwise.</summary>
    public int Number;

    public const int NoNumber = int.MinValue;

    public const int UnknownNumber = int.MinValue + 1;

    public readonly bool Is(TemporalCategory category) => (Categories & category) != 0;
}
