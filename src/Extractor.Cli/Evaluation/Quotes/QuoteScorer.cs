using Extractor.Quotes;

namespace Extractor.Cli.Evaluation.Quotes;

/// <summary>
/// Scores predicted quotes against annotated attributions.
/// Direct quotes: gold contents that start and end with a quotation mark; a prediction of kind Direct matches a gold
/// quote when they overlap by at least half of the shorter span (several predictions may match one gold quote that
/// an attribution interrupts: “Q1,” she said, “Q2.” is one annotated content). Speakers are scored on matched quotes:
/// right when the predicted speaker mention overlaps the gold source, or when the gold source is a pronoun and the
/// predicted speaker resolves to the name of the nearest preceding named gold source (the pronoun's referent).
/// Indirect claims: gold attributions whose cue holds a speech word of the lexicon and whose content is not quoted.
/// </summary>
internal static class QuoteScorer
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "him", "her", "them", "his", "hers", "their", "you",
    };

    public static void Score(AttributionDocument document, IReadOnlyList<Quote> predicted, QuoteScores scores, bool collectErrors)
    {
        string text = document.Text;
        var directGold = new List<GoldAttribution>();
        var indirectGold = new List<GoldAttribution>();
        foreach (var attribution in document.Attributions)
        {
            var span = Trim(text, attribution.ContentSpan);
            if (span.IsEmpty)
            {
                continue;
            }

            if (StartsAtMark(text, span) && EndsAtMark(text, span))
            {
                directGold.Add(attribution);
            }
            else if (HasSpeechCue(text, attribution.Cue))
            {
                indirectGold.Add(attribution);
            }
        }

        var direct = predicted.Where(q => q.Kind == QuoteKind.Direct).ToList();
        var indirect = predicted.Where(q => q.Kind == QuoteKind.Indirect).ToList();
        scores.Documents++;
        scores.DirectGold += directGold.Count;
        scores.DirectPredicted += direct.Count;
        scores.IndirectGold += indirectGold.Count;
        scores.IndirectPredicted += indirect.Count;

        foreach (var quote in direct)
        {
            if (directGold.Any(g => Matches(g.ContentSpan, quote.Span)))
            {
                scores.DirectPredictedCorrect++;
            }
            else if (collectErrors)
            {
                string where = WhereInGold(document, directGold, quote.Span);
                scores.Errors.Add($"{document.Name}\tFP-direct\t{where}\tspeaker={quote.Speaker?.Text ?? "-"}\tcue={quote.Cue ?? "-"}\t{Context(text, quote.Span, 300)}");
            }
        }

        foreach (var gold in directGold)
        {
            Quote? best = null;
            int bestOverlap = 0;
            foreach (var quote in direct)
            {
                int overlap = Overlap(gold.ContentSpan, quote.Span);
                if (Matches(gold.ContentSpan, quote.Span) && overlap > bestOverlap)
                {
                    best = quote;
                    bestOverlap = overlap;
                }
            }

            if (best is null)
            {
                if (collectErrors)
                {
                    var near = predicted.FirstOrDefault(q => Overlap(gold.ContentSpan, q.Span) > 0);
                    string found = near is null ? "none" : near.Kind == QuoteKind.Direct ? "direct-short" : near.Kind.ToString().ToLowerInvariant();
                    scores.Errors.Add($"{document.Name}\tFN-direct\t{found}\tcue={near?.Cue ?? "-"}\t{Context(text, gold.ContentSpan)}");
                }

                continue;
            }

            scores.DirectGoldFound++;
            if (gold.Source.Length == 0)
            {
                continue;
            }

            scores.SpeakerTotal++;
            bool overlaps = best.Speaker is not null && gold.Source.Any(s => s.OverlapsWith(best.Speaker.Span));
            if (overlaps && PronounReferent(document, gold) is { } named)
            {
                // how pronoun speakers resolve, which mention overlap does not see: against the nearest named gold source before
                bool she = gold.Source[0].GetText(text).Trim().Equals("she", StringComparison.OrdinalIgnoreCase);
                bool agrees = SameName(best.Speaker!.Canonical, named);
                if (she)
                {
                    scores.SheTotal++;
                    scores.SheAgree += agrees ? 1 : 0;
                }
                else if (gold.Source[0].GetText(text).Trim().Equals("he", StringComparison.OrdinalIgnoreCase))
                {
                    scores.HeTotal++;
                    scores.HeAgree += agrees ? 1 : 0;
                }
            }

            if (overlaps)
            {
                scores.SpeakerOverlap++;
                scores.SpeakerCorrect++;
            }
            else if (best.Speaker is not null && PronounReferent(document, gold) is { } referent && SameName(best.Speaker.Canonical, referent))
            {
                scores.SpeakerCorrect++;
            }
            else if (collectErrors)
            {
                string source = string.Join(" … ", gold.Source.Select(s => s.GetText(text)));
                scores.Errors.Add($"{document.Name}\tSPEAKER\tgold={source}\tpredicted={best.Speaker?.Text ?? "-"} -> {best.Speaker?.Canonical ?? "-"}\t{Context(text, best.Span, 400)}");
            }
        }

        foreach (var quote in indirect)
        {
            if (indirectGold.Any(g => Matches(g.ContentSpan, quote.Span)))
            {
                scores.IndirectPredictedCorrect++;
            }
            else if (collectErrors)
            {
                scores.Errors.Add($"{document.Name}\tFP-indirect\t{quote.Cue}\t{Clip(quote.Text)}");
            }
        }

        foreach (var gold in indirectGold)
        {
            if (indirect.Any(q => Matches(gold.ContentSpan, q.Span)))
            {
                scores.IndirectGoldFound++;
            }
            else if (collectErrors)
            {
                string cue = string.Join(" ", gold.Cue.Select(c => c.GetText(text)));
                scores.Errors.Add($"{document.Name}\tFN-indirect\t{cue}\t{Context(text, new TextSpan(Math.Min(gold.ContentSpan.Start, gold.Cue.Length > 0 ? gold.Cue[0].Start : int.MaxValue), Math.Max(gold.ContentSpan.End, gold.Cue.Length > 0 ? gold.Cue[^1].End : 0)))}");
            }
        }
    }

    /// <summary>
    /// For a false direct quote: whether it overlaps a gold direct quote, lies in another gold content (PolNeAR folds
    /// quotes into longer contents; the start and end of that content are shown), or in none.
    /// </summary>
    private static string WhereInGold(AttributionDocument document, List<GoldAttribution> directGold, TextSpan span)
    {
        string text = document.Text;
        if (directGold.Any(g => Overlap(g.ContentSpan, span) > 0))
        {
            return "in-direct-gold";
        }

        if (document.Attributions.FirstOrDefault(g => Overlap(g.ContentSpan, span) > 0) is not { } other)
        {
            return "no-gold";
        }

        var content = Trim(text, other.ContentSpan);
        return "in-other-gold: " + Clip(content.GetText(text), 100) + " … " + Clip(text[Math.Max(content.Start, content.End - 40)..content.End], 60);
    }

    /// <summary>Whether two spans overlap by at least half of the shorter one.</summary>
    public static bool Matches(TextSpan gold, TextSpan predicted)
    {
        int shorter = Math.Min(gold.Length, predicted.Length);
        return shorter > 0 && Overlap(gold, predicted) * 2 >= shorter;
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    /// <summary>For a gold pronoun source, the nearest named gold source before it; null when the source is no pronoun.</summary>
    private static string? PronounReferent(AttributionDocument document, GoldAttribution gold)
    {
        string text = document.Text;
        string source = string.Join(" ", gold.Source.Select(s => s.GetText(text))).Trim();
        if (!Pronouns.Contains(source))
        {
            return null;
        }

        int at = gold.Source[0].Start;
        GoldAttribution? nearest = null;
        foreach (var other in document.Attributions)
        {
            if (other.Source.Length == 0 || other.Source[0].Start >= at)
            {
                continue;
            }

            string name = string.Join(" ", other.Source.Select(s => s.GetText(text)));
            if (!name.Any(char.IsUpper) || Pronouns.Contains(name.Trim()))
            {
                continue;
            }

            if (nearest is null || other.Source[0].Start > nearest.Source[0].Start)
            {
                nearest = other;
            }
        }

        return nearest is null ? null : string.Join(" ", nearest.Source.Select(s => s.GetText(text)));
    }

    /// <summary>Whether a canonical name and a gold source name share a capitalized word ("Jens Stoltenberg" ~ "Stoltenberg").</summary>
    private static bool SameName(string canonical, string gold)
    {
        var words = gold.Split([' ', ',', '.', '’', '\''], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1 && char.IsUpper(w[0])).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length > 1 && char.IsUpper(w[0]) && words.Contains(w));
    }

    private static bool HasSpeechCue(string text, TextSpan[] cue)
    {
        var lexicon = QuoteLexicon.Default;
        foreach (var piece in cue)
        {
            int i = piece.Start;
            while (i < piece.End)
            {
                while (i < piece.End && !char.IsLetter(text[i]))
                {
                    i++;
                }

                int start = i;
                while (i < piece.End && char.IsLetter(text[i]))
                {
                    i++;
                }

                if (i > start && (lexicon.Cue(text.AsSpan(start, i - start)) & (CueTags.Speech | CueTags.According)) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start;
        int end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>
    /// Whether a gold content starts at a quotation mark: its first character, or the mark right before it that the
    /// annotator left out (“Sheldon and I … support.” is annotated without its opening mark but is a direct quote all the same).
    /// </summary>
    private static bool StartsAtMark(string text, TextSpan span) =>
        IsQuoteMark(text[span.Start]) || (span.Start > 0 && IsQuoteMark(text[span.Start - 1]) && (span.Start == 1 || !char.IsLetterOrDigit(text[span.Start - 2])))
        || AfterTranscriptLabel(text, span.Start);

    /// <summary>
    /// Whether a content starts right after a transcript label inside an opening mark ("WALLACE: Let’s start …"): the
    /// annotator took the label as the source, so the mark before it opens the quote.
    /// </summary>
    private static bool AfterTranscriptLabel(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        if (i < 1 || text[i] != ':')
        {
            return false;
        }

        int labelEnd = i;
        i--;
        while (i >= 0 && (char.IsUpper(text[i]) || text[i] is ' ' or '.' or '\'' or '-'))
        {
            i--;
        }

        int letters = 0;
        for (int k = i + 1; k < labelEnd; k++)
        {
            letters += char.IsLetter(text[k]) ? 1 : 0;
        }

        return i >= 0 && letters >= 2 && IsQuoteMark(text[i]) && (i == 0 || text[i - 1] == '\n');
    }

    /// <summary>Whether a gold content ends at a quotation mark: its last character, or the mark right after it (after a final stop or comma).</summary>
    private static bool EndsAtMark(string text, TextSpan span)
    {
        if (IsQuoteMark(text[span.End - 1]))
        {
            return true;
        }

        int next = span.End;
        if (next < text.Length && text[next] is '.' or ',' or '?' or '!')
        {
            next++;
        }

        if (next < text.Length && IsQuoteMark(text[next]) && (next + 1 == text.Length || !char.IsLetterOrDigit(text[next + 1])))
        {
            return true;
        }

        // a quote over several paragraphs leaves each paragraph open and opens the next one with a mark
        int after = span.End;
        bool newline = false;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            newline |= text[after] == '\n';
            after++;
        }

        return newline && after < text.Length && IsQuoteMark(text[after]);
    }

    private static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\'';

    private static string Context(string text, TextSpan span, int max = 400)
    {
        int before = Math.Max(0, span.Start - 60);
        int after = Math.Min(text.Length, span.End + 60);
        string inner = span.Length > 200 ? span.GetText(text)[..100] + " … " + span.GetText(text)[^80..] : span.GetText(text);
        return Clip(text[before..span.Start] + "[[" + inner + "]]" + text[span.End..after], max);
    }

    private static string Clip(string s, int max = 160)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : s[..max] + "…";
    }
}
