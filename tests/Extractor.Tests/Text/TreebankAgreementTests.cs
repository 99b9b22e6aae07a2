using Extractor.Tests.Support;
using Extractor.Text;
using Xunit.Abstractions;

namespace Extractor.Tests.Text;

/// <summary>
/// Scores the tokenizer and splitter against OntoNotes dev, rebuilt into running text: how many gold tokens come out
/// exactly, and how many gold sentence starts are found. Floors sit well below the measured values (printed).
/// </summary>
public class TreebankAgreementTests
{
    private const int Sentences = 12_678;
    private readonly ITestOutputHelper _output;

    public TreebankAgreementTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [SharedDataFact]
    public void Tokenize_OntoNotesDev_AgreesWithTreebankTokens()
    {
        var gold = Build();
        string text = gold.Text;
        var table = new TokenTable();
        Tokenizer.Tokenize(text, table);

        var predicted = new HashSet<(int, int)>();
        for (int t = 0; t < table.Count; t++)
        {
            predicted.Add((table.Start(t), table.End(t)));
        }

        int matched = gold.Tokens.Count(predicted.Contains);
        double precision = (double)matched / table.Count;
        double recall = (double)matched / gold.Tokens.Count;
        double f1 = 2 * precision * recall / (precision + recall);
        _output.WriteLine($"tokens: gold {gold.Tokens.Count}, predicted {table.Count}, P {precision:P2} R {recall:P2} F1 {f1:P2}");
        foreach (var miss in gold.Tokens.Where(g => !predicted.Contains(g)).Take(40))
        {
            _output.WriteLine($"  missed: {text[miss.Start..miss.End]}  in  …{text[Math.Max(0, miss.Start - 20)..Math.Min(text.Length, miss.End + 20)]}…");
        }

        f1.Should().BeGreaterThan(0.97);
    }

    [SharedDataFact]
    public void Split_OntoNotesDev_FindsTreebankSentenceStarts()
    {
        var gold = Build();
        string text = gold.Text;
        var table = new TokenTable();
        Tokenizer.Tokenize(text, table);
        SentenceSplitter.Split(text, table);

        var predicted = new HashSet<int>();
        foreach (int first in table.SentenceStarts)
        {
            predicted.Add(table.Start(first));
        }

        // Boundaries after terminal punctuation are the splitter's job; the others (transcripts without punctuation)
        // cannot be found from punctuation at all, so they are scored apart.
        int punctuated = 0;
        int punctuatedFound = 0;
        int found = 0;
        for (int s = 1; s < gold.SentenceStarts.Count; s++)
        {
            int start = gold.SentenceStarts[s];
            bool hit = predicted.Contains(start);
            found += hit ? 1 : 0;
            if (EndsWithTerminal(text, start))
            {
                punctuated++;
                punctuatedFound += hit ? 1 : 0;
            }
        }

        var goldSet = gold.SentenceStarts.ToHashSet();
        int correct = predicted.Count(goldSet.Contains);
        double precision = (double)correct / predicted.Count;
        double recall = (double)found / (gold.SentenceStarts.Count - 1);
        double punctuatedRecall = (double)punctuatedFound / punctuated;
        _output.WriteLine($"sentences: gold {gold.SentenceStarts.Count}, predicted {predicted.Count}, precision {precision:P2}, recall {recall:P2}, recall after terminal punctuation {punctuatedRecall:P2} ({punctuated} boundaries)");
        foreach (int start in table.SentenceStarts.ToArray().Select(table.Start).Where(p => !goldSet.Contains(p)).Take(25))
        {
            _output.WriteLine($"  extra split: …{text[Math.Max(0, start - 50)..start]} | {text[start..Math.Min(text.Length, start + 30)]}…");
        }

        foreach (int start in gold.SentenceStarts.Skip(1).Where(p => !predicted.Contains(p) && EndsWithTerminal(text, p) && !char.IsLower(text[p])).Take(40))
        {
            _output.WriteLine($"  missed split: …{text[Math.Max(0, start - 50)..start]} | {text[start..Math.Min(text.Length, start + 30)]}…");
        }

        precision.Should().BeGreaterThan(0.9);
        punctuatedRecall.Should().BeGreaterThan(0.9);
    }

    [SharedDataFact]
    public void TokenizeAndSplit_SeedArticles_KeepInvariantsAndSplitEveryLine()
    {
        foreach (var (name, text) in SharedData.Seeds())
        {
            var table = Invariants.TokenInvariants.Check(text);
            table.SentenceCount.Should().BeGreaterThan(5, name);
        }
    }

    private static bool EndsWithTerminal(string text, int sentenceStart)
    {
        int i = sentenceStart - 2;
        while (i >= 0 && text[i] is '”' or ')' or '\'' or '"')
        {
            i--;
        }

        return i >= 0 && text[i] is '.' or '?' or '!';
    }

    private static TreebankText Build()
    {
        var gold = new TreebankText();
        string path = SharedData.DataPath("ner", "ontonotes5", "dev.tsv") ?? throw new InvalidOperationException("OntoNotes dev is missing.");
        foreach (var sentence in TreebankText.ReadSentences(path, Sentences))
        {
            gold.AddSentence(sentence);
        }

        return gold;
    }
}
