namespace Extractor.Tests.Dates;

/// <summary>
/// Readings found by running ordinary (British and wire) news through the extractor: 24-hour clocks with a zone
/// ("at 0710 GMT"), clock times with a glued a.m./p.m. ("8pm", "10.38am"), year ranges whose end keeps two digits
/// ("2003-04"), and "start"/"end"/"close" as verbs before a date ("will close next month"); each with the uses that
/// must keep their reading.
/// </summary>
public sealed class TemporalNewsStyleTests
{
    private const string Reference = "2005-01-19"; // a Wednesday

    public static TheoryData<string, string, string> ZoneClocks => new()
    {
        { "US crude was trading at $51.39 at 0710 GMT in Asian electronic trading.", "0710 GMT", "2005-01-19T07:10" },
        { "Shares in London rose 4% by 1200 GMT, while rivals fell.", "1200 GMT", "2005-01-19T12:00" },
        { "By 1800 GMT on Monday, the euro was trading at $1.36.", "1800 GMT", "2005-01-17T18:00" },
        { "The programme will be broadcast on BBC One at 2010 GMT.", "2010 GMT", "2005-01-19T20:10" },
        { "The ban will come into effect from 0001 GMT on Friday.", "0001 GMT", "2005-01-21T00:01" },
        { "The outbreak began at 0630 BST on the ward.", "0630 BST", "2005-01-19T06:30" },
    };

