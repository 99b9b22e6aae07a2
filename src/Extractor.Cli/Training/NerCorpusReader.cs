using System.Text;

namespace Extractor.Cli.Training;

/// <summary>
/// Reads OntoNotes and CoNLL NER files into <see cref="NerSentence"/>s whose tokens look like what
/// <c>Extractor.Text.Tokenizer</c> produces from raw text: PTB bracket and quote escapes become the characters, and
/// OntoNotes' split hyphens ("NATO - Russia") are joined back into one token ("NATO-Russia").
/// </summary>
internal static class NerCorpusReader
{
    public static List<NerSentence> Read(string path, NerCorpusFormat format, int limitTokens = int.MaxValue)
    {
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var labels = new List<string>();
        bool documentStart = true;
        int total = 0;
        foreach (string raw in File.ReadLines(path, Encoding.UTF8))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                Flush();
                if (total >= limitTokens)
                {
                    break;
                }

                continue;
            }

            string[] parts = format == NerCorpusFormat.OntoNotes ? line.Split('\t') : line.Split(' ');
            if (parts[0] == "-DOCSTART-")
            {
                Flush();
                documentStart = true;
                continue;
            }

            if (parts.Length < 2)
            {
                throw new InvalidDataException($"{path}: line without a label: '{line}'");
            }

            tokens.Add(parts[0]);
            labels.Add(parts[^1]);
        }

        Flush();
        PseudoDocuments.Assign(sentences, markedDocuments: format == NerCorpusFormat.Conll);
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0)
            {
                return;
            }

            sentences.Add(Build(tokens, labels, format, documentStart));
            total += tokens.Count;
            documentStart = false;
            tokens.Clear();
            labels.Clear();
        }
    }

    /// <summary>Gold spans from BIO (IOB1 or IOB2) labels.</summary>
    public static List<GoldSpan> Spans(IReadOnlyList<string> labels)
    {
        var spans = new List<GoldSpan>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= labels.Count; i++)
        {
            string label = i < labels.Count ? labels[i] : "O";
            string? t = label.Length > 2 && label[1] == '-' ? label[2..] : null;
            bool begins = t is not null && (label[0] == 'B' || t != type);
            if (type is not null && (t is null || begins))
            {
                spans.Add(new GoldSpan(start, i, type));
                type = null;
            }

            if (begins)
            {
                start = i;
                type = t;
            }
        }

        return spans;
    }

    private static NerSentence Build(List<string> tokens, List<string> labels, NerCorpusFormat format, bool documentStart)
    {
        var gold = Spans(labels);
        var words = new List<string>(tokens.Count);
        var first = new List<int>(tokens.Count);
        var end = new List<int>(tokens.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            string token = format == NerCorpusFormat.OntoNotes ? Unescape(tokens[i]) : tokens[i];
            bool joinHyphen = format == NerCorpusFormat.OntoNotes && token == "-" && words.Count > 0 && i + 1 < tokens.Count
                && end[^1] == i && EndsWord(words[^1]) && StartsWord(tokens[i + 1]);
            if (joinHyphen)
            {
                words[^1] += "-" + Unescape(tokens[i + 1]);
                end[^1] = i + 2;
                i++;
                continue;
            }

            words.Add(token);
            first.Add(i);
            end.Add(i + 1);
        }

        var text = new StringBuilder();
        var starts = new int[words.Count];
        var ends = new int[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            starts[i] = text.Length;
            text.Append(words[i]);
            ends[i] = text.Length;
        }

        return new NerSentence
        {
            Text = text.ToString(),
            Starts = starts,
            Ends = ends,
            OriginalFirst = first.ToArray(),
            OriginalEnd = end.ToArray(),
            Gold = gold,
            StartsDocument = documentStart,
        };
    }

    private static bool EndsWord(string s) => s.Length > 0 && char.IsLetterOrDigit(s[^1]);

    private static bool StartsWord(string s) => s.Length > 0 && char.IsLetterOrDigit(s[0]);

    /// <summary>Undoes Penn Treebank escapes.</summary>
    public static string Unescape(string token) => token switch
    {
        "-LRB-" => "(",
        "-RRB-" => ")",
        "-LSB-" => "[",
        "-RSB-" => "]",
        "-LCB-" => "{",
        "-RCB-" => "}",
        "``" or "''" => "\"",
        "`" => "'",
        "/." => ".",
        "/?" => "?",
        "/-" => "-",
        _ => token,
    };
}
