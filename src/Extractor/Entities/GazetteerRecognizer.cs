using Extractor.Pipeline;
using Extractor.Text;

namespace Extractor.Entities;

/// <summary>
/// Finds countries, capitals, cities, regions and nationality words from the compiled <see cref="Gazetteer"/>,
/// longest match first on token boundaries. A hit must match the entry's casing exactly, or be written in capitals
/// (headlines), so "turkey" and "chad" in running text stay words.
/// </summary>
internal sealed class GazetteerRecognizer
{
    private const float LocationScore = 0.9f;
    private const float NationalityScore = 0.85f;

    private readonly Gazetteer? _gazetteer;

    public GazetteerRecognizer(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
    }

    private GazetteerRecognizer()
    {
    }

    /// <summary>The recognizer over the embedded gazetteer, loaded on first use.</summary>
    public static GazetteerRecognizer Default { get; } = new();

    /// <summary>The gazetteer this recognizer reads: the one it was given, or the embedded one.</summary>
    public Gazetteer Lexicon => _gazetteer ?? Gazetteer.Default;

    public void Recognize(AnalyzedDocument document, List<EntityMention> output)
    {
        var gazetteer = Lexicon;
        var tokens = document.Tokens;
        string text = document.Text;
        Span<char> key = stackalloc char[128];
        int count = tokens.Count;
        for (int t = 0; t < count;)
        {
            int matchedEnd = -1;
            GazetteerEntry matched = default;
            var first = document.TokenText(t);
            // a capitalized word may start a name; a lower-case one only a nationality with a political prefix ("pro-Russian")
            if (tokens.Kind(t) == TokenKind.Word && (char.IsUpper(first[0]) || HasPoliticalPrefix(first)))
            {
                if (char.IsUpper(first[0]) && gazetteer.CanStartWith(first))
                {
                    int length = 0;
                    int limit = Math.Min(count, t + gazetteer.MaxTokens);
                    for (int end = t; end < limit; end++)
                    {
                        if (end > t && (tokens.Flag(end) & TokenFlags.NewlineBefore) != 0)
                        {
                            break;
                        }

                        var piece = document.TokenText(end);
                        int needed = piece.Length + (end > t && (tokens.Flag(end) & TokenFlags.SpaceBefore) != 0 ? 1 : 0);
                        if (length + needed > key.Length)
                        {
                            break;
                        }

                        if (needed > piece.Length)
                        {
                            key[length++] = ' ';
                        }

                        piece.CopyTo(key[length..]);
                        length += piece.Length;
                        if (gazetteer.TryGet(key[..length], out var entry) && CasingAgrees(text, tokens.Start(t), tokens.End(end), key[..length]))
                        {
                            matchedEnd = end + 1;
                            matched = entry;
                        }

                        if (!gazetteer.MayContinue(key[..length]))
                        {
                            break; // no longer name starts so
                        }
                    }
                }
                else if (TryAffixedNationality(gazetteer, first, out var affixed))
                {
                    matchedEnd = t + 1;
                    matched = affixed;
                }
            }

            if (matchedEnd > 0)
            {
                float score = matched.Type == EntityType.Location ? LocationScore : NationalityScore;
                output.Add(new EntityMention(t, matchedEnd, tokens.Start(t), tokens.End(matchedEnd - 1), matched.Type, EntityOrigin.Gazetteer, score)
                {
                    Canonical = matched.Canonical,
                });
                t = matchedEnd;
            }
            else
            {
                t++;
            }
        }
    }

    /// <summary>Whether the token starts with "pro-" or "anti-", which is all <see cref="TryAffixedNationality"/> takes.</summary>
    private static bool HasPoliticalPrefix(ReadOnlySpan<char> token) =>
        token.StartsWith("pro-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("anti-", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "pro-Russian", "anti-American": a capitalized nationality word after a "pro-" or "anti-" prefix (either case).
    /// No other affix is taken ("Russian-backed" is not).
    /// </summary>
    private static bool TryAffixedNationality(Gazetteer gazetteer, ReadOnlySpan<char> token, out GazetteerEntry entry)
    {
        entry = default;
        int hyphen = token.IndexOf('-');
        if (hyphen <= 0 || hyphen == token.Length - 1)
        {
            return false;
        }

        var head = token[..hyphen];
        var tail = token[(hyphen + 1)..];
        if ((head.Equals("pro", StringComparison.OrdinalIgnoreCase) || head.Equals("anti", StringComparison.OrdinalIgnoreCase))
            && gazetteer.TryGet(tail, out entry) && entry.Type == EntityType.Nationality && char.IsUpper(tail[0]))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// The lookup ignores case, so the text must still look like a name: every word capitalized except short
    /// function words ("Bosnia and Herzegovina"), or the whole match in capitals (headlines).
    /// </summary>
    private static bool CasingAgrees(string text, int start, int end, ReadOnlySpan<char> key)
    {
        if (IsAllCaps(text.AsSpan(start, end - start)))
        {
            return true;
        }

        for (int i = 0; i < key.Length; i++)
        {
            bool wordStart = i == 0 || key[i - 1] is ' ' or '-';
            if (wordStart && char.IsLower(key[i]) && !IsFunctionWordAt(key, i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFunctionWordAt(ReadOnlySpan<char> key, int i)
    {
        var rest = key[i..];
        int space = rest.IndexOfAny(' ', '-');
        var word = space < 0 ? rest : rest[..space];
        return word is "of" or "and" or "the" or "de" or "da" or "del" or "du" or "la" or "le" or "al" or "el" or "upon" or "on" or "am" or "an" or "der";
    }

    private static bool IsAllCaps(ReadOnlySpan<char> span)
    {
        bool anyLetter = false;
        foreach (char c in span)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            anyLetter |= char.IsLetter(c);
        }

        return anyLetter && span.Length > 1;
    }
}