    [Theory]
    [MemberData(nameof(ZoneClocks))]
    public void Recognize_FourDigitsBeforeATimeZone_IsAClockTime(string text, string expression, string value)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(EntityType.Time);
        entity.Value.Should().Be(value);
    }

    [Theory]
    // A year is still a year; zone words in lower case are other words ("et al").
    [InlineData("The company was founded in 1998 and listed in 2000.", "1998", "1998")]
    [InlineData("Smith and colleagues (2000 et al) found the effect.", "2000", "2000")]
    public void Recognize_FourDigitsWithoutAZone_StaysAYear(string text, string expression, string value)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(EntityType.Date);
        entity.Value.Should().Be(value);
    }

    [Fact]
    public void Recognize_ZoneClockInParenthesesAfterALocalTime_IsNotASecondTimeAndLetsTheWeekdayThrough()
    {
        var found = TemporalTestText.Temporal("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.", Reference);

        found.Should().NotContain(e => e.Text.Contains("0735", StringComparison.Ordinal));
        found.Should().ContainSingle(e => e.Text == "about 10:35 a.m.").Which.Value.Should().Be("2005-01-14T10:35");
    }

    public static TheoryData<string, string, string> GluedClocks => new()
    {
        { "The sale opened at 8am on Friday.", "8am", "2005-01-14T08:00" },
        { "The sale opened at 8am on Friday and will close at 6pm on Saturday.", "6pm", "2005-01-22T18:00" },
        { "Apacs concluded that 10.38am was the time the switch happened.", "10.38am", "2005-01-19T10:38" },
        { "The results were published in the newspaper at 8.45pm.", "8.45pm", "2005-01-19T20:45" },
        { "He played the game from 7:30am until dawn.", "7:30am", "2005-01-19T07:30" },
        { "We had completely sold out by 4pm.", "4pm", "2005-01-19T16:00" },
        { "The star took to the stage around 11pm.", "around 11pm", "2005-01-19T23:00" },
        { "Doors close at 12am.", "12am", "2005-01-19T00:00" },
    };

    [Theory]
    [MemberData(nameof(GluedClocks))]
    public void Recognize_ClockWithGluedAmPm_IsATime(string text, string expression, string value)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(EntityType.Time);
        entity.Value.Should().Be(value);
    }

    [Theory]
    // A decimal or a count is no clock; neither is an hour past 12 with am/pm glued on nor a model number.
    [InlineData("Shares rose 10.38 pence.", "10.38")]
    [InlineData("The camera has a 35mm lens.", "35mm")]
    [InlineData("The device draws 13pm units.", "13pm")]
    public void Recognize_NumberThatIsNoClock_FindsNoTime(string text, string word)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(word, StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> YearRanges => new()
    {
        { "He played for St Helens from 1994-96 before moving on.", "96", "1996" },
        { "The beans exported during 2003-04 were worth more.", "04", "2004" },
        { "He faces trial for crimes under his 1973-90 rule.", "90", "1990" },
        { "The target could be achieved earlier, by 2008-09.", "09", "2009" },
        { "Sales peaked in 1999-00 and fell.", "00", "2000" },
    };

    [Theory]
    [MemberData(nameof(YearRanges))]
    public void Recognize_YearRangeWithTwoDigitEnd_GivesTheEndYear(string text, string expression, string value)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(EntityType.Date);
        entity.Value.Should().Be(value);
    }

    [Theory]
    // A full ISO date is no range of years, and a score is no year.
    [InlineData("The report was dated 2003-04-15 by the clerk.", "04")]
    [InlineData("Chelsea won 2-1 at home.", "1")]
    public void Recognize_HyphenatedNumbersThatAreNoYearRange_FindNoEndYear(string text, string word)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text == word);
    }

    public static TheoryData<string, string, string> VerbsBeforeDates => new()
    {
        { "The studio where he spent his final hours is to close next month.", "next month", "2005-02" },
        { "The wing, which opened in 2004, will close next week.", "next week", "2005-W04" },
        { "Kelly Holmes will start 2005 with a series of races.", "2005", "2005" },
        { "Limited trials are due to start this month.", "this month", "2005-01" },
        { "I'd love to be able to start next year by doing well.", "next year", "2006" },
    };

    [Theory]
    [MemberData(nameof(VerbsBeforeDates))]
    public void Recognize_StartEndOrCloseAsAVerbBeforeADate_LeavesTheVerbOut(string text, string expression, string value)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Value.Should().Be(value);
        entity.Modifier.Should().BeNull();
    }

    [Theory]
    [InlineData("Prices rose at the close of 2004.", "the close of 2004", "2004", "END")]
    [InlineData("Rates peaked at the end of 2004.", "the end of 2004", "2004", "END")]
    [InlineData("The plant will shut late next year.", "late next year", "2006", "END")]
    [InlineData("Output should recover by the start of 2006.", "the start of 2006", "2006", "START")]
    public void Recognize_PartOfAPeriodAsANoun_KeepsItsMod(string text, string expression, string value, string mod)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Value.Should().Be(value);
        entity.Modifier.Should().Be(mod);
    }

    [Theory]
    [InlineData("The economy will expand in the first half of next year.", "the first half", "2006-H1")]
    [InlineData("Sales will rise in the third quarter of next year, the firm predicts.", "the third quarter", "2006-Q3")]
    [InlineData("Profits fell in the fourth quarter of last year.", "the fourth quarter", "2004-Q4")]
    [InlineData("Growth slowed in the second half of last year.", "the second half", "2004-H2")]
    [InlineData("The chart was due within the first half of this year.", "the first half", "2005-H1")]
    // Without a year named after it, the quarter keeps its own reading (reported after it ends).
    [InlineData("Profits fell in the fourth quarter, the firm said.", "the fourth quarter", "2004-Q4")]
    [InlineData("Profits rose in the first quarter of 2003.", "the first quarter of 2003", "2003-Q1")]
    public void Recognize_QuarterOrHalfOfARelativeYear_TakesThatYear(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The festival runs from June 3 to June 7.", "June 7", "2024-06-07")]
    [InlineData("The show opens Dec. 28 and runs until Jan. 3.", "Jan. 3", "2024-01-03")]
    [InlineData("He was held from 12 March to 15 March.", "15 March", "2023-03-15")]
    // No range start just before the connector: the date is read on its own.
    [InlineData("Figures released on 2 March showed sales in the week to 25 February were higher.", "25 February", "2023-02-25")]
    public void Recognize_EndOfADateRange_ComesAfterItsStart(string text, string expression, string value)
    {
        TemporalTestText.Single(text, "2023-10-04", expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Sales fell in the April-June quarter.", "the April-June quarter", "2004-Q2")]
    [InlineData("The company took a charge of $618m in the October-to-December quarter.", "the October-to-December quarter", "2004-Q4")]
    [InlineData("The economy grew at an annual rate of 3.7% in the July to September period.", "the July to September period", "2004-Q3")]
    [InlineData("Growth in the October-December 2003 quarter slowed.", "the October-December 2003 quarter", "2003-Q4")]
    public void Recognize_ThreeMonthsOfACalendarQuarter_IsThatQuarter(string text, string expression, string value)
    {
        var entity = TemporalTestText.Single(text, "2005-01-20", expression);

        entity.Type.Should().Be(EntityType.Date);
        entity.Value.Should().Be(value);
    }

    [Theory]
    // A span that is not a calendar quarter, or has no "quarter"/"period", keeps its months.
    [InlineData("The firm reported results for the June-August quarter.", "June", "2004-06")]
    [InlineData("The value of trade in April-July rose.", "April", "2004-04")]
    public void Recognize_MonthSpanThatIsNoCalendarQuarter_KeepsTheMonths(string text, string expression, string value)
    {
        TemporalTestText.Single(text, "2005-01-20", expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Q2 revenue rose 12%, Apple said.", "Q2", "2004-Q2")]
    [InlineData("The deal will close in Q3.", "Q3", "2005-Q3")]
    [InlineData("Sales in Q4 2003 fell.", "Q4 2003", "2003-Q4")]
    [InlineData("The firm expects growth in H2.", "H2", "2005-H2")]
    [InlineData("For fiscal year 2004, it expects growth.", "fiscal year 2004", "2004")]
    [InlineData("Wells Fargo had net income of $6.2bn in its last financial year.", "last financial year", "2004")]
    public void Recognize_BusinessShorthandForPeriods_IsThatPeriod(string text, string expression, string value)
    {
        TemporalTestText.Single(text, "2005-01-20", expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Sales of the Audi Q3 rose in Germany.", "Q3")]
    [InlineData("The q3 team met on the pitch.", "q3")]
    [InlineData("He applied for an H1-B visa.", "H1")]
    [InlineData("The Mail on Sunday's Financial Mail reported it.", "Sunday")]
    public void Recognize_CodeOrNameThatIsNoPeriod_FindsNoDate(string text, string word)
    {
        TemporalTestText.Temporal(text, "2005-01-20").Should().NotContain(e => e.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The tsunami struck south Asia on Boxing Day.", "Boxing Day", "2004-12-26")]
    [InlineData("The film took $12.2m on New Year's Eve.", "New Year's Eve", "2004-12-31")]
    [InlineData("It took $18m on New Year's Day.", "New Year's Day", "2005-01-01")]
    [InlineData("Florists expect sales to rise before Valentine's Day.", "Valentine's Day", "2005-02-14")]
    public void Recognize_FixedFeastDay_IsItsDate(string text, string expression, string value)
    {
        TemporalTestText.Single(text, "2005-01-20", expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("He took up boxing as a boy.", "boxing")]
    [InlineData("The Valentine card was never sent.", "Valentine")]
    [InlineData("It was a new year's day of trading for the exchange.", "new year")]
    public void Recognize_FeastWordsWithoutTheirDay_FindNoDate(string text, string word)
    {
        TemporalTestText.Temporal(text, "2005-01-20").Should().NotContain(e => e.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Millions tuned into EastEnders between 2000 and 2100 GMT.", "2000", "2005-01-19T20:00")]
    [InlineData("The debate was shown from 1130 to 1215 GMT on Monday.", "1130", "2005-01-17T11:30")]
    public void Recognize_StartOfAZoneClockRange_IsAClockTime(string text, string expression, string value)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(EntityType.Time);
        entity.Value.Should().Be(value);
    }

    [Fact]
    public void Recognize_RangeOfYearsWithoutAZone_StaysYears()
    {
        var found = TemporalTestText.Temporal("Output rose between 1990 and 1995, and from 2000 to 2004 it fell.", Reference);

        found.Select(e => e.Value).Should().Equal("1990", "1995", "2000", "2004");
    }

    [Theory]
    [InlineData("The Fed raised rates by a quarter point.", "a quarter")]
    [InlineData("Euronext has a quarter stake in the firm.", "a quarter")]
    [InlineData("Arsenal sealed a quarter-final trip to Bolton.", "quarter")]
    [InlineData("Turnout fell by between a quarter and a third.", "a quarter")]
    [InlineData("Just over a quarter, 26 percent, back him.", "a quarter")]
    [InlineData("\"At the end of the day, voters will decide,\" he said.", "the end of the day")]
    [InlineData("But at the end of the day it is a simple choice.", "the end of the day")]
    public void Recognize_FractionOrIdiomThatIsNoTime_FindsNothing(string text, string words)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(words, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The index predicts growth a quarter in advance.", "a quarter", "P1Q")]
    [InlineData("Prices had cooled by the end of the day.", "the end of the day", "2005-01-19")]
    public void Recognize_QuarterOrEndOfDayPlacedInTime_IsKept(string text, string expression, string value)
    {
        TemporalTestText.Single(text, Reference, expression).Value.Should().Be(value);
    }
}
