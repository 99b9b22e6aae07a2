namespace Extractor.Tests.Dates;

public sealed class TemporalRecognizerTests
{
    private const string Reference = "2021-12-02"; // a Thursday

    public static TheoryData<string, string, EntityType, string, string?> WithReference => new()
    {
        // Absolute dates.
        { "The deal was signed 16 Feb. 2022 in Kyiv.", "16 Feb. 2022", EntityType.Date, "2022-02-16", null },
        { "Mon. Jul 22nd, 2024 was the hottest day.", "Mon. Jul 22nd, 2024", EntityType.Date, "2024-07-22", null },
        { "In April 2021 the two leaders met.", "April 2021", EntityType.Date, "2021-04", null },
        { "Riga. November 28. The alliance is concerned, he said on Sunday.", "November 28", EntityType.Date, "2021-11-28", null },
        { "On March 1, 2011 the law took effect.", "March 1, 2011", EntityType.Date, "2011-03-01", null },
        { "The talks on the 5th of November failed.", "the 5th of November", EntityType.Date, "2021-11-05", null },
        { "In 2022 the economy grew.", "2022", EntityType.Date, "2022", null },
        { "A 1996 law named for him tightened the embargo.", "1996", EntityType.Date, "1996", null },
        { "Women's Day is this coming Sunday, March eighth.", "this coming Sunday, March eighth", EntityType.Date, "2022-03-08", null },
        { "It happened on the eighth of March, 1998.", "the eighth of March, 1998", EntityType.Date, "1998-03-08", null },
        { "The promise to halve unemployment by the year two thousand was dropped.", "the year two thousand", EntityType.Date, "2000", null },
        { "He was rescued at sea last Christmas.", "last Christmas", EntityType.Date, "2020-12-25", null },
        { "In London at mid-afternoon yesterday, shares rose.", "mid-afternoon yesterday", EntityType.Time, "2021-12-01TAF", "MID" },
        { "Funds will need cash in the weeks ahead.", "the weeks ahead", EntityType.Duration, "PXW", null },
        { "It was a nineteen ninety-seven attack on a lounge.", "nineteen ninety-seven", EntityType.Date, "1997", null },
        { "In nineteen ninety-six the economy grew.", "nineteen ninety-six", EntityType.Date, "1996", null },
        { "This coming Sunday we vote.", "This coming Sunday", EntityType.Date, "2021-12-05", null },
        { "Prices soared in the 1990s.", "the 1990s", EntityType.Date, "199", null },
        { "Sales were flat in the last half of the '80s.", "the last half of the '80s", EntityType.Date, "198", "END" },
        { "Islam will one day be the second largest religion here.", "one day", EntityType.Date, "FUTURE_REF", null },
        { "The trip took one day.", "one day", EntityType.Duration, "P1D", null },
        { "Things changed in the mid-1990s.", "the mid-1990s", EntityType.Date, "199", "MID" },
        { "It was the worst crisis of the 20th century.", "the 20th century", EntityType.Date, "19", null },
        { "Sales fell in the third quarter.", "the third quarter", EntityType.Date, "2021-Q3", null },

        // Relative dates.
        { "We will know more tomorrow.", "tomorrow", EntityType.Date, "2021-12-03", null },
        { "He arrived yesterday.", "yesterday", EntityType.Date, "2021-12-01", null },
        { "The statement issued on Thursday read.", "Thursday", EntityType.Date, "2021-12-02", null },
        { "The ministers said on Monday that talks failed.", "Monday", EntityType.Date, "2021-11-29", null },
        { "The ministers will meet on Monday.", "Monday", EntityType.Date, "2021-12-06", null },
        { "He will travel there next month.", "next month", EntityType.Date, "2022-01", null },
        { "She resigned last week.", "last week", EntityType.Date, "2021-W47", null },
        { "This week is busy for the parliament.", "This week", EntityType.Date, "2021-W48", null },
        { "He said last year that he would run.", "last year", EntityType.Date, "2020", null },
        { "Three years ago the war began.", "Three years ago", EntityType.Date, "2018", null },
        { "He was elected last Friday.", "last Friday", EntityType.Date, "2021-11-26", null },
        { "Now is the time to act.", "Now", EntityType.Date, "PRESENT_REF", null },
        { "In recent years, prices rose.", "recent years", EntityType.Date, "PAST_REF", null },
        { "Talks stalled in recent weeks.", "recent weeks", EntityType.Duration, "PXW", null },
        { "Insurers had a hard time in recent quarters.", "recent quarters", EntityType.Duration, "PXM", null },
        { "Prices rose recently.", "recently", EntityType.Date, "PAST_REF", null },
        { "The dividend would be paid in February.", "February", EntityType.Date, "2022-02", null },
        { "The dividend was paid in February.", "February", EntityType.Date, "2021-02", null },
        { "Protesters planned a rally on Saturday.", "Saturday", EntityType.Date, "2021-12-04", null },
        { "Protesters held a rally on Saturday.", "Saturday", EntityType.Date, "2021-11-27", null },
        { "The leaders meet separately on Monday.", "Monday", EntityType.Date, "2021-12-06", null },
        { "Mr. Smith will succeed him in April.", "April", EntityType.Date, "2022-04", null },
        { "Relatives would look for ways to get around Monday's ruling.", "Monday", EntityType.Date, "2021-11-29", null },
        { "Protesters planned a rally on Saturday and were planning to drive around the airport.", "Saturday", EntityType.Date, "2021-12-04", null },
        { "The judge ordered him returned and set Monday as the deadline.", "Monday", EntityType.Date, "2021-11-29", null },
        { "The vote is set for Monday.", "Monday", EntityType.Date, "2021-12-06", null },
        { "The ship has been on patrol since April and was scheduled to return.", "April", EntityType.Date, "2021-04", null },
        { "The company plans to sell the unit in January.", "January", EntityType.Date, "2022-01", null },
        { "It announced an agreement to acquire the bank in January.", "January", EntityType.Date, "2022-01", null },
        { "In January, it agreed to acquire the bank.", "January", EntityType.Date, "2021-01", null },
        { "In April, a week after the anniversary of the decision, a bombing in the city.", "April", EntityType.Date, "2021-04", null },
        { "Repayment of the bridge loan by April.", "April", EntityType.Date, "2022-04", null },
        { "The dividend would be paid on a still unspecified date in April.", "April", EntityType.Date, "2022-04", null },
        { "The offer had been due to expire on Friday.", "Friday", EntityType.Date, "2021-11-26", null },
        { "The offer previously had been scheduled to expire Friday.", "Friday", EntityType.Date, "2021-11-26", null },
        { "Prices in June are half what they were.", "June", EntityType.Date, "2021-06", null },
        { "Trading is to resume in Paris on Tuesday.", "Tuesday", EntityType.Date, "2021-12-07", null },

        // Results stories compare with the same period a year before.
        { "Net rose in the third quarter. U.K. sales for last year's quarter were about $3 million.", "last year's quarter", EntityType.Date, "2020-Q3", null },
        { "Net rose in the third quarter, compared with a year-earlier loss of $6 million.", "year-earlier", EntityType.Date, "2020-Q3", null },
        { "Net rose in the third quarter. For the quarter a year ago, it earned $16 million.", "the quarter a year ago", EntityType.Date, "2020-Q3", null },
        { "Net rose in the third quarter. That compares with $1.8 million for the corresponding period last year.", "the corresponding period last year", EntityType.Date, "2020-Q3", null },
        { "Net rose in the third quarter. For the nine months, it earned $2 billion, up from $1.7 billion a year earlier.", "a year earlier", EntityType.Date, "2020", null },
        { "Kimberly-Clark posted a gain in third-quarter net income. After a flat second quarter, profit rose 20% from a year ago.", "a year ago", EntityType.Date, "2020-Q3", null },

        // Periods the story named before.
        { "On May 22, 1995, he was made a general, and the following year he became attache.", "the following year", EntityType.Date, "1996", null },
        { "He fled in June 1998 and returned later that year.", "later that year", EntityType.Date, "1998", null },
        { "Imports totaled $37 million in 1988, a small share of all imports that year.", "that year", EntityType.Date, "1988", null },
        { "The index closed at 2082 on Nov. 26, down 4% from the previous Friday.", "the previous Friday", EntityType.Date, "2021-11-19", null },
        { "The shooting happened on Nov. 20. He appeared in court the next morning.", "the next morning", EntityType.Time, "2021-11-21TMO", null },
        { "In March 2019 the board urged a sale. The following month, the company put itself up for sale.", "The following month", EntityType.Date, "2019-04", null },
        { "We will meet the next day.", "the next day", EntityType.Date, "2021-12-03", null },
        { "Earlier Friday, lawyers filed a petition.", "Friday", EntityType.Date, "2021-11-26", null },
        { "The dividend is payable Jan. 2 to holders of record.", "Jan. 2", EntityType.Date, "2022-01-02", null },
        { "The plan may change in the future.", "the future", EntityType.Date, "FUTURE_REF", null },

        // Fuzzy parts of months and years.
        { "The most likely date will be the end of January.", "the end of January", EntityType.Date, "2022-01", "END" },
        { "Earlier this year the plan failed.", "Earlier this year", EntityType.Date, "2021", "START" },
        { "It must be done by the end of the year.", "the end of the year", EntityType.Date, "2021", "END" },
        { "The law passed in February this year.", "February this year", EntityType.Date, "2021-02", null },
        { "Elections are due in early 2023.", "early 2023", EntityType.Date, "2023", "START" },
        { "The report came out in mid-November.", "mid-November", EntityType.Date, "2021-11", "MID" },

        // Durations.
        { "It has been so for decades.", "decades", EntityType.Duration, "PXDE", null },
        { "It was the lowest figure for two decades.", "two decades", EntityType.Duration, "P20Y", null },
        { "No order came in about a decade.", "about a decade", EntityType.Duration, "P10Y", "APPROX" },
        { "The dispute lasted a century.", "a century", EntityType.Duration, "P100Y", null },
        { "The project took three years.", "three years", EntityType.Duration, "P3Y", null },
        { "Over the past two weeks, prices fell.", "the past two weeks", EntityType.Duration, "P2W", null },
        { "He signed a two-year contract.", "two-year", EntityType.Duration, "P2Y", null },
        { "The siege lasted 2.5 years.", "2.5 years", EntityType.Duration, "P2Y6M", null },
        { "They waited at least 20 more years.", "at least 20 more years", EntityType.Duration, "P20Y", "EQUAL_OR_MORE" },
        { "The flight took about five hours.", "about five hours", EntityType.Duration, "PT5H", "APPROX" },

        { "They lived in refugee camps for 2 1/2 years.", "2 1/2 years", EntityType.Duration, "P2Y6M", null },
        { "She spent about 5 1/2 hours in Nairobi.", "about 5 1/2 hours", EntityType.Duration, "PT5H30M", "APPROX" },
        { "A minute and a half later, a pilot called in.", "A minute and a half", EntityType.Duration, "PT1M30S", null },
        { "It took a year and a half.", "a year and a half", EntityType.Duration, "P1Y6M", null },
        { "It is not going to change for a couple of years.", "a couple of years", EntityType.Duration, "P2Y", "APPROX" },
        { "Over the next couple of years we expect growth.", "the next couple of years", EntityType.Duration, "P2Y", "APPROX" },
        { "A couple of days ago he left.", "A couple of days ago", EntityType.Date, "2021-11-30", null },
        { "The company returned to profit after several quarters of losses.", "several quarters", EntityType.Duration, "PXQ", null },
        { "Sales in the current fiscal year will rise.", "the current fiscal year", EntityType.Date, "2021", null },
        { "Sales were delayed earlier in the year by heavy rains.", "earlier in the year", EntityType.Date, "2021", "START" },
        { "The changes should be in place by year's end.", "year's end", EntityType.Date, "2021", "END" },
        { "It took almost a hundred years.", "almost a hundred years", EntityType.Duration, "P100Y", "LESS_THAN" },
        { "He won a three-year term.", "a three-year term", EntityType.Duration, "P3Y", null },
        { "The next year or so will be hard.", "The next year or so", EntityType.Date, "2022", "APPROX" },
        { "They met around Nov. 1, officials said.", "around Nov. 1", EntityType.Date, "2021-11-01", "APPROX" },
        { "Sales will recover in 2023 or later.", "2023 or later", EntityType.Date, "2023", "ON_OR_AFTER" },

        // Sets.
        { "The committee meets every week.", "every week", EntityType.Set, "P1W", null },
        { "She visits her mother each Thursday.", "each Thursday", EntityType.Set, "XXXX-WXX-4", null },
        { "The paper is published daily.", "daily", EntityType.Set, "P1D", null },

        // Quarters, halves, seasons, holidays, offsets.
        { "Sales rose in the first half of 2022.", "the first half of 2022", EntityType.Date, "2022-H1", null },
        { "This year's third quarter was strong.", "This year's third quarter", EntityType.Date, "2021-Q3", null },
        { "The third-quarter results were weak.", "third-quarter", EntityType.Date, "2021-Q3", null },
        { "Last fall was wet.", "Last fall", EntityType.Date, "2021-FA", null },
        { "It happened two weeks ago.", "two weeks ago", EntityType.Date, "2021-W46", null },
        { "He retired a year earlier.", "a year earlier", EntityType.Date, "2020", null },
        { "Thanksgiving was quiet.", "Thanksgiving", EntityType.Date, "2021-11-25", null },
        { "Christmas Eve came early.", "Christmas Eve", EntityType.Date, "2021-12-24", null },
        { "In the '90s it boomed.", "the '90s", EntityType.Date, "199", null },

        // Sets that are rates and plural weekdays.
        { "They meet three times a day.", "a day", EntityType.Set, "P1D", null },
        { "She swims on Mondays.", "Mondays", EntityType.Set, "XXXX-WXX-1", null },
        { "They go out Tuesday nights.", "Tuesday nights", EntityType.Set, "XXXX-WXX-2TNI", null },

        // Times.
        { "We met at noon Saturday.", "noon Saturday", EntityType.Time, "2021-11-27T12:00", null },
        { "They left tonight.", "tonight", EntityType.Time, "2021-12-02TNI", null },
        { "The vote began at 10:30 a.m.", "10:30 a.m.", EntityType.Time, "2021-12-02T10:30", null },
        { "The strike began Thursday night.", "Thursday night", EntityType.Time, "2021-12-02TNI", null },
        { "The session ends at 5 p.m. today.", "5 p.m. today", EntityType.Time, "2021-12-02T17:00", null },
        { "They met this morning.", "this morning", EntityType.Time, "2021-12-02TMO", null },
    };

