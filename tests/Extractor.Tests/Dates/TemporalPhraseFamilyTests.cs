namespace Extractor.Tests.Dates;

/// <summary>
/// Readings added in the fifth accuracy pass: stretches of years with "the" after a preposition, counted units with a
/// word between the number and the unit ("an additional year", "eight trading days"), and a numbered day of an event
/// said in the present ("today is the eighth day of"), and "Now," opening a sentence as a discourse marker; each with
/// the uses that must keep their reading.
/// </summary>
public sealed class TemporalPhraseFamilyTests
{
    private const string Reference = "2021-12-02"; // a Thursday

    public static TheoryData<string, string, string> Lengths => new()
    {
        { "Over the years many more patients have died.", "the years", "PXY" },
        { "In the years that followed, the guerrillas waged war.", "the years", "PXY" },
        { "Prices rose through the decades.", "the decades", "PXDE" },
        { "The loan may be extended for an additional year.", "an additional year", "P1Y" },
        { "Eight trading days after the crash, the index was lower.", "Eight trading days", "P8D" },
        { "The deal should close within three business days.", "three business days", "P3D" },
        { "They asked for two extra weeks.", "two extra weeks", "P2W" },
    };

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Recognize_LengthOfTime_IsADuration(string text, string expression, string value)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(EntityType.Duration);
        entity.Value.Should().Be(value);
    }

    [Theory]
    // A stretch of weeks or days before an event is a date anchored to it, not a length.
    [InlineData("His car was seen in the weeks before the shooting.", "weeks")]
    [InlineData("The rifle was buried in the days before the slaying.", "days")]
    // "the years" needs a preposition that makes it a stretch of time.
    [InlineData("The years after the war were hard.", "years")]
    [InlineData("He described the years as hard.", "years")]
    // A word between a number and a non-temporal noun is no length.
    [InlineData("The company has two business units.", "business")]
    [InlineData("He paid an additional $5 a share.", "additional")]
    [InlineData("Theresa May asked for two extra votes.", "extra")]
    public void Recognize_NotALengthOfTime_FindsNoDuration(string text, string word)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In Saudi Arabia, today is the eighth day of Desert Shield.", "the eighth day")]
    [InlineData("More heavy gunfire in Kosovo. It's the second day of an offensive by the police.", "the second day")]
    public void Recognize_NumberedDayOfAnEventInThePresent_IsTheReportDay(string text, string expression)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(EntityType.Date);
        entity.Value.Should().Be(Reference);
    }

    [Theory]
    // Told in the past or without a copula, the numbered day is the event's, which the text does not date.
    [InlineData("Monday was the first day of the strike.", "first day")]
    [InlineData("He vowed to do so on his first day in office.", "first day")]
    [InlineData("The second day traders arrived, prices fell.", "second day")]
    public void Recognize_NumberedDayOfAnEventNotInThePresent_FindsNoDate(string text, string expression)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(expression, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The shares are now worth half that.", "now")]
    [InlineData("For now, the plan stands.", "now")]
    [InlineData("Now officials are investigating the blast.", "Now")]
    public void Recognize_NowInTheClause_IsPresentRef(string text, string expression)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be("PRESENT_REF");
    }

    [Theory]
    [InlineData("Now, he says, it looks like the West wants war.")]
    [InlineData("Losses mounted for years. Now, following asset sales, the company is smaller.")]
    public void Recognize_NowOpeningASentenceWithAComma_IsADiscourseMarker(string text)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text == "Now");
    }
}
