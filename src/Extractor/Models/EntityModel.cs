using System.Numerics;
using Extractor.Pipeline;
using Extractor.Text;

namespace Extractor.Models;

/// <summary>
/// The trained statistical entity recognizer: a structured averaged-perceptron BILOU tagger over hashed features with
/// first-order class transitions, decoded per sentence by Viterbi search under the BILOU rules.
/// </summary>
/// <remarks>Immutable after loading; one instance serves all threads (decoding buffers are per thread).</remarks>
internal sealed class EntityModel
{
    /// <summary>Logical name of the embedded default model.</summary>
    public const string DefaultResourceName = "Extractor.Resources.ner-ontonotes.bin";

    /// <summary>
    /// Mention score from which a lone lower-case word in a title-case line is still reported as a name: the score from
    /// which the merge also calls a model name strong (<see cref="Entities.MentionMerger.StrongModelScore"/>). At 0.5 the
    /// averaged model of three perceptrons kept the heading's "May" in "You May Also Like" after "Theresa May" (0.55).
    /// </summary>
    public const float ConfidentScore = 0.6f;

    /// <summary>Score from which a name of a type the product does not report holds its characters in the merge.</summary>
    public const float UnreportedNameScore = 0.6f;

    private static readonly Lazy<EntityModel?> Default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly int _classCount;
    private readonly EntityType?[] _typeMap;
    private readonly float[] _paddedTransitions;
    private readonly float[] _transitionBounds;

    public EntityModel(string[] typeNames, EntityType?[] typeMap, SparseWeights weights, float[] transitions, float scale, float temperature,
        PhraseLexicon lexicon, WordCaseProfile caseProfile, IReadOnlyList<KeyValuePair<string, string>> metadata)
    {
        CaseProfile = caseProfile;
        if (transitions.Length != (BilouTags.ClassCount(typeNames.Length) + 1) * BilouTags.ClassCount(typeNames.Length))
        {
            throw new InvalidDataException("The entity model's transition table does not match its classes.");
        }

        Transitions = transitions;
        _paddedTransitions = ViterbiDecoder.Pad(transitions, BilouTags.ClassCount(typeNames.Length));
        _transitionBounds = ViterbiDecoder.Bounds(_paddedTransitions, BilouTags.ClassCount(typeNames.Length));
        TypeNames = typeNames;
        _typeMap = typeMap;
        Weights = weights;
        Scale = scale;
        Temperature = temperature;
        Lexicon = lexicon;
        Metadata = metadata;
        _classCount = BilouTags.ClassCount(typeNames.Length);
    }

    /// <summary>Model entity type names (e.g. PERSON, GPE), in class order.</summary>
    public IReadOnlyList<string> TypeNames { get; }

    /// <summary>The public type each model type is reported as; null for types the product does not output.</summary>
    public IReadOnlyList<EntityType?> TypeMap => _typeMap;

    public SparseWeights Weights { get; }

    /// <summary>Transition scores: row 0 from the sentence start, row p + 1 from class p; one column per class.</summary>
    public float[] Transitions { get; }

    /// <summary>Multiplier from stored 16-bit weights to perceptron scores.</summary>
    public float Scale { get; }

    /// <summary>Multiplier from perceptron scores to softmax logits, calibrated on development data.</summary>
    public float Temperature { get; }

    public PhraseLexicon Lexicon { get; }

    /// <summary>Usual case of words in running text.</summary>
    public WordCaseProfile CaseProfile { get; }

    /// <summary>Training data, date, feature set, evaluation figures, as written by the trainer.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; }

    public int ClassCount => _classCount;

    /// <summary>A one-line description: name, version, training data, figures.</summary>
    public string Description => string.Join("; ", Metadata.Where(p => p.Key is "name" or "data" or "trained" or "evaluation")
        .Select(p => p.Key == "name" ? p.Value : $"{p.Key}: {p.Value}"));

    /// <summary>Loads the model embedded in the assembly, once per process; null when the assembly carries none.</summary>
    public static EntityModel? LoadDefault() => Default.Value;

