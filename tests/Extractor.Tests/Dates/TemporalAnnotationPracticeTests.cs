namespace Extractor.Tests.Dates;

/// <summary>
/// The readings added in the fourth accuracy pass: each follows how TIMEX3 annotators mark general news language
/// (vague past and future references, the story's quarter, the closing day of the books, directions given by
/// "as soon as", "until ... had" and "agreed to"), each with the uses that must keep their old reading.
/// </summary>
public sealed class TemporalAnnotationPracticeTests
{
    private const string Reference = "2021-12-02"; // a Thursday

    public static TheoryData<string, string, EntityType, string> VagueReferences => new()
    {
        { "Prices have doubled in recent years.", "recent years", EntityType.Date, "PAST_REF" },
        { "The region has warmed in recent decades.", "recent decades", EntityType.Date, "PAST_REF" },
        { "Talks stalled in recent weeks.", "recent weeks", EntityType.Duration, "PXW" },
        { "Prices should fall in the coming weeks.", "the coming weeks", EntityType.Duration, "PXW" },
        { "Sales slowed over the past few weeks.", "the past few weeks", EntityType.Duration, "PXW" },
        { "Analysts expect losses in coming quarters.", "coming quarters", EntityType.Date, "FUTURE_REF" },
        { "Losses grew in the past several quarters.", "the past several quarters", EntityType.Date, "PAST_REF" },
        { "Prices are higher than in past years.", "past years", EntityType.Date, "PAST_REF" },
        { "Sales stayed flat in recent months.", "recent months", EntityType.Duration, "PXM" },
        { "We don't minimize the challenges of the near term.", "the near term", EntityType.Date, "FUTURE_REF" },
        { "The plan would placate some holders in the short term.", "the short term", EntityType.Date, "FUTURE_REF" },
        { "Over the long term, the shares should rise.", "the long term", EntityType.Date, "FUTURE_REF" },
        { "Storms were among the worst disasters of this century.", "this century", EntityType.Duration, "P100Y" },
        { "Crime fell sharply over the past decade.", "the past decade", EntityType.Duration, "P10Y" },
        { "Lawyers emerged from their third day-long meeting.", "day-long", EntityType.Duration, "P1D" },
        { "A year-long probe began.", "year-long", EntityType.Duration, "P1Y" },
        { "The two-week-long strike ended.", "two-week-long", EntityType.Duration, "P2W" },
        { "The decades-long battle went on.", "decades-long", EntityType.Duration, "PXDE" },
        { "The talks lasted a year.", "a year", EntityType.Duration, "P1Y" },
        { "Sales rose 5% over the past year.", "the past year", EntityType.Date, "2020" },
        { "Wall Street's plunge helped spark the current weakness in London.", "current", EntityType.Date, "PRESENT_REF" },
        { "He held the post before he entered his current position.", "current", EntityType.Date, "PRESENT_REF" },
        { "Holders may buy shares at half the then current market price.", "then current", EntityType.Date, "PAST_REF" },
    };

