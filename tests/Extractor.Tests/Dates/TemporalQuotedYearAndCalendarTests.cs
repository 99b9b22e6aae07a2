namespace Extractor.Tests.Dates;

/// <summary>Two-digit years after an apostrophe, the month May as a name, leap days, clock times before dates and
/// seasons counted from the story.</summary>
public sealed class TemporalQuotedYearAndCalendarTests
{
    private const string Reference = "2005-01-20";

    [Theory]
    [InlineData("He called it '10 Downing Street's worst day'.", "'10")]
    [InlineData("She said: \u201899 per cent of them are honest.\u2019", "99")]
    [InlineData("The sign read '24 Hours Only' in red.", "'24")]
    [InlineData("Fans sang '99 per cent' all night.", "'99")]
    public void Recognize_QuotedNumberThatIsNoYear_IsNoDate(string text, string word)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("He graduated in '78 with honours.", "'78", "1978")]
    [InlineData("The class of '68 met again.", "'68", "1968")]
    [InlineData("Prices have doubled since \u201999.", "\u201999", "1999")]
    [InlineData("In fact, '78, for me, was the best year.", "'78", "1978")]
    [InlineData("The '82 Bordeaux is still drinking well.", "'82", "1982")]
    public void Recognize_QuotedYearAfterAWordThatTakesAYear_IsTheYear(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Critics said the May government had lost its way.")]
    [InlineData("Ministers in the May cabinet resigned.")]
    [InlineData("Prime Minister Theresa May said the May deal was the only one.")]
    public void Recognize_MayAsAPrimeMinistersName_IsNoMonth(string text)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text == "May");
    }

    [Theory]
    [InlineData("The May elections were close.", "May", "2004-05")]
    [InlineData("The deal was signed in May.", "May", "2004-05")]
    public void Recognize_MayAsAMonth_IsTheMonth(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("They met on the twenty-ninth of February.", "the twenty-ninth of February", "2004-02-29")]
    [InlineData("The company was founded on February 29.", "February 29", "2004-02-29")]
    [InlineData("The vote will be held on February 29.", "February 29", "2008-02-29")]
    [InlineData("They met on the twenty-eighth of February.", "the twenty-eighth of February", "2005-02-28")]
    public void Recognize_LeapDayWithoutAYear_TakesALeapYear(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Polls open from 7am to 10pm on 5 May.", "10pm", "5 May")]
    [InlineData("Polls open at 7am on 5 May.", "7am", "5 May")]
    [InlineData("Polls will close at 10pm on Thursday 5 May.", "10pm", "Thursday 5 May")]
    public void Recognize_ClockTimeBeforeADate_HasTheDatesDay(string text, string time, string date)
    {
        var clock = TemporalTestText.Single(text, Reference, time).Value!;
        var day = TemporalTestText.Single(text, Reference, date).Value!;
        clock.Should().StartWith(day + "T");
    }

    [Theory]
    [InlineData("He joined Leeds in 1998 and left the next season.", "the next season", "1999")]
    [InlineData("He joined Leeds in 1998; they had been relegated the previous season.", "the previous season", "1997")]
    [InlineData("He scored 20 goals last season.", "last season", "2004")]
    [InlineData("He will return next season.", "next season", "2006")]
    [InlineData("He left at the end of last season.", "the end of last season", "2004")]
    public void Recognize_SeasonRelativeToTheStoryOrToday_CountsFromIt(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("It was his last season at Arsenal.", "season")]
    [InlineData("The show ended after the last season in 2003.", "last season")]
    [InlineData("He then left the club the next season.", "season")]
    public void Recognize_FinalSeasonOrUndatedStorySeason_IsNotResolvedFromTheReference(string text, string word)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(word, StringComparison.Ordinal));
    }
}