    /// <summary>Reads a model from <paramref name="stream"/>.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a model this version can read.</exception>
    public static EntityModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return EntityModelFormat.Read(stream);
    }

    public void Save(Stream stream) => EntityModelFormat.Write(stream, this);

    /// <summary>
    /// Appends the model's mentions in <paramref name="document"/> to <paramref name="output"/>, and, when
    /// <paramref name="unreported"/> is given, the names it is confident of whose type the product does not report.
    /// </summary>
    public void Recognize(AnalyzedDocument document, List<EntityMention> output, List<EntityMention>? unreported = null) =>
        Recognize(document.Text, document.Tokens, output, unreported);

    /// <summary>
    /// Appends mentions for an already tokenized text: one decoding pass per sentence of <paramref name="tokens"/>.
    /// Evaluation uses this entry point to feed gold tokens. <paramref name="unreported"/>, when given, receives the
    /// capitalized names of types the product does not report (laws, events, works, products: "the North Atlantic
    /// Treaty") that the model scores at least <see cref="UnreportedNameScore"/>, as <see cref="EntityType.Miscellaneous"/>:
    /// the merge lets them hold their characters so that no place is read inside them.
    /// </summary>
    public void Recognize(string text, TokenTable tokens, List<EntityMention> output, List<EntityMention>? unreported = null)
    {
        var scratch = DecodeScratch.Current;
        int firstMention = output.Count;
        List<int>? suppressed = null;
        var starts = tokens.Starts;
        var ends = tokens.Ends;
        var document = DocumentContext.Current;
        document.Clear();
        var history = PredictionHistory.Current;
        history.Clear();
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            int first = tokens.SentenceStarts[s];
            int n = tokens.SentenceEnd(s) - first;
            document.AddSentence(text, starts.Slice(first, n), ends.Slice(first, n));
        }

        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            int first = tokens.SentenceStarts[s];
            int end = tokens.SentenceEnd(s);
            int n = end - first;
            if (n == 0)
            {
                continue;
            }

            Decode(text, starts.Slice(first, n), ends.Slice(first, n), scratch, document, history);
            EmitMentions(text, scratch.Classes.AsSpan(0, n), scratch.Probabilities.AsSpan(0, n), first, starts, ends, output, unreported, scratch.Features.AsSpan(0, n), ref suppressed);
        }

        PropagateSurnames(text, tokens, output, firstMention, suppressed, scratch);
    }

    /// <summary>
    /// Document consistency: once "Jens Stoltenberg" is found, a later bare "Stoltenberg" the model left untagged (or
    /// tagged as something else with less confidence) is the same person. Score: the lower of the two confidences.
    /// </summary>
    private static void PropagateSurnames(string text, TokenTable tokens, List<EntityMention> output, int firstMention, List<int>? suppressed,
        DecodeScratch scratch)
    {
        Internal.SpanDictionary<float>? surnames = null;
        for (int m = firstMention; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.Type == EntityType.Person && mention.EndToken - mention.StartToken >= 2)
            {
                int last = mention.EndToken - 1;
                var surname = text.AsSpan(tokens.Start(last), tokens.End(last) - tokens.Start(last));
                if (surname.Length >= 2 && char.IsUpper(surname[0]))
                {
                    surnames ??= new Internal.SpanDictionary<float>();
                    if (!surnames.TryGetValue(surname, out float known) || known < mention.Score)
                    {
                        surnames.Set(surname.ToString(), mention.Score);
                    }
                }
            }
        }

        if (surnames is null)
        {
            return;
        }

        // Retype single-token mentions that are known surnames.
        var covered = scratch.Covered(tokens.Count);
        foreach (int t in suppressed ?? [])
        {
            covered[t] = true;
        }
        for (int m = firstMention; m < output.Count; m++)
        {
            var mention = output[m];
            if (mention.EndToken - mention.StartToken == 1 && mention.Type != EntityType.Person
                && surnames.TryGetValue(text.AsSpan(mention.Start, mention.Length), out float score) && score > mention.Score)
            {
                mention.Type = EntityType.Person;
                mention.Score = Math.Min(score, 0.9f);
                output[m] = mention;
            }

            for (int t = mention.StartToken; t < mention.EndToken; t++)
            {
                covered[t] = true;
            }
        }

        int count = output.Count;
        for (int t = 0; t < tokens.Count; t++)
        {
            if (covered[t])
            {
                continue;
            }

            var word = text.AsSpan(tokens.Start(t), tokens.End(t) - tokens.Start(t));
            if (word.Length >= 2 && char.IsUpper(word[0]) && surnames.TryGetValue(word, out float score))
            {
                output.Add(new EntityMention(t, t + 1, tokens.Start(t), tokens.End(t), EntityType.Person, EntityOrigin.Model, Math.Min(score, 0.75f)));
            }
        }

        if (output.Count > count)
        {
            output.Sort(firstMention, output.Count - firstMention, Comparer<EntityMention>.Create(static (a, b) => a.Start.CompareTo(b.Start)));
        }
    }

    /// <summary>
    /// Decodes one sentence into classes and per-token probabilities (in the scratch buffers). With
    /// <paramref name="history"/>, the sentence reads how earlier sentences of its document were labelled and then adds
    /// its own labels: the sentences of a document must be decoded in order.
    /// </summary>
    public void Decode(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, DecodeScratch scratch, DocumentContext? document = null,
        PredictionHistory? history = null)
    {
        int n = starts.Length;
        int classCount = _classCount;
        bool caps = ComputeEmissions(text, starts, ends, scratch, document, history);
        var emissions = scratch.Emissions.AsSpan(0, n * classCount);
        DecodeClasses(n, emissions, scratch);
        history?.Record(scratch.Features.AsSpan(0, n), scratch.Classes.AsSpan(0, n), caps);
    }

    /// <summary>
    /// Hashes the sentence's features and sums their weights into per-token class scores (scratch.Emissions); returns
    /// whether the sentence is written in capitals.
    /// </summary>
    public bool ComputeEmissions(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, DecodeScratch scratch, DocumentContext? document = null,
        PredictionHistory? history = null)
    {
        int n = starts.Length;
        int classCount = _classCount;
        scratch.EnsureTokens(n, classCount);
        var features = scratch.Features.AsSpan(0, n);
        var prepared = scratch.UseWordCache ? scratch.PreparedWords ??= new PreparedWordCache() : null;
        bool caps = FeatureExtractor.Prepare(text, starts, ends, Lexicon, CaseProfile, features, scratch.Words, scratch.Lexicon, document, prepared);
        if (history is { Count: > 0 })
        {
            history.Annotate(features, caps);
        }
        var keys = scratch.Keys.AsSpan();
        var rows = scratch.Rows.AsSpan();
        var keyEnds = scratch.KeyEnds.AsSpan();
        var weights = Weights;
        var scores = scratch.Scores.AsSpan(0, weights.ScoreLength);
        var dense = scratch.DenseRows.AsSpan();
        var emissions = scratch.Emissions.AsSpan(0, n * classCount);
        float scale = Scale;

        if (scratch.UseWordCache)
        {
            ComputeCachedEmissions(text, starts, ends, scratch, caps);
            return caps;
        }

        // In blocks of tokens: all feature keys first, then all table probes (independent loads the processor can
        // overlap), then the sums. Probing feature by feature would wait on one cache miss at a time.
        for (int blockStart = 0; blockStart < n; blockStart += DecodeScratch.BlockTokens)
        {
            int blockEnd = Math.Min(n, blockStart + DecodeScratch.BlockTokens);
            int total = 0;
            for (int i = blockStart; i < blockEnd; i++)
            {
                total += FeatureExtractor.Static(features, i, caps, keys[total..]);
                keyEnds[i - blockStart] = total;
            }

            weights.Resolve(keys[..total], rows);
            int k = 0;
            for (int i = blockStart; i < blockEnd; i++)
            {
                scores.Clear();
                int end = keyEnds[i - blockStart];
                weights.AddRows(rows[k..end], scores, dense);
                k = end;

                ScaleInto(scores, emissions.Slice(i * classCount, classCount), scale);
            }
        }

        return caps;
    }

    /// <summary>
    /// <see cref="ComputeEmissions"/> with the word-local features summed once per distinct word (the thread's
    /// <see cref="WordScoreCache"/>): per token, the cached vector of its word, the cached weight rows of its neighbours'
    /// word features and the probed contextual features (each token's keys probed in one batch, the batches of a block
    /// of tokens back to back). Integer sums in another order, so the scores are exactly those of the plain path.
    /// </summary>
    private void ComputeCachedEmissions(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, DecodeScratch scratch, bool caps)
    {
        int n = starts.Length;
        int classCount = _classCount;
        const int reach = FeatureExtractor.WordLocalReach;
        var features = scratch.Features.AsSpan(0, n);
        var keys = scratch.Keys.AsSpan();
        var rows = scratch.Rows.AsSpan();
        var keyEnds = scratch.KeyEnds.AsSpan();
        var weights = Weights;
        var emissions = scratch.Emissions.AsSpan(0, n * classCount);
        float scale = Scale;
        var cache = scratch.WordCache ??= new WordScoreCache();
        var entries = scratch.Entries.AsSpan(0, n);
        cache.Lookup(this, text, starts, ends, features, caps, entries, keys, rows);
        int stride = cache.Stride;
        var vectors = cache.Vectors;
        var scores = scratch.Scores.AsSpan(0, stride);
        var dense = scratch.DenseRows.AsSpan();
        Span<int> probeStarts = stackalloc int[DecodeScratch.BlockTokens];
        for (int blockStart = 0; blockStart < n; blockStart += DecodeScratch.BlockTokens)
        {
            int blockEnd = Math.Min(n, blockStart + DecodeScratch.BlockTokens);
            int total = 0;
            for (int i = blockStart; i < blockEnd; i++)
            {
                // The rows of cached neighbours' features come from the cache; the other keys are probed below.
                for (int d = -reach; d <= reach; d++)
                {
                    int p = i + d;
                    if (d != 0 && (uint)p < (uint)n && entries[p] != WordScoreCache.Uncached)
                    {
                        // One or two rows: copied here, as a call to the block copy would cost more than the copy.
                        var cached = cache.NeighbourRows(entries[p], d);
                        var target = rows.Slice(total, cached.Length);
                        for (int c = 0; c < cached.Length; c++)
                        {
                            target[c] = cached[c];
                        }

                        total += cached.Length;
                    }
                }

                probeStarts[i - blockStart] = total;
                total += FeatureExtractor.Contextual(features, i, caps, keys[total..]);
                for (int d = -reach; d <= reach; d++)
                {
                    int p = i + d;
                    if (d != 0)
                    {
                        if ((uint)p >= (uint)n)
                        {
                            total += FeatureExtractor.WordLocal(FeatureExtractor.Outside(d), caps, d, keys[total..]);
                        }
                        else if (entries[p] == WordScoreCache.Uncached)
                        {
                            total += FeatureExtractor.WordLocal(features[p], caps, d, keys[total..]);
                        }
                    }
                    else if (entries[i] == WordScoreCache.Uncached)
                    {
                        total += FeatureExtractor.WordLocal(features[i], caps, 0, keys[total..]);
                    }
                }

                keyEnds[i - blockStart] = total;
            }

            for (int i = blockStart; i < blockEnd; i++)
            {
                int from = probeStarts[i - blockStart];
                int to = keyEnds[i - blockStart];
                weights.Resolve(keys[from..to], rows[from..to]);
            }

            int k = 0;
            for (int i = blockStart; i < blockEnd; i++)
            {
                vectors.Slice(entries[i] * stride, stride).CopyTo(scores);
                int end = keyEnds[i - blockStart];
                weights.AddRows(rows[k..end], scores, dense);
                k = end;
                ScaleInto(scores, emissions.Slice(i * classCount, classCount), scale);
            }
        }
    }

    /// <summary>Each integer score times <paramref name="scale"/>, a vector at a time (the same conversion and product per element).</summary>
    private static void ScaleInto(ReadOnlySpan<int> scores, Span<float> row, float scale)
    {
        int c = 0;
        if (Vector.IsHardwareAccelerated)
        {
            int lanes = Vector<int>.Count;
            var factor = new Vector<float>(scale);
            for (; c + lanes <= row.Length; c += lanes)
            {
                (Vector.ConvertToSingle(new Vector<int>(scores.Slice(c, lanes))) * factor).CopyTo(row.Slice(c, lanes));
            }
        }

        for (; c < row.Length; c++)
        {
            row[c] = scores[c] * scale;
        }
    }

    /// <summary>Viterbi search over the emissions, then per-token confidences when the sentence has an entity.</summary>
    private void DecodeClasses(int n, ReadOnlySpan<float> emissions, DecodeScratch scratch)
    {
        int classCount = _classCount;
        var classes = scratch.Classes.AsSpan(0, n);
        var forward = scratch.Forward.AsSpan(0, n * ViterbiDecoder.Stride(classCount));
        ViterbiDecoder.Decode(emissions, n, classCount, classCount, _paddedTransitions, scratch.Delta, scratch.Back, classes, forward, _transitionBounds);
        var probabilities = scratch.Probabilities;
        int firstEntity = classes.IndexOfAnyExcept(BilouTags.Outside);
        if (firstEntity < 0)
        {
            probabilities.AsSpan(0, n).Fill(1f);
            return;
        }

        // Only the tokens of entities read their max-marginals: the backward pass stops at the first one.
        ViterbiDecoder.MaxMarginals(emissions, n, classCount, classCount, _paddedTransitions, forward, scratch.Delta, _transitionBounds, firstEntity);
        int stride = ViterbiDecoder.Stride(classCount);
        for (int i = 0; i < n; i++)
        {
            int best = classes[i];
            probabilities[i] = best == BilouTags.Outside ? 1f : Confidence(forward.Slice(i * stride, classCount), best);
        }
    }

    /// <summary>
    /// How sure the model is of a token's class: a softmax over the scores of the best whole-sentence sequences that
    /// give the token each class, so the alternatives are judged in context and not one token at a time.
    /// </summary>
    private float Confidence(ReadOnlySpan<float> maxMarginals, int best)
    {
        float top = maxMarginals[best];
        double sum = 0;
        foreach (float m in maxMarginals)
        {
            if (m > float.NegativeInfinity)
            {
                sum += Math.Exp((m - top) * Temperature);
            }
        }

        return sum > 0 ? (float)Math.Min(1.0, 1.0 / sum) : 1f;
    }

    /// <summary>
    /// Turns BILOU classes into mentions of the public types. Two corrections on the way: a trailing possessive is not
    /// part of a name of three or more tokens ("the Ukrainian Defense Ministry's"; OntoNotes keeps it in store names such
    /// as "McDonald 's"), and a name with no Latin letter (a Cyrillic menu item on an English page) is not reported.
    /// </summary>
    private void EmitMentions(string text, ReadOnlySpan<int> classes, ReadOnlySpan<float> probabilities, int offset, ReadOnlySpan<int> starts,
        ReadOnlySpan<int> ends, List<EntityMention> output, List<EntityMention>? unreported, ReadOnlySpan<TokenFeatures> features, ref List<int>? suppressed)
    {
        bool titleCase = IsTitleCase(text, features, starts[offset..(offset + classes.Length)], ends[offset..(offset + classes.Length)]);
        int open = -1;
        float score = 1f;
        int sentenceFirstMention = output.Count;
        for (int i = 0; i < classes.Length; i++)
        {
            int c = classes[i];
            if (c == BilouTags.Outside)
            {
                continue;
            }

            int position = BilouTags.PositionOf(c);
            if (position is BilouTags.Begin or BilouTags.Unit)
            {
                open = i;
                score = 0f;
            }

            score += probabilities[i];
            if (position is BilouTags.Last or BilouTags.Unit && open >= 0)
            {
                if (_typeMap[BilouTags.TypeOf(c)] is { } type)
                {
                    int a = offset + open;
                    int b = offset + i + 1;
                    var lastToken = text.AsSpan(starts[b - 1], ends[b - 1] - starts[b - 1]);
                    if ((b - a >= 3 && IsPossessive(lastToken)) || (b - a >= 2 && lastToken.Length == 1 && CharClass.IsApostrophe(lastToken[0])))
                    {
                        b--; // "Robbie Williams'": the bare possessive mark after an "s" is never part of the name
                    }

                    score /= i - open + 1;
                    if (titleCase && b - a == 1 && score < ConfidentScore && features[open].CaseProfile == WordCaseProfile.Lower)
                    {
                        // "You May Also Like": in a line where every word is capitalized, a lone word that running text
                        // writes in lower case is a name only when the model is sure of it.
                        (suppressed ??= []).Add(offset + open);
                        open = -1;
                        continue;
                    }
                    if (type is EntityType.Date or EntityType.Time || HasLatinLetter(text.AsSpan(starts[a], ends[b - 1] - starts[a])))
                    {
                        if (type == EntityType.Person && output.Count > sentenceFirstMention && JoinsByParticles(text, output[^1], a, starts, ends))
                        {
                            // "Ursula" + "von der" + "Leyen": one name the decoder split at its lower-case particles.
                            var previous = output[^1];
                            output[^1] = new EntityMention(previous.StartToken, b, previous.Start, ends[b - 1], type, EntityOrigin.Model, Math.Min(previous.Score, score));
                        }
                        else
                        {
                            output.Add(new EntityMention(a, b, starts[a], ends[b - 1], type, EntityOrigin.Model, score));
                        }
                    }
                }
                else if (unreported is not null)
                {
                    float mean = score / (i - open + 1);
                    int a = offset + open;
                    int b = offset + i + 1;
                    if (mean >= UnreportedNameScore && HasCapitalizedToken(text, starts[a..b], ends[a..b]))
                    {
                        unreported.Add(new EntityMention(a, b, starts[a], ends[b - 1], EntityType.Miscellaneous, EntityOrigin.Model, mean));
                    }
                }

                open = -1;
            }
        }
    }

    /// <summary>Whether a token of the span starts with an upper-case letter: names, not numbers or quantities.</summary>
    private static bool HasCapitalizedToken(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        for (int t = 0; t < starts.Length; t++)
        {
            if (ends[t] > starts[t] && char.IsUpper(text[starts[t]]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="previous"/> is a PERSON followed by one or two name particles ("von der") up to token <paramref name="next"/>.</summary>
    private static bool JoinsByParticles(string text, EntityMention previous, int next, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        int gap = next - previous.EndToken;
        if (previous.Type != EntityType.Person || gap is < 1 or > 2)
        {
            return false;
        }

        for (int t = previous.EndToken; t < next; t++)
        {
            if (!IsNameParticle(text.AsSpan(starts[t], ends[t] - starts[t])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameParticle(ReadOnlySpan<char> token) =>
        token is "von" or "van" or "der" or "den" or "de" or "del" or "della" or "di" or "da" or "du" or "dos" or "la" or "le" or "bin" or "ibn" or "al" or "el";

    /// <summary>
    /// A heading or menu line: at least three words, every word with a letter starts with a capital, and lower-case
    /// words that running text always writes in lower case ("you", "also") are capitalized too.
    /// </summary>
    private static bool IsTitleCase(string text, ReadOnlySpan<TokenFeatures> features, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        int words = 0;
        int lowerWords = 0;
        for (int i = 0; i < features.Length; i++)
        {
            var token = text.AsSpan(starts[i], ends[i] - starts[i]);
            if (token.IsEmpty || !char.IsLetter(token[0]))
            {
                continue;
            }

            if (!features[i].IsCapitalized)
            {
                return false;
            }

            words++;
            if (i > 0 && features[i].CaseProfile == WordCaseProfile.Lower)
            {
                lowerWords++;
            }
        }

        return words >= 3 && lowerWords >= 1;
    }

    private static bool IsPossessive(ReadOnlySpan<char> token) =>
        token.Length == 2 && CharClass.IsApostrophe(token[0]) && token[1] is 's' or 'S';

    private static bool HasLatinLetter(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (c < 'ɐ' && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static EntityModel? LoadEmbedded()
    {
        using var stream = typeof(EntityModel).Assembly.GetManifestResourceStream(DefaultResourceName);
        return stream is null ? null : EntityModelFormat.Read(stream);
    }
}
