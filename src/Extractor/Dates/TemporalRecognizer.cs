using System.Numerics;
using Extractor.Pipeline;

namespace Extractor.Dates;

/// <summary>
/// Finds temporal expressions and normalizes them to TIMEX3 values against the reference date.
/// </summary>
/// <remarks>
/// A rule engine over tokens: <see cref="TemporalTokenizer"/> looks every token up once in the lexicon; tokens with no
/// temporal category are skipped at once (the gate). At the others every rule of <c>temporal-rules.txt</c> is tried
/// (patterns have a bounded length, so the work per token is bounded and the whole pass is linear); the longest match
/// whose action accepts it becomes a mention.
/// </remarks>
internal sealed class TemporalRecognizer
{
    private const TemporalCategory Gate = ~(TemporalCategory.Capitalized | TemporalCategory.FutureCue | TemporalCategory.PastCue | TemporalCategory.NotPast | TemporalCategory.Comma);

    private readonly TemporalLexicon _lexicon;
    private readonly TemporalRule[] _rules;
    private readonly TemporalCategory[] _leading;
    private readonly bool[] _leadingLiteral;
    private readonly int _maxElements;
    private readonly TemporalCategory _startMask;
    private readonly TemporalCategory _aloneMask;

    /// <summary>Per category bit, the rules (a bit each, <see cref="_ruleWords"/> words) a match may start with a token of that category.</summary>
    private readonly ulong[] _rulesByCategory;

    /// <summary>The rules that may start with one of their literals.</summary>
    private readonly ulong[] _rulesByLeadLiteral;

    private readonly int _ruleWords;

    public TemporalRecognizer(TemporalLexicon lexicon, TemporalRuleSet rules)
    {
        _lexicon = lexicon;
        _rules = rules.Rules;
        _maxElements = rules.MaxElements;
        _leading = new TemporalCategory[_rules.Length];
        _leadingLiteral = new bool[_rules.Length];
        for (int r = 0; r < _rules.Length; r++)
        {
            // The categories a match can start with: the leading optional elements and the first required one.
            foreach (var element in _rules[r].Elements)
            {
                _leading[r] |= element.Categories;
                _leadingLiteral[r] |= element.Literals.Length > 0;
                if (!element.Optional)
                {
                    break;
                }
            }

            _startMask |= _leading[r] | (_leadingLiteral[r] ? TemporalCategory.LeadLiteral : TemporalCategory.None);

            // Categories that can make a match on their own: the one required element of a rule.
            var required = _rules[r].Elements.Where(e => !e.Optional).ToArray();
            if (required.Length == 1)
            {
                _aloneMask |= required[0].Categories;
            }
        }

        _startMask &= Gate;

        // A token's categories then give the rules worth trying at it, in rule order, without a test of every rule.
        _ruleWords = (_rules.Length + 63) / 64;
        _rulesByCategory = new ulong[64 * _ruleWords];
        _rulesByLeadLiteral = new ulong[_ruleWords];
        for (int r = 0; r < _rules.Length; r++)
        {
            ulong rule = 1UL << (r & 63);
            for (ulong leading = (ulong)_leading[r]; leading != 0; leading &= leading - 1)
            {
                _rulesByCategory[(BitOperations.TrailingZeroCount(leading) * _ruleWords) + (r >> 6)] |= rule;
            }

            if (_leadingLiteral[r])
            {
                _rulesByLeadLiteral[r >> 6] |= rule;
            }
        }
    }

    public static TemporalRecognizer Default { get; } = Create();

    /// <summary>The lexicon the tokenizer looks words up in (the benchmark times the tokenizer on its own).</summary>
    internal TemporalLexicon Lexicon => _lexicon;

    private static TemporalRecognizer Create()
    {
        var rules = TemporalRuleSet.Load();
        var lexicon = TemporalLexicon.Load(rules.Literals.Concat(["\u2019", "\u2018"]), rules.LeadingLiterals.Concat(["\u2019", "\u2018"]));
        foreach (var rule in rules.Rules)
        {
            foreach (var element in rule.Elements)
            {
                element.Bind(lexicon);
            }
        }

        return new TemporalRecognizer(lexicon, rules);
    }

    [ThreadStatic]
    private static TemporalToken[]? _tokenBuffer;

