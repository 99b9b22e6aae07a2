using Extractor.Pipeline;

namespace Extractor.Tests.Support;

/// <summary>Builds model mentions for rule tests from the texts they cover, found in order through the text.</summary>
internal static class MentionsFromText
{
    /// <summary>One model mention (score 0.5) per text, each the next occurrence after the previous one.</summary>
    public static List<EntityMention> Build(AnalyzedDocument document, params (string Text, EntityType Type)[] found)
    {
        var text = document.Text;
        var mentions = new List<EntityMention>();
        int from = 0;
        foreach (var (mention, type) in found)
        {
            int start = text.IndexOf(mention, from, StringComparison.Ordinal);
            int end = start + mention.Length;
            from = end;
            int first = Enumerable.Range(0, document.Tokens.Count).First(t => document.Tokens.Start(t) == start);
            int last = Enumerable.Range(0, document.Tokens.Count).First(t => document.Tokens.End(t) == end);
            mentions.Add(new EntityMention(first, last + 1, start, end, type, EntityOrigin.Model, 0.5f));
        }

        return mentions;
    }
}
