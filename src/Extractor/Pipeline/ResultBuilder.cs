using Extractor.Dates;
using Extractor.Text;

namespace Extractor.Pipeline;

/// <summary>Turns the pipeline's internal tables into the public result records.</summary>
internal static class ResultBuilder
{
    public static ExtractionResult Build(AnalyzedDocument document, List<EntityMention> mentions, IReadOnlyList<Quote> quotes)
    {
        var entities = Entities(document, mentions);
        var sentences = new int[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            sentences[i] = document.Tokens.SentenceOf(mentions[i].StartToken);
        }

        var timeline = TimelineBuilder.Build(entities, sentences, quotes, document.ReferenceDate);
        return new ExtractionResult(document.Text, Tokens(document), Sentences(document), entities, quotes, timeline);
    }

    /// <summary>The public entity records; they hold no reference to the document's token table.</summary>
    public static Entity[] Entities(AnalyzedDocument document, List<EntityMention> mentions)
    {
        string text = document.Text;
        var entities = new Entity[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            string mentionText = text.Substring(m.Start, m.Length);
            entities[i] = new Entity(mentionText, new TextSpan(m.Start, m.End), m.Type, m.Canonical ?? mentionText, m.Origin, Math.Round(m.Score, 4))
            {
                EntityId = m.EntityId,
                Value = m.Value,
                Modifier = m.Modifier,
            };
        }

        return entities;
    }

    public static IReadOnlyList<Token> Tokens(AnalyzedDocument document) => new TokenList(document.Text, document.Tokens);

    public static IReadOnlyList<Sentence> Sentences(AnalyzedDocument document)
    {
        var table = document.Tokens;
        var sentences = new Sentence[table.SentenceCount];
        int paragraph = 0;
        for (int s = 0; s < sentences.Length; s++)
        {
            int first = table.SentenceStarts[s];
            int end = table.SentenceEnd(s);
            if (s > 0 && (table.Flag(first) & TokenFlags.NewlineBefore) != 0)
            {
                paragraph++;
            }

            sentences[s] = new Sentence(new TextSpan(table.Start(first), table.End(end - 1)), first, end - first, paragraph);
        }

        return sentences;
    }
}