    public void Recognize(AnalyzedDocument document, List<EntityMention> output)
    {
        var table = document.Tokens;
        if (table.Count == 0)
        {
            return;
        }

        // The token buffer is per thread and reused (grown to the longest text seen, up to 2M tokens): allocating it
        // per call was half of all that ExtractEntities allocated on long texts.
        var tokens = _tokenBuffer is { } pooled && pooled.Length >= table.Count + 8 ? pooled : new TemporalToken[table.Count + 8];
        int count = TemporalTokenizer.Build(document, _lexicon, ref tokens);
        _tokenBuffer = tokens.Length <= 1 << 21 ? tokens : null;
        var span = tokens.AsSpan(0, count);
        var scratch = new MatchScratch(_rules.Length, _maxElements);

        int sentence = -1;
        int sentenceFirst = 0;
        int sentenceEnd = 0;
        int sentenceLastToken = -1;
        DateOnly? anchor = null;
        string? focusQuarter = null;
        var story = StoryAnchor.None;
        var last = (Index: -1, YearInferred: false, End: -1);
        int i = 0;
        while (i < count)
        {
            // The gate: most tokens cannot start an expression, and a word like "the" or "a" starts one only
            // when the next token is temporal too.
            var categories = span[i].Categories;
            if ((categories & _startMask) == 0
                || ((categories & _aloneMask) == 0 && (i + 1 >= count || (span[i + 1].Categories & (Gate | TemporalCategory.Comma)) == 0)))
            {
                i++;
                continue;
            }

            if (span[i].Token > sentenceLastToken)
            {
                sentence = table.SentenceOf(span[i].Token);
                int firstToken = table.SentenceStarts[sentence];
                int endToken = table.SentenceEnd(sentence);
                sentenceLastToken = endToken - 1;
                sentenceFirst = i;
                while (sentenceFirst > 0 && span[sentenceFirst - 1].Token >= firstToken)
                {
                    sentenceFirst--;
                }

                sentenceEnd = i;
                while (sentenceEnd < count && span[sentenceEnd].Token < endToken)
                {
                    sentenceEnd++;
                }

                if (sentenceEnd < count && sentenceEnd > i && sentence + 1 < table.SentenceCount && EndsWithWeekdayAbbreviation(document, span[sentenceEnd - 1])
                    && span[sentenceEnd].Is(TemporalCategory.Month | TemporalCategory.MonthAbbr | TemporalCategory.DayNum))
                {
                    // "Mon. Jul 22nd, 2024": the splitter ended a sentence at the abbreviation; the date goes on.
                    endToken = table.SentenceEnd(sentence + 1);
                    sentenceLastToken = endToken - 1;
                    while (sentenceEnd < count && span[sentenceEnd].Token < endToken)
                    {
                        sentenceEnd++;
                    }
                }

                anchor = null;
            }

            int candidates = FindCandidates(document, span, i, sentenceEnd, scratch);
            bool emitted = false;
            for (int c = 0; c < candidates && !emitted; c++)
            {
                var (rule, end, offset) = scratch.Candidates[c];
                var slots = TemporalSlots.Empty();
                var elements = _rules[rule].Elements;
                for (int e = 0; e < elements.Length; e++)
                {
                    int t = scratch.Assignments[offset + e];
                    if (t >= 0 && t < end)
                    {
                        slots.Fill(elements[e].MatchedCategory(span[t]), span[t], t, document.Text.AsSpan(span[t].Start, span[t].End - span[t].Start));
                    }
                }

                var context = new TemporalContext(document, span, i, end, sentenceFirst, sentenceEnd, anchor, focusQuarter, story);
                if (!TryNormalize(_rules[rule], ref slots, ref context, out var type, out string value, out string? modifier))
                {
                    continue;
                }

                bool yearInferred = slots.Year == TemporalSlots.Unset && (slots.Month != TemporalSlots.Unset || slots.Season is not null) && slots.Rel == TemporalSlots.Unset;
                if (last.Index >= 0 && last.YearInferred && slots.Year != TemporalSlots.Unset && IsRangeGap(document, span, last.End, i) && output[last.Index].Value is { Length: >= 4 } previous)
                {
                    // "late January-early February 2022": the first part takes the year of the second.
                    var m = output[last.Index];
                    m.Value = TimexValues.Year(slots.Year) + previous[4..];
                    output[last.Index] = m;
                }

                output.Add(new EntityMention(span[i].Token, span[end - 1].Token + 1, span[i].Start, span[end - 1].End, type, EntityOrigin.Rule, 0.95f)
                {
                    Value = value,
                    Modifier = modifier,
                });
                last = (output.Count - 1, yearInferred, end);
                if (type is EntityType.Date or EntityType.Time)
                {
                    story.Observe(value);
                }

                if (type == EntityType.Date && TimexValues.TryParseDay(value, out var day))
                {
                    anchor = day;
                }

                if (value.Length == 7 && value[5] == 'Q' && char.IsAsciiDigit(value[0]) && slots.Ordinal != TemporalSlots.Unset
                    && !(context.Direction > 0 && Unreported(value, document.ReferenceDate)) && (slots.Hyphen || !Indefinite(document, span, i, sentenceFirst)))
                {
                    focusQuarter = value;
                }

                i = end;
                emitted = true;
            }

            if (!emitted)
            {
                i++;
            }
        }
    }

    /// <summary>Normalizes a match; calendar arithmetic that leaves the representable range (a reference date near
    /// year 1 or 9999) rejects the match instead of throwing.</summary>
    private static bool TryNormalize(TemporalRule rule, ref TemporalSlots slots, ref TemporalContext context, out EntityType type, out string value, out string? modifier)
    {
        try
        {
            return TemporalNormalizer.TryNormalize(rule, ref slots, ref context, out type, out value, out modifier);
        }
        catch (ArgumentOutOfRangeException)
        {
            type = rule.Type;
            value = string.Empty;
            modifier = null;
            return false;
        }
    }

