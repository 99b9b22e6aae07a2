namespace Extractor.Tests.Dates;

public sealed class TemporalNegativeTests
{
    [Theory]
    [InlineData("Theresa May said the deal was done.", "May")]
    [InlineData("The march on Washington drew thousands.", "march")]
    [InlineData("They march through the city every year.", "march")]
    [InlineData("The army sent 2022 soldiers to the border.", "2022")]
    [InlineData("The Sunday Times reported the story.", "Sunday")]
    [InlineData("It is an august institution.", "august")]
    [InlineData("The March on Washington was a landmark.", "March")]
    [InlineData("April Ryan asked the question.", "April")]
    [InlineData("Prices fall when demand drops.", "fall")]
    [InlineData("A 35-year-old man was arrested.", "35-year")]
    [InlineData("He paid $2022 for the car.", "2022")]
    [InlineData("The army sent two thousand soldiers.", "thousand")]
    [InlineData("Fans travelled to Euro 2004 in Portugal.", "2004")]
    [InlineData("Almost a quarter of the voters stayed home.", "quarter")]
    [InlineData("South Africa after the fall of apartheid changed.", "fall")]
    [InlineData("He said that day traders lost money.", "that day")]
    [InlineData("The quarter-to-quarter comparison improved.", "quarter")]
    [InlineData("She manages day-to-day operations.", "day")]
    [InlineData("In the week 5 people died.", "week 5")]
    [InlineData("The May second-quarter report came.", "May second")]
    [InlineData("He earns $100 a year.", "year")]
    [InlineData("The airline flies four flights a week.", "week")]
    [InlineData("Sales should rise 8.5% annually.", "annually")]
    [InlineData("That is 5% of the average daily volume.", "daily")]
    [InlineData("Three quarters of the voters stayed home.", "quarters")]
    [InlineData("She flew home later in the day.", "day")]
    [InlineData("Baker said on ABC's \"This Week\" that the talks failed.", "Week")]
    [InlineData("Gonzalez spoke on CBS's \"60 Minutes.\"", "Minutes")]
    [InlineData("It was like the film \"High Noon.\"", "Noon")]
    [InlineData("Dozens were arrested at this march in each of the last three years.", "march")]
    [InlineData("The results at that year-end were poor.", "that year")]
    [InlineData("Ms. May and her cabinet met.", "May")]
    [InlineData("May God bless you.", "May")]
    [InlineData("Troops march on the capital.", "march")]
    [InlineData("The rebels had 2022 troops in the city.", "2022")]
    public void Recognize_NonTemporalUse_FindsNoExpression(string text, string word)
    {
        TemporalTestText.Temporal(text, "2021-12-02").Should().NotContain(e => e.Text.Contains(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In May 2022 the law passed.", "May 2022", "2022-05")]
    [InlineData("The vote is expected in March.", "March", "2022-03")]
    [InlineData("Since August, prices have risen.", "August", "2021-08")]
    public void Recognize_AmbiguousMonthInDateContext_IsADate(string text, string expression, string value)
    {
        TemporalTestText.Single(text, "2021-12-02", expression).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\"unbalanced quote on Thursday")]
    [InlineData("Москва, 28 ноября. В четверг.")]
    [InlineData("😀 2022 🎉 January-")]
    [InlineData("-January- -- - 2022-")]
    [InlineData("\ud800 lone surrogate on Monday \udc00")]
    [InlineData("the end of of the the end of")]
    [InlineData("99999999999999999999 years ago, 31:99 a.m., Feb. 30, 2021")]
    public void Recognize_OddInput_DoesNotThrow(string text)
    {
        var act = () => TemporalTestText.Temporal(text, "2021-12-02");

        act.Should().NotThrow();
    }

    [Fact]
    public void Recognize_MegabyteWithoutSpaces_DoesNotThrow()
    {
        string text = string.Concat(Enumerable.Repeat("abcdefghij", 100_000)) + "-January-2022-" + string.Concat(Enumerable.Repeat("9-", 1000));

        var act = () => TemporalTestText.Temporal(text, "2021-12-02");

        act.Should().NotThrow();
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Extract_ReferenceDateAtCalendarEdge_DoesNotThrow(int year, int month, int day)
    {
        const string text = "Last week, yesterday, tomorrow, next year, three years ago, the past two weeks, in recent years, "
            + "on Thursday, every week, at 10 a.m., the third quarter, a year earlier, Christmas, the end of January, now.";

        var act = () => NewsExtractor.Default.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(year, month, day) });

        act.Should().NotThrow();
    }

    [Fact]
    public void Recognize_ImpossibleDay_IsNotADate()
    {
        TemporalTestText.Temporal("It happened on Feb. 30, 2021.", "2021-12-02").Should().NotContain(e => e.Value == "2021-02-30");
    }
}
