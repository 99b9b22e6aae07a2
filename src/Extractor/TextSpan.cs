namespace Extractor;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in the caller's exact input string.
/// </summary>
/// <remarks>
/// Every span reported by Extractor indexes the string that was passed in, unchanged:
/// <c>text.Substring(span.Start, span.Length)</c> always equals the reported text.
/// </remarks>
public readonly struct TextSpan : IEquatable<TextSpan>, IComparable<TextSpan>
{
    /// <summary>Creates a span from its start offset and its exclusive end offset.</summary>
    /// <param name="start">The offset of the first code unit.</param>
    /// <param name="end">The offset just past the last code unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="end"/> is less than <paramref name="start"/>.</exception>
    public TextSpan(int start, int end)
    {
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "The start of a span cannot be negative.");
        }

        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "The end of a span cannot come before its start.");
        }

        Start = start;
        End = end;
    }

    /// <summary>The offset of the first UTF-16 code unit in the span.</summary>
    public int Start { get; }

    /// <summary>The offset just past the last UTF-16 code unit in the span (exclusive).</summary>
    public int End { get; }

    /// <summary>The number of UTF-16 code units in the span.</summary>
    public int Length => End - Start;

    /// <summary>Whether the span covers no text.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    /// <param name="other">The span to test.</param>
    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <summary>Returns the text the span covers in <paramref name="text"/>.</summary>
    /// <param name="text">The string the span was reported for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="text"/>.</exception>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <inheritdoc/>
    public bool Equals(TextSpan other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Orders spans by start, then by end.</summary>
    /// <param name="other">The span to compare with.</param>
    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    /// <summary>Returns the span as <c>[start..end)</c>.</summary>
    public override string ToString() => $"[{Start}..{End})";

    /// <summary>Whether two spans cover the same range.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Whether two spans cover different ranges.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;
}