    private static bool IsRangeGap(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int previousEnd, int next)
    {
        if (next - previousEnd != 1)
        {
            return false;
        }

        var gap = tokens[previousEnd];
        var text = document.Text.AsSpan(gap.Start, gap.End - gap.Start);
        return gap.Is(TemporalCategory.Hyphen) || text is "to" or "through" or "and" or "until" or "till" or "or" or "/";
    }

    /// <summary>Matches every rule that can start at <paramref name="start"/>; returns how many matched, longest first.</summary>
    private int FindCandidates(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int start, int limit, MatchScratch scratch)
    {
        int found = 0;
        var token = tokens[start];
        for (int w = 0; w < _ruleWords; w++)
        {
            // the rules whose leading categories the token has, or whose literal it may be
            ulong rules = token.Is(TemporalCategory.LeadLiteral) ? _rulesByLeadLiteral[w] : 0;
            for (ulong categories = (ulong)token.Categories; categories != 0; categories &= categories - 1)
            {
                rules |= _rulesByCategory[(BitOperations.TrailingZeroCount(categories) * _ruleWords) + w];
            }

            for (; rules != 0; rules &= rules - 1)
            {
                int r = (w << 6) + BitOperations.TrailingZeroCount(rules);
                int offset = r * _maxElements;
                scratch.BestEnd = -1;
                Match(document, tokens, _rules[r].Elements, 0, start, start, limit, scratch, offset);
                if (scratch.BestEnd > start)
                {
                    Array.Copy(scratch.Best, 0, scratch.Assignments, offset, _maxElements);
                    scratch.Candidates[found++] = (r, scratch.BestEnd, offset);
                }
            }
        }

        // Longest first; among equals the earlier rule (insertion sort: a handful of candidates).
        for (int a = 1; a < found; a++)
        {
            var item = scratch.Candidates[a];
            int b = a - 1;
            while (b >= 0 && (scratch.Candidates[b].End < item.End || (scratch.Candidates[b].End == item.End && scratch.Candidates[b].Rule > item.Rule)))
            {
                scratch.Candidates[b + 1] = scratch.Candidates[b];
                b--;
            }

            scratch.Candidates[b + 1] = item;
        }

        return found;
    }

    private static void Match(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, PatternElement[] elements, int e, int t, int start, int limit, MatchScratch scratch, int offset)
    {
        if (e == elements.Length)
        {
            // The match must begin at the start token, and a trailing comma or hyphen is not part of it.
            if (t == start || scratch.Current[FirstAssigned(scratch.Current, e)] != start)
            {
                return;
            }

            int end = t;
            while (end > start && (tokens[end - 1].Is(TemporalCategory.Comma | TemporalCategory.Hyphen)
                || document.Text.AsSpan(tokens[end - 1].Start, tokens[end - 1].End - tokens[end - 1].Start).Equals("of", StringComparison.OrdinalIgnoreCase)))
            {
                end--;
            }

            if (end > scratch.BestEnd)
            {
                scratch.BestEnd = end;
                Array.Copy(scratch.Current, scratch.Best, e);
                for (int k = e; k < scratch.Best.Length; k++)
                {
                    scratch.Best[k] = -1;
                }
            }

            return;
        }

        var element = elements[e];
        if (t < limit && element.Matches(tokens[t]))
        {
            scratch.Current[e] = t;
            Match(document, tokens, elements, e + 1, t + 1, start, limit, scratch, offset);
        }

        if (element.Optional)
        {
            scratch.Current[e] = -1;
            Match(document, tokens, elements, e + 1, t, start, limit, scratch, offset);
        }
    }

    private static int FirstAssigned(int[] current, int count)
    {
        for (int k = 0; k < count; k++)
        {
            if (current[k] >= 0)
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>Whether quarter <paramref name="value"/> ("1989-Q4") has not ended by the reference date: a results
    /// story is about reported quarters, and a forecast ("will result in a fourth-quarter charge") does not change its
    /// subject (a fiscal quarter reported in the past tense does).</summary>
    private static bool Unreported(string value, DateOnly? reference)
    {
        if (reference is not { } r || !int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year))
        {
            return false;
        }

        int lastCompleted = (r.Year * 4) + TimexValues.QuarterOf(r.Month) - 2;
        return (year * 4) + (value[6] - '1') > lastCompleted;
    }

    /// <summary>"after a flat second quarter": a quarter named in passing with "a" is not the one the story
    /// reports on.</summary>
    private static bool Indefinite(AnalyzedDocument document, ReadOnlySpan<TemporalToken> tokens, int first, int sentenceFirst)
    {
        for (int k = first - 1; k >= Math.Max(sentenceFirst, first - 2); k--)
        {
            var word = document.Text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start);
            if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithWeekdayAbbreviation(AnalyzedDocument document, in TemporalToken token) =>
        token.Is(TemporalCategory.WeekdayAbbr) && token.End > token.Start && document.Text[token.End - 1] == '.';
}
