using Extractor.Resolution;

namespace Extractor.Tests.Resolution;

/// <summary>What names and nouns say about a person's sex, from the derived first-name resource and the noun table.</summary>
public class NameGendersTests
{
    [Theory]
    [InlineData("Tessa", -1)]
    [InlineData("Hillary", -1)]
    [InlineData("Gordon", 1)]
    [InlineData("Tony", 1)]
    [InlineData("Jordan", 0)]
    [InlineData("Labour", 0)]
    [InlineData("Tory", 0)]
    [InlineData("Gen", 0)]
    [InlineData("Wang", 0)]
    [InlineData("Li", 0)]
    [InlineData("Israel", 0)]
    [InlineData("Hogan", 0)]
    [InlineData("", 0)]
    public void OfFirstName_DerivedResource_SaysWhatNewsUsesTheNameFor(string name, int gender)
    {
        NameGenders.Default.OfFirstName(name).Should().Be(gender);
    }

    [Theory]
    [InlineData("Sir Alex Ferguson", 1)]
    [InlineData("Dame Judi Dench", -1)]
    [InlineData("Tessa Jowell", -1)]
    [InlineData("Labour MP Tessa Jowell", -1)]
    [InlineData("Tory MP Gordon Flight", 1)]
    [InlineData("His wife", -1)]
    [InlineData("Blair", 0)]
    [InlineData("Jordan Blake", 0)]
    [InlineData("  ", 0)]
    public void OfName_HonorificNounOrFirstName_GivesTheSex(string name, int gender)
    {
        NameGenders.Default.OfName(name).Should().Be(gender);
    }

    [Theory]
    [InlineData("Tessa King", -1)]
    [InlineData("Hillary Prince", -1)]
    [InlineData("Stephen King", 1)]
    [InlineData("Jordan King", 0)]
    [InlineData("Jordan Prince", 0)]
    [InlineData("Jordan Duke", 0)]
    [InlineData("Jordan Earl", 0)]
    [InlineData("Jordan Baron", 0)]
    [InlineData("Jordan Queen", 0)]
    [InlineData("Jordan Son", 0)]
    [InlineData("the Dutchman", 1)]
    [InlineData("the actress", -1)]
    [InlineData("His wife", -1)]
    [InlineData("her son", 1)]
    [InlineData("the King", 1)]
    public void OfName_GenderedNounAsLastWord_CountsOnlyAsANounNotAsASurname(string name, int gender)
    {
        NameGenders.Default.OfName(name).Should().Be(gender);
    }

    [Theory]
    [InlineData("Carole King")]
    [InlineData("Billie Jean King")]
    [InlineData("Elizabeth Queen")]
    public void OfName_WomanWithASurnameThatIsAMaleNoun_IsNotAMan(string name)
    {
        NameGenders.Default.OfName(name).Should().NotBe(1);
    }

    [Theory]
    [InlineData("actress", -1, false)]
    [InlineData("son", 1, false)]
    [InlineData("actress,son", 0, true)]
    [InlineData("son,actress,grandfather", 0, true)]
    [InlineData("actress,son,wife", 0, true)]
    [InlineData("actress,wife", -1, false)]
    [InlineData("Secretary,Culture", 0, false)]
    [InlineData("Mr,minister", 0, false)]
    public void OfTitles_GenderedNouns_OfBothSexesSayNothingWhateverFollows(string titles, int noun, bool both)
    {
        var result = NameGenders.OfTitles(titles.Split(','));

        result.Noun.Should().Be(noun);
        result.BothNouns.Should().Be(both);
    }

    [Theory]
    [InlineData("Mr,minister", 1, false)]
    [InlineData("Mrs,Mr", 1, true)]
    [InlineData("Dame", -1, false)]
    [InlineData("actress", 0, false)]
    public void OfTitles_Honorifics_LastOneAndWhetherBothSexesOccur(string titles, int honorific, bool mixed)
    {
        var result = NameGenders.OfTitles(titles.Split(','));

        result.Honorific.Should().Be(honorific);
        result.MixedHonorifics.Should().Be(mixed);
    }

    [Theory]
    [InlineData("actress", -1)]
    [InlineData("chairwoman", -1)]
    [InlineData("Frenchwoman", -1)]
    [InlineData("wife", -1)]
    [InlineData("Dutchman", 1)]
    [InlineData("husband", 1)]
    [InlineData("chairman", 0)]
    [InlineData("spokesman", 0)]
    [InlineData("German", 0)]
    [InlineData("minister", 0)]
    public void OfNoun_PersonNouns_OnlyThoseThatSayASex(string noun, int gender)
    {
        NameGenders.OfNoun(noun).Should().Be(gender);
    }

    [Fact]
    public void OfName_Lookups_DoNotAllocate()
    {
        var genders = NameGenders.Default;
        genders.OfName("Tessa Jowell"); // load first
        long before = GC.GetAllocatedBytesForCurrentThread();
        int sum = 0;
        for (int i = 0; i < 1000; i++)
        {
            sum += genders.OfName("Tessa Jowell") + genders.OfName("Sir Alex Ferguson") + NameGenders.OfNoun("actress");
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        sum.Should().Be(-1000);
        allocated.Should().Be(0);
    }

    [Fact]
    public void Resource_IsSmallAndSaysWhereItCameFrom()
    {
        using var stream = typeof(NameGenders).Assembly.GetManifestResourceStream("Extractor.Resources.resolution-genders.txt")!;
        stream.Length.Should().BeLessThan(64 * 1024);
        using var reader = new StreamReader(stream);
        string header = reader.ReadLine() + reader.ReadToEnd();
        header.Should().Contain("extractor build genders").And.Contain("BBC").And.Contain("OntoNotes").And.Contain("PolNeAR");
    }
}
