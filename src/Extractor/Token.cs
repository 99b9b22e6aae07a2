namespace Extractor;

/// <summary>A token of the input: a word, number, punctuation mark or symbol.</summary>
/// <remarks>A token is a small view over the input; <see cref="Text"/> allocates a new string on each call.</remarks>
public readonly struct Token
{
    private readonly string _source;

    internal Token(string source, TextSpan span, TokenKind kind)
    {
        _source = source;
        Span = span;
        Kind = kind;
    }

    /// <summary>Where the token is in the input.</summary>
    public TextSpan Span { get; }

    /// <summary>The broad class of the token.</summary>
    public TokenKind Kind { get; }

    /// <summary>The text of the token, copied out of the input.</summary>
    public string Text => _source is null ? string.Empty : _source.Substring(Span.Start, Span.Length);

    /// <summary>The text of the token as a span over the input, without copying.</summary>
    public ReadOnlySpan<char> AsSpan() => _source is null ? default : _source.AsSpan(Span.Start, Span.Length);

    /// <summary>Returns the token text.</summary>
    public override string ToString() => Text;
}
