using Extractor.Cli.Training;
using Extractor.Models;

namespace Extractor.Cli.Evaluation;

/// <summary>
/// Scores predicted entities against a corpus's gold entities with exact-span semantics. Predictions are made on the
/// model's tokens and mapped back to the corpus's original tokens, so an entity that the tokenizer cannot isolate
/// ("Russian" inside "pro-Russian") counts as missed rather than being dropped from the gold.
/// </summary>
internal static class NerEvaluator
{
    /// <summary>Categories of the product's headline figure on OntoNotes.</summary>
    public static readonly string[] OntoNotesProductCategories = ["PERSON", "ORG", "GPE/LOC", "NORP", "DATE"];

    public static readonly string[] ConllCategories = ["PER", "ORG", "LOC", "MISC"];

    /// <param name="sentences">Gold sentences.</param>
    /// <param name="format">The corpus format, which fixes the categories scored.</param>
    /// <param name="modelTypes">The model's type names, in class order.</param>
    /// <param name="decode">Writes the model's BILOU classes for a sentence's tokens.</param>
    /// <param name="errors">Where to list each missed and each spurious entity, or null.</param>
    /// <param name="describe">A note added to a spurious entity's error line, from its sentence and its first and last
    /// token (the pipeline's origin and score), or null.</param>
    public static NerScore Score(IReadOnlyList<NerSentence> sentences, NerCorpusFormat format, IReadOnlyList<string> modelTypes, Action<NerSentence, int[]> decode, TextWriter? errors = null,
        Func<NerSentence, int, int, string?>? describe = null)
    {
        var score = new NerScore(format == NerCorpusFormat.Conll ? ConllCategories : OntoNotesProductCategories);
        var predictedCategory = modelTypes.Select(t => Category(format, t)).ToArray();
        var gold = new HashSet<(int, int, string)>();
        var predicted = new HashSet<(int, int, string)>();
        var tokensOf = new Dictionary<(int, int, string), (int, int)>();
        foreach (var sentence in sentences)
        {
            var classes = new int[sentence.Count];
            decode(sentence, classes);
            gold.Clear();
            predicted.Clear();
            tokensOf.Clear();
            foreach (var span in sentence.Gold)
            {
                if (Category(format, span.Type) is { } category)
                {
                    gold.Add((span.Start, span.End, category));
                }
            }

            int open = -1;
            for (int i = 0; i < classes.Length; i++)
            {
                int c = classes[i];
                if (c == BilouTags.Outside)
                {
                    open = -1;
                    continue;
                }

                int position = BilouTags.PositionOf(c);
                if (position is BilouTags.Begin or BilouTags.Unit)
                {
                    open = i;
                }

                if (position is BilouTags.Last or BilouTags.Unit && open >= 0)
                {
                    if (predictedCategory[BilouTags.TypeOf(c)] is { } category)
                    {
                        predicted.Add((sentence.OriginalFirst[open], sentence.OriginalEnd[i], category));
                        if (describe is not null)
                        {
                            tokensOf[(sentence.OriginalFirst[open], sentence.OriginalEnd[i], category)] = (open, i); // read only to describe an error
                        }
                    }

                    open = -1;
                }
            }

            foreach (var g in gold)
            {
                bool found = predicted.Contains(g);
                score.Add(g.Item3, found ? 1 : 0, 0, 1);
                if (!found)
                {
                    errors?.WriteLine($"missed   {g.Item3,-8} {OriginalText(sentence, g.Item1, g.Item2)}\t| {sentence.Text}");
                }
            }

            foreach (var p in predicted)
            {
                score.Add(p.Item3, 0, 1, 0);
                if (!gold.Contains(p))
                {
                    string? note = describe is not null && errors is not null && tokensOf.TryGetValue(p, out var tokens) ? describe(sentence, tokens.Item1, tokens.Item2) : null;
                    errors?.WriteLine($"spurious {p.Item3,-8} {OriginalText(sentence, p.Item1, p.Item2)}{(note is null ? string.Empty : " [" + note + "]")}\t| {sentence.Text}");
                }
            }
        }

        return score;
    }

    /// <summary>The text of original tokens [start, end), through the joined tokens that hold them.</summary>
    private static string OriginalText(NerSentence sentence, int start, int end)
    {
        int first = -1, last = -1;
        for (int t = 0; t < sentence.Count; t++)
        {
            if (first < 0 && sentence.OriginalEnd[t] > start)
            {
                first = t;
            }

            if (sentence.OriginalFirst[t] < end)
            {
                last = t;
            }
        }

        return first < 0 || last < first ? string.Empty : sentence.Text[sentence.Starts[first]..sentence.Ends[last]];
    }

    /// <summary>The scoring category of a corpus or model type name, or null when it is not scored.</summary>
    public static string? Category(NerCorpusFormat format, string type)
    {
        if (format == NerCorpusFormat.Conll)
        {
            return type switch
            {
                "PER" or "PERSON" => "PER",
                "ORG" => "ORG",
                "LOC" or "GPE" or "FAC" => "LOC",
                "MISC" or "NORP" => "MISC",
                _ => null,
            };
        }

        return type switch
        {
            "PERSON" or "PER" => "PERSON",
            "ORG" => "ORG",
            "GPE" or "LOC" => "GPE/LOC",
            "NORP" => "NORP",
            "DATE" => "DATE",
            "TIME" => "TIME",
            "FAC" => "FAC",
            _ => null,
        };
    }

    /// <summary>One sentence with its gold entities in [brackets] and the model's classes after each token, for reading errors.</summary>
    public static string Describe(NerSentence sentence, ReadOnlySpan<int> classes, IReadOnlyList<string> modelTypes)
    {
        var builder = new System.Text.StringBuilder();
        builder.Append("gold: ");
        foreach (var span in sentence.Gold)
        {
            builder.Append('[').Append(span.Type).Append(' ').Append(span.Start).Append(':').Append(span.End).Append("] ");
        }

        builder.Append("\n      ");
        for (int i = 0; i < sentence.Count; i++)
        {
            builder.Append(sentence.Text, sentence.Starts[i], sentence.Ends[i] - sentence.Starts[i]);
            int c = classes[i];
            if (c != BilouTags.Outside)
            {
                builder.Append('/').Append("BILU"[BilouTags.PositionOf(c)]).Append('-').Append(modelTypes[BilouTags.TypeOf(c)]);
            }

            builder.Append(' ');
        }

        return builder.ToString();
    }
}
