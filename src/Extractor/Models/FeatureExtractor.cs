using Extractor.Text;

namespace Extractor.Models;

/// <summary>
/// The feature templates of the entity model, shared by training and recognition. Every feature is a 32-bit key made
/// by mixing a template number with hashed token properties; nothing here allocates.
/// </summary>
/// <remarks>
/// Features depend only on the text (word, shape, affixes, context words, lexicon matches, sentence position, a
/// preceding quote); class-to-class transitions are scored separately by the decoder.
/// Changing a template changes every key, so it requires a new model (and a new <see cref="EntityModelFormat"/> feature set name).
/// </remarks>
internal static class FeatureExtractor
{
    /// <summary>Name of this feature set, written to model files and checked when they are loaded.</summary>
    public const string FeatureSetName = "bilou-viterbi-v10";

    /// <summary>Upper bound on static features per token: 42 fixed ones, up to <see cref="MaxHistoryKeys"/> and up to 2 + 1 + 1 per lexicon kind.</summary>
    public const int MaxStatic = 42 + MaxHistoryKeys + (4 * PhraseLexicon.KindCount);

    /// <summary>Most keys <see cref="HistoryKeys"/> gives.</summary>
    public const int MaxHistoryKeys = 3;

    /// <summary>Longest token whose character references are decoded for the features ("Pap&amp;#233;" reads "Papé").</summary>
    public const int MaxDecodedToken = 64;

    /// <summary>
    /// What the features read for <paramref name="token"/>: the token itself, or, for one of at most
    /// <see cref="MaxDecodedToken"/> characters holding a character reference, its letters decoded into
    /// <paramref name="buffer"/>. Scraped news keeps HTML references in words ("Pap&amp;#233;" reads "Papé").
    /// </summary>
    public static ReadOnlySpan<char> ReadAs(ReadOnlySpan<char> token, Span<char> buffer) =>
        token.Length <= MaxDecodedToken && token.Contains('&') ? buffer[..CharacterReference.DecodeLetters(token, buffer)] : token;

    private const uint Boundary = 0x5E17B0A5;
    private const uint CapsMarker = 0xCA95CA95;

