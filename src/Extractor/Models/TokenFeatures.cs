namespace Extractor.Models;

/// <summary>What the feature templates need to know about one token, hashed once per token before decoding.</summary>
internal struct TokenFeatures
{
    /// <summary>Folded (lower-case, digits as 0) word.</summary>
    public uint Word;

    /// <summary>Exact-case word.</summary>
    public uint Exact;

    /// <summary>Shape with runs capped at four.</summary>
    public uint Shape;

    /// <summary>Shape with runs collapsed.</summary>
    public uint ShortShape;

    public uint Suffix2;
    public uint Suffix3;
    public uint Suffix4;
    public uint Prefix2;
    public uint Prefix3;

    /// <summary>Lexicon positions, 3 bits per <see cref="PhraseLexicon"/> kind.</summary>
    public uint Lexicon;

    /// <summary>How the word is usually written (<see cref="WordCaseProfile"/>).</summary>
    public byte CaseProfile;

    /// <summary>Fine distributional class of the word + 1 (0 = rare word), from <see cref="WordCaseProfile"/>.</summary>
    public ushort WordClass;

    /// <summary>Coarse distributional class of the word + 1 (0 = rare word).</summary>
    public byte CoarseClass;

    /// <summary>How the word's other occurrences in the document are written (<see cref="DocumentContext"/> flags).</summary>
    public byte Document;

    /// <summary>
    /// Position in the run of consecutive capitalized tokens around this one (capped length × 8 + BILU position + 1);
    /// 0 outside capitalized runs.
    /// </summary>
    public byte CapitalRun;

    /// <summary>Folded last word of the run of two or more capitalized tokens around this one; 0 elsewhere.</summary>
    public uint RunLast;

    /// <summary>Fine word class + 1 of <see cref="RunLast"/> (0 = none or rare).</summary>
    public ushort RunLastClass;

    /// <summary>How the model labelled this word earlier in the document (<see cref="PredictionHistory.Summary"/>; 0 = nothing known).</summary>
    public byte History;

    /// <summary><see cref="History"/> of the last word of the capitalized run around this token (0 outside runs).</summary>
    public byte RunHistory;

    /// <summary>The token is a single quotation mark.</summary>
    public bool IsQuote;

    /// <summary>The token starts with an upper-case letter.</summary>
    public bool IsCapitalized;
}
