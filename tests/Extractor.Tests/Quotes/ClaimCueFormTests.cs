namespace Extractor.Tests.Quotes;

/// <summary>
/// Reported claims in forms ordinary news writes often: a cue followed by a phrase that holds a cue word as its noun
/// ("wrote in a blog post that"), a hearer whose programme title is in marks ("told CNN's “State of the Union”
/// that"), a clause that opens with a subordinate clause ("said because …, …"), a lower-case noun subject with a
/// past verb ("said profits rose"), a claim followed by a second source (", according to …"), a parenthesis between
/// the cue and its clause ("said, however, that"), a subject the speaker reader cannot read before "says that", and a
/// clause of the speaker's that holds a quoted phrase ("said the people … “have been suffering …”").
/// </summary>
public class ClaimCueFormTests
{
    private static IReadOnlyList<Quote> Claims(string text) =>
        NewsExtractor.Default.ExtractQuotes(text).Where(q => q.Kind == QuoteKind.Indirect).ToList();

    [Theory]
    [InlineData("Smith wrote in a blog post that the company would cut 500 jobs.", "the company would cut 500 jobs")]
    [InlineData("The senator said in a written statement that the bill would pass.", "the bill would pass")]
    [InlineData("Musk posted on X that the deal was off.", "the deal was off")]
    [InlineData("The mayor told CNN's \"State of the Union\" on Sunday that the city would recover.", "the city would recover")]
    [InlineData("She told MSNBC's “Morning Joe” that she would run again.", "she would run again")]
    [InlineData("Swers said because Obama is popular with Democratic voters, he is a very good campaign surrogate.", "because Obama is popular with Democratic voters, he is a very good campaign surrogate")]
    [InlineData("Carly Fiorina says despite being a Stanford alumna, she plans to root for Iowa.", "despite being a Stanford alumna, she plans to root for Iowa")]
    [InlineData("The company said profits rose 12 percent in the third quarter.", "profits rose 12 percent in the third quarter")]
    [InlineData("Police said investigators seized three guns at the house.", "investigators seized three guns at the house")]
    [InlineData("Analysts said sales fell short of expectations.", "sales fell short of expectations")]
    [InlineData("The company insisted it had done nothing wrong, according to a statement.", "it had done nothing wrong")]
    [InlineData("He said, however, that he hopes somebody else takes up the cause.", "he hopes somebody else takes up the cause")]
    [InlineData("His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised about $4 million that day.", "Trump raised about $4 million that day")]
    [InlineData("Republican presidential candidate Marco Rubio says, win or lose in Tuesday’s Florida primary, he’s staying in the race.", "he’s staying in the race")]
    [InlineData("A court document filed Thursday says that the campaign manager will not be prosecuted.", "the campaign manager will not be prosecuted")]
    [InlineData("Cruz said the people of upstate New York “have been suffering under the misguided policies.”", "the people of upstate New York “have been suffering under the misguided policies.”")]
    [InlineData("Obama said “it gets me mad” every time he thinks about the first-graders who were killed.", "“it gets me mad” every time he thinks about the first-graders who were killed")]
    [InlineData("The New York Times reported the email came hours after the proposal.", "the email came hours after the proposal")]
    [InlineData("Chelsea Clinton announced she and her husband are expecting their second child.", "she and her husband are expecting their second child")]
    [InlineData("The ministry confirmed three soldiers had been wounded.", "three soldiers had been wounded")]
    [InlineData("The manager said the team had been unlucky: \"We had our chances.\"", "the team had been unlucky")]
    public void ExtractQuotes_ClaimAfterItsCue_ReturnsTheClause(string text, string content)
    {
        Claims(text).Select(q => q.Text).Should().Contain(content);
    }

    [Theory]
    [InlineData("He said goodbye and left the room.")]
    [InlineData("She said thanks to the volunteers who helped.")]
    [InlineData("He said hello to everyone in the room.")]
    [InlineData("During his attack, Mateen also posted messages on Facebook.")]
    [InlineData("He said when asked about the vote, adding nothing more.")]
    [InlineData("The band posted a video of the concert on Sunday.")]
    [InlineData("Democrats could pick off increasingly diverse states that have been reliably Republican.")]
    [InlineData("He refused to say that the plan had failed.")]
    [InlineData("Even if she narrows the gap to, say, single digits, she could help minimize the bump.")]
    [InlineData("The company reported it to the police on Thursday.")]
    [InlineData("He announced his resignation on Friday.")]
    [InlineData("The Senate confirmed his appointment on Tuesday.")]
    public void ExtractQuotes_CueWithAnObjectOrPhraseOnly_ReturnsNoClaim(string text)
    {
        Claims(text).Should().BeEmpty();
    }
}
