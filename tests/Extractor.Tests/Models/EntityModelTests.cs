using Extractor.Models;
using Extractor.Pipeline;

namespace Extractor.Tests.Models;

public sealed class EntityModelTests
{
    private static EntityModel Model => EntityModel.LoadDefault() ?? throw new InvalidOperationException("The assembly carries no entity model.");

    private static List<EntityMention> Recognize(string text)
    {
        var document = AnalyzedDocument.Create(text, ExtractionOptions.Default);
        var mentions = new List<EntityMention>();
        Model.Recognize(document, mentions);
        return mentions;
    }

    private static IEnumerable<(string Text, EntityType Type)> Found(string text) =>
        Recognize(text).Select(m => (text[m.Start..m.End], m.Type));

    [Fact]
    public void LoadDefault_EmbeddedModel_DescribesItsTrainingData()
    {
        var model = EntityModel.LoadDefault();

        model.Should().NotBeNull();
        model!.Description.Should().Contain("ontonotes").And.Contain("evaluation");
        EntityModel.LoadDefault().Should().BeSameAs(model, "the embedded model is loaded once per process");
    }

    [Theory]
    [InlineData("NATO Secretary General Jens Stoltenberg said the alliance would not be intimidated.", "Jens Stoltenberg", EntityType.Person)]
    [InlineData("NATO Secretary General Jens Stoltenberg said the alliance would not be intimidated.", "NATO", EntityType.Organization)]
    [InlineData("Kyrylo Budanov, the head of Ukraine's military intelligence, told Ukrinform on Friday that Russia was regrouping.", "Kyrylo Budanov", EntityType.Person)]
    [InlineData("Kyrylo Budanov, the head of Ukraine's military intelligence, told Ukrinform on Friday that Russia was regrouping.", "Ukraine", EntityType.Location)]
    [InlineData("European Commission President Ursula von der Leyen arrived in Kiev on Monday.", "Ursula von der Leyen", EntityType.Person)]
    [InlineData("European Commission President Ursula von der Leyen arrived in Kiev on Monday.", "Kiev", EntityType.Location)]
    [InlineData("The Washington Post reported that Military Times had obtained the documents.", "The Washington Post", EntityType.Organization)]
    [InlineData("The Washington Post reported that Military Times had obtained the documents.", "Military Times", EntityType.Organization)]
    [InlineData("Stoltenberg said the NATO-Russia Council would not meet this year.", "the NATO-Russia Council", EntityType.Organization)]
    [InlineData("Fighting continued in Donbas, where separatists have held territory since 2014.", "Donbas", EntityType.Location)]
    [InlineData("Shells fell on towns across the Donbass region, according to the Ukrainian military.", "Ukrainian", EntityType.Nationality)]
    public void Recognize_NewsSentence_FindsTheNamedEntity(string text, string expected, EntityType type)
    {
        Found(text).Should().Contain((expected, type));
    }

