using Extractor.Internal;
using Extractor.Quotes;

namespace Extractor.Resolution;

/// <summary>
/// What a person's name and the nouns beside it say about which pronoun fits them: honorifics ("Mr", "Dame"),
/// gendered person nouns ("actress", "his wife", "the Dutchman") and first names, read from the embedded
/// <c>resolution-genders.txt</c> that <c>extractor build genders</c> derives from news text. Genders are 1 (he),
/// -1 (she) or 0 (not known, which fits both). Lookups take spans and never allocate.
/// </summary>
internal sealed class NameGenders
{
    private static readonly Lazy<NameGenders> DefaultInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SpanDictionary<sbyte> _firstNames;

    /// <summary>Honorifics that say the sex of the person they title.</summary>
    private static readonly SpanDictionary<sbyte> Honorifics = Table(
        ["Mr", "Mr.", "Sir", "Lord"],
        ["Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady"],
        ignoreCase: false);

    /// <summary>
    /// Person nouns that say a sex ("the actress", "his wife", "the Dutchman"). Words such as "chairman" and
    /// "spokesman", which news also writes for women, say nothing; any "-woman" does.
    /// </summary>
    private static readonly SpanDictionary<sbyte> Nouns = Table(
        [
            "husband", "father", "son", "brother", "boyfriend", "widower", "grandfather", "uncle", "nephew", "king", "prince",
            "duke", "earl", "baron", "fiance", "dad", "grandson", "boy", "stepfather", "stepson", "Dutchman", "Frenchman",
            "Englishman", "Welshman", "Irishman", "Scotsman", "Scot", "countryman", "sportsman", "businessman", "congressman",
            "policeman", "fireman", "gunman", "man",
        ],
        [
            "wife", "mother", "daughter", "sister", "girlfriend", "widow", "grandmother", "aunt", "niece", "queen", "princess",
            "duchess", "countess", "baroness", "heiress", "fiancee", "mum", "granddaughter", "girl", "stepmother",
            "stepdaughter", "woman", "actress", "waitress", "hostess", "songstress", "stewardess", "headmistress",
        ],
        ignoreCase: true);

    private NameGenders(SpanDictionary<sbyte> firstNames)
    {
        _firstNames = firstNames;
    }

    public static NameGenders Default => DefaultInstance.Value;

    /// <summary>The gender a first name is used for in news, 0 when the resource does not know it.</summary>
    public int OfFirstName(ReadOnlySpan<char> word) => _firstNames.TryGetValue(word, out sbyte g) ? g : 0;

    /// <summary>1 for "Mr", "Sir", "Lord"; -1 for "Mrs", "Ms", "Miss", "Dame", "Lady"; else 0.</summary>
    public static int OfHonorific(ReadOnlySpan<char> word) => Honorifics.TryGetValue(word, out sbyte g) ? g : 0;

    /// <summary>1 or -1 for a person noun that says a sex ("actress", "wife", "chairwoman", "Dutchman"); else 0.</summary>
    public static int OfNoun(ReadOnlySpan<char> word)
    {
        if (Nouns.TryGetValue(word, out sbyte g))
        {
            return g;
        }

        return word.Length > 5 && (word.EndsWith("woman", StringComparison.OrdinalIgnoreCase) || word.EndsWith("women", StringComparison.OrdinalIgnoreCase)) ? -1 : 0;
    }

    /// <summary>
    /// What a person's titles say about their sex: the last honorific among them ("Mr", "Dame") and whether honorifics
    /// of both sexes occur; the sex gendered nouns say ("actress", "his wife"), 0 with <c>BothNouns</c> when nouns of both
    /// sexes occur, however many follow ("son", "actress", "grandfather" says nothing).
    /// </summary>
    public static (int Honorific, bool MixedHonorifics, int Noun, bool BothNouns) OfTitles(IEnumerable<string> titles)
    {
        int honorific = 0;
        bool mixed = false;
        int noun = 0;
        bool both = false;
        foreach (var title in titles)
        {
            int h = OfHonorific(title);
            if (h != 0)
            {
                mixed |= honorific == -h;
                honorific = h;
            }
            else if (OfNoun(title) is var n && n != 0)
            {
                both |= noun == -n;
                noun = n;
            }
        }

        return (honorific, mixed, both ? 0 : noun, both);
    }

    /// <summary>
    /// The gender a written name says: a leading honorific ("Sir Alex Ferguson", "Mrs Clinton"), else its first word
    /// before the surname that is a known first name ("Tessa Jowell", "Howard Flight", "Hillary Rodham Clinton"), else
    /// a gendered noun as its last word when it is a noun, not a surname: lower-case ("his wife") or after a determiner
    /// or possessive ("the Dutchman", "His wife"), so "Carole King" and "Billie Jean King" say nothing through "King".
    /// 0 when none does. A lone word is a surname and says nothing.
    /// </summary>
    public int OfName(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        int space = name.IndexOf(' ');
        if (space < 0)
        {
            return 0;
        }

        var firstWord = name[..space];
        int honorific = OfHonorific(firstWord);
        if (honorific != 0)
        {
            return honorific;
        }

        // the first word before the surname that is a known first name: "Howard Flight", "Hillary Rodham Clinton"
        int last = name.LastIndexOf(' ');
        var rest = name[..last];
        while (rest.Length > 0)
        {
            int end = rest.IndexOf(' ');
            var word = end < 0 ? rest : rest[..end];
            int g = OfFirstName(word);
            if (g != 0)
            {
                return g;
            }

            rest = end < 0 ? default : rest[(end + 1)..];
        }

        var lastWord = name[(last + 1)..];
        return lastWord.Length > 0 && (char.IsLower(lastWord[0]) || IsDeterminer(firstWord)) ? OfNoun(lastWord) : 0;
    }

    /// <summary>Words before a noun that make a capitalized last word a noun, not a surname: "the Dutchman", "His wife".</summary>
    private static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
        || word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase)
        || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase);

    private static SpanDictionary<sbyte> Table(string[] male, string[] female, bool ignoreCase)
    {
        var table = new SpanDictionary<sbyte>(ignoreCase, male.Length + female.Length);
        foreach (var word in male)
        {
            table.Set(word, 1);
        }

        foreach (var word in female)
        {
            table.Set(word, -1);
        }

        return table;
    }

    private static NameGenders Load()
    {
        var names = new SpanDictionary<sbyte>(ignoreCase: false, capacity: 512);
        foreach (var (word, tags) in QuoteLexicon.Lines("resolution-genders.txt"))
        {
            sbyte g = tags.Length == 1 && tags[0] == "m" ? (sbyte)1 : tags.Length == 1 && tags[0] == "f" ? (sbyte)-1
                : throw new InvalidDataException($"resolution-genders.txt: '{word}' needs m or f.");
            names.Set(word, g);
        }

        return new NameGenders(names);
    }
}
