using Extractor.Pipeline;

namespace Extractor.Tests.Resolution;

/// <summary>Builds analyzed documents and entity mentions by hand, standing in for the recognizers.</summary>
internal static class TestDocuments
{
    public static AnalyzedDocument Analyze(string text) => AnalyzedDocument.Create(text, ExtractionOptions.Default);

    /// <summary>Every occurrence of each phrase as a mention of its type, in input order.</summary>
    public static List<EntityMention> Mentions(AnalyzedDocument document, params (string Text, EntityType Type)[] phrases)
    {
        var mentions = new List<EntityMention>();
        foreach (var (phrase, type) in phrases)
        {
            int at = 0;
            while ((at = document.Text.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
            {
                int end = at + phrase.Length;
                int first = -1;
                int last = -1;
                for (int t = 0; t < document.Tokens.Count; t++)
                {
                    if (document.Tokens.Start(t) == at)
                    {
                        first = t;
                    }

                    if (document.Tokens.End(t) == end)
                    {
                        last = t;
                    }
                }

                if (first >= 0 && last >= first)
                {
                    mentions.Add(new EntityMention(first, last + 1, at, end, type, EntityOrigin.Model, 0.9f));
                }

                at = end;
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }
}
