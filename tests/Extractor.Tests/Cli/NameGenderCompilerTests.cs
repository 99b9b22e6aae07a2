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

    [Theory]
    [InlineData("The party's chairwoman Sally Keeble spoke .", 3, 5, "Sally", 0, 1)]
    [InlineData("The club's businessman Todd Hill spoke .", 3, 5, "Todd", 1, 0)]
    [InlineData("The party's spokesman Todd Hill spoke .", 3, 5, "Todd", 0, 0)] // news writes "spokesman" for women too
    [InlineData("The party's chairman Todd Hill spoke .", 3, 5, "Todd", 0, 0)]
    public void Add_NounBeforeTheName_VotesOnlyWhenTheCoreReadsItAsGendered(string text, int start, int end, string name, int male, int female)
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

    [Theory]
    [InlineData("Tory Howard Flight spoke . He said no .", 0, 3, "Howard", "Tory")]
    [InlineData("Gen Peng Xing spoke . He said no .", 0, 3, "Peng", "Gen")]
    [InlineData("General Tommy Franks spoke . He said no .", 0, 3, "Tommy", "General")]
    [InlineData("Democrat Al Gore spoke . He said no .", 0, 3, "Al", "Democrat")]
    public void Add_TitleRankOrPartyBeforeTheName_VotesForTheFirstNameNotTheTitle(string text, int start, int end, string name, string title)
    {
        var document = Doc(text, (start, end));

        VotesFor(name, document).Male.Should().Be(1);
        VotesFor(title, document).Should().Be((0, 0, 0));
    }

    /// <summary>The names a compiler keeps after reading each document twice (two documents' votes).</summary>
    private static SortedDictionary<string, int> KeptAfter(params NameGenderCompiler.Document[] documents)
    {
        var compiler = new NameGenderCompiler(TextWriter.Null);
        foreach (var document in documents.Concat(documents))
        {
            compiler.Add(document);
        }

        return compiler.Keep();
    }

    [Theory]
    [InlineData("Wang Yi arrived in Paris . He met officials . Wang said talks went well .", "Wang")] // family name first, then alone
    [InlineData("Hogan Smith arrived . He was late . Paul Hogan left . Hogan said no .", "Hogan")] // mostly a surname
    [InlineData("Israel Katz arrived in Paris . He met officials .", "Israel")] // a place the gazetteer lists
    [InlineData("Guy Ritchie arrived in Paris . He met officials .", "Guy")] // a word mostly written in lower case
    public void Keep_WordThatIsNoFirstName_IsDropped(string text, string word)
    {
        var words = text.Split(' ');
        var persons = new List<(int, int)>();
        for (int i = 0; i < words.Length; i++)
        {
            // person spans: a capitalized pair, or a capitalized word alone before "said"
            if (NameGenderCompiler.IsNameWord(words[i]) && i + 1 < words.Length && NameGenderCompiler.IsNameWord(words[i + 1]) && words[i + 1] != "Paris")
            {
                persons.Add((i, i + 2));
                i++;
            }
            else if (NameGenderCompiler.IsNameWord(words[i]) && i + 1 < words.Length && words[i + 1] == "said")
            {
                persons.Add((i, i + 1));
            }
        }

        KeptAfter(Doc(text, [.. persons])).Should().NotContainKey(word);
    }

    [Theory]
    [InlineData("Gordon Brown arrived in Paris . He met officials . Brown said talks went well .", "Gordon", 1)]
    [InlineData("Tessa Jowell arrived in Paris . She met officials . Jowell said talks went well .", "Tessa", -1)]
    public void Keep_FirstNameWithVotes_IsKept(string text, string word, int gender)
    {
        KeptAfter(Doc(text, (0, 2), (10, 11))).Should().ContainKey(word).WhoseValue.Should().Be(gender);
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
