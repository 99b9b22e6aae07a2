using Extractor.Cli.Lexicons;

namespace Extractor.Tests.Cli;

/// <summary>How <c>extractor build genders</c> turns person names in text into votes on their first names.</summary>
public class NameGenderCompilerTests
{
    /// <summary>A document of whitespace-separated words, sentences starting after ". ", and person spans given as word ranges.</summary>
    private static NameGenderCompiler.Document Doc(string text, params (int Start, int End)[] persons)
    {
        var words = text.Split(' ');
        var starts = new bool[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            starts[i] = i == 0 || words[i - 1] == ".";
        }

        return new NameGenderCompiler.Document(words, starts, [.. persons]);
    }

    private static (int Male, int Female, int Mixed) VotesFor(string name, params NameGenderCompiler.Document[] documents)
    {
        var compiler = new NameGenderCompiler(TextWriter.Null);
        foreach (var document in documents)
        {
            compiler.Add(document);
        }

        var writer = new StringWriter();
        compiler.WriteVotes(writer);
        foreach (var line in writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells[0] == name)
            {
                return (int.Parse(cells[1]), int.Parse(cells[2]), int.Parse(cells[3]));
            }
        }

        return default;
    }

    [Theory]
    [InlineData("Tessa Jowell opened the gallery . She said it was overdue .", 0, 2, "Tessa", 0, 1)]
    [InlineData("Gordon Brown spoke on Monday . He said growth was strong .", 0, 2, "Gordon", 1, 0)]
    [InlineData("Sir Alex Ferguson was angry .", 0, 3, "Alex", 1, 0)]
    [InlineData("The film starred actress Nicole Kidman .", 4, 6, "Nicole", 0, 1)]
    public void Add_OneSignal_OneVote(string text, int start, int end, string name, int male, int female)
    {
        var votes = VotesFor(name, Doc(text, (start, end)));

        votes.Male.Should().Be(male);
        votes.Female.Should().Be(female);
    }

    [Fact]
    public void Add_SurnameWithHonorificElsewhere_VotesForTheFirstName()
    {
        var votes = VotesFor("Tony", Doc("Tony Blair arrived in Rome . Later Mr Blair met the pope .", (0, 2), (8, 9)));

        votes.Male.Should().Be(1);
    }

    [Fact]
    public void Add_SurnameSharedByTwoPeople_HonorificSaysNothing()
    {
        // "Mr Blair" may be Tony, not Cherie
        var votes = VotesFor("Cherie", Doc("Cherie Blair and Tony Blair arrived in Rome . Later Mr Blair met the pope .", (0, 2), (3, 5), (11, 12)));

        votes.Should().Be((0, 0, 0));
    }

    [Theory]
    [InlineData("Donald Trump attacked Hillary Clinton . He said she lied .", 3, 5)] // an object: "He" is the subject's
    [InlineData("Hillary Clinton met Bernie Sanders . He said the talks went well .", 0, 2)] // another person named first
    [InlineData("Hillary Clinton said : \" he is wrong \" .", 0, 2)] // inside a quotation
    public void Add_PronounThatNeedNotBeTheName_IsNoEvidence(string text, int start, int end)
    {
        var persons = text.StartsWith("Hillary Clinton met", StringComparison.Ordinal) ? new[] { (start, end), (3, 5) }
            : text.StartsWith("Donald", StringComparison.Ordinal) ? new[] { (0, 2), (start, end) } : new[] { (start, end) };

        VotesFor("Hillary", Doc(text, persons)).Should().Be((0, 0, 0));
    }

    [Fact]
    public void Add_EvidenceBothWaysInOneDocument_IsOneMixedVote()
    {
        var votes = VotesFor("Kim", Doc("Kim Howells spoke . He was late . Kim Howells left . She was tired .", (0, 2), (8, 10)));

        votes.Should().Be((0, 0, 1));
    }

    [Fact]
    public void Write_KeptNames_HeaderThenOneNameALine()
    {
        var names = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["Gordon"] = 1, ["Tessa"] = -1 };
        var writer = new StringWriter();

        NameGenderCompiler.Write(writer, names, "test data");

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        lines.Where(l => l.StartsWith('#')).Should().Contain(l => l.Contains("test data"));
        lines.Where(l => !l.StartsWith('#')).Should().Equal("Gordon\tm", "Tessa\tf");
    }
}
