using Extractor.Cli.Evaluation.Dates;
using Extractor.Tests.Support;

namespace Extractor.Tests.Dates;

public sealed class TemporalEvaluationTests
{
    [SharedDataFact]
    public void EvaluateDates_TimeBank_MeetsFloors()
    {
        string dir = SharedData.DataPath("time", "timebank")!;
        var scores = new TemporalScores();
        foreach (string file in Directory.GetFiles(dir, "*.tml"))
        {
            var doc = TimeMlReader.Read(file);
            var entities = NewsExtractor.Default.ExtractEntities(doc.Text, new ExtractionOptions { ReferenceDate = doc.CreationDate });
            var system = entities.Where(e => e.IsTemporal)
                .Select(e => new SystemTimex(e.Span.Start, e.Span.End, EntityTypeLabels.ToLabel(e.Type), e.Value, e.Modifier)).ToList();
            TemporalScorer.Score(doc.Gold, system, scores);
        }

        // Measured 0.918 strict F1 and 0.862 value F1 (see docs/dates.md); floors leave room for changes elsewhere.
        scores.Gold.Should().Be(1243);
        scores.StrictF1.Should().BeGreaterThan(0.80);
        scores.RelaxedF1.Should().BeGreaterThan(0.86);
        scores.ValueF1.Should().BeGreaterThan(0.72);
        scores.TypeAccuracy.Should().BeGreaterThan(0.90);
    }

    [Fact]
    public void EvalDates_Pairs_ListsRightWrongMissedAndExtraExpressions()
    {
        // Reference date Friday 1998-01-09: "yesterday" is right, "last week" is marked 1998-WXX by the annotator
        // (a wrong value for the system's explicit week), "the week" is missed and "now" is an extra.
        const string xml = """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-09" functionInDocument="CREATION_TIME">19980109</TIMEX3></DCT>
            <TEXT>Prices fell <TIMEX3 tid="t1" type="DATE" value="1998-01-08">yesterday</TIMEX3> after rising <TIMEX3 tid="t2" type="DATE" value="1998-WXX">last week</TIMEX3>. For <TIMEX3 tid="t3" type="DATE" value="1998-WXX">the week</TIMEX3>, shares are now lower.</TEXT></TimeML>
            """;
        string dir = Path.Combine(Path.GetTempPath(), $"extractor-tml-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "sample.tml"), xml);
        try
        {
            var pairs = CliRunner.Run(null, "eval", "dates", "--pairs", dir);
            var errors = CliRunner.Run(null, "eval", "dates", "--errors", dir);

            pairs.ExitCode.Should().Be(0, pairs.StandardError);
            string[] lines = pairs.StandardOutput.Split('\n');
            lines.Should().Contain(l => l.StartsWith("OK", StringComparison.Ordinal) && l.Contains("[yesterday]", StringComparison.Ordinal));
            lines.Should().Contain(l => l.StartsWith("VALUE", StringComparison.Ordinal) && l.Contains("gold [last week] DATE 1998-WXX", StringComparison.Ordinal));
            lines.Should().Contain(l => l.StartsWith("MISS", StringComparison.Ordinal) && l.Contains("[the week]", StringComparison.Ordinal));
            lines.Should().Contain(l => l.StartsWith("EXTRA", StringComparison.Ordinal) && l.Contains("[now]", StringComparison.Ordinal));
            errors.StandardOutput.Should().NotContain("[yesterday]", "--errors lists only what is wrong");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void TimeMlReader_StripsTagsAndKeepsOffsets()
    {
        const string xml = """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
            <TEXT>Sales &amp; profit <EVENT eid="e1">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07" mod="END">late yesterday</TIMEX3>.</TEXT></TimeML>
            """;

        var doc = TimeMlReader.Parse("x", xml);

        doc.CreationDate.Should().Be(new DateOnly(1998, 1, 8));
        doc.Text.Should().Be("Sales & profit rose late yesterday.");
        doc.Gold.Should().ContainSingle();
        doc.Text.Substring(doc.Gold[0].Start, doc.Gold[0].End - doc.Gold[0].Start).Should().Be("late yesterday");
        doc.Gold[0].Modifier.Should().Be("END");
    }

    [Fact]
    public void TemporalScorer_CountsRelaxedStrictAndValue()
    {
        var gold = new[] { new GoldTimex(0, 10, "DATE", "2021", null), new GoldTimex(20, 25, "DURATION", "P3Y", null) };
        var system = new List<SystemTimex> { new(0, 10, "DATE", "2021", null), new(18, 25, "DURATION", "P2Y", null), new(40, 45, "DATE", "2020", null) };
        var scores = new TemporalScores();

        TemporalScorer.Score(gold, system, scores);

        scores.StrictHits.Should().Be(1);
        scores.RelaxedGoldHits.Should().Be(2);
        scores.RelaxedSystemHits.Should().Be(2);
        scores.ValueCorrect.Should().Be(1);
        scores.ValueF1.Should().BeApproximately(scores.RelaxedF1 * 0.5, 1e-9);
    }
}
