namespace Extractor.Tests.Entities;

/// <summary>
/// A listed place or nationality glued to a capitalized word in running prose, where the model saw no name, is part of
/// a longer name (an index, an event, a company) and is not reported alone; elsewhere it still is.
/// </summary>
public class PlaceInsideNameTests
{
    private static IReadOnlyList<Entity> Extract(string text) => NewsExtractor.Default.ExtractEntities(text);

    [Theory]
    [InlineData("West Texas Intermediate crude for December delivery rose 13 cents a barrel to settle at $20.07.", "Texas")]
    [InlineData("He made a name for himself at the African Nations Cup finals in Tunisia last year.", "African")]
    [InlineData("The 2003 French Open champion has slipped to 64 in the rankings.", "French")]
    [InlineData("Ye Daying's mother was an educated woman who worked at the Changchun Film Studio.", "Changchun")]
    [InlineData("He said the state court relied on the Florida Constitution to draft its decision.", "Florida")]
    [InlineData("Thanou and Kenteris withdrew from the Athens Games last August after missing drugs tests.", "Athens")]
    public void ExtractEntities_ListedNameInsideLongerNameInProse_IsNotReportedAlone(string text, string name)
    {
        Extract(text).Should().NotContain(e => e.Text == name && (e.Type == EntityType.Location || e.Type == EntityType.Nationality));
    }

    [Theory]
    [InlineData("Authorities in Kiev say Russia has amassed about 100,000 troops near the border.", "Kiev")]
    [InlineData("Pro-Russian separatists in Donbas are fighting the Ukrainian army.", "Donbas")]
    [InlineData("TROOPS MASS ON UKRAINE BORDER AS TALKS STALL", "UKRAINE")]
    [InlineData("Officials met in Riga on Monday to discuss the Baltic States.", "Riga")]
    public void ExtractEntities_ListedNameStandingAlone_IsStillAPlace(string text, string name)
    {
        Extract(text).Should().Contain(e => e.Text == name && e.Type == EntityType.Location);
    }
}
