using Extractor.Text;

namespace Extractor.Models;

/// <summary>
/// How each word is written elsewhere in the same document, gathered from the tokens alone before decoding (no second
/// decoding pass): capitalized or in lower case in mid-sentence, as the first or the last word of a run of capitalized
/// words, after a title ("Mr.", "President"). A sentence-initial "Stoltenberg" or a headline "ZELENSKY" reads
/// differently once the rest of the article writes "Jens Stoltenberg" and "President Zelensky".
/// </summary>
/// <remarks>
/// Each word (folded hash) keeps five counts capped at 3, two bits each. A token's features subtract its own
/// contribution (<see cref="Contributions"/>), so they say what the <em>other</em> occurrences show. Sentences written
/// in capitals contribute nothing. Training uses blocks of neighbouring sentences as documents where the corpus marks
/// none. One instance per thread is reused at run time (<see cref="Current"/>), so building allocates only when a
/// longer document than before comes.
/// </remarks>
internal sealed class DocumentContext
{
    /// <summary>Counts fields (bit offsets of the 2-bit counters).</summary>
    private const int CapitalizedMid = 0;
    private const int LowerMid = 2;
    private const int RunFirst = 4;
    private const int RunLast = 6;
    private const int AfterTitle = 8;

    [ThreadStatic]
    private static DocumentContext? _current;

    /// <summary>Titles before a person's name, by exact-case hash.</summary>
    private static readonly uint[] Titles = Array.ConvertAll(
        ["Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.", "Rev.", "Prof.",
         "President", "Minister", "Senator", "Secretary", "Chancellor", "Governor", "Mayor", "General", "Judge", "Justice", "Ambassador",
         "Chairman", "Sir", "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Pope", "Professor", "Representative", "Speaker",
         "spokesman", "spokeswoman", "coach", "Coach"], w => FeatureHash.Exact(w));

    /// <summary>Per folded word, its five 2-bit counters with bit 15 set (so a word held is never 0, an empty slot).</summary>
    private WordHashTable<ushort> _counts = WordHashTable<ushort>.WithRoom(192, clearable: true);
    private uint[] _words = new uint[256];
    private ushort[] _own = new ushort[256];

    // What each sentence added, in the order AddSentence saw them (token contributions, and per sentence where they
    // start and whether they counted), so that Flags need not work them out again for a sentence named by NextSentence.
    private ushort[] _added = new ushort[256];
    private int _addedCount;
    private int[] _sentenceStarts = new int[64];
    private int[] _sentenceLengths = new int[64];
    private bool[] _sentenceCounted = new bool[64];
    private int _sentences;

    /// <summary>A per-thread instance for run-time use.</summary>
    public static DocumentContext Current => _current ??= new DocumentContext();

    /// <summary>Words held.</summary>
    public int Count => _counts.Count;

    /// <summary>
    /// The number (in the order of <see cref="AddSentence"/>, from 0) of the sentence that the next call to
    /// <see cref="Flags"/> is given, when the caller knows it; -1 (the default, and after each call) when not. Flags then
    /// reads what that sentence added instead of working it out again from its tokens.
    /// </summary>
    public int NextSentence { get; set; } = -1;

    /// <summary>Empties the table for a new document (linear in the words held: their slots are emptied one by one unless they fill an eighth of the table or more).</summary>
    public void Clear()
    {
        _counts.Clear();
        _addedCount = 0;
        _sentences = 0;
        NextSentence = -1;
    }

    /// <summary>Adds the occurrences of one sentence.</summary>
    public void AddSentence(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        int n = starts.Length;
        if (_words.Length < n)
        {
            _words = new uint[n * 2];
            _own = new ushort[n * 2];
        }

        bool counted = Contributions(text, starts, ends, _words, _own);
        Remember(n, counted);
        if (!counted)
        {
            return;
        }

        for (int i = 0; i < n; i++)
        {
            if (_own[i] != 0)
            {
                Add(_words[i], _own[i]);
            }
        }
    }

    /// <summary>Keeps what the sentence just read into _own added (for <see cref="NextSentence"/>).</summary>
    private void Remember(int n, bool counted)
    {
        if (_sentences == _sentenceStarts.Length)
        {
            Array.Resize(ref _sentenceStarts, _sentences * 2);
            Array.Resize(ref _sentenceLengths, _sentences * 2);
            Array.Resize(ref _sentenceCounted, _sentences * 2);
        }

        if (_addedCount + n > _added.Length)
        {
            Array.Resize(ref _added, Math.Max(_addedCount + n, _added.Length * 2));
        }

        _sentenceStarts[_sentences] = _addedCount;
        _sentenceLengths[_sentences] = n;
        _sentenceCounted[_sentences++] = counted;
        if (counted)
        {
            _own.AsSpan(0, n).CopyTo(_added.AsSpan(_addedCount));
            _addedCount += n;
        }
    }

