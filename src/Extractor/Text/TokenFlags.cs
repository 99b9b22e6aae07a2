namespace Extractor.Text;

/// <summary>Per-token facts about the whitespace before a token and its sentence position.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>Whitespace (of any kind) separates this token from the previous one.</summary>
    SpaceBefore = 1,

    /// <summary>At least one line break lies between the previous token and this one.</summary>
    NewlineBefore = 2,

    /// <summary>A blank line (two or more line breaks) lies between the previous token and this one.</summary>
    ParagraphBefore = 4,

    /// <summary>The token starts a sentence (set by the sentence splitter).</summary>
    SentenceStart = 8,
}
