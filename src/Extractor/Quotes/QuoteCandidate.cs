namespace Extractor.Quotes;

/// <summary>A quote or claim found in the text before its speaker is resolved.</summary>
internal struct QuoteCandidate
{
    /// <summary>Start of the content (character offset).</summary>
    public int Start;

    /// <summary>End of the content (character offset, exclusive).</summary>
    public int End;

    /// <summary>The content's first token.</summary>
    public int FirstToken;

    public QuoteKind Kind;

    /// <summary>The cue's first token, or -1.</summary>
    public int CueStart;

    /// <summary>The token just past the cue.</summary>
    public int CueEnd;

    /// <summary>The speaker phrase; empty when none was found beside the quote.</summary>
    public SpeakerPhrase Speaker;

    /// <summary>The index of the candidate whose speaker and cue this one shares ("the last speaker holds"), or -1.</summary>
    public int SharesWith;

    /// <summary>Found but not reported: a title in quotes that nobody is said to have said.</summary>
    public bool Dropped;

    public readonly bool HasSpeaker => !Speaker.IsEmpty;

    public readonly bool HasCue => CueStart >= 0;
}