    /// <summary>
    /// The "elsewhere" flags of every token of a sentence: bit k is set when the other occurrences of the word in the
    /// document have count k; 0 for words seen nowhere else. With <paramref name="wordsHashed"/>, the tokens'
    /// <see cref="TokenFeatures.Word"/> hashes in <paramref name="features"/> are used instead of hashing the words again
    /// (<see cref="FeatureExtractor.Prepare"/> makes them first).
    /// </summary>
    public void Flags(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<TokenFeatures> features, bool wordsHashed = false)
    {
        int n = starts.Length;
        if (_words.Length < n)
        {
            _words = new uint[n * 2];
            _own = new ushort[n * 2];
        }

        if (wordsHashed)
        {
            for (int i = 0; i < n; i++)
            {
                _words[i] = features[i].Word;
            }
        }

        // A sentence the caller names was seen by AddSentence: its contributions are kept (words hashed as here).
        int sentence = NextSentence;
        NextSentence = -1;
        bool counted;
        ReadOnlySpan<ushort> contributions;
        if (wordsHashed && (uint)sentence < (uint)_sentences && _sentenceLengths[sentence] == n)
        {
            counted = _sentenceCounted[sentence];
            contributions = counted ? _added.AsSpan(_sentenceStarts[sentence], n) : default;
        }
        else
        {
            counted = Contributions(text, starts, ends, _words, _own, wordsHashed);
            contributions = _own.AsSpan(0, n);
        }

        for (int i = 0; i < n; i++)
        {
            ushort all = Lookup(_words[i]);
            ushort own = counted ? contributions[i] : (ushort)0;
            int f = 0;
            for (int field = 0; field < 5; field++)
            {
                int shift = field * 2;
                int other = ((all >> shift) & 3) - ((own >> shift) & 3);
                if (other > 0)
                {
                    f |= 1 << field;
                }
            }

            features[i].Document = (byte)f;
        }
    }

    /// <summary>
    /// Hashes the sentence's words and what each occurrence adds to the counts; false (nothing counted) for a
    /// sentence written in capitals.
    /// </summary>
    private static bool Contributions(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, Span<uint> words, Span<ushort> own,
        bool wordsGiven = false)
    {
        int n = starts.Length;
        int letters = 0, upper = 0;
        Span<char> decoded = stackalloc char[FeatureExtractor.MaxDecodedToken];
        for (int i = 0; i < n; i++)
        {
            var token = text[starts[i]..ends[i]];
            if (!wordsGiven)
            {
                // The same word hash as the features' (FeatureExtractor.Prepare), letter references decoded.
                words[i] = FeatureHash.Word(FeatureExtractor.ReadAs(token, decoded));
            }

            own[i] = 0;
            if (token.Length > 0 && char.IsLetter(token[0]))
            {
                letters++;
                if (!HasLower(token))
                {
                    upper++;
                }
            }
        }

        if (letters >= 3 && upper * 5 >= letters * 4)
        {
            return false;
        }

        int runStart = -1;
        for (int i = 0; i <= n; i++)
        {
            bool capitalized = i < n && ends[i] > starts[i] && char.IsUpper(text[starts[i]]);
            if (capitalized)
            {
                if (runStart < 0)
                {
                    runStart = i;
                }
            }
            else if (runStart >= 0)
            {
                if (i - runStart >= 2)
                {
                    own[runStart] |= 1 << RunFirst;
                    own[i - 1] |= 1 << RunLast;
                }

                runStart = -1;
            }

            if (i == n)
            {
                break;
            }

            var token = text[starts[i]..ends[i]];
            if (token.Length == 0 || !char.IsLetter(token[0]))
            {
                continue;
            }

            if (i > 0)
            {
                var before = text[starts[i - 1]..ends[i - 1]];
                bool free = !(before.Length == 1 && (CharClass.IsQuoteMark(before[0]) || before[0] is ':' or '(' or '-' or '.'));
                if (free)
                {
                    own[i] |= (ushort)(1 << (char.IsUpper(token[0]) ? CapitalizedMid : char.IsLower(token[0]) ? LowerMid : CapitalizedMid));
                }

                if (capitalized && Array.IndexOf(Titles, FeatureHash.Exact(before)) >= 0)
                {
                    own[i] |= 1 << AfterTitle;
                }
            }
        }

        return true;
    }

    private void Add(uint word, ushort counts)
    {
        ref ushort slot = ref _counts.Entry(word);
        ushort value = slot == 0 ? (ushort)0x8000 : slot;
        for (int field = 0; field < 5; field++)
        {
            int shift = field * 2;
            int c = Math.Min(3, ((value >> shift) & 3) + ((counts >> shift) & 3));
            value = (ushort)((value & ~(3 << shift)) | (c << shift));
        }

        slot = value;
    }

    private ushort Lookup(uint word) => _counts.Count == 0 ? (ushort)0 : (ushort)(_counts.Get(word) & 0x7FFF);

    private static bool HasLower(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
