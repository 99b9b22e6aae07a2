namespace Extractor;

/// <summary>How a <see cref="Quote"/> reports what was said.</summary>
public enum QuoteKind
{
    /// <summary>Words in quotation marks making up a whole utterance: “We will defend our allies,” she said.</summary>
    Direct,

    /// <summary>A quoted phrase inside a reported sentence: called for “constructive dialogue”.</summary>
    Partial,

    /// <summary>Reported speech without quotation marks: Budanov told Military Times that Russia had amassed troops.</summary>
    Indirect,
}
