using Extractor.Pipeline;
using Extractor.Resolution;

namespace Extractor.Quotes;

/// <summary>
/// Finds direct, partial and indirect quotes and attributes each to a speaker: marks are paired per paragraph,
/// cues and speaker phrases are read beside each quote, reported clauses are found around speech cues, and speaker
/// phrases are resolved in document order against the people and organizations the document names.
/// Works from the token table alone; entity mentions, when the recognizers found any, sharpen names and types.
/// </summary>
internal sealed class QuoteExtractor
{
    private readonly QuoteLexicon _lexicon;

    public QuoteExtractor(QuoteLexicon lexicon)
    {
        _lexicon = lexicon;
    }

    public static QuoteExtractor Default { get; } = new(QuoteLexicon.Default);

    /// <param name="document">The analyzed text.</param>
    /// <param name="mentions">The resolved entity mentions, in input order.</param>
    public IReadOnlyList<Quote> Extract(AnalyzedDocument document, IReadOnlyList<EntityMention> mentions)
    {
        int count = document.Tokens.Count;
        if (count == 0)
        {
            return Array.Empty<Quote>();
        }

        var reader = PhraseReader.For(document, _lexicon);
        var segments = new List<QuoteSegment>();
        QuoteMarkPairer.Pair(reader, segments);

        var insideQuote = new bool[count];
        foreach (var segment in segments)
        {
            for (int t = segment.OpenToken; t <= Math.Min(segment.EndToken, count - 1); t++)
            {
                insideQuote[t] = true;
            }
        }

        var usedCues = new bool[count];
        var candidates = new List<QuoteCandidate>();
        DirectQuoteFinder.Find(reader, segments, candidates, usedCues);
        IndirectClaimFinder.Find(reader, insideQuote, usedCues, candidates);
        if (candidates.Count == 0)
        {
            return Array.Empty<Quote>();
        }

        // resolve speakers in reading order, so "he" sees the speakers before it
        var order = new int[candidates.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) => SpeakerPosition(candidates[x]).CompareTo(SpeakerPosition(candidates[y])));
        var referents = DocumentReferents.For(reader, mentions);
        var resolver = new SpeakerResolver(reader, referents, mentions);
        var speakers = new Speaker?[candidates.Count];
        foreach (int i in order)
        {
            var candidate = candidates[i];
            if (candidate.HasSpeaker)
            {
                speakers[i] = resolver.Resolve(candidate.Speaker);
            }
        }

        var quotes = new List<Quote>(candidates.Count);
        var text = document.Text;
        for (int i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.Dropped)
            {
                continue;
            }

            var source = candidate.SharesWith >= 0 ? candidates[candidate.SharesWith] : candidate;
            var speaker = candidate.SharesWith >= 0 ? speakers[candidate.SharesWith] : speakers[i];
            string? cue = null;
            TextSpan? cueSpan = null;
            if (source.HasCue)
            {
                int cueStart = document.Tokens.Start(source.CueStart);
                int cueEnd = document.Tokens.End(source.CueEnd - 1);
                cue = text[cueStart..cueEnd];
                cueSpan = new TextSpan(cueStart, cueEnd);
            }

            quotes.Add(new Quote(text[candidate.Start..candidate.End], new TextSpan(candidate.Start, candidate.End), candidate.Kind)
            {
                Cue = cue,
                CueSpan = cueSpan,
                Speaker = speaker,
                SentenceIndex = document.Tokens.SentenceOf(candidate.FirstToken),
            });
        }

        quotes.Sort((a, b) => a.Span.CompareTo(b.Span));
        return quotes;
    }

    private static int SpeakerPosition(QuoteCandidate candidate) => candidate.HasSpeaker ? candidate.Speaker.StartToken : candidate.FirstToken;
}
