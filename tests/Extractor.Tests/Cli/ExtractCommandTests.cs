using System.Text.Json;
using Extractor.Tests.Support;

namespace Extractor.Tests.Cli;

public class ExtractCommandTests
{
    private const string Paragraph = "Officials in Riga said on Thursday that Latvia had asked NATO for more air defence.";

    private static string SamplePath => Path.Combine(SharedData.RepositoryRoot(), "samples", "article.txt");

    [Fact]
    public void Extract_Jsonl_PrintsOneObjectPerInputInOrder()
    {
        string other = Path.Combine(Path.GetTempPath(), $"extractor-{Guid.NewGuid():N}.txt");
        File.WriteAllText(other, Paragraph);
        try
        {
            var result = CliRunner.Run(null, "extract", "--format", "jsonl", SamplePath, other);
            result.ExitCode.Should().Be(0, result.StandardError);
            string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Should().HaveCount(2);
            var first = JsonDocument.Parse(lines[0]).RootElement;
            var second = JsonDocument.Parse(lines[1]).RootElement;
            first.GetProperty("source").GetString().Should().Be(SamplePath);
            second.GetProperty("source").GetString().Should().Be(other);
            second.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("text").GetString()).Should().Contain(["Riga", "Latvia"]);
        }
        finally
        {
            File.Delete(other);
        }
    }

    [Fact]
    public void Extract_StandardInput_ReportsOffsetsIntoTheInput()
    {
        var result = CliRunner.Run(Paragraph, "extract");
        result.ExitCode.Should().Be(0, result.StandardError);
        var root = JsonDocument.Parse(result.StandardOutput).RootElement;
        root.GetProperty("source").GetString().Should().Be("-");
        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            int start = entity.GetProperty("start").GetInt32();
            int end = entity.GetProperty("end").GetInt32();
            Paragraph[start..end].Should().Be(entity.GetProperty("text").GetString());
            entity.GetProperty("type").GetString().Should().MatchRegex("^[A-Z]+$");
            entity.TryGetProperty("canonical", out _).Should().BeTrue();
            entity.TryGetProperty("origin", out _).Should().BeTrue();
        }

        root.GetProperty("quotes").ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public void Extract_JsonWithSeveralFiles_PrintsAnArray()
    {
        var result = CliRunner.Run(null, "extract", "--format", "json", SamplePath, SamplePath);
        result.ExitCode.Should().Be(0, result.StandardError);
        JsonDocument.Parse(result.StandardOutput).RootElement.GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void Extract_MissingFile_ExitsOneAndStillProcessesTheOthers()
    {
        var result = CliRunner.Run(null, "extract", "--format", "jsonl", "/no/such/file.txt", SamplePath);
        result.ExitCode.Should().Be(1);
        result.StandardError.Should().Contain("/no/such/file.txt");
        result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public void Extract_Directory_SaysItIsADirectoryAndStillProcessesTheOthers()
    {
        string directory = Path.GetDirectoryName(SamplePath)!;
        var result = CliRunner.Run(null, "extract", "--format", "jsonl", directory, SamplePath);
        result.ExitCode.Should().Be(1);
        result.StandardError.Should().Contain("is a directory");
        result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--reference-date", "2021-13-45")]
    [InlineData("--bogus", "1")]
    public void Extract_BadOption_ExitsTwoNamingTheArgument(string option, string value)
    {
        var result = CliRunner.Run(string.Empty, "extract", option, value);
        result.ExitCode.Should().Be(2);
        result.StandardError.Should().Contain(option);
    }

    [Fact]
    public void Extract_InvalidUtf8_DecodesWithReplacementCharacters()
    {
        string path = Path.Combine(Path.GetTempPath(), $"extractor-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [.. "Talks in Riga "u8, 0xFF, 0xFE, .. " ended."u8]);
        try
        {
            var result = CliRunner.Run(null, "extract", "--format", "jsonl", path);
            result.ExitCode.Should().Be(0, result.StandardError);
            JsonDocument.Parse(result.StandardOutput).RootElement.GetProperty("entities").EnumerateArray()
                .Should().Contain(e => e.GetProperty("text").GetString() == "Riga");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Extract_TextFormat_ListsEntities()
    {
        var result = CliRunner.Run(Paragraph, "extract", "--format", "text");
        result.ExitCode.Should().Be(0, result.StandardError);
        result.StandardOutput.Should().Contain("Riga").And.Contain("LOC");
    }

    [Fact]
    public void Tokenize_PrintsTokensAndSentencesWithOffsets()
    {
        var result = CliRunner.Run("NATO met. Russia’s army moved.", "tokenize");
        result.ExitCode.Should().Be(0, result.StandardError);
        var root = JsonDocument.Parse(result.StandardOutput).RootElement;
        root.GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("text").GetString()).Should().Contain(["NATO", "Russia", "’s"]);
        root.GetProperty("sentences").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void UnknownCommand_ExitsTwo()
    {
        var result = CliRunner.Run(null, "frobnicate");
        result.ExitCode.Should().Be(2);
        result.StandardError.Should().Contain("frobnicate");
    }

    [SharedDataFact]
    public void Extract_Seeds_FindsCountriesCitiesAndNationalities()
    {
        string[] seeds = Directory.GetFiles(SharedData.SeedsDirectory!, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var result = CliRunner.Run(null, ["extract", "--format", "jsonl", .. seeds]);
        result.ExitCode.Should().Be(0, result.StandardError);
        var objects = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        objects.Should().HaveCount(5);
        var entities = objects.SelectMany(o => o.GetProperty("entities").EnumerateArray())
            .Select(e => (Text: e.GetProperty("text").GetString(), Type: e.GetProperty("type").GetString())).ToArray();
        foreach (string place in new[] { "Ukraine", "Russia", "Riga", "Brussels", "Moscow", "Latvia" })
        {
            entities.Should().Contain((place, "LOC"));
        }

        entities.Should().Contain(("Russian", "NORP"));
        entities.Should().Contain(("Ukrainian", "NORP"));
    }
}
