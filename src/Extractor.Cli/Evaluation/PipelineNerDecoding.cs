using System.Text;
using Extractor.Cli.Training;
using Extractor.Models;

namespace Extractor.Cli.Evaluation;

/// <summary>
/// Scores what a user gets from <see cref="NewsExtractor.ExtractEntities(string, ExtractionOptions?)"/> (model,
/// gazetteer, temporal rules, merge and corrections) rather than the model alone: each document of the corpus is
/// rebuilt as text, its sentences separated by blank lines, extracted once, and the entities are replayed as classes
/// on the corpus's tokens. An entity that does not cover whole tokens covers the tokens inside it.
/// </summary>
internal static class PipelineNerDecoding
{
    /// <summary>The type names the replayed classes use, in class order: places are GPE (the product does not tell
    /// facilities apart), and every temporal type but TIME is DATE, as OntoNotes has it (a duration in hours or minutes is TIME).</summary>
    public static readonly string[] TypeNames = ["PERSON", "ORG", "GPE", "NORP", "DATE", "TIME"];

    /// <param name="extractor">The extractor whose <c>ExtractEntities</c> is scored.</param>
    /// <param name="sentences">The corpus, in order.</param>
    /// <param name="notes">Filled, when given, with each replayed entity's origin and score by its sentence and its
    /// first and last token, for the error listing.</param>
    public static Action<NerSentence, int[]> Decoder(NewsExtractor extractor, IReadOnlyList<NerSentence> sentences,
        Dictionary<(NerSentence, int, int), string>? notes = null)
    {
        var classesOf = new Dictionary<NerSentence, int[]>(ReferenceEqualityComparer.Instance);
        var text = new StringBuilder();
        int first = 0;
        while (first < sentences.Count)
        {
            int end = first + 1;
            while (end < sentences.Count && sentences[first].Document is not null && !sentences[end].FirstOfDocument)
            {
                end++;
            }

            text.Clear();
            var offsets = new int[end - first];
            var tokenStarts = new int[end - first][];
            var tokenEnds = new int[end - first][];
            for (int i = first; i < end; i++)
            {
                offsets[i - first] = text.Length;
                (tokenStarts[i - first], tokenEnds[i - first]) = AppendAsWritten(text, sentences[i]);
                text.Append("\n\n");
                classesOf[sentences[i]] = new int[sentences[i].Count];
            }

            foreach (var entity in extractor.ExtractEntities(text.ToString()))
            {
                int type = TypeOf(entity);
                int s = Array.BinarySearch(offsets, entity.Span.Start);
                s = s >= 0 ? s : ~s - 1;
                if (type < 0 || s < 0)
                {
                    continue;
                }

                var sentence = sentences[first + s];
                var starts = tokenStarts[s];
                var ends = tokenEnds[s];
                int from = entity.Span.Start;
                int to = entity.Span.End;
                int a = 0;
                while (a < sentence.Count && starts[a] < from)
                {
                    a++;
                }

                int b = a;
                while (b < sentence.Count && ends[b] <= to)
                {
                    b++;
                }

                // The treebank splits the period of an abbreviation that ends a sentence ("Ford Motor Co" + ".", maybe
                // before a closing quotation mark), where the text has one period for both: the name ends before it,
                // as the corpus has it.
                if (b - a >= 2 && ends[b - 2] == starts[b - 1] && TokenIs(sentence, b - 1, ".") && OnlyClosingMarksFrom(sentence, b))
                {
                    b--;
                }

                var classes = classesOf[sentence];
                if (notes is not null && b > a)
                {
                    notes[(sentence, a, b - 1)] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{entity.Origin} {entity.Type} {entity.Score:F2}");
                }

                for (int t = a; t < b; t++)
                {
                    int position = b - a == 1 ? BilouTags.Unit : t == a ? BilouTags.Begin : t == b - 1 ? BilouTags.Last : BilouTags.Inside;
                    classes[t] = BilouTags.Class(type, position);
                }
            }

            first = end;
        }

        return (sentence, classes) => classesOf[sentence].CopyTo(classes, 0);
    }

    private static bool TokenIs(NerSentence sentence, int token, string text) =>
        sentence.Text.AsSpan(sentence.Starts[token], sentence.Ends[token] - sentence.Starts[token]).SequenceEqual(text);

    /// <summary>Whether the sentence's tokens from <paramref name="token"/> on are all closing quotation marks or brackets (or none).</summary>
    private static bool OnlyClosingMarksFrom(NerSentence sentence, int token)
    {
        for (int t = token; t < sentence.Count; t++)
        {
            if (!(TokenIs(sentence, t, "''") || TokenIs(sentence, t, "\"") || TokenIs(sentence, t, "'") || TokenIs(sentence, t, ")") || TokenIs(sentence, t, "-RRB-")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Writes a sentence's treebank tokens as news prints them ("Moody's", "don't", "(AP)", "5%", "\"quoted\"") and
    /// returns where each token landed: the recognizers are meant for running text, not for tokens between spaces.
    /// </summary>
    private static (int[] Starts, int[] Ends) AppendAsWritten(StringBuilder text, NerSentence sentence)
    {
        var starts = new int[sentence.Count];
        var ends = new int[sentence.Count];
        bool quoteOpen = false;
        bool noSpaceNext = true;
        for (int t = 0; t < sentence.Count; t++)
        {
            string token = sentence.Text[sentence.Starts[t]..sentence.Ends[t]];
            bool isQuote = token is "``" or "''" or "\"";
            if (isQuote)
            {
                token = "\"";
                quoteOpen = !quoteOpen;
            }

            bool attaches = (isQuote && !quoteOpen) || token is "," or "." or ":" or ";" or "?" or "!" or "%" or ")" or "]" or "}" or "..."
                || token.StartsWith('\'') && token.Length <= 3 || token.Equals("n't", StringComparison.OrdinalIgnoreCase);
            if (!noSpaceNext && !attaches)
            {
                text.Append(' ');
            }

            starts[t] = text.Length;
            text.Append(token);
            ends[t] = text.Length;
            noSpaceNext = token is "(" or "[" or "{" or "$" || (isQuote && quoteOpen);
        }

        return (starts, ends);
    }

    /// <summary>
    /// The class type of an entity; a duration counted in hours, minutes or seconds (TIMEX3 value "PT…": "two and a half
    /// hours") is a TIME in OntoNotes, longer ones a DATE.
    /// </summary>
    private static int TypeOf(Entity entity) => entity.Type == EntityType.Duration && entity.Value is { } value && value.StartsWith("PT", StringComparison.Ordinal)
        ? 5
        : TypeOf(entity.Type);

    private static int TypeOf(EntityType type) => type switch
    {
        EntityType.Person => 0,
        EntityType.Organization => 1,
        EntityType.Location => 2,
        EntityType.Nationality => 3,
        EntityType.Date or EntityType.Duration or EntityType.Set => 4,
        EntityType.Time => 5,
        _ => -1,
    };
}
