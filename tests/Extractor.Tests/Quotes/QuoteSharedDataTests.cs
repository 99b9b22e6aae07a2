using Extractor.Cli.Commands;
using Extractor.Cli.Evaluation.Quotes;
using Extractor.Tests.Support;

namespace Extractor.Tests.Quotes;

/// <summary>Accuracy floors on PolNeAR dev and the speakers of the seed articles; skipped when ../shared is absent.</summary>
public class QuoteSharedDataTests
{
    [SharedDataFact]
    public void EvalQuotes_PolnearDevSlice_StaysAboveFloors()
    {
        string dev = SharedData.DataPath("quotes", "polnear", "dev")!;
        var documents = BratAttributionReader.ReadDirectory(dev, limit: 30);
        documents.Should().HaveCount(30);

        var scores = EvalQuotesCommand.Evaluate(documents);

        // measured on this slice with the entity model: direct F1 0.92, speaker accuracy 0.94, indirect F1 0.74
        scores.DirectF1.Should().BeGreaterThan(0.82);
        scores.SpeakerAccuracy.Should().BeGreaterThan(0.82);
        scores.IndirectF1.Should().BeGreaterThan(0.60);
    }

    [SharedDataFact]
    public void ExtractQuotes_Seed004_SecretaryGeneralAndPronounsResolveToStoltenberg()
    {
        var seed = SharedData.Seeds().Single(s => s.Name.StartsWith("004", StringComparison.Ordinal));
        var quotes = NewsExtractor.Default.ExtractQuotes(seed.Text);
        var bySpeakerText = quotes.Where(q => q.Speaker is not null && q.Kind == QuoteKind.Direct).ToLookup(q => q.Speaker!.Text, StringComparer.OrdinalIgnoreCase);

        bySpeakerText["he"].Should().HaveCountGreaterThanOrEqualTo(2);
        bySpeakerText["the Union secretary general"].Should().ContainSingle();
        bySpeakerText["the secretary"].Should().ContainSingle();
        bySpeakerText["Stoltenberg"].Should().HaveCountGreaterThanOrEqualTo(3);
        foreach (var text in new[] { "he", "the Union secretary general", "the secretary", "the Union Secretary-General", "Stoltenberg" })
        {
            bySpeakerText[text].Should().OnlyContain(q => q.Speaker!.Canonical == "Jens Stoltenberg", $"\"{text}\" refers to him");
        }
    }

    [SharedDataFact]
    public void ExtractQuotes_Seed000_PressReleaseAndStatementResolveToNato()
    {
        var seed = SharedData.Seeds().Single(s => s.Name.StartsWith("000", StringComparison.Ordinal));
        var quotes = NewsExtractor.Default.ExtractQuotes(seed.Text);
        var documents = quotes.Where(q => q.Speaker is { } s && (s.Text.Contains("press release", StringComparison.Ordinal) || s.Text.Contains("statement", StringComparison.OrdinalIgnoreCase))).ToList();

        documents.Should().HaveCountGreaterThanOrEqualTo(4);
        documents.Should().OnlyContain(q => q.Speaker!.Canonical == "NATO");
        quotes.Should().Contain(q => q.Kind == QuoteKind.Partial && q.Text == "constructive dialogue with Russia" && q.Speaker!.Canonical == "NATO");
        quotes.Should().Contain(q => q.Kind == QuoteKind.Indirect && q.Speaker!.Text == "Authorities in Kiev" && q.Text.StartsWith("Russia has amassed", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void ExtractQuotes_Seed003_ReportedClaimsNameTheirSpeakers()
    {
        var seed = SharedData.Seeds().Single(s => s.Name.StartsWith("003", StringComparison.Ordinal));
        var quotes = NewsExtractor.Default.ExtractQuotes(seed.Text);

        quotes.Should().Contain(q => q.Kind == QuoteKind.Indirect && q.Speaker!.Text == "Kyrylo Budanov" && q.Text.StartsWith("Russia had amassed", StringComparison.Ordinal));
        quotes.Should().Contain(q => q.Kind == QuoteKind.Indirect && q.Speaker!.Text == "Oleksiy Danilov" && q.Text.StartsWith("there was no imminent threat", StringComparison.Ordinal));
        quotes.Should().Contain(q => q.Kind == QuoteKind.Direct && q.Speaker!.Text == "Stoltenberg" && q.Speaker.Canonical == "Jens Stoltenberg");
        quotes.Where(q => q.Speaker?.Text == "the NATO secretary general").Should().OnlyContain(q => q.Speaker!.Canonical == "Jens Stoltenberg");
    }
}
