using System.Globalization;

namespace Extractor.Cli.Evaluation.Quotes;

/// <summary>
/// Reads PolNeAR-style brat standoff: <c>text/ARTICLE.txt</c> and <c>attributions/ARTICLE_ANNOTATOR.ann</c>, where
/// <c>T</c> lines give Source, Cue and Content spans (pieces joined by ';') and <c>E</c> lines tie them into one
/// attribution. When an article has several annotators' files, the first in ordinal order is used.
/// </summary>
internal static class BratAttributionReader
{
    public static IReadOnlyList<AttributionDocument> ReadDirectory(string directory, int limit = int.MaxValue)
    {
        string textDir = Path.Combine(directory, "text");
        string annDir = Path.Combine(directory, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
        {
            throw new UsageException($"'{directory}' needs 'text' and 'attributions' folders (brat standoff)");
        }

        var chosen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var ann in Directory.GetFiles(annDir, "*.ann").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(ann);
            int underscore = name.LastIndexOf('_');
            string article = underscore > 0 ? name[..underscore] : name;
            chosen.TryAdd(article, ann);
        }

        var documents = new List<AttributionDocument>();
        foreach (var (article, ann) in chosen)
        {
            if (documents.Count >= limit)
            {
                break;
            }

            string textPath = Path.Combine(textDir, article + ".txt");
            if (!File.Exists(textPath))
            {
                continue;
            }

            string text = InputReader.ReadFile(textPath);
            documents.Add(new AttributionDocument(article, text, ReadAnnotations(File.ReadAllLines(ann), text.Length)));
        }

        return documents;
    }

    public static IReadOnlyList<GoldAttribution> ReadAnnotations(IEnumerable<string> lines, int textLength)
    {
        var spans = new Dictionary<string, TextSpan[]>(StringComparer.Ordinal);
        var events = new List<Dictionary<string, string>>();
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            if (parts[0].StartsWith('T'))
            {
                int space = parts[1].IndexOf(' ');
                if (space < 0)
                {
                    continue;
                }

                var pieces = new List<TextSpan>();
                foreach (var piece in parts[1][(space + 1)..].Split(';'))
                {
                    var bounds = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (bounds.Length == 2 && int.TryParse(bounds[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int start)
                        && int.TryParse(bounds[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int end) && start >= 0 && end >= start && end <= textLength)
                    {
                        pieces.Add(new TextSpan(start, end));
                    }
                }

                pieces.Sort();
                spans[parts[0]] = pieces.ToArray();
            }
            else if (parts[0].StartsWith('E'))
            {
                var roles = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var pair in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    int colon = pair.IndexOf(':');
                    if (colon > 0)
                    {
                        string role = pair[..colon].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                        roles.TryAdd(role, pair[(colon + 1)..]);
                    }
                }

                events.Add(roles);
            }
        }

        var attributions = new List<GoldAttribution>();
        foreach (var roles in events)
        {
            if (!roles.TryGetValue("Content", out var contentId) || !spans.TryGetValue(contentId, out var content) || content.Length == 0)
            {
                continue;
            }

            var source = roles.TryGetValue("Source", out var sourceId) && spans.TryGetValue(sourceId, out var s) ? s : [];
            var cue = roles.TryGetValue("Cue", out var cueId) && spans.TryGetValue(cueId, out var c) ? c : [];
            attributions.Add(new GoldAttribution(content, source, cue));
        }

        return attributions;
    }
}