    [Theory]
    [InlineData("Shells fell on towns across the Donbass region, according to the Ukrainian military.", "Donbass")]
    [InlineData("Pro-Russian forces shelled towns in the Donbass region.", "Donbass")]
    [InlineData("The ministers met in Kiev on Tuesday.", "Kiev")]
    public void Recognize_PlaceName_IsInsideALocation(string text, string name)
    {
        Found(text).Should().Contain(m => m.Type == EntityType.Location && m.Text.Contains(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Stoltenberg said the alliance was united.", "Stoltenberg")]
    [InlineData("\"We will respond,\" Budanov said.", "Budanov")]
    [InlineData("The talks (led by Antony Blinken) ended late.", "Antony Blinken")]
    [InlineData("Theresa May and Will Smith were not there.", "Theresa May")]
    [InlineData("Theresa May and Will Smith were not there.", "Will Smith")]
    public void Recognize_NameInUnusualPositionOrMadeOfCommonWords_IsAPerson(string text, string expected)
    {
        Found(text).Should().Contain((expected, EntityType.Person));
    }

    [Fact]
    public void Recognize_AllCapsHeadline_StillFindsNamesAndPlaces()
    {
        var found = Found("ZELENSKY MEETS BIDEN IN WASHINGTON AS RUSSIA MASSES TROOPS").ToList();

        found.Should().Contain(("ZELENSKY", EntityType.Person));
        found.Should().Contain(("WASHINGTON", EntityType.Location));
        found.Should().NotContain(m => m.Text == "MEETS" || m.Text == "MASSES" || m.Text == "TROOPS");
    }

    [Fact]
    public void Recognize_LongNameWithPossessive_LeavesThePossessiveOut()
    {
        var found = Found("Officials at the Ukrainian Defense Ministry's press office declined to comment.").ToList();

        found.Should().NotContain(m => m.Text.EndsWith("'s", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_NameWithBarePossessiveMark_LeavesTheMarkOut()
    {
        var found = Found("Half of the songs were written with Robbie Williams' former collaborator.").ToList();

        found.Should().Contain(m => m.Text == "Robbie Williams" && m.Type == EntityType.Person);
        found.Should().NotContain(m => m.Text.EndsWith('\''));
    }

    [Theory]
    [InlineData("Shares of Hargreave Lansdown rose on Monday. Investors said Hargreave had beaten forecasts.", "Hargreave", EntityType.Organization)]
    [InlineData("Officials in Kharkiv said the city was shelled overnight. By morning, Kharkiv residents were clearing debris.", "Kharkiv", EntityType.Location)]
    public void Recognize_NameRepeatedInDocument_KeepsTheTypeItWasGivenFirst(string text, string word, EntityType type)
    {
        // The model reads how it labelled the word in earlier sentences (PredictionHistory): the second "Ukrinform" was a
        // PERSON before that.
        var found = Found(text).Where(m => m.Text.Split(' ').Contains(word)).ToList();

        found.Should().HaveCount(2).And.OnlyContain(m => m.Type == type);
    }

    [Fact]
    public void Recognize_CompanyNameLaterInLowerCase_LowerCaseWordIsNoName()
    {
        var found = Found("Apple reported record sales in China on Thursday. Later, Apple said the apple harvest in Washington state would not affect its plans.").ToList();

        found.Should().Contain(("Apple", EntityType.Organization));
        found.Should().NotContain(m => m.Text.Contains("apple", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_LaterBareSurname_IsTheSamePerson()
    {
        var found = Found("Kyrylo Budanov spoke first. Officials said Budanov was right.").ToList();

        found.Should().Contain(("Kyrylo Budanov", EntityType.Person));
        found.Should().Contain(("Budanov", EntityType.Person));
    }

    [Theory]
    [InlineData("Watch TVN24 live")]
    [InlineData("Leave a Reply")]
    [InlineData("Source link")]
    [InlineData("Share this article")]
    [InlineData("Sign up for our newsletter")]
    [InlineData("Click here to read more")]
    [InlineData("Войти")]
    [InlineData("ПОДПИСКА НА НОВОСТИ")]
    [InlineData("You May Also Like")]
    public void Recognize_PageFurniture_FindsNothing(string line)
    {
        Recognize(line).Should().BeEmpty();
    }

    [Fact]
    public void Recognize_TitleCaseHeadingWordAfterKnownSurname_IsNotThePerson()
    {
        const string text = "Theresa May met officials in London on Tuesday.\n\nYou May Also Like\n\nMay said she would stay.";

        var found = Found(text).ToList();

        found.Should().Contain(("Theresa May", EntityType.Person));
        Recognize(text).Should().NotContain(m => m.Start == text.IndexOf("You May", StringComparison.Ordinal) + 4, "the heading's 'May' is a verb");
    }

    [Theory]
    [InlineData("the meeting ended and everyone went home .")]
    [InlineData("Prices rose sharply after the announcement.")]
    public void Recognize_SentenceWithoutNames_FindsNoPersonOrOrganization(string text)
    {
        Recognize(text).Should().NotContain(m => m.Type == EntityType.Person || m.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("Володимир Зеленський заявив, що Україна не здасться.")]
    [InlineData("Emoji 🇺🇦 and flags 🔥🔥 in Kyiv 👍")]
    [InlineData("Lone surrogate \uD800 here and \uDC00 there, said Boris Johnson.")]
    [InlineData("\"Unbalanced quote, said NATO.")]
    public void Recognize_OddInput_DoesNotThrowAndKeepsOffsetsInRange(string text)
    {
        var mentions = Recognize(text);

        mentions.Should().NotContain(m => m.Start < 0 || m.End > text.Length || m.Start >= m.End);
    }

    [Fact]
    public void Recognize_LongTextWithoutSpaces_DoesNotThrow()
    {
        string text = new('x', 1 << 20);

        var act = () => Recognize(text);

        act.Should().NotThrow();
    }

    [Fact]
    public void Recognize_Mentions_HaveModelOriginAndScoresBetweenZeroAndOne()
    {
        var mentions = Recognize("Jens Stoltenberg met Ursula von der Leyen in Brussels on 3 March 2022.");

        mentions.Should().NotBeEmpty();
        mentions.Should().OnlyContain(m => m.Origin == EntityOrigin.Model && m.Score >= 0f && m.Score <= 1f);
    }

    [Fact]
    public void SaveThenLoad_RoundTrip_GivesTheSameMentions()
    {
        using var stream = new MemoryStream();
        Model.Save(stream);
        stream.Position = 0;

        var copy = EntityModel.Load(stream);

        copy.Description.Should().Be(Model.Description);
        string text = "Kyrylo Budanov told Ukrinform that Russian troops were massing near Donbas.";
        var document = AnalyzedDocument.Create(text, ExtractionOptions.Default);
        var a = new List<EntityMention>();
        var b = new List<EntityMention>();
        Model.Recognize(document, a);
        copy.Recognize(document, b);
        b.Select(m => (m.Start, m.End, m.Type)).Should().Equal(a.Select(m => (m.Start, m.End, m.Type)));
    }
}
