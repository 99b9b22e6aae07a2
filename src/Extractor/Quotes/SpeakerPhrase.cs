namespace Extractor.Quotes;

/// <summary>A speaker mention found beside a cue: its token range and what kind of phrase it is.</summary>
internal readonly struct SpeakerPhrase
{
    public SpeakerPhrase(int startToken, int endToken, SpeakerKind kind)
    {
        StartToken = startToken;
        EndToken = endToken;
        Kind = kind;
    }

    /// <summary>The first token.</summary>
    public int StartToken { get; }

    /// <summary>The token just past the phrase.</summary>
    public int EndToken { get; }

    public SpeakerKind Kind { get; }

    public bool IsEmpty => EndToken <= StartToken;
}