    [Theory]
    [MemberData(nameof(WithReference))]
    public void Recognize_WithReferenceDate_NormalizesExpression(string text, string expression, EntityType type, string value, string? modifier)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(type);
        entity.Value.Should().Be(value);
        entity.Modifier.Should().Be(modifier);
        entity.Origin.Should().Be(EntityOrigin.Rule);
    }

    public static TheoryData<string, string, string> WithoutReference => new()
    {
        { "The most likely date will be the end of January.", "the end of January", "XXXX-01" },
        { "The statement issued on Thursday read.", "Thursday", "XXXX-WXX-4" },
        { "Riga. November 28. The alliance is concerned.", "November 28", "XXXX-11-28" },
        { "We will know more tomorrow.", "tomorrow", "XXXX-XX-XX" },
        { "She resigned last week.", "last week", "XXXX-WXX" },
        { "He said last year that he would run.", "last year", "XXXX" },
        { "In April 2021 the two leaders met.", "April 2021", "2021-04" },
        { "The project took three years.", "three years", "P3Y" },
    };

    [Theory]
    [MemberData(nameof(WithoutReference))]
    public void Recognize_WithoutReferenceDate_KeepsUnknownParts(string text, string expression, string value)
    {
        TemporalTestText.Single(text, null, expression).Value.Should().Be(value);
    }

    [Fact]
    public void Recognize_QuarterNotBegunInPastReport_IsLastYears()
    {
        TemporalTestText.Single("Profit fell in the fourth quarter, the company said.", "2022-01-20", "the fourth quarter").Value.Should().Be("2021-Q4");
    }

    public static TheoryData<string, string, string> ResultsStories => new()
    {
        // A forecast quarter does not become the story's quarter; "the latest quarter" has been reported.
        { "The quake will result in a fourth-quarter charge, the insurer said. Earnings fell in the latest quarter.", "the latest quarter", "1989-Q3" },
        { "The quake will result in a fourth-quarter charge, the insurer said. Net fell in the quarter.", "the quarter", "1989-Q3" },
        // A fiscal quarter reported in the past tense is the story's quarter.
        { "Ralston reported a decline in fourth-quarter earnings. Sales in the latest period rose.", "the latest period", "1989-Q4" },
        // "the 1988 quarter": the story's quarter in the year named.
        { "Kirschner lost money in the third quarter. It earned $376,000 in the 1988 quarter.", "the 1988 quarter", "1988-Q3" },
    };

    [Theory]
    [MemberData(nameof(ResultsStories))]
    public void Recognize_ResultsStory_ResolvesToReportedQuarter(string text, string expression, string value)
    {
        TemporalTestText.Single(text, "1989-11-01", expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Mon.")]
    [InlineData("The office closes Mon. The staff went home.")]
    [InlineData("Mon. . Jul")]
    public void Recognize_WeekdayAbbreviationAtSentenceEnd_DoesNotJoinSentences(string text)
    {
        var found = TemporalTestText.Temporal(text, Reference);
        found.Should().NotContain(e => e.Text.Contains("The", StringComparison.Ordinal) || (e.Text.Contains("Jul", StringComparison.Ordinal) && e.Text.Contains("Mon", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Job gains began last fall.", "1998-02-06", "last fall", "1997-FA")]
    [InlineData("Job gains began last fall.", "2021-12-02", "last fall", "2021-FA")]
    [InlineData("A strike began last spring.", "1989-10-26", "last spring", "1989-SP")]
    [InlineData("The road will open next winter.", "2021-06-15", "next winter", "2022-WI")]
    [InlineData("The road will open next summer.", "2021-06-15", "next summer", "2022-SU")]
    public void Recognize_RelativeSeason_CountsWinterAcrossTheYearEnd(string text, string reference, string expression, string value)
    {
        TemporalTestText.Single(text, reference, expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Rally had net income of $2.4 million for the year ended July 2.", "the year", "P1Y")]
    [InlineData("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", "the fiscal year", "P1Y")]
    [InlineData("It expects a loss for the year ending tomorrow.", "the year", "P1Y")]
    public void Recognize_YearEndedInResults_IsOneYearDuration(string text, string expression, string value)
    {
        var entity = TemporalTestText.Single(text, "1989-11-01", expression);
        entity.Type.Should().Be(EntityType.Duration);
        entity.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("He forecast an earnings increase for the full year.", "the full year", "1989")]
    [InlineData("For the year, pet food volume was flat.", "the year", "1989")]
    [InlineData("It will mean lower earnings for the fiscal year.", "the fiscal year", "1989")]
    public void Recognize_ForTheYear_IsTheReportingYear(string text, string expression, string value)
    {
        var entity = TemporalTestText.Single(text, "1989-11-01", expression);
        entity.Type.Should().Be(EntityType.Date);
        entity.Value.Should().Be(value);
    }

    [Fact]
    public void Recognize_ForTheYearEarlierPeriod_IsNotTheReportingYear()
    {
        TemporalTestText.Temporal("Sales for the year-earlier period rose.", "1989-11-01").Should().NotContain(e => e.Value == "1989");
    }

    [Theory]
    [InlineData("The year was good for the company.")]
    [InlineData("He took the year off.")]
    public void Recognize_BareTheYear_IsNotMarked(string text)
    {
        TemporalTestText.Temporal(text, "1989-11-01").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Troops fought in 1988, the general said.", "1988", "1988")]
    [InlineData("The 1988 period of unrest ended, he said.", "1988", "1988")]
    [InlineData("The bombs exploded next to the embassies on Friday.", "Friday", "1989-10-27")]
    [InlineData("The company will report results on Friday.", "Friday", "1989-11-03")]
    public void Recognize_NonQuarterYearsAndPlaceWords_KeepPlainReading(string text, string expression, string value)
    {
        TemporalTestText.Single(text, "1989-11-01", expression).Value.Should().Be(value);
    }

    [Fact]
    public void Recognize_HyphenatedRange_GivesTwoExpressionsSharingTheYear()
    {
        const string text = "The offensive could be launched in late January-early February 2022.";

        var found = TemporalTestText.Temporal(text, Reference);

        found.Select(e => (e.Text, e.Value, e.Modifier)).Should().Equal(
            ("late January", "2022-01", "END"),
            ("early February 2022", "2022-02", "START"));
        found[0].Span.End.Should().Be(text.IndexOf("-early", StringComparison.Ordinal), "the first expression ends inside the hyphenated token");
    }

    [Fact]
    public void Recognize_TemporalEntities_HaveExactOffsets()
    {
        const string text = "Officials said on Thursday that the end of January is likely.";

        foreach (var entity in TemporalTestText.Temporal(text, Reference))
        {
            text.Substring(entity.Span.Start, entity.Span.Length).Should().Be(entity.Text);
        }
    }
}
