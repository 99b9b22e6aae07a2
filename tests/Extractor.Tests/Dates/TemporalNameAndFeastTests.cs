namespace Extractor.Tests.Dates;

/// <summary>Weekdays and feasts that begin a name or an event are no dates; the days they name on their own are.</summary>
public sealed class TemporalNameAndFeastTests
{
    private const string Reference = "2005-01-20";

    [Theory]
    [InlineData("The story was leaked to Sunday Times journalists.", "Sunday")]
    [InlineData("The figures came from Sunday Telegraph reporters.", "Sunday")]
    [InlineData("He sold the pictures to Sunday Mirror editors.", "Sunday")]
    [InlineData("He spoke to Monday Club members in London.", "Monday")]
    [InlineData("The Good Friday Agreement was signed in Belfast.", "Friday")]
    [InlineData("Good Friday talks collapsed last night.", "Friday")]
    [InlineData("Unionists walked out of the Good Friday peace process.", "Friday")]
    [InlineData("It was Mothering Sunday, and the shops were full.", "Sunday")]
    [InlineData("The choir sang on Trinity Sunday.", "Sunday")]
    [InlineData("It is good to see them again.", "good")]
    [InlineData("The Christmas Island detention centre is full.", "Christmas")]
    public void Recognize_WeekdayOrFeastStartingAName_IsNoDate(string text, string word)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("On Sunday Iraq backed away from the deal.", "Sunday", "2005-01-16")]
    [InlineData("The talks will run until Sunday.", "Sunday", "2005-01-23")]
    [InlineData("Brokers were reacting to Friday's Wall Street plunge.", "Friday", "2005-01-14")]
    [InlineData("Shops will close on Good Friday.", "Good Friday", "2005-03-25")]
    [InlineData("Veterans gathered at the Cenotaph on Remembrance Sunday.", "Remembrance Sunday", "2004-11-14")]
    [InlineData("On Christmas Day Mr Blair visited the troops.", "Christmas Day", "2004-12-25")]
    public void Recognize_WeekdayOrFeastInDateUse_IsTheDay(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }
}