    [Theory]
    [MemberData(nameof(VagueReferences))]
    public void Recognize_VagueReference_FollowsAnnotationPractice(string text, string expression, EntityType type, string value)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(type);
        entity.Value.Should().Be(value);
    }

    public static TheoryData<string, string, string, string> YearsOfResults => new()
    {
        // The reporting year named after a part of it.
        { "Revenue reached $713 million through the first nine months of the year.", "1989-10-31", "the year", "1989" },
        // The last year whose results are out.
        { "The unit had $2 billion in sales in the latest fiscal year.", "1989-08-14", "the latest fiscal year", "1988" },
        // The whole twelve months, a length.
        { "Profitability should increase throughout the fiscal year.", "1989-10-20", "the fiscal year", "P1Y" },
        // Hyphenated "year-end": the closing day of the books, this year's ahead, the last one looking back.
        { "The company expects to complete the sale by year-end.", "1989-11-01", "year-end", "1989-12-31" },
        { "The percentage change is since year-end.", "1989-10-30", "year-end", "1988-12-31" },
        // "year's end" and "the end of the year" stay the year's end part.
        { "The plant will close by the end of the year.", "1989-11-01", "the end of the year", "1989" },
    };

    [Theory]
    [MemberData(nameof(YearsOfResults))]
    public void Recognize_YearInResultsLanguage_IsTheYearMeant(string text, string reference, string expression, string value)
    {
        TemporalTestText.Single(text, reference, expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.", "1998-08-08", "about 10:35 a.m.", "1998-08-07T10:35")]
    [InlineData("The blast occurred at 10:35 a.m., police said.", "1998-08-08", "10:35 a.m.", "1998-08-08T10:35")]
    [InlineData("The meeting starts at 9 a.m. in Nairobi on Tuesday.", "1998-08-08", "9 a.m.", "1998-08-11T09:00")]
    public void Recognize_ClockTimeWithWeekdayShortlyAfter_TakesThatDay(string text, string reference, string expression, string value)
    {
        TemporalTestText.Single(text, reference, expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The father will leave at 4 in the morning (4 a.m. EDT Thursday).", "2000-04-05", "4 in the morning", "2000-04-06T04:00")]
    [InlineData("The party ended at 10 at night, police said.", "2000-04-05", "10 at night", "2000-04-05T22:00")]
    [InlineData("He woke at three in the afternoon, police said.", "2000-04-05", "three in the afternoon", "2000-04-05T15:00")]
    public void Recognize_HourWithPartOfDay_IsAClockTime(string text, string reference, string expression, string value)
    {
        TemporalTestText.Single(text, reference, expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("By mid afternoon, official sources said the operation was over.", "mid afternoon", "1998-03-06TAF", "MID")]
    [InlineData("The talks ran until late evening.", "late evening", "1998-03-06TEV", "END")]
    public void Recognize_PartOfDayAfterTimePreposition_IsThatDaysPart(string text, string expression, string value, string modifier)
    {
        var entity = TemporalTestText.Single(text, "1998-03-06", expression);

        entity.Type.Should().Be(EntityType.Time);
        entity.Value.Should().Be(value);
        entity.Modifier.Should().Be(modifier);
    }

    [Theory]
    [InlineData("Police made early morning raids.")]
    [InlineData("It was early morning in the city.")]
    public void Recognize_PartOfDayWithoutTimePreposition_IsNotMarked(string text)
    {
        TemporalTestText.Temporal(text, "1998-03-06").Should().BeEmpty();
    }

    [Theory]
    [InlineData("The hearing is set for the week of March 6.", "2000-02-24", "the week of March 6", "2000-W10")]
    [InlineData("In the week of Jan. 3, 2000, sales fell.", "2000-02-24", "the week of Jan. 3, 2000", "2000-W01")]
    public void Recognize_TheWeekOfADay_IsThatWeek(string text, string reference, string expression, string value)
    {
        TemporalTestText.Single(text, reference, expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Protesters prayed as Easter week began.", "2000-04-17", "Easter week", "2000-W16")]
    [InlineData("He will speak on Easter Sunday.", "2000-04-17", "Easter Sunday", "2000-04-23")]
    [InlineData("Easter Monday is a holiday.", "2000-04-17", "Easter Monday", "2000-04-24")]
    [InlineData("They met at Easter 1998.", "2000-04-17", "Easter 1998", "1998-04-12")]
    [InlineData("Last Easter was cold.", "2000-04-17", "Last Easter", "1999-04-04")]
    [InlineData("Abortion will be a theme of our campaign from now to Election Day.", "1998-10-26", "Election Day", "1998-11-03")]
    [InlineData("We met last Thanksgiving.", "2000-04-17", "last Thanksgiving", "1999-11-25")]
    public void Recognize_MovableFeast_IsItsDayInTheYearMeant(string text, string reference, string expression, string value)
    {
        TemporalTestText.Single(text, reference, expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("They sailed to Easter Island.", "Easter")]
    [InlineData("The Easter Rising failed.", "Easter")]
    [InlineData("The children hunted for an Easter egg.", "Easter")]
    [InlineData("The election was close.", "election")]
    [InlineData("Voters went to the polls on election day.", "election")]
    public void Recognize_FeastWordNotADate_FindsNoExpression(string text, string word)
    {
        TemporalTestText.Temporal(text, "2000-04-17").Should().NotContain(e => e.Text.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_TheDayOfADate_IsNotAWeekOrAnotherPeriod()
    {
        TemporalTestText.Temporal("The day of March 6 was cold.", "2000-02-24").Should().ContainSingle(e => e.Text == "March 6" && e.Value == "2000-03-06");
    }

    [Fact]
    public void Recognize_ThatQuarter_IsTheLastQuarterTheStoryNamed()
    {
        const string text = "Profit rose in the second quarter of 1988. Results for that quarter included a write-down.";

        TemporalTestText.Single(text, "1989-11-01", "that quarter").Value.Should().Be("1988-Q2");
    }

    public static TheoryData<string, string, string, string> Directions => new()
    {
        // "as soon as" looks ahead even after a past verb.
        { "Institutions were likely to buy the stock as soon as trading opened Monday.", "1989-11-01", "Monday", "1989-11-06" },
        { "The group could leave as soon as Tuesday, officials said.", "2000-04-03", "Tuesday", "2000-04-04" },
        // "until" before a past perfect: a state that ended on a day now past.
        { "Until Thursday, they had not called him a suspect.", "1999-05-07", "Thursday", "1999-05-06" },
        // ... but a deadline ahead stays ahead.
        { "The offer runs until Thursday.", "1999-05-04", "Thursday", "1999-05-06" },
        // What was agreed is still to be done; agreeing after the month names the month of the agreement.
        { "Thermo agreed to purchase the line for $22 million in February.", "1989-10-27", "February", "1990-02" },
        { "In February, Thermo agreed to purchase the line.", "1989-10-27", "February", "1989-02" },
        { "Thermo bought the line for $22 million in February.", "1989-10-27", "February", "1989-02" },
        // A schedule "from" a day with no tense cue starts ahead; a month without a day keeps the past default.
        { "The third flight departs each Thursday from August 6.", "1998-02-13", "August 6", "1998-08-06" },
        { "Oil prices have come down from the middle of October.", "1998-02-23", "the middle of October", "1997-10" },
        // "ahead of" looks forward even in a past report; "over the weekend" told in the past looks back.
        { "Traders had squared positions ahead of the weekend.", "1989-10-30", "the weekend", "1989-W44-WE" },
        { "Over the weekend, the company continued to call for an auction.", "1989-10-26", "the weekend", "1989-W42-WE" },
        // An infinitive "to meet" is no plan; "into" takes a season.
        { "Problems made it difficult for Sun to meet demand well into the summer.", "1989-10-20", "the summer", "1989-SU" },
    };

    [Theory]
    [MemberData(nameof(Directions))]
    public void Recognize_DirectionCue_PointsTheDateTheRightWay(string text, string reference, string expression, string value)
    {
        TemporalTestText.Single(text, reference, expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Two new flights will leave on Monday and Tuesday nights.", "Monday", "SET", "XXXX-WXX-1TNI")]
    [InlineData("Stores open on Saturday and Sundays.", "Saturday", "SET", "XXXX-WXX-6")]
    [InlineData("He met them on Monday and Tuesday.", "Monday", "DATE", "2021-11-29")]
    [InlineData("He met them on Monday and Tuesday night.", "Monday", "DATE", "2021-11-29")]
    public void Recognize_WeekdayJoinedToRecurringOne_RecursToo(string text, string expression, string type, string value)
    {
        var entity = TemporalTestText.Single(text, Reference, expression);

        entity.Type.Should().Be(type == "SET" ? EntityType.Set : EntityType.Date);
        entity.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The near-term outlook is poor.", "term")]
    [InlineData("He served a short term as mayor.", "term")]
    [InlineData("The long term of the loan worried them.", "term")]
    [InlineData("The short term of the loan worried them.", "term")]
    [InlineData("It was a long year for the team.", "long")]
    [InlineData("A strong current pulled the swimmers out.", "current")]
    [InlineData("The current carried the boat away.", "current")]
    [InlineData("The current account deficit widened.", "current")]
    [InlineData("Spending fell in current dollars.", "current")]
    public void Recognize_LookAlikeWords_AreNotTheseExpressions(string text, string word)
    {
        TemporalTestText.Temporal(text, Reference).Should().NotContain(e => e.Text.Contains(word, StringComparison.Ordinal));
    }
}
