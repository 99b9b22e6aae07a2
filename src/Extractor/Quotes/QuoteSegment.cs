namespace Extractor.Quotes;

/// <summary>One stretch of quoted text between paired marks, within one paragraph.</summary>
internal struct QuoteSegment
{
    /// <summary>The opening mark's token.</summary>
    public int OpenToken;

    /// <summary>The closing mark's token, or -1 when the quote runs on into the next paragraph.</summary>
    public int CloseToken;

    /// <summary>The first token after the closing mark ('' is two tokens), or the paragraph end.</summary>
    public int AfterClose;

    /// <summary>The first token after the opening mark.</summary>
    public int FirstToken;

    /// <summary>The token just past the content (the closing mark, or the paragraph end).</summary>
    public int EndToken;

    /// <summary>This paragraph's part continues a quote opened in the previous paragraph.</summary>
    public bool ContinuesPrevious;

    /// <summary>The quote goes on in the next paragraph (opening mark there, no closing mark here).</summary>
    public bool ContinuesNext;

    /// <summary>Single marks ('…', ‘…’) rather than double ones.</summary>
    public bool Single;
}
