using Extractor.Models;

namespace Extractor.Cli.Training;

/// <summary>
/// Adds the names labelled in the training data to a lexicon (hashes of their folded tokens): organizations as
/// <see cref="PhraseLexicon.TrainingOrg"/>, facilities and the miscellaneous types as <see cref="PhraseLexicon.TrainingOther"/>.
/// People are left out: a first name seen alone in training ("Ursula") then splits an unseen full name. Training uses jackknifed copies: the sentences of each fold see a lexicon built from
/// the other folds only, so the model learns how far a name seen elsewhere can be trusted, not that every training name
/// is in the list (it would be, for its own sentence).
/// </summary>
internal static class TrainingLexiconBuilder
{
    /// <summary>Number of folds of the jackknife.</summary>
    public const int Folds = 5;

    /// <summary>The fold of training sentence <paramref name="index"/> of <paramref name="count"/>: contiguous blocks, so that a document's repeats mostly stay in one fold.</summary>
    public static int FoldOf(int index, int count) => (int)((long)index * Folds / Math.Max(1, count));

    /// <summary>
    /// Returns the lexicon for recognition (all training names) and one per fold (names from the other folds).
    /// </summary>
    public static (PhraseLexicon Full, PhraseLexicon[] PerFold) Build(PhraseLexicon baseLexicon, IReadOnlyList<NerSentence> train, NerTypeScheme scheme, TextWriter log)
    {
        var kinds = scheme.ModelTypes.Select(t => t switch
        {
            "ORG" => PhraseLexicon.TrainingOrg,
            "MISC" or "FAC" => PhraseLexicon.TrainingOther,
            _ => -1,
        }).ToArray();
        var phrases = new List<(int Fold, int Kind, uint[] Prefixes)>();
        for (int s = 0; s < train.Count; s++)
        {
            var sentence = train[s];
            int[] classes = scheme.Classes(sentence);
            int start = -1;
            for (int i = 0; i < classes.Length; i++)
            {
                int cls = classes[i];
                if (cls == BilouTags.Outside || kinds[BilouTags.TypeOf(cls)] < 0)
                {
                    start = -1;
                    continue;
                }

                int position = BilouTags.PositionOf(cls);
                if (position is BilouTags.Begin or BilouTags.Unit)
                {
                    start = i;
                }

                if (position is BilouTags.Last or BilouTags.Unit && start >= 0 && i - start < 8)
                {
                    var prefixes = new uint[i - start + 1];
                    uint h = 0;
                    for (int t = start; t <= i; t++)
                    {
                        h = PhraseLexicon.Extend(h, FeatureHash.Word(sentence.Text.AsSpan(sentence.Starts[t], sentence.Ends[t] - sentence.Starts[t])));
                        prefixes[t - start] = h;
                    }

                    phrases.Add((FoldOf(s, train.Count), kinds[BilouTags.TypeOf(cls)], prefixes));
                    start = -1;
                }
            }
        }

        var baseEntries = baseLexicon.Entries().ToArray();
        PhraseLexicon Make(int excludedFold)
        {
            var entries = new Dictionary<uint, ushort>(baseEntries.Length + phrases.Count);
            foreach (var (key, flags) in baseEntries)
            {
                entries[key] = flags;
            }

            foreach (var (fold, kind, prefixes) in phrases)
            {
                if (fold == excludedFold)
                {
                    continue;
                }

                for (int t = 0; t < prefixes.Length; t++)
                {
                    ushort bit = t == prefixes.Length - 1 ? PhraseLexicon.FullBit(kind) : PhraseLexicon.PrefixBit(kind);
                    entries[prefixes[t]] = (ushort)(entries.GetValueOrDefault(prefixes[t]) | bit);
                }
            }

            return new PhraseLexicon(entries.Keys.ToArray(), entries.Values.ToArray());
        }

        var full = Make(-1);
        var perFold = Enumerable.Range(0, Folds).Select(Make).ToArray();
        log.WriteLine($"training lexicon: {phrases.Count:N0} name mentions -> {full.Count:N0} keys ({Folds} jackknife folds)");
        return (full, perFold);
    }
}
