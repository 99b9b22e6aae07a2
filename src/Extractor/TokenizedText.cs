namespace Extractor;

/// <summary>The tokens and sentences of a text.</summary>
public class TokenizedText
{
    internal TokenizedText(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>The input text, exactly as given.</summary>
    public string Text { get; }

    /// <summary>The tokens in input order; they never overlap and together cover every non-whitespace character.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences in input order; together they cover every token.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }
}