    /// <summary>Lower-case particles inside personal names ("von der", "bin"), by exact-case hash.</summary>
    private static readonly uint[] NameParticles = Array.ConvertAll(
        ["von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "la", "le", "bin", "ibn", "al", "el"], w => FeatureHash.Exact(w));

    /// <summary>
    /// Hashes the tokens of one sentence into <paramref name="features"/> and returns whether the sentence is written
    /// in capitals (a headline or shouted line), where case says nothing about names. <paramref name="document"/>, when
    /// given, holds the whole document's occurrences (this sentence included).
    /// </summary>
    public static bool Prepare(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, PhraseLexicon lexicon,
        WordCaseProfile caseProfile, Span<TokenFeatures> features, Span<uint> wordScratch, Span<uint> lexiconScratch, DocumentContext? document = null,
        PreparedWordCache? cache = null)
    {
        int n = starts.Length;
        int letterTokens = 0;
        int upperTokens = 0;
        cache?.Begin(caseProfile, lexicon, n);
        var first = cache is null ? default : cache.FirstScratch(n);
        Span<char> decoded = stackalloc char[MaxDecodedToken];
        for (int i = 0; i < n; i++)
        {
            var token = ReadAs(text[starts[i]..ends[i]], decoded);

            ref var f = ref features[i];
            uint exact = FeatureHash.Exact(token);
            int slot = -1;
            if (cache is not null)
            {
                int entry = cache.Find(token, exact, out slot);
                if (entry != PreparedWordCache.Missing)
                {
                    // The fields below that depend on the neighbours are all written after this loop.
                    f = cache.Features(entry);
                    wordScratch[i] = f.Word;
                    first[i] = cache.LexiconFirst(entry);
                    CountCase(cache.CaseFlags(entry), ref letterTokens, ref upperTokens);
                    continue;
                }
            }

            f.Word = FeatureHash.Word(token);
            f.Exact = exact;
            f.Shape = FeatureHash.Shape(token, collapse: false);
            f.ShortShape = FeatureHash.Shape(token, collapse: true);
            f.Suffix2 = FeatureHash.Suffix(token, 2);
            f.Suffix3 = FeatureHash.Suffix(token, 3);
            f.Suffix4 = FeatureHash.Suffix(token, 4);
            f.Prefix2 = FeatureHash.Prefix(token, 2);
            f.Prefix3 = FeatureHash.Prefix(token, 3);
            f.IsQuote = token.Length == 1 && CharClass.IsQuoteMark(token[0]);
            f.IsCapitalized = token.Length > 0 && char.IsUpper(token[0]);
            uint profile = caseProfile.Lookup(f.Word);
            f.CaseProfile = WordCaseProfile.CaseOf(profile);
            f.WordClass = WordCaseProfile.FineOf(profile);
            f.CoarseClass = WordCaseProfile.CoarseOf(profile);
            wordScratch[i] = f.Word;
            byte caseFlags = CaseFlags(token);
            CountCase(caseFlags, ref letterTokens, ref upperTokens);
            if (cache is not null)
            {
                first[i] = lexicon.Lookup(f.Word);
                cache.Add(token, slot, f, caseFlags, first[i]);
            }
        }

        bool caps = letterTokens >= 3 && upperTokens * 5 >= letterTokens * 4;
        MarkCapitalRuns(features[..n], caps);
        MarkNameRuns(features[..n], caps);
        lexicon.Match(wordScratch[..n], lexiconScratch[..n], first);
        for (int i = 0; i < n; i++)
        {
            features[i].Lexicon = lexiconScratch[i];
            features[i].Document = 0;
            features[i].History = 0;
            features[i].RunHistory = 0;
        }

        if (document is { Count: > 0 })
        {
            document.Flags(text, starts, ends, features[..n], wordsHashed: true);
        }

        return caps;
    }

    /// <summary>How far from a token the word-local features reach (see <see cref="WordLocal"/>).</summary>
    public const int WordLocalReach = 2;

    /// <summary>Writes the static feature keys of token <paramref name="i"/> and returns how many.</summary>
    public static int Static(ReadOnlySpan<TokenFeatures> s, int i, bool caps, Span<uint> keys) => Keys(s, i, caps, keys, wordLocal: true);

    /// <summary>
    /// The keys of <see cref="Static"/> less the word-local ones: <see cref="Static"/>(i) is, as a multiset,
    /// <see cref="Contextual"/>(i) plus <see cref="WordLocal"/>(token i + d, d) for d in ±<see cref="WordLocalReach"/>
    /// (<see cref="Outside"/> for positions beyond the sentence). A template added to <see cref="Static"/> unmarked is
    /// contextual, which is always correct; marking it word-local (here and in <see cref="WordLocal"/>) only saves work.
    /// </summary>
    public static int Contextual(ReadOnlySpan<TokenFeatures> s, int i, bool caps, Span<uint> keys) => Keys(s, i, caps, keys, wordLocal: false);

    /// <summary>
    /// The keys of the features of a token that depend on nothing but the token <paramref name="t"/> at
    /// <paramref name="offset"/> from it (its text, through the fields hashed from the text alone) and on
    /// <paramref name="caps"/>, so that a decoder may sum their weights once per distinct word and reuse the sum.
    /// </summary>
    public static int WordLocal(in TokenFeatures t, bool caps, int offset, Span<uint> keys)
    {
        int n = 0;
        switch (offset)
        {
            case 0:
                keys[n++] = FeatureHash.Mix(1, 0);
                keys[n++] = FeatureHash.Mix(2, t.Word);
                if (!caps)
                {
                    keys[n++] = FeatureHash.Mix(3, t.Exact);
                }

                keys[n++] = FeatureHash.Mix(10, caps ? FeatureHash.Mix(CapsMarker, t.Shape) : t.Shape);
                keys[n++] = FeatureHash.Mix(13, t.Suffix2);
                keys[n++] = FeatureHash.Mix(14, t.Suffix3);
                keys[n++] = FeatureHash.Mix(15, t.Suffix4);
                keys[n++] = FeatureHash.Mix(16, t.Prefix2);
                keys[n++] = FeatureHash.Mix(17, t.Prefix3);
                if (caps)
                {
                    keys[n++] = FeatureHash.Mix(24, 0);
                }

                keys[n++] = FeatureHash.Mix(40, t.CaseProfile);
                keys[n++] = FeatureHash.Mix(41, t.CaseProfile, ShortShape(t, caps));
                keys[n++] = FeatureHash.Mix(50, t.WordClass);
                keys[n++] = FeatureHash.Mix(51, t.CoarseClass, ShortShape(t, caps));
                break;
            case -1:
                keys[n++] = FeatureHash.Mix(4, t.Word);
                keys[n++] = FeatureHash.Mix(52, t.WordClass);
                break;
            case 1:
                keys[n++] = FeatureHash.Mix(5, t.Word);
                keys[n++] = FeatureHash.Mix(53, t.WordClass);
                break;
            case -2:
                keys[n++] = FeatureHash.Mix(6, t.Word);
                keys[n++] = FeatureHash.Mix(56, t.CoarseClass);
                break;
            case 2:
                keys[n++] = FeatureHash.Mix(7, t.Word);
                keys[n++] = FeatureHash.Mix(57, t.CoarseClass);
                break;
        }

        return n;
    }

    /// <summary>The stand-in token that <see cref="WordLocal"/> reads for a position <paramref name="offset"/> beyond the sentence.</summary>
    /// <remarks>Its word classes are the values the templates give a position beyond the sentence.</remarks>
    public static TokenFeatures Outside(int offset) => offset < 0
        ? new() { Word = Boundary, WordClass = 0xFFFF, CoarseClass = 0xFF }
        : new() { Word = Boundary + 1, WordClass = 0xFFFE, CoarseClass = 0xFE };

    /// <summary>Most keys <see cref="WordLocal"/> gives for an offset other than 0.</summary>
    public const int MaxNeighbourKeys = 2;

    private static int Keys(ReadOnlySpan<TokenFeatures> s, int i, bool caps, Span<uint> keys, bool wordLocal)
    {
        int n = 0;
        ref readonly var t = ref s[i];
        uint wm1 = i > 0 ? s[i - 1].Word : Boundary;
        uint wm2 = i > 1 ? s[i - 2].Word : Boundary;
        uint wp1 = i + 1 < s.Length ? s[i + 1].Word : Boundary + 1;
        uint wp2 = i + 2 < s.Length ? s[i + 2].Word : Boundary + 1;
        uint ss0 = ShortShape(t, caps);
        uint ssm1 = i > 0 ? ShortShape(s[i - 1], caps) : Boundary;
        uint ssp1 = i + 1 < s.Length ? ShortShape(s[i + 1], caps) : Boundary + 1;

        if (wordLocal)
        {
            keys[n++] = FeatureHash.Mix(1, 0);
            keys[n++] = FeatureHash.Mix(2, t.Word);
            if (!caps)
            {
                keys[n++] = FeatureHash.Mix(3, t.Exact);
            }

            keys[n++] = FeatureHash.Mix(4, wm1);
            keys[n++] = FeatureHash.Mix(5, wp1);
            keys[n++] = FeatureHash.Mix(6, wm2);
            keys[n++] = FeatureHash.Mix(7, wp2);
        }

        keys[n++] = FeatureHash.Mix(8, wm1, t.Word);
        keys[n++] = FeatureHash.Mix(9, t.Word, wp1);
        if (wordLocal)
        {
            keys[n++] = FeatureHash.Mix(10, caps ? FeatureHash.Mix(CapsMarker, t.Shape) : t.Shape);
        }

        keys[n++] = FeatureHash.Mix(11, ssm1, ss0, ssp1);
        if (wordLocal)
        {
            keys[n++] = FeatureHash.Mix(13, t.Suffix2);
            keys[n++] = FeatureHash.Mix(14, t.Suffix3);
            keys[n++] = FeatureHash.Mix(15, t.Suffix4);
            keys[n++] = FeatureHash.Mix(16, t.Prefix2);
            keys[n++] = FeatureHash.Mix(17, t.Prefix3);
        }

        keys[n++] = FeatureHash.Mix(25, wm1, ss0);
        keys[n++] = FeatureHash.Mix(26, ss0, wp1);
        keys[n++] = FeatureHash.Mix(27, ssm1, ss0);
        keys[n++] = FeatureHash.Mix(28, ss0, ssp1);
        keys[n++] = FeatureHash.Mix(29, wp1, wp2);
        keys[n++] = FeatureHash.Mix(34, wm2, wm1);
        if (i == 0)
        {
            keys[n++] = FeatureHash.Mix(18, ss0);
        }
        else if (s[i - 1].IsQuote)
        {
            keys[n++] = FeatureHash.Mix(19, ss0);
        }

        if (caps && wordLocal)
        {
            keys[n++] = FeatureHash.Mix(24, 0);
        }

        // How the word is usually written, alone, with its shape here, and with the neighbours' usual case.
        if (wordLocal)
        {
            keys[n++] = FeatureHash.Mix(40, t.CaseProfile);
        }

        if (wordLocal)
        {
            keys[n++] = FeatureHash.Mix(41, t.CaseProfile, ss0);
        }

        keys[n++] = FeatureHash.Mix(42, i > 0 ? s[i - 1].CaseProfile : 9u, t.CaseProfile, i + 1 < s.Length ? s[i + 1].CaseProfile : 9u);

        // Distributional word classes: the word's, with its shape, and its neighbours'.
        uint cm1 = i > 0 ? s[i - 1].WordClass : 0xFFFFu;
        uint cp1 = i + 1 < s.Length ? s[i + 1].WordClass : 0xFFFEu;
        if (wordLocal)
        {
            keys[n++] = FeatureHash.Mix(50, t.WordClass);
            keys[n++] = FeatureHash.Mix(51, t.CoarseClass, ss0);
        }

        // The neighbours' classes alone depend on one word each: word-local at offsets ±1 and ±2.
        if (wordLocal)
        {
            keys[n++] = FeatureHash.Mix(52, cm1);
            keys[n++] = FeatureHash.Mix(53, cp1);
        }

        keys[n++] = FeatureHash.Mix(54, i > 0 ? s[i - 1].CoarseClass : 0xFFu, t.CoarseClass);
        keys[n++] = FeatureHash.Mix(55, t.CoarseClass, i + 1 < s.Length ? s[i + 1].CoarseClass : 0xFEu);
        if (wordLocal)
        {
            keys[n++] = FeatureHash.Mix(56, i > 1 ? s[i - 2].CoarseClass : 0xFFu);
            keys[n++] = FeatureHash.Mix(57, i + 2 < s.Length ? s[i + 2].CoarseClass : 0xFEu);
        }

        // How the word's other occurrences in the document are written.
        keys[n++] = FeatureHash.Mix(60, t.Document);
        keys[n++] = FeatureHash.Mix(61, t.Document, ss0);
        keys[n++] = FeatureHash.Mix(62, t.Document, t.CaseProfile);
        n += HistoryKeys(t, caps, keys[n..]);

        keys[n++] = FeatureHash.Mix(44, t.CapitalRun, i == 0 ? 1u : 0u);
        if (t.RunLast != 0)
        {
            // The last word of the capitalized run names the kind of thing ("Victoria Harbor", "... Airport").
            keys[n++] = FeatureHash.Mix(45, t.RunLast);
            keys[n++] = FeatureHash.Mix(46, t.RunLast, t.CapitalRun);
            keys[n++] = FeatureHash.Mix(47, t.RunLastClass, t.CapitalRun);
        }

        n = AddLexicon(t.Lexicon, 20, ss0, keys, n);
        if (i > 0)
        {
            n = AddLexicon(s[i - 1].Lexicon, 22, 0, keys, n);
        }

        if (i + 1 < s.Length)
        {
            n = AddLexicon(s[i + 1].Lexicon, 23, 0, keys, n);
        }

        return n;
    }

    /// <summary>
    /// The keys of the features from the model's own earlier labels of the word in the document
    /// (<see cref="PredictionHistory"/>): the word's, alone with its case and with its place in the capitalized run, and the
    /// run's last word's with that place. None for a token with no history, so most tokens cost nothing.
    /// </summary>
    public static int HistoryKeys(in TokenFeatures t, bool caps, Span<uint> keys)
    {
        int n = 0;
        if (t.History != 0)
        {
            keys[n++] = FeatureHash.Mix(63, t.History, (caps ? 2u : 0u) | (t.IsCapitalized ? 1u : 0u));
            keys[n++] = FeatureHash.Mix(64, t.History, t.CapitalRun);
        }

        if (t.RunHistory != 0)
        {
            keys[n++] = FeatureHash.Mix(65, t.RunHistory, t.CapitalRun);
        }

        return n;
    }

    /// <summary>Marks runs of consecutive capitalized tokens; none in all-caps sentences, where case says nothing.</summary>
    private static void MarkCapitalRuns(Span<TokenFeatures> features, bool caps)
    {
        int n = features.Length;
        int i = 0;
        while (i < n)
        {
            if (caps || !features[i].IsCapitalized)
            {
                features[i].CapitalRun = 0;
                i++;
                continue;
            }

            int end = i + 1;
            while (end < n && features[end].IsCapitalized)
            {
                end++;
            }

            int length = Math.Min(end - i, 4);
            for (int t = i; t < end; t++)
            {
                int position = end - i == 1 ? BilouTags.Unit : t == i ? BilouTags.Begin : t == end - 1 ? BilouTags.Last : BilouTags.Inside;
                features[t].CapitalRun = (byte)((length * 8) + position + 1);
            }

            i = end;
        }
    }

    /// <summary>
    /// Gives every token of a run of two or more capitalized tokens, bridged by lower-case name particles ("Ursula von
    /// der Leyen", "Hong Kong Disneyland"), the folded last word of the run.
    /// </summary>
    private static void MarkNameRuns(Span<TokenFeatures> features, bool caps)
    {
        int n = features.Length;
        int i = 0;
        while (i < n)
        {
            features[i].RunLast = 0;
            features[i].RunLastClass = 0;
            if (caps || !features[i].IsCapitalized)
            {
                i++;
                continue;
            }

            int last = i;
            int j = i + 1;
            while (j < n)
            {
                if (features[j].IsCapitalized)
                {
                    last = j++;
                    continue;
                }

                int k = j;
                while (k < n && k - j < 2 && IsNameParticle(features[k].Exact))
                {
                    k++;
                }

                if (k > j && k < n && features[k].IsCapitalized)
                {
                    j = k;
                    continue;
                }

                break;
            }

            uint runLast = last > i ? features[last].Word : 0;
            ushort runLastClass = last > i ? features[last].WordClass : (ushort)0;
            for (int t = i; t <= last; t++)
            {
                features[t].RunLast = runLast;
                features[t].RunLastClass = runLastClass;
            }

            i = last + 1;
        }
    }

    private static bool IsNameParticle(uint exact) => Array.IndexOf(NameParticles, exact) >= 0;

    private static uint ShortShape(in TokenFeatures t, bool caps) => caps ? FeatureHash.Mix(CapsMarker, t.ShortShape) : t.ShortShape;

    private static int AddLexicon(uint codes, uint template, uint shape, Span<uint> keys, int n)
    {
        if (codes == 0)
        {
            return n;
        }

        for (int k = 0; k < PhraseLexicon.KindCount; k++)
        {
            uint code = (uint)((codes >> (3 * k)) & 7);
            if (code == 0)
            {
                continue;
            }

            uint value = ((uint)k * 8) + code;
            if (shape != 0)
            {
                keys[n++] = FeatureHash.Mix(template, value);
                keys[n++] = FeatureHash.Mix(template + 100, value, shape);
            }
            else
            {
                keys[n++] = FeatureHash.Mix(template, value);
            }
        }

        return n;
    }

    /// <summary>Bit 0: the token has a letter; bit 1: it has a lower-case letter (the first letters up to one decide).</summary>
    private static byte CaseFlags(ReadOnlySpan<char> token)
    {
        bool letter = false;
        bool lower = false;
        foreach (char c in token)
        {
            if (char.IsLetter(c))
            {
                letter = true;
                if (char.IsLower(c))
                {
                    lower = true;
                    break;
                }
            }
        }

        return (byte)((letter ? 1 : 0) | (lower ? 2 : 0));
    }

    private static void CountCase(byte caseFlags, ref int letterTokens, ref int upperTokens)
    {
        if ((caseFlags & 1) != 0)
        {
            letterTokens++;
            if ((caseFlags & 2) == 0)
            {
                upperTokens++;
            }
        }
    }
}
