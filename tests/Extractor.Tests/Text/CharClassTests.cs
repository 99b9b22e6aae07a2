using System.Globalization;
using Extractor.Text;

namespace Extractor.Tests.Text;

public class CharClassTests
{
    [Fact]
    public void Ascii_EveryEntry_AgreesWithTheBcl()
    {
        for (int i = 0; i < 128; i++)
        {
            char c = (char)i;
            byte bits = CharClass.Ascii(c);
            var category = char.GetUnicodeCategory(c);

            ((bits & CharClass.Letter) != 0).Should().Be(char.IsLetter(c), "U+{0:X4} letter", i);
            ((bits & CharClass.Digit) != 0).Should().Be(char.IsDigit(c), "U+{0:X4} digit", i);
            ((bits & CharClass.Upper) != 0).Should().Be(char.IsUpper(c), "U+{0:X4} upper", i);
            ((bits & CharClass.Lower) != 0).Should().Be(char.IsLower(c), "U+{0:X4} lower", i);
            ((bits & CharClass.Space) != 0).Should().Be(char.IsWhiteSpace(c), "U+{0:X4} whitespace", i);
            ((bits & CharClass.LineBreak) != 0).Should().Be(c is '\n' or '\r' or '\v' or '\f', "U+{0:X4} line break", i);
            ((bits & CharClass.Quote) != 0).Should().Be(c is '"' or '\'' or '`', "U+{0:X4} quote", i);
            bool symbol = c is not ('"' or '\'' or '`') && !char.IsWhiteSpace(c) && (CharClass.IsSymbolCategory(category) || char.IsControl(c));
            ((bits & CharClass.Symbol) != 0).Should().Be(symbol, "U+{0:X4} symbol", i);
        }
    }

    [Theory]
    [InlineData('.', true)]
    [InlineData('!', true)]
    [InlineData('?', true)]
    [InlineData('\u2026', true)]
    [InlineData('\u3002', true)]
    [InlineData(',', false)]
    [InlineData(';', false)]
    [InlineData(':', false)]
    public void IsSentenceTerminal_KnowsTerminalMarks(char c, bool expected)
    {
        CharClass.IsSentenceTerminal(c).Should().Be(expected);
    }

    [Theory]
    [InlineData('\u201D', true)]
    [InlineData('\u2019', true)]
    [InlineData('\u00BB', true)]
    [InlineData('\u201C', false)]
    [InlineData('"', false)]
    public void IsClosingQuote_OnlyForMarksThatNeverOpenInEnglish(char c, bool expected)
    {
        CharClass.IsClosingQuote(c).Should().Be(expected);
    }

    [Fact]
    public void IsWordCategory_LettersMarksAndNumbers()
    {
        CharClass.IsWordCategory(UnicodeCategory.OtherLetter).Should().BeTrue();
        CharClass.IsWordCategory(UnicodeCategory.NonSpacingMark).Should().BeTrue();
        CharClass.IsWordCategory(UnicodeCategory.DecimalDigitNumber).Should().BeTrue();
        CharClass.IsWordCategory(UnicodeCategory.OtherSymbol).Should().BeFalse();
        CharClass.IsWordCategory(UnicodeCategory.Format).Should().BeFalse();
    }
}
