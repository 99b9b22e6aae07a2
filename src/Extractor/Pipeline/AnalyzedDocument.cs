using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>One text on its way through the pipeline: the input, its token table and the call's options.</summary>
internal sealed class AnalyzedDocument
{
    private AnalyzedDocument(string text, TokenTable tokens, ExtractionOptions options)
    {
        Text = text;
        Tokens = tokens;
        Options = options;
    }

    public string Text { get; }

    public TokenTable Tokens { get; }

    public ExtractionOptions Options { get; }

    public DateOnly? ReferenceDate => Options.ReferenceDate;

    /// <summary>Tokenizes and splits <paramref name="text"/> into sentences.</summary>
    public static AnalyzedDocument Create(string text, ExtractionOptions options) =>
        Create(text, options, new TokenTable(Math.Max(16, text.Length / 5)));

    /// <summary>Tokenizes and splits <paramref name="text"/> into <paramref name="table"/>, which is cleared first.</summary>
    public static AnalyzedDocument Create(string text, ExtractionOptions options, TokenTable table)
    {
        table.Clear();
        table.EnsureCapacity(text.Length / 5);
        Tokenizer.Tokenize(text, table);
        SentenceSplitter.Split(text, table);
        return new AnalyzedDocument(text, table, options);
    }

    /// <summary>The text of token <paramref name="token"/>, without copying.</summary>
    public ReadOnlySpan<char> TokenText(int token) => Text.AsSpan(Tokens.Start(token), Tokens.End(token) - Tokens.Start(token));

    /// <summary>The text from the start of token <paramref name="first"/> to the end of token <paramref name="endExclusive"/> - 1.</summary>
    public ReadOnlySpan<char> TokenRangeText(int first, int endExclusive) =>
        Text.AsSpan(Tokens.Start(first), Tokens.End(endExclusive - 1) - Tokens.Start(first));

    public int SentenceCount => Tokens.SentenceCount;
}
